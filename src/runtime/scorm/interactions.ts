import { iso8601Duration, iso8601Timestamp, scorm12Time, scorm12Timespan } from './time.ts';

/** One answered question, independent of the SCORM version. */
export type Interaction = {
  id: string;
  type: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in';
  /** Learner's answer: identifiers (choice, sequencing), `true`/`false`, `[left, right]` pairs, or text. */
  response: (string | [string, string])[];
  correct: (string | [string, string])[];
  result: 'correct' | 'wrong';
  description: string;
  at: Date;
  latencyMs: number;
};

type Format = {
  prefix: string;
  fields: { response: string; time: string; resultWrong: string; description?: string };
  list: string;
  pair: string;
  time: (d: Date) => string;
  latency: (ms: number) => string;
  text: (s: string, forCorrect: boolean) => string;
  bool: (b: string) => string;
  max: number;
};

/**
 * Response formats per version.
 * 1.2 (RTE 3.4.2 cmi.interactions): `,` between choices, `.` within a matching pair, 255 characters.
 * 2004 (RTE 4.2.9): `[,]` between choices, `[.]` within a pair, `{case_matters=false}` on a fill-in pattern.
 */
export const formats: Record<'1.2' | '2004', Format> = {
  '1.2': {
    prefix: 'cmi.interactions',
    fields: { response: 'student_response', time: 'time', resultWrong: 'wrong' },
    list: ',',
    pair: '.',
    time: scorm12Time,
    latency: scorm12Timespan,
    text: (s) => s.replace(/[,.]/g, ' ').trim(),
    bool: (b) => (b === 'true' ? 't' : 'f'),
    max: 255,
  },
  '2004': {
    prefix: 'cmi.interactions',
    fields: { response: 'learner_response', time: 'timestamp', resultWrong: 'incorrect', description: 'description' },
    list: '[,]',
    pair: '[.]',
    time: iso8601Timestamp,
    latency: iso8601Duration,
    text: (s, forCorrect) => (forCorrect ? `{case_matters=false}${s}` : s),
    bool: (b) => b,
    max: 4000,
  },
};

const render = (f: Format, items: Interaction['response'], type: Interaction['type'], forCorrect: boolean) =>
  items
    .map((item) =>
      Array.isArray(item)
        ? item.join(f.pair)
        : type === 'fill-in'
          ? f.text(item, forCorrect)
          : type === 'true-false'
            ? f.bool(item)
            : item,
    )
    .join(f.list)
    .slice(0, f.max);

/** The SetValue calls that record interaction number `n`. */
export function interactionValues(version: '1.2' | '2004', n: number, it: Interaction): [string, string][] {
  const f = formats[version];
  const at = `${f.prefix}.${n}`;
  const values: [string, string][] = [
    [`${at}.id`, it.id.slice(0, 255)],
    [`${at}.type`, it.type],
    [`${at}.${f.fields.time}`, f.time(it.at)],
    [`${at}.correct_responses.0.pattern`, render(f, it.correct, it.type, true)],
    [`${at}.${f.fields.response}`, render(f, it.response, it.type, false)],
    [`${at}.result`, it.result === 'correct' ? 'correct' : f.fields.resultWrong],
    [`${at}.latency`, f.latency(it.latencyMs)],
  ];
  if (f.fields.description) values.push([`${at}.${f.fields.description}`, it.description.slice(0, 250)]);
  return values;
}
