import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportScorm } from '../../src/scorm/export.ts';
import { copyFixtureSite, fixtureCourse } from '../unit/scorm/fixtures.ts';
import type { Browser } from 'playwright-core';
import type { LmsOptions } from '../../src/preview-lms/server.ts';
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
    mode: 'cmi.core.lesson_mode',
    success: 'cmi.core.lesson_status',
    raw: 'cmi.core.score.raw',
    done: { 'cmi.core.lesson_status': 'passed', 'cmi.core.exit': '' },
    response: 'student_response',
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
    mode: 'cmi.mode',
    success: 'cmi.success_status',
    raw: 'cmi.score.raw',
    done: { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.exit': 'normal' },
    response: 'learner_response',
  },
} as const;

describe.each(['1.2', '2004'] as const)('preview LMS, SCORM %s', (version) => {
  const v = V[version];
  /** Call the API from inside the course frame, as the course does. */
  const call = (fn: string, ...args: string[]) =>
    h!
      .content()
      .evaluate(([api, f, a]) => (window.parent as any)[api][f](...a), [v.api, fn, args] as const) as Promise<string>;
  const started = async (lms?: LmsOptions) => {
    h = await launchInHarness({ zipPath: v.zip, version, browser, lms });
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
  /** Calls in the course frame that return [result, last error]. */
  const tryCall = (fn: string, ...args: string[]) =>
    h!.content().evaluate(
      ([api, f, a, e]) => {
        const lms = (window.parent as any)[api];
        try {
          return [String(lms[f](...a)), String(lms[e]())];
        } catch (error) {
          return ['threw', (error as Error).message];
        }
      },
      [v.api, fn, args, v.lastError] as const,
    );
  /** n interactions with 250-character descriptions, as a long final test writes them. */
  const interactions = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await call(v.set, `cmi.interactions.${i}.id`, `eindtoets.vraag-${i}`);
      await call(v.set, `cmi.interactions.${i}.type`, 'choice');
      if (version === '2004') await call(v.set, `cmi.interactions.${i}.description`, 'x'.repeat(250));
      await call(v.set, `cmi.interactions.${i}.${v.response}`, version === '1.2' ? 'a' : 'optie-1');
      await call(v.set, `cmi.interactions.${i}.result`, 'correct');
    }
  };

  describe('faults injected through window.__lms', () => {
    it('refuses an element by pattern with the given code, and throws from SetValue or Commit where asked', async () => {
      await started();
      await h!.lms.refuse('^cmi\\.suspend_data$', version === '1.2' ? '405' : '406');
      expect(await tryCall(v.set, 'cmi.suspend_data', 'v1')).toEqual(['false', version === '1.2' ? '405' : '406']);
      expect(await tryCall(v.set, v.location, 'm2')).toEqual(['true', '0']);
      await h!.lms.throwOn('SetValue', '^cmi\\.interactions\\.0\\.');
      expect((await tryCall(v.set, 'cmi.interactions.0.id', 'q1'))[0]).toBe('threw');
      await h!.lms.throwOn('Commit');
      expect(await tryCall(v.commit, '')).toEqual(['threw', 'Simulated LMS exception in Commit()']);
      expect((await h!.lms.stored())?.[v.location] ?? '').toBe('');
      await h!.lms.clearFaults();
      expect(await tryCall(v.commit, '')).toEqual(['true', '0']);
      expect((await h!.lms.stored())?.[v.location]).toBe('m2');
    });

    it('slows every call by the time asked, synchronously', async () => {
      await started({ slowCalls: 150 });
      const took = await h!.content().evaluate(
        ([api, get]) => {
          const t0 = performance.now();
          (window.parent as any)[api][get]('cmi.suspend_data');
          return performance.now() - t0;
        },
        [v.api, v.get] as const,
      );
      expect(took).toBeGreaterThanOrEqual(150);
      expect((await h!.lms.calls()).every((c) => (c.ms ?? 0) >= 150)).toBe(true);
    });

    it('removes the course frame: the package gets pagehide and finishes; a relaunch brings the frame back', async () => {
      await started();
      await h!.lms.removeFrame();
      await h!.page.waitForFunction(() => (window as any).__lms.counts.Terminate === 1);
      expect(await h!.page.locator('#content').count()).toBe(0);
      await h!.lms.relaunch();
      await h!.page.waitForFunction(() => (window as any).__lms.counts.Commit > 0);
      expect(await call(v.get, v.entry)).toBe('resume');
    });

    it('two tabs of one learner share one LMS record; a killed tab leaves what was committed', async () => {
      await started();
      await call(v.set, v.location, 'tab-1');
      await call(v.commit, '');
      const second = await h!.openTab();
      await second.page.waitForFunction(() => (window as any).__lms.counts.Commit > 0);
      const call2 = (fn: string, ...args: string[]) =>
        second.content().evaluate(([api, f, a]) => (window.parent as any)[api][f](...a), [v.api, fn, args] as const);
      // The second tab reads what the first committed: one record for both.
      expect(await call2(v.get, v.location)).toBe('tab-1');
      // Kill the first tab (no pagehide). Killed first, so that the course still running in it cannot
      // commit its copy of the data after the second tab's write, as a live tab legitimately may.
      await h!.crash();
      await call2(v.set, v.location, 'tab-2');
      await call2(v.commit, '');
      expect((await second.lms.stored())?.[v.location]).toBe('tab-2');
      const third = await h!.openTab();
      await third.page.waitForFunction(() => (window as any).__lms.counts.Commit > 0);
      expect((await third.lms.stored())?.[v.location]).toBe('tab-2');
      const location = await third
        .content()
        .evaluate(([api, get, key]) => (window.parent as any)[api][get](key), [v.api, v.get, v.location] as const);
      expect(location).toBe('tab-2');
    });
  });

  describe('LMS profiles', () => {
    it('moodle: stores recorded with their bytes; exit stores by beacon; two large exit beacons overflow 64 KiB', async () => {
      await started({ profile: 'moodle' });
      await interactions(40);
      expect(await call(v.commit, '')).toBe('true');
      // A commit while the page unloads, then the fixture's Terminate at pagehide: both by beacon.
      await h!.content().evaluate(
        ([api, commit]) => {
          addEventListener('beforeunload', () => (window.parent as any)[api][commit](''));
        },
        [v.api, v.commit] as const,
      );
      await h!.lms.exit();
      const stores = await h!.lms.stores();
      const exitStores = stores.filter((s) => s.channel === 'beacon');
      expect(exitStores.map((s) => s.fn)).toEqual(['Commit', 'Terminate']);
      expect(stores[0]).toMatchObject({ fn: 'Commit', channel: 'xhr', sent: true });
      const terminate = (await h!.lms.calls()).find((c) => c.fn.endsWith(version === '1.2' ? 'Finish' : 'Terminate'))!;
      if (version === '2004') {
        // Moodle's 2004 player re-sends all 40 interactions each time: ~13 KB of descriptions alone per store.
        expect(exitStores[0]!.bytes).toBeGreaterThan(15_000);
        expect(exitStores[1]!.bytes).toBeGreaterThan(15_000);
      } else {
        // Its 1.2 player sends only what changed: the exit stores stay small.
        expect(exitStores[1]!.bytes).toBeLessThan(1_000);
        expect([terminate.result, terminate.error]).toEqual(['true', '0']);
      }
    });

    it('moodle: Terminate returns false with 101 when its beacon does not fit, and the LMS keeps the last store', async () => {
      await started({ profile: 'moodle' });
      // 2004 re-sends suspend_data with every store; 1.2 caps it at 4,096 and sends it once.
      const big = version === '1.2' ? 4000 : 35_000;
      await h!.content().evaluate(
        ([api, set, commit, n]) => {
          addEventListener('beforeunload', () => {
            (window.parent as any)[api][set]('cmi.suspend_data', 'z'.repeat(n));
            (window.parent as any)[api][commit]('');
          });
        },
        [v.api, v.set, v.commit, big] as const,
      );
      await h!.lms.exit();
      const terminate = (await h!.lms.calls()).find((c) => /^(Terminate|LMSFinish)$/.test(c.fn))!;
      const last = (await h!.lms.stores()).at(-1)!;
      expect(String((await h!.lms.stored())?.['cmi.suspend_data'])).toHaveLength(big);
      if (version === '2004') {
        expect([terminate.result, terminate.error]).toEqual(['false', '101']);
        expect(terminate.note).toMatch(/beacon of \d+ bytes was refused/);
        expect(last).toMatchObject({ fn: 'Terminate', channel: 'beacon', sent: false });
        expect((await h!.lms.stored())?.[v.total]).toBeUndefined(); // the session time never reached the LMS
      } else {
        expect([terminate.result, terminate.error]).toEqual(['true', '0']);
        expect(last).toMatchObject({ fn: 'Terminate', channel: 'beacon', sent: true });
        expect(last.bytes).toBeLessThan(500);
      }
    });

    it('moodle: a finished attempt relaunches in review mode with empty data, in the same attempt', async () => {
      await started({ profile: 'moodle' });
      await call(v.set, 'cmi.suspend_data', 'done');
      await call(v.set, v.raw, '90');
      for (const [k, value] of Object.entries(v.done)) await call(v.set, k, value);
      await call(v.commit, '');
      expect(await h!.lms.activity()).toEqual({ complete: true, grade: 90 });
      await h!.page.waitForFunction(() =>
        document.getElementById('activity')?.textContent?.includes('complete · grade 90'),
      );
      // The fixture sets exit "suspend" at each launch: the learner leaves as finished instead.
      await h!.content().evaluate(
        ([api, set, exit, value]) => {
          addEventListener('beforeunload', () => (window.parent as any)[api][set](exit, value));
        },
        [v.api, v.set, v.exit, version === '1.2' ? '' : 'normal'] as const,
      );
      await h!.lms.exit();
      await h!.lms.relaunch();
      await h!.page.waitForFunction(() => (window as any).__lms.counts.Initialize === 1);
      expect([await call(v.get, v.mode), await call(v.get, 'cmi.suspend_data')]).toEqual(['review', '']);
      expect(await h!.page.evaluate(() => (window as any).__lms.attempt)).toBe(1);
    });

    it('no-lesson-mode, no-interactions-count, score-before-status and slow-commit answer as documented', async () => {
      await started({ profile: 'no-lesson-mode' });
      expect(await tryCall(v.get, v.mode)).toEqual(['', version === '1.2' ? '0' : '403']);
      await h!.close();
      await started({ profile: 'no-interactions-count' });
      expect(await tryCall(v.get, 'cmi.interactions._count')).toEqual(['', '401']);
      await h!.close();
      await started({ profile: 'score-before-status' });
      expect(await tryCall(v.set, v.success, 'passed')).toEqual(['false', '101']);
      await call(v.set, v.raw, '80');
      expect(await tryCall(v.set, v.success, 'passed')).toEqual(['true', '0']);
      await h!.close();
      await started({ profile: 'slow-commit', commitMs: 300 });
      const started2 = Date.now();
      expect(await call(v.commit, '')).toBe('true');
      expect(Date.now() - started2).toBeGreaterThanOrEqual(300);
    });
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
