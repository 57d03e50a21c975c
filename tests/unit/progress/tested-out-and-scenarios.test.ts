import { describe, expect, it } from 'vitest';
import { progressKey } from '../../../src/progress/course-data.ts';
import { decodeProgress, decodeProgressChecked, encodeProgress } from '../../../src/progress/encoding.ts';
import { mergeStates } from '../../../src/progress/merge.ts';
import { emptyState, markTestedOut, recordQuiz, recordScenario, visit } from '../../../src/progress/state.ts';
import { courseData } from '../../helpers/course-data.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
const data = courseData(['welkom', 'veiligheid', 'eindtoets'], {
  parts: [
    { id: 'deel-1', key: progressKey('deel-1'), title: 'Deel 1', modules: ['welkom', 'veiligheid'] },
    { id: 'deel-2', key: progressKey('deel-2'), title: 'Deel 2', modules: ['eindtoets'] },
  ],
  scenarios: [
    { id: 'nieuw-contact', key: progressKey('nieuw-contact'), module: 'veiligheid' },
    { id: 'prive-nummer', key: progressKey('prive-nummer'), module: 'welkom' },
  ],
});
const sum = (body: string) => (Number.parseInt(progressKey(body), 36) % 1296).toString(36).padStart(2, '0');

describe('tested-out parts and scenario endings in progress (P3)', () => {
  it('round-trips tested-out parts and the best ending per scenario', () => {
    let s = visit(emptyState(), 'welkom', NOW);
    s = markTestedOut(s, 'deel-1');
    s = recordScenario(s, 'nieuw-contact', 'acceptabel');
    s = recordScenario(s, 'nieuw-contact', 'heroverwegen');
    s = recordScenario(s, 'prive-nummer', 'goed');
    const text = encodeProgress(data, s);
    expect(text).toMatch(/^P3\./);
    const back = decodeProgress(data, text, NOW);
    expect([...back.testedOut]).toEqual(['deel-1']);
    expect(back.scenarios.get('nieuw-contact')).toEqual({ best: 1, plays: 2 });
    expect(back.scenarios.get('prive-nummer')).toEqual({ best: 2, plays: 1 });
  });

  it('undoes a test-out, and stores nothing for a learner who never tested out or played', () => {
    const s = markTestedOut(markTestedOut(emptyState(), 'deel-2'), 'deel-2', false);
    expect(s.testedOut.size).toBe(0);
    expect(encodeProgress(data, s)).toMatch(/^P3\.{8}[0-9a-z]{2}$/);
  });

  it('still reads P2 data (no tested-out parts, no scenarios) and writes it as P3', () => {
    const body = `P2.${progressKey('welkom')}.${(NOW / 1000).toString(36)}..${progressKey('welkom')}.`;
    const state = decodeProgress(data, `${body}.${sum(body)}`, NOW);
    expect(state.location).toBe('welkom');
    expect(state.testedOut.size).toBe(0);
    expect(state.scenarios.size).toBe(0);
    expect(encodeProgress(data, state)).toMatch(/^P3\./);
  });

  it('drops a scenario entry out of range and says so, and ignores keys of removed parts', () => {
    const gone = progressKey('deel-weg');
    const body = `P3......${progressKey('deel-1')}${gone}.${progressKey('prive-nummer')}71`;
    const { state, dropped } = decodeProgressChecked(data, `${body}.${sum(body)}`, NOW);
    expect([...state.testedOut]).toEqual(['deel-1']);
    expect(state.scenarios.size).toBe(0);
    expect(dropped).toEqual(['scenario prive-nummer']);
  });

  it('merges two records without losing a test-out or a better ending', () => {
    const lms = recordScenario(markTestedOut(emptyState(), 'deel-1'), 'nieuw-contact', 'goed');
    const device = recordScenario(
      recordScenario(recordQuiz(emptyState(), 'welkom', 80), 'nieuw-contact', 'heroverwegen'),
      'nieuw-contact',
      'acceptabel',
    );
    const merged = mergeStates(lms, device);
    expect([...merged.testedOut]).toEqual(['deel-1']);
    expect(merged.scenarios.get('nieuw-contact')).toEqual({ best: 2, plays: 2 });
    expect(merged.quizzes.get('welkom')?.best).toBe(80);
  });
});
