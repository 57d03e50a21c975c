import { z } from 'zod';
import { idSchema, text } from './common.ts';

/**
 * A branching scenario (`modules/scenarios/<id>.yaml`; the file name is the id), played with
 * `<Scenario id="…" />`. Each choice leads to another node or to an ending. The checker adds the graph
 * checks a schema cannot make (`src/scenario/graph.ts`): ids unique, every `next` exists, every node
 * is reachable from `start`, every node can still reach an ending (no dead end, no loop without exit),
 * at least one ending rated `goed`.
 */
/** Ratings from best to worst; the index order is the one progress keeps (`ratingRank`). */
export const endingRatings = ['goed', 'acceptabel', 'heroverwegen'] as const;
export type EndingRating = (typeof endingRatings)[number];

export const scenarioChoiceSchema = z
  .object({
    id: idSchema.describe(
      'Short id of the choice, unique within its node; the LMS receives the path as these ids, so keep them short and stable.',
    ),
    text: text('The text of a choice').describe('What the trainer does or says, as the learner reads it.'),
    consequence: text('The consequence').describe('What happens next in the group, told as part of the story.'),
    feedback: text('The feedback').describe('Why this is or is not a good move, in professional terms.'),
    next: idSchema.describe('Id of the next node or of an ending.'),
  })
  .strict();

export const scenarioNodeSchema = z
  .object({
    id: idSchema.describe('Id of the node, unique in the scenario.'),
    text: text('The situation').describe(
      'The situation the learner must respond to. An empty line starts a new paragraph.',
    ),
    choices: z.array(scenarioChoiceSchema).min(2).max(4).describe('Two to four choices.'),
  })
  .strict();

export const scenarioEndingSchema = z
  .object({
    id: idSchema.describe('Id of the ending, unique in the scenario.'),
    rating: z
      .enum(endingRatings)
      .describe('How good this outcome is: `goed`, `acceptabel` or `heroverwegen` (to rethink). Reported to the LMS.'),
    title: text('The title of an ending').describe('Short title of the outcome.'),
    text: text('The text of an ending').describe('How it ends and what the learner can take from it.'),
  })
  .strict();

export const scenarioSchema = z
  .object({
    title: text('The title').describe('Title of the scenario.'),
    module: idSchema.describe('Id of the module that shows this scenario with <Scenario id="…" />.'),
    intro: text('The introduction').describe('Who is in the room and what happened so far.'),
    start: idSchema.describe('Id of the first node.'),
    nodes: z.array(scenarioNodeSchema).min(1).describe('The decision points, each with two to four choices.'),
    endings: z.array(scenarioEndingSchema).min(2).describe('The possible outcomes, at least one rated `goed`.'),
    sources: z.array(text('A source')).optional().describe('Real, verifiable sources the scenario draws on.'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema> & { id: string };
