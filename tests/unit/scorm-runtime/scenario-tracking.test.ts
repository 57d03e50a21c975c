/**
 * A played scenario through the LMS host: one interaction record per play (2004 `other`, 1.2
 * `performance`), the path as the response, the rating as the result, the best ending in
 * suspend_data; nothing at all in review mode, no record with `tracking.interactions: none`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CourseData } from '../../../src/progress/course-data.ts';
import { decodeProgress } from '../../../src/progress/encoding.ts';
import { progressKey } from '../../../src/progress/course-data.ts';
import { lmsHost } from '../../../src/runtime/lms-host.ts';
import type { ScenarioPlay } from '../../../src/runtime/scenario-play.ts';
import { pathResponse, scenarioInteractionValues } from '../../../src/runtime/scorm/scenario-interaction.ts';
import { LmsSession } from '../../../src/runtime/scorm/session.ts';
import { course, memoryStorage } from './course.ts';
import { fakeApi, type FakeOptions } from './fake-api.ts';

const scenarios = [{ id: 'mira-openingsronde', key: progressKey('mira-openingsronde'), module: 'veiligheid' }];
const play = (rating: ScenarioPlay['rating'], path = ['ruimte-geven', 'veiligheid-check', 'met-casemanager']) => ({
  path,
  ending: 'einde',
  rating,
  at: new Date(2026, 11, 2, 10, 30, 5),
  latencyMs: 95_000,
});

function launch(version: '1.2' | '2004', over: Partial<CourseData> = {}, options: FakeOptions = {}) {
  const fake = fakeApi(version, {
    ...options,
    initial: { 'cmi.learner_id': 'u1', 'cmi.core.student_id': 'u1', ...options.initial },
  });
  const session = new LmsSession(fake.found);
  session.initialize();
  return { fake, session, host: lmsHost(course({ scenarios, ...over }), session, (k) => k) };
}
const sets = (calls: string[]) => calls.filter((c) => c.startsWith('SetValue'));

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('scenario interaction records', () => {
  it.each([
    ['2004', 'goed', 'other', 'cmi.interactions.0.learner_response', 'correct'],
    ['2004', 'heroverwegen', 'other', 'cmi.interactions.0.learner_response', 'incorrect'],
    ['1.2', 'acceptabel', 'performance', 'cmi.interactions.0.student_response', 'neutral'],
    ['1.2', 'heroverwegen', 'performance', 'cmi.interactions.0.student_response', 'wrong'],
  ] as const)(
    'SCORM %s, ending %s: type %s, the path as response, result %s',
    (version, rating, type, response, result) => {
      const values = Object.fromEntries(scenarioInteractionValues(version, 0, 'mira-openingsronde', play(rating)));
      expect(values['cmi.interactions.0.id']).toBe('scenario.mira-openingsronde');
      expect(values['cmi.interactions.0.type']).toBe(type);
      expect(values[response]).toBe('ruimte-geven,veiligheid-check,met-casemanager');
      expect(values['cmi.interactions.0.result']).toBe(result);
    },
  );

  it('puts id and type first, as 2004 requires (RTE 4.2.9)', () => {
    const keys = scenarioInteractionValues('2004', 3, 'x', play('goed')).map(([k]) => k);
    expect(keys.slice(0, 2)).toEqual(['cmi.interactions.3.id', 'cmi.interactions.3.type']);
  });

  it('cuts a long path between choice ids, within the 255 characters of 1.2', () => {
    const long = Array.from({ length: 40 }, (_, i) => `keuze-nummer-${i}`);
    const text = pathResponse(long, 255);
    expect(text.length).toBeLessThanOrEqual(255);
    expect(text.split(',').every((id) => long.includes(id))).toBe(true);
  });
});

describe.each(['1.2', '2004'] as const)('a played scenario in the LMS host, SCORM %s', (version) => {
  const mode = version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode';

  it('sends one interaction and keeps the best ending in suspend_data', () => {
    const { fake, host } = launch(version);
    host.recordScenario('mira-openingsronde', play('acceptabel'));
    host.recordScenario('mira-openingsronde', play('goed', ['a', 'b']));
    host.recordScenario('mira-openingsronde', play('heroverwegen', ['c', 'd']));
    vi.runAllTimers();
    const stored = Object.fromEntries(fake.committed);
    expect(stored['cmi.interactions.0.id']).toBe('scenario.mira-openingsronde');
    expect(stored['cmi.interactions.1.result']).toBe('correct');
    expect(stored['cmi.interactions.2.id']).toBe('scenario.mira-openingsronde');
    const state = decodeProgress(course({ scenarios }), stored['cmi.suspend_data']!);
    expect(state.scenarios.get('mira-openingsronde')).toEqual({ best: 2, plays: 3 });
  });

  it('keeps scenario records within their share of the store, so the final test keeps its room', () => {
    const { fake, host } = launch(version);
    for (let i = 0; i < 12; i++) host.recordScenario('mira-openingsronde', play('acceptabel'));
    vi.runAllTimers();
    const ids = [...fake.committed.keys()].filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(ids.length).toBeLessThan(12);
    const state = decodeProgress(course({ scenarios }), fake.committed.get('cmi.suspend_data')!);
    expect(state.scenarios.get('mira-openingsronde')).toEqual({ best: 1, plays: 12 });
  });

  it('sends nothing in review mode', () => {
    const { fake, host } = launch(version, {}, { initial: { [mode]: 'review' } });
    host.recordScenario('mira-openingsronde', play('goed'));
    vi.runAllTimers();
    expect(sets(fake.calls)).toEqual([]);
  });

  it('keeps the best ending but sends no record with `tracking.interactions: none`', () => {
    const { fake, host } = launch(version, { interactions: 'none' });
    host.recordScenario('mira-openingsronde', play('goed'));
    vi.runAllTimers();
    expect(sets(fake.calls).filter((c) => c.includes('interactions'))).toEqual([]);
    const state = decodeProgress(course({ scenarios }), fake.committed.get('cmi.suspend_data')!);
    expect(state.scenarios.get('mira-openingsronde')?.best).toBe(2);
  });
});
