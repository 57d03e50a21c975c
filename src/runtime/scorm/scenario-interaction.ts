import type { CourseData } from '../../progress/course-data.ts';
import type { ScenarioRating } from '../../progress/state.ts';
import { rte, type ScormVersion } from '../../scorm/cmi/spec.ts';
import type { ScenarioPlay } from '../scenario-play.ts';
import { iso8601Duration, iso8601Timestamp, scorm12Time, scorm12Timespan } from './time.ts';

/**
 * A played scenario as one SCORM interaction record. Scenarios are practice, so they are reported
 * unless the course turns interaction records off (`tracking.interactions: none`): the path taken is
 * the evidence of decision practice an organisation asks for, and one small record per play costs
 * little (the host still holds it to the store budget, like quiz answers).
 */
export const reportsScenarios = (course: CourseData) => (course.interactions ?? 'score-quiz') !== 'none';

/**
 * The part of a Moodle store (`STORE_BUDGET_BYTES`) scenario records may take, about eight records:
 * the rest stays free for the answers of the final test, which matter more to an organisation. The
 * checker counts this share in the worst-case store. Later plays keep their best ending in the progress.
 */
export const SCENARIO_STORE_SHARE_BYTES = 2560;

/**
 * Whether a record of `bytes` still fits the share, given the plays already counted in the progress
 * (`plays`, over every scenario and session: each was reported while it fitted, so this never undercounts).
 */
export const fitsScenarioShare = (plays: number, bytes: number) => (plays + 1) * bytes <= SCENARIO_STORE_SHARE_BYTES;

/**
 * 2004 has `other` for an interaction that fits no other type (RTE 4.2.9.1, learner_response a
 * characterstring of up to 4,000). 1.2 has no `other` (RTE 3.4.3 `cmi.interactions.n.type`): its
 * closest type is `performance`, whose student_response is free text up to 255 characters.
 */
const typeOf: Record<ScormVersion, string> = { '1.2': 'performance', '2004': 'other' };

/** The rating as a result: `goed` correct, `acceptabel` neutral, `heroverwegen` wrong (1.2) or incorrect (2004). */
const resultOf = (version: ScormVersion): Record<ScenarioRating, string> => ({
  goed: rte[version].vocab.results.correct,
  acceptabel: 'neutral',
  heroverwegen: rte[version].vocab.results.wrong,
});

const formats = {
  '1.2': { time: scorm12Time, latency: scorm12Timespan },
  '2004': { time: iso8601Timestamp, latency: iso8601Duration },
} as const;

/** Whole choice ids joined with commas while they fit in `max`: a long path (a loop played round) is cut, never an id. */
export function pathResponse(path: string[], max: number): string {
  let out = '';
  for (const id of path) {
    const next = out ? `${out},${id}` : id;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** The SetValue calls of interaction number `n`: id and type first (2004 RTE 4.2.9), no description. */
export function scenarioInteractionValues(
  version: ScormVersion,
  n: number,
  scenarioId: string,
  play: ScenarioPlay,
): [string, string][] {
  const spec = rte[version];
  const at = `${spec.elements.interactions}.${n}`;
  return [
    [`${at}.id`, `scenario.${scenarioId}`.slice(0, spec.limits.interactionId)],
    [`${at}.type`, typeOf[version]],
    [`${at}.${spec.interaction.time}`, formats[version].time(play.at)],
    [`${at}.${spec.interaction.response}`, pathResponse(play.path, spec.limits.response)],
    [`${at}.result`, resultOf(version)[play.rating]],
    [`${at}.latency`, formats[version].latency(play.latencyMs)],
  ];
}
