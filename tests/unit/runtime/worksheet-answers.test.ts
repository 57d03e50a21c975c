import { describe, expect, it } from 'vitest';
import { answersOf, type Control, fillControls } from '../../../src/runtime/worksheet-answers.ts';

/** Just what the functions read and write of a form control. */
const control = (type: string, key: string, value = '', checked = false) =>
  ({ type, value, checked, dataset: { wsKey: key } }) as unknown as Control & { checked: boolean };

describe('the answers of a worksheet', () => {
  it('keeps texts, ticked boxes and the chosen number; leaves empty answers out', () => {
    const controls = [
      control('textarea', 'wat-wil-je', 'Meer rust'),
      control('textarea', 'leeg', '   '),
      control('checkbox', 'lijst/0', 'on', true),
      control('checkbox', 'lijst/1', 'on', false),
      control('radio', 'wonen', '3', false),
      control('radio', 'wonen', '4', true),
      control('textarea', 'netwerk/0/1', 'T.'),
    ];
    expect(answersOf(controls)).toEqual({ 'wat-wil-je': 'Meer rust', 'lijst/0': '1', wonen: '4', 'netwerk/0/1': 'T.' });
  });

  it('puts saved answers back, and clears every control when there are none', () => {
    const controls = [
      control('textarea', 'a'),
      control('checkbox', 'b/0', 'on'),
      control('radio', 'c', '1'),
      control('radio', 'c', '2'),
    ];
    fillControls(controls, { a: 'tekst', 'b/0': '1', c: '2' });
    expect(controls.map((c) => [c.value, c.checked])).toEqual([
      ['tekst', false],
      ['on', true],
      ['1', false],
      ['2', true],
    ]);
    expect(answersOf(controls)).toEqual({ a: 'tekst', 'b/0': '1', c: '2' });
    fillControls(controls, {});
    expect(answersOf(controls)).toEqual({});
  });
});
