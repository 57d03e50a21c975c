/**
 * The graph checks of a branching scenario that a schema cannot make, as pure functions over the
 * validated data: ids used twice, a `start` or `next` that names nothing, nodes nobody reaches, nodes
 * from which no ending can be reached (a dead end, or a loop without exit), no ending rated `goed`.
 * Each problem carries the path of the field to point at, so the checker can give file:line:col.
 */
import type { z } from 'zod';
import { didYouMean } from '../schemas/friendly-errors.ts';
import type { scenarioSchema } from '../schemas/scenario.ts';

type ScenarioData = z.output<typeof scenarioSchema>;

export type GraphProblem = {
  path: (string | number)[];
  rule: string;
  severity: 'error' | 'warning';
  message: string;
};

const guess = (value: string, candidates: string[]) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

/** Node and ending ids in file order, with where each is written. */
const places = (s: ScenarioData) => [
  ...s.nodes.map((n, i) => ({ id: n.id, path: ['nodes', i, 'id'], what: 'node' })),
  ...s.endings.map((e, i) => ({ id: e.id, path: ['endings', i, 'id'], what: 'ending' })),
];

function duplicateIds(s: ScenarioData): GraphProblem[] {
  const first = new Map<string, string>();
  const problems: GraphProblem[] = [];
  for (const place of places(s)) {
    const earlier = first.get(place.id);
    if (earlier === undefined) first.set(place.id, place.what);
    else
      problems.push({
        path: place.path,
        rule: 'scenario-duplicate-id',
        severity: 'error',
        message: `The id "${place.id}" is already used by an earlier ${earlier}. Give every node and ending its own id; choices point at them by id.`,
      });
  }
  s.nodes.forEach((node, i) => {
    const seen = new Set<string>();
    node.choices.forEach((choice, j) => {
      if (!seen.has(choice.id)) {
        seen.add(choice.id);
        return;
      }
      problems.push({
        path: ['nodes', i, 'choices', j, 'id'],
        rule: 'scenario-duplicate-id',
        severity: 'error',
        message: `Node "${node.id}" has two choices with the id "${choice.id}". Give every choice in a node its own id: the LMS receives the path as these ids.`,
      });
    });
  });
  return problems;
}

function unknownTargets(s: ScenarioData, known: string[]): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (!known.includes(s.start))
    problems.push({
      path: ['start'],
      rule: 'scenario-next',
      severity: 'error',
      message: `\`start\` names "${s.start}", which is no node${guess(
        s.start,
        s.nodes.map((n) => n.id),
      )}. Use the \`id\` of the first node.`,
    });
  s.nodes.forEach((node, i) => {
    node.choices.forEach((choice, j) => {
      if (known.includes(choice.next)) return;
      problems.push({
        path: ['nodes', i, 'choices', j, 'next'],
        rule: 'scenario-next',
        severity: 'error',
        message: `Choice "${choice.id}" of node "${node.id}" leads to "${choice.next}", which is no node or ending${guess(choice.next, known)}. Use the \`id\` of a node or ending of this scenario.`,
      });
    });
  });
  return problems;
}

/** Every id reachable from `from` by following choices (`from` included). */
function reachable(s: ScenarioData, from: string[]): Set<string> {
  const next = new Map(s.nodes.map((n) => [n.id, n.choices.map((c) => c.next)]));
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(next.get(id) ?? []));
  }
  return seen;
}

function unreachable(s: ScenarioData): GraphProblem[] {
  const seen = reachable(s, [s.start]);
  return places(s)
    .filter((p) => !seen.has(p.id))
    .map((p) => ({
      path: p.path,
      rule: 'scenario-unreachable',
      severity: 'error',
      message: `The ${p.what} "${p.id}" cannot be reached from \`start\`: no choice on the way leads to it. Point a choice's \`next\` at it, or remove it.`,
    }));
}

/** Nodes from which no ending can be reached: a loop without exit when a choice returns into them. */
function noWayOut(s: ScenarioData): GraphProblem[] {
  const endings = new Set(s.endings.map((e) => e.id));
  const stuck = s.nodes.filter((n) => ![...reachable(s, [n.id])].some((id) => endings.has(id)));
  const stuckIds = new Set(stuck.map((n) => n.id));
  return stuck.map((node) => {
    const loop = node.choices.some((c) => stuckIds.has(c.next) && reachable(s, [c.next]).has(node.id));
    return {
      path: ['nodes', s.nodes.indexOf(node), 'id'],
      rule: loop ? 'scenario-loop' : 'scenario-dead-end',
      severity: 'error',
      message: loop
        ? `Node "${node.id}" is in a loop without exit: every choice from here comes back to it or to another node of the loop, so no ending is ever reached. Let one choice lead out of the loop, to an ending or a node that reaches one.`
        : `Node "${node.id}" is a dead end: none of its choices leads, directly or further on, to an ending. Point one of its choices' \`next\` at an ending or at a node that reaches one.`,
    };
  });
}

function goodEnding(s: ScenarioData): GraphProblem[] {
  if (s.endings.some((e) => e.rating === 'goed')) return [];
  return [
    {
      path: ['endings'],
      rule: 'scenario-ending',
      severity: 'error',
      message:
        'No ending is rated `goed`. A learner must be able to find a good way through: give the best outcome `rating: goed`, or add one.',
    },
  ];
}

/** Every graph problem of a scenario that passed its schema, in file order of the fields named. */
export function scenarioGraphProblems(s: ScenarioData): GraphProblem[] {
  const known = places(s).map((p) => p.id);
  const broken = unknownTargets(s, known);
  // Reachability over unknown targets would repeat the same mistake as "dead end": report it once.
  return [
    ...duplicateIds(s),
    ...broken,
    ...(broken.length ? [] : [...unreachable(s), ...noWayOut(s)]),
    ...goodEnding(s),
  ];
}
