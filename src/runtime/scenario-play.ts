import type { ScenarioRating } from '../progress/state.ts';

/**
 * One branching scenario played to an ending, as the course sees it, independent of any LMS: what
 * the scenario player hands to its host. The SCORM side turns it into one interaction record.
 */
export type ScenarioPlay = {
  /** The choice ids taken from `start` to the ending, in order (unique per node, so the path is unambiguous). */
  path: string[];
  ending: string;
  rating: ScenarioRating;
  at: Date;
  latencyMs: number;
};
