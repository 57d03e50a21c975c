import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportScorm } from '../../src/scorm/export.ts';
import { copyFixtureSite, fixtureCourse } from '../unit/scorm/fixtures.ts';
import type { Browser } from 'playwright-core';
import { launchBrowser, launchInHarness, type Harness } from './lms-harness.ts';

// The preview LMS's own behaviour, on packages exported from the small fixture site. Its launch
// page opens the session, sets incomplete + exit "suspend", commits, and finishes on pagehide.
const out = mkdtempSync(join(tmpdir(), 'preview-lms-'));
const site = copyFixtureSite();
const [pkg12, pkg2004] = await exportScorm({ siteDir: site, course: fixtureCourse, outDir: out });
afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, '..'), { recursive: true, force: true });
});
let h: Harness | undefined;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The same steps in each version's vocabulary. */
const V = {
  '1.2': {
    zip: pkg12.path,
    set: 'LMSSetValue',
    get: 'LMSGetValue',
    commit: 'LMSCommit',
    lastError: 'LMSGetLastError',
    api: 'API',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    status: 'cmi.core.lesson_status',
    session: 'cmi.core.session_time',
    total: 'cmi.core.total_time',
    minute: '00:01:00',
    commitError: '101',
  },
  '2004': {
    zip: pkg2004.path,
    set: 'SetValue',
    get: 'GetValue',
    commit: 'Commit',
    lastError: 'GetLastError',
    api: 'API_1484_11',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
    location: 'cmi.location',
    status: 'cmi.completion_status',
    session: 'cmi.session_time',
    total: 'cmi.total_time',
    minute: 'PT1M',
    commitError: '391',
  },
} as const;

describe.each(['1.2', '2004'] as const)('preview LMS, SCORM %s', (version) => {
  const v = V[version];
  /** Call the API from inside the course frame, as the course does. */
  const call = (fn: string, ...args: string[]) =>
    h!
      .content()
      .evaluate(([api, f, a]) => (window.parent as any)[api][f](...a), [v.api, fn, args] as const) as Promise<string>;
  const started = async () => {
    h = await launchInHarness({ zipPath: v.zip, version, browser });
    await h.page.waitForFunction(() => (window as any).__lms.counts.Commit > 0);
  };

  it('serves the package from a deep path with no failed or external request', async () => {
    await started();
    expect(h!.content().url()).toMatch(/\/lms\/pluginfile\/1234\/mod_scorm\/content\/7\/launch\.html$/);
    expect(h!.failedRequests).toEqual([]);
    expect(h!.warnings).toEqual([]);
  });

  it('resumes a suspended attempt at relaunch, with one Initialize and one Terminate per session', async () => {
    await started();
    expect(await call(v.set, v.location, 'module-3')).toBe('true');
    expect(await call(v.set, 'cmi.suspend_data', 'v1|m3')).toBe('true');
    expect(await call(v.set, v.session, v.minute)).toBe('true');
    await h!.lms.exit();
    expect(await h!.lms.counts()).toMatchObject({ Initialize: 1, Terminate: 1 });
    expect(await h!.lms.sessions()).toHaveLength(1);
    await h!.lms.relaunch();
    await h!.page.waitForFunction(() => (window as any).__lms.counts.Initialize === 1);
    expect([await call(v.get, v.entry), await call(v.get, v.location), await call(v.get, 'cmi.suspend_data')]).toEqual([
      'resume',
      'module-3',
      'v1|m3',
    ]);
    expect(await call(v.get, v.status)).toBe('incomplete');
    expect(await call(v.get, v.total)).toBe(v.minute);
    expect(await h!.page.evaluate(() => (window as any).__lms.attempt)).toBe(1);
  });

  it('starts a new attempt with empty data after a normal exit', async () => {
    await started();
    await call(v.set, 'cmi.suspend_data', 'old');
    await call(v.set, v.exit, version === '1.2' ? '' : 'normal');
    await call(v.commit, '');
    await h!.lms.relaunch(); // the fixture finishes on pagehide without touching exit again
    await h!.page.waitForFunction(() => (window as any).__lms.counts.Initialize === 1);
    expect([await call(v.get, v.entry), await call(v.get, 'cmi.suspend_data')]).toEqual(['ab-initio', '']);
    expect(await h!.page.evaluate(() => (window as any).__lms.attempt)).toBe(2);
  });

  it('makes the next n commits fail when asked, and stores nothing from them', async () => {
    await started();
    const before = await h!.lms.stored();
    await h!.lms.failCommits(2);
    await call(v.set, v.location, 'not-stored');
    expect([await call(v.commit, ''), await call(v.lastError)]).toEqual(['false', v.commitError]);
    expect(await call(v.commit, '')).toBe('false');
    expect(await h!.lms.stored()).toEqual(before);
    expect(await call(v.commit, '')).toBe('true');
    expect((await h!.lms.stored())?.[v.location]).toBe('not-stored');
  });

  it('keeps the learner name and id in the CMI, and reset starts over', async () => {
    await started();
    expect(await call(v.get, version === '1.2' ? 'cmi.core.student_name' : 'cmi.learner_name')).toBe('Jansen, Eva');
    await h!.lms.relaunch();
    await h!.lms.reset();
    await h!.page.waitForFunction(() => (window as any).__lms.counts.Initialize === 1);
    expect(await h!.lms.sessions()).toEqual([]);
    expect(await call(v.get, v.entry)).toBe('ab-initio');
  });
});

describe('SCORM 1.2 limits that scorm-again does not enforce', () => {
  it('refuses cmi.suspend_data over 4,096 characters with error 405', async () => {
    h = await launchInHarness({ zipPath: pkg12.path, version: '1.2', browser });
    await h.page.waitForFunction(() => (window as any).__lms.counts.Commit > 0);
    const set = (n: number) =>
      h!.content().evaluate((len) => {
        const api = (window.parent as any).API;
        return [api.LMSSetValue('cmi.suspend_data', 'x'.repeat(len)), api.LMSGetLastError()];
      }, n);
    expect(await set(4096)).toEqual(['true', '0']);
    expect(await set(4097)).toEqual(['false', '405']);
    expect((await h.lms.cmi()).suspend_data).toHaveLength(4096);
    expect((await h.lms.calls()).find((c) => c.result === 'false')?.note).toMatch(/4,096 characters/);
  });
});
