/** The scenario schema: what a file must hold, and the words the checker uses for what it lacks. */
import { describe, expect, it } from 'vitest';
import { friendlyIssues } from '../../../src/schemas/friendly-errors.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

const choice = (id: string) => ({ id, text: 'Keuze', consequence: 'Gevolg', feedback: 'Waarom', next: 'einde' });
const valid = {
  title: 'Titel',
  module: 'module-id',
  intro: 'Inleiding',
  start: 'begin',
  nodes: [{ id: 'begin', text: 'Situatie', choices: [choice('a'), choice('b')] }],
  endings: [
    { id: 'einde', rating: 'goed', title: 'Goed', text: 'Tekst' },
    { id: 'ander-einde', rating: 'heroverwegen', title: 'Anders', text: 'Tekst' },
  ],
};
const messages = (input: unknown) =>
  friendlyIssues(scenarioSchema, input, { lineOf: () => undefined }).map((i) => i.message);

describe('scenarioSchema', () => {
  it('accepts a complete scenario', () => {
    expect(scenarioSchema.safeParse(valid).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['one choice only', { ...valid, nodes: [{ ...valid.nodes[0], choices: [choice('a')] }] }],
    ['five choices', { ...valid, nodes: [{ ...valid.nodes[0], choices: ['a', 'b', 'c', 'd', 'e'].map(choice) }] }],
    [
      'a choice without feedback',
      { ...valid, nodes: [{ ...valid.nodes[0], choices: [{ ...choice('a'), feedback: ' ' }, choice('b')] }] },
    ],
    ['one ending', { ...valid, endings: valid.endings.slice(0, 1) }],
    ['an unknown rating', { ...valid, endings: [{ ...valid.endings[0], rating: 'slecht' }, valid.endings[1]] }],
    ['an unknown field', { ...valid, level: 2 }],
    ['a choice id that is no id', { ...valid, nodes: [{ ...valid.nodes[0], choices: [choice('A b'), choice('b')] }] }],
  ])('refuses %s', (_name, input) => {
    expect(scenarioSchema.safeParse(input).success).toBe(false);
  });

  it('names a missing field and what it is for', () => {
    const { intro: _, ...withoutIntro } = valid;
    expect(messages(withoutIntro)).toEqual([
      '`intro` is missing. Add it (who is in the room and what happened so far).',
    ]);
  });
});
