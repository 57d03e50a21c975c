import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeForeignPackages } from './foreign-sco.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser, launchInHarness, type Harness } from './lms-harness.ts';

// Packages this project did not make: the preview reads version and launch page from their manifest.
const dir = mkdtempSync(join(tmpdir(), 'foreign-sco-'));
const { zip12, zip2004, zip12Leaves } = writeForeignPackages(dir);
let h: Harness | undefined;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

// What the preview page (src/preview-lms/harness.js) and the foreign SCO put on their windows.
type PreviewWindow = Window & { __lms: { counts: Record<string, number> } };
type ScoWindow = Window & { passing?: string };

const waitForTerminate = (harness: Harness) =>
  harness.page.waitForFunction(() => ((window as unknown as PreviewWindow).__lms.counts.Terminate ?? 0) > 0);

describe('a third-party SCORM 1.2 SCO', () => {
  it('plays: calls logged, CMI recorded, one Initialize and one Terminate', async () => {
    h = await launchInHarness({ zipPath: zip12, version: '1.2', browser });
    await waitForTerminate(h);
    expect(h.server.info).toMatchObject({
      version: '1.2',
      launch: 'shared/launchpage.html?lang=en',
      masteryScore: '80',
    });
    const counts = await h.lms.counts();
    expect(counts).toMatchObject({ Initialize: 1, Terminate: 1, Commit: 1 });
    const calls = await h.lms.calls();
    expect(calls[0]).toMatchObject({ fn: 'LMSInitialize', args: [''], result: 'true', error: '0' });
    expect(calls.find((c) => c.fn === 'LMSGetValue' && c.args[0] === 'cmi.core.student_name')?.result).toBe(
      'Jansen, Eva',
    );
    expect(calls.at(-1)).toMatchObject({ fn: 'LMSFinish', result: 'true' });
    const cmi = await h.lms.cmi();
    expect(cmi.core).toMatchObject({
      lesson_status: 'passed',
      score: { raw: '85', min: '0', max: '100' },
      student_name: 'Jansen, Eva',
      entry: 'ab-initio',
    });
    expect(cmi.student_data.mastery_score).toBe('80');
    expect(await h.content().textContent('#who')).toBe('Jansen, Eva');
    expect(h.warnings).toEqual([]);
  });

  it('is told when it finishes with the status still "not attempted" (Moodle would store "completed")', async () => {
    h = await launchInHarness({ zipPath: zip12Leaves, version: '1.2', browser });
    await waitForTerminate(h);
    expect((await h.lms.cmi()).core.lesson_status).toBe('not attempted');
    expect((await h.lms.notes()).join()).toMatch(/not attempted.*Moodle 4\.5 stores this as "completed"/);
  });
});

describe('a third-party SCORM 2004 SCO', () => {
  it('plays: calls logged, CMI recorded, one Initialize and one Terminate', async () => {
    h = await launchInHarness({ zipPath: zip2004, version: '2004', browser });
    await waitForTerminate(h);
    expect(h.server.info).toMatchObject({
      version: '2004',
      schemaversion: '2004 3rd Edition',
      launch: 'content/sco.html',
      scaledPassingScore: '0.6',
    });
    expect(await h.lms.counts()).toMatchObject({ Initialize: 1, Terminate: 1, Commit: 1 });
    const calls = await h.lms.calls();
    expect(calls.map((c) => c.fn)).toEqual([
      'Initialize',
      'GetValue',
      'GetValue',
      ...Array(8).fill('SetValue'),
      'Commit',
      'Terminate',
    ]);
    expect(calls.every((c) => c.result !== 'false' && c.error === '0')).toBe(true);
    expect(await h.content().evaluate(() => (window as unknown as ScoWindow).passing)).toBe('0.6');
    const cmi = await h.lms.cmi();
    expect(cmi).toMatchObject({
      completion_status: 'completed',
      success_status: 'passed',
      learner_name: 'Jansen, Eva',
      score: { scaled: '0.85', raw: '85' },
    });
    expect(await h.lms.stored()).toMatchObject({ 'cmi.total_time': 'PT5S', 'cmi.exit': 'normal' });
  });
});
