/** The graph checks of a branching scenario, table-driven: each case changes one thing of a valid scenario. */
import { describe, expect, it } from 'vitest';
import { scenarioGraphProblems } from '../../../src/scenario/graph.ts';
import { scenarioSchema } from '../../../src/schemas/scenario.ts';

const choice = (id: string, next: string) => ({
  id,
  text: `Keuze ${id}`,
  consequence: 'Gevolg.',
  feedback: 'Waarom.',
  next,
});
const node = (id: string, ...choices: ReturnType<typeof choice>[]) => ({ id, text: `Situatie ${id}`, choices });
const ending = (id: string, rating: 'goed' | 'acceptabel' | 'heroverwegen') => ({
  id,
  rating,
  title: id,
  text: 'Afloop.',
});

/** start → a (→ good) or b; b → a or bad. */
const valid = () => ({
  title: 'Test',
  module: 'm',
  intro: 'Intro.',
  start: 'start',
  nodes: [
    node('start', choice('x', 'a'), choice('y', 'b')),
    node('a', choice('x', 'good'), choice('y', 'ok')),
    node('b', choice('x', 'a'), choice('y', 'bad')),
  ],
  endings: [ending('good', 'goed'), ending('ok', 'acceptabel'), ending('bad', 'heroverwegen')],
});
type Data = ReturnType<typeof valid>;

const problems = (change: (s: Data) => void) => {
  const data = valid();
  change(data);
  return scenarioGraphProblems(scenarioSchema.parse(data)).map((p) => `${p.rule} ${p.path.join('.')}`);
};

describe('scenarioGraphProblems', () => {
  it('finds nothing in a valid scenario, also when a loop has an exit', () => {
    expect(problems(() => {})).toEqual([]);
    expect(problems((s) => (s.nodes[2]!.choices[0]!.next = 'b'))).toEqual([]);
  });

  it.each<[string, (s: Data) => void, string[]]>([
    ['an unknown `next`', (s) => (s.nodes[0]!.choices[1]!.next = 'bb'), ['scenario-next nodes.0.choices.1.next']],
    ['an unknown `start`', (s) => (s.start = 'begin'), ['scenario-next start']],
    [
      'a node id used twice (the renamed node is then missing too)',
      (s) => (s.nodes[2]!.id = 'a'),
      ['scenario-duplicate-id nodes.2.id', 'scenario-next nodes.0.choices.1.next'],
    ],
    [
      'an ending with a node id',
      (s) => (s.endings[2]!.id = 'b'),
      ['scenario-duplicate-id endings.2.id', 'scenario-next nodes.2.choices.1.next'],
    ],
    [
      'two choices with one id',
      (s) => (s.nodes[1]!.choices[1]!.id = 'x'),
      ['scenario-duplicate-id nodes.1.choices.1.id'],
    ],
    [
      'an unreachable node',
      (s) => (s.nodes[0]!.choices[1]!.next = 'a'),
      ['scenario-unreachable nodes.2.id', 'scenario-unreachable endings.2.id'],
    ],
    [
      'a loop without exit',
      (s) => {
        s.nodes[1]!.choices = [choice('x', 'b'), choice('y', 'start')];
        s.nodes[2]!.choices = [choice('x', 'a'), choice('y', 'start')];
      },
      [
        'scenario-unreachable endings.0.id',
        'scenario-unreachable endings.1.id',
        'scenario-unreachable endings.2.id',
        'scenario-loop nodes.0.id',
        'scenario-loop nodes.1.id',
        'scenario-loop nodes.2.id',
      ],
    ],
    [
      'a dead end (its choices lead only into a loop without exit)',
      (s) => {
        s.nodes[0]!.choices = [choice('x', 'a'), choice('y', 'a')];
        s.nodes[1]!.choices = [choice('x', 'b'), choice('y', 'b')];
        s.nodes[2]!.choices = [choice('x', 'a'), choice('y', 'a')];
      },
      [
        'scenario-unreachable endings.0.id',
        'scenario-unreachable endings.1.id',
        'scenario-unreachable endings.2.id',
        'scenario-dead-end nodes.0.id',
        'scenario-loop nodes.1.id',
        'scenario-loop nodes.2.id',
      ],
    ],
    ['no ending rated goed', (s) => (s.endings[0]!.rating = 'acceptabel'), ['scenario-ending endings']],
  ])('reports %s', (_name, change, expected) => {
    expect(problems(change)).toEqual(expected);
  });

  it('says which ids were meant, in plain words', () => {
    const data = valid();
    data.nodes[0]!.choices[1]!.next = 'bb';
    expect(scenarioGraphProblems(scenarioSchema.parse(data))[0]!.message).toMatchInlineSnapshot(
      `"Choice "y" of node "start" leads to "bb", which is no node or ending (did you mean "b"?). Use the \`id\` of a node or ending of this scenario."`,
    );
  });
});
