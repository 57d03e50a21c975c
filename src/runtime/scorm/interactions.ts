import { rte, type ScormVersion } from '../../scorm/cmi/spec.ts';
import type { QuestionAnswer } from '../answer.ts';
import { iso8601Duration, iso8601Timestamp, scorm12Time, scorm12Timespan } from './time.ts';

/** Kept under its SCORM name for the quiz code that builds it. */
export type Interaction = QuestionAnswer;

/** What differs per version beyond the spec tables: time formats and how a text or boolean is written. */
const formats = {
  '1.2': {
    time: scorm12Time,
    latency: scorm12Timespan,
    // 1.2 has no escape for its delimiters inside a fill-in answer (RTE 3.4.3 CMIFeedback).
    text: (s: string) => s.replace(/[,.]/g, ' ').trim(),
    bool: (b: string) => (b === 'true' ? 't' : 'f'),
  },
  '2004': {
    time: iso8601Timestamp,
    latency: iso8601Duration,
    text: (s: string) => s,
    bool: (b: string) => b,
  },
} as const;

/** Joins whole items while they fit in `max` characters: a cut never leaves half an identifier. */
function joinWithin(items: string[], delimiter: string, max: number): string {
  let out = '';
  for (const item of items) {
    const next = out ? `${out}${delimiter}${item}` : item;
    if (next.length > max) return out || item.slice(0, max);
    out = next;
  }
  return out;
}

function render(version: ScormVersion, it: QuestionAnswer, items: QuestionAnswer['response'], pattern: boolean) {
  const spec = rte[version];
  const f = formats[version];
  // 2004: one fill-in string is at most 250 characters (RTE 4.2.9.1, Table 4.2.9.1a).
  const textMax = version === '2004' ? 250 : spec.limits.response;
  const parts = items.map((item) =>
    Array.isArray(item)
      ? item.join(spec.delimiters.pair)
      : it.type === 'fill-in'
        ? f.text(item).slice(0, textMax)
        : it.type === 'true-false'
          ? f.bool(item)
          : item,
  );
  const prefix = pattern && it.type === 'fill-in' ? spec.delimiters.caseInsensitive : '';
  return prefix + joinWithin(parts, spec.delimiters.list, spec.limits.response - prefix.length);
}

/**
 * The SetValue calls that record interaction number `n`, as small as the spec allows: id and type
 * first (2004 RTE 4.2.9 requires them before the rest), no description unless asked for.
 */
export function interactionValues(
  version: ScormVersion,
  n: number,
  it: QuestionAnswer,
  options: { description?: boolean } = {},
): [string, string][] {
  const spec = rte[version];
  const f = formats[version];
  const at = `${spec.elements.interactions}.${n}`;
  const values: [string, string][] = [
    [`${at}.id`, it.id.slice(0, spec.limits.interactionId)],
    [`${at}.type`, it.type],
    [`${at}.${spec.interaction.time}`, f.time(it.at)],
    [`${at}.correct_responses.0.pattern`, render(version, it, it.correct, true)],
    [`${at}.${spec.interaction.response}`, render(version, it, it.response, false)],
    [`${at}.result`, it.result === 'correct' ? spec.vocab.results.correct : spec.vocab.results.wrong],
    [`${at}.latency`, f.latency(it.latencyMs)],
  ];
  if (options.description && spec.interaction.description)
    values.push([`${at}.${spec.interaction.description}`, it.description.slice(0, spec.limits.description)]);
  return values;
}
