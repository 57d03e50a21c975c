/**
 * Runs `scripts/build.ts --json` as a child process and measures it: wall time, CPU time (user + sys
 * of the build and its children), peak memory (largest process, and the whole process tree sampled
 * from /proc every 100 ms); the per-step times and what was written come from the build's JSON summary.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildSummary } from '../build/staged-build.ts';
import { startTreeSampler } from './proc-tree.ts';

export type BuildSteps = { check: number; astro: number; search: number; scorm: number };
export type BuildMeasurement = {
  ok: boolean;
  exitCode: number | null;
  wallSeconds: number;
  cpu: { userSeconds: number; systemSeconds: number; totalSeconds: number; method: string } | null;
  memory: {
    treePeakRssBytes: number | null;
    largestProcessRssBytes: number | null;
    treeSamples: number;
    peakAtSeconds: number | null;
    peakDuring: string | null;
    method: string;
    timeline: [seconds: number, rssBytes: number][];
  };
  steps: Partial<BuildSteps> | null;
  /** The build's own `--json` summary (null when it failed). */
  summary: BuildSummary | null;
  loadAverageBefore: number;
  /** What the build printed for people (stderr; stdout holds only the JSON summary), for error reports. */
  output: string;
};

const GNU_TIME = '/usr/bin/time';

/** The summary `scripts/build.ts --json` prints on stdout, or null when it printed none or reported a failure. */
export function parseSummary(stdout: string): BuildSummary | null {
  const start = stdout.indexOf('{');
  if (start < 0) return null;
  try {
    const parsed = JSON.parse(stdout.slice(start)) as { ok: boolean } & BuildSummary;
    return parsed.ok ? parsed : null;
  } catch {
    return null;
  }
}

/** Seconds per step, from the summary. */
export const stepsOf = (summary: BuildSummary | null): BuildSteps | null =>
  summary && {
    check: summary.timings.check,
    astro: summary.timings.astro,
    search: summary.timings.search,
    scorm: summary.timings.scorm,
  };

/**
 * Which step was running `at` seconds into the build. The build reports step durations only, so the
 * steps are laid out backwards from the end (scorm ends just before the output is moved into place);
 * the check runs once Astro has loaded its config, so time before it is start-up.
 */
export function stepAt(at: number, wall: number, steps: Partial<BuildSteps> | null): string | null {
  if (!steps) return null;
  let end = wall;
  for (const name of ['scorm', 'search', 'astro', 'check'] as const) {
    const start = end - (steps[name] ?? 0);
    if (at >= start && at <= end) return name;
    end = start;
  }
  return 'start-up (Node, Astro and its config)';
}

export async function runBuild(
  repo: string,
  args: string[],
  options: { useGnuTime?: boolean } = {},
): Promise<BuildMeasurement> {
  const useGnuTime = (options.useGnuTime ?? !process.env.BENCH_CPU_WRAPPER) && existsSync(GNU_TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rusage-'));
  const rusageFile = join(scratch, 'rusage');
  const [command, commandArgs] = useGnuTime
    ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', rusageFile, process.execPath, 'scripts/build.ts', '--json', ...args]]
    : [process.execPath, ['src/bench/cpu-wrapper.ts', 'scripts/build.ts', '--json', ...args]];
  const loadAverageBefore = loadavg()[0]!;
  const start = performance.now();
  const child = spawn(command, commandArgs, {
    cwd: repo,
    env: { ...process.env, BENCH_RUSAGE_FILE: rusageFile, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = startTreeSampler(child.pid!);
  let output = '';
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallSeconds = (performance.now() - start) / 1000;
  const tree = sampler.stop();

  let cpu: BuildMeasurement['cpu'] = null;
  let largestProcessRssBytes: number | null = null;
  try {
    const text = readFileSync(rusageFile, 'utf8').trim();
    if (useGnuTime) {
      // GNU time may prepend "Command exited with non-zero status N".
      const [, user, sys, maxKb] = text.split('\n').at(-1)!.split(' ').map(Number) as number[];
      cpu = {
        userSeconds: user!,
        systemSeconds: sys!,
        totalSeconds: user! + sys!,
        method: '/usr/bin/time -f %U+%S (build and its waited-for children)',
      };
      largestProcessRssBytes = maxKb! * 1024;
    } else {
      const r = JSON.parse(text) as {
        userSeconds: number;
        systemSeconds: number;
        childrenSeconds: number | null;
        maxRssBytes: number;
      };
      const children = r.childrenSeconds ?? 0;
      cpu = {
        userSeconds: r.userSeconds,
        systemSeconds: r.systemSeconds,
        totalSeconds: r.userSeconds + r.systemSeconds + children,
        method: 'process.resourceUsage() in a wrapper + children from /proc/self/stat (cutime+cstime)',
      };
      largestProcessRssBytes = r.maxRssBytes;
    }
  } catch {
    // the build died before the rusage was written
  }
  rmSync(scratch, { recursive: true, force: true });
  const summary = exitCode === 0 ? parseSummary(stdout) : null;
  const steps = stepsOf(summary);
  return {
    ok: exitCode === 0,
    exitCode,
    wallSeconds,
    cpu,
    memory: {
      treePeakRssBytes: tree.available ? tree.peakRssBytes : null,
      largestProcessRssBytes,
      treeSamples: tree.samples,
      peakAtSeconds: tree.available ? tree.peakAtSeconds : null,
      peakDuring: tree.available ? stepAt(tree.peakAtSeconds, wallSeconds, steps) : null,
      timeline: tree.timeline.filter((_, i) => i % 5 === 0),
      method: `${tree.available ? `sum of VmRSS over the process tree, sampled from /proc every 100 ms (${tree.samples} samples, up to ${tree.peakProcesses} processes)` : '/proc not available'}; largest single process from ${useGnuTime ? '/usr/bin/time %M' : 'process.resourceUsage().maxRSS'}`,
    },
    steps,
    summary,
    loadAverageBefore,
    output,
  };
}
