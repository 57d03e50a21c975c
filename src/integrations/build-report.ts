import type { AstroIntegration } from 'astro';
import type { Diagnostic } from '../check/check-course.ts';
import type { PdfResult } from '../build/pdf.ts';
import type { ExportedPackage } from '../scorm/export.ts';

/** The build's phases, in the order they run. */
export const BUILD_PHASES = ['check', 'astro', 'search', 'scorm'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

/** What the toolkit tells listeners as each phase ends: its time and what it produced. */
export type BuildReport =
  | { phase: 'check'; seconds: number; problems: Diagnostic[] }
  | { phase: 'astro'; seconds: number; outDir: string }
  | { phase: 'search'; seconds: number; pages: number }
  | { phase: 'scorm'; seconds: number; packages: ExportedPackage[] }
  // Printed pages (`src/build/pdf.ts`): reported, but no phase of its own in the timings; its time is in `seconds`.
  | ({ phase: 'pdf' } & PdfResult);

/** Name of the custom hook (Astro passes unknown hooks through untouched, so integrations can talk). */
export const REPORT_HOOK = 'course-toolkit:report';

declare global {
  namespace Astro {
    interface IntegrationHooks {
      'course-toolkit:report': (report: BuildReport) => void;
    }
  }
}

/** The report hooks of every integration in the config (e.g. the one `npm run build` adds). */
export function reportListeners(integrations: AstroIntegration[]): ((report: BuildReport) => void)[] {
  return integrations.flatMap((integration) => integration.hooks[REPORT_HOOK] ?? []);
}

/** An integration that receives the toolkit's reports: how `scripts/build.ts` learns timings and results. */
export function buildListener(listen: (report: BuildReport) => void): AstroIntegration {
  return { name: 'course-build-listener', hooks: { [REPORT_HOOK]: listen } };
}

/** Seconds since `start` (a `performance.now()` value). */
export const secondsSince = (start: number): number => (performance.now() - start) / 1000;
