/**
 * Validation at the door, in plain words.
 *
 * `parseWithFriendlyErrors()` parses course, module, quiz and glossary data with a zod schema and,
 * when the data is wrong, throws one error that names the file, the line and column (when the caller
 * can tell), the field in words (`questions[2].options[1].feedback` → question 3, option 2,
 * `feedback`), the value received and how to fix it. `friendlyIssues()` returns the same problems as a
 * list (and `friendlyDiagnostics()` as the checker's diagnostics). `errorMap` turns zod 4 issue codes into those sentences.
 */
import { z } from 'zod';
import { type Diagnostic, diagnostic, formatDiagnostic } from '../course/source/diagnostic.ts';

export type Path = readonly PropertyKey[];
export type Position = { line: number; column: number };
export type FriendlyContext = {
  /** The file the input comes from, relative to the course root (or a name such as `<Callout>`). */
  file: string;
  lineOf?: (path: Path) => Position | undefined;
  /** The rule name a problem is reported under, by zod issue code: `question` for refinements, else `schema`. */
  ruleFor?: (code: string) => string;
  /** What the input is, when it is not a whole file: `<Callout>` makes "<Callout> `kind` is …". */
  subject?: string;
};
export type FriendlyIssue = { path: Path; code: string; message: string; line?: number; column?: number };

/**
 * Thrown by `parseWithFriendlyErrors()` and `parseFile()`; `problems` holds every problem found. The
 * message is the lines `npm run check` prints for them, so every door speaks with one voice.
 */
export class FriendlyError extends Error {
  readonly file: string;
  readonly problems: Diagnostic[];
  constructor(file: string, problems: Diagnostic[]) {
    super(problems.map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'FriendlyError';
    this.file = file;
    this.problems = problems;
  }
}

/** Parse `input` with `schema`; return the data or throw a `FriendlyError` listing every problem. */
export function parseWithFriendlyErrors<T extends z.ZodType>(
  schema: T,
  input: unknown,
  context: FriendlyContext,
): z.output<T> {
  const result = schema.safeParse(input, { error: errorMap, reportInput: true });
  if (result.success) return result.data;
  throw new FriendlyError(context.file, toDiagnostics(toFriendly(result.error.issues, input, context), context));
}

/** Every problem `schema` finds in `input` as diagnostics of `context.file`; an empty list when valid. */
export function friendlyDiagnostics(schema: z.ZodType, input: unknown, context: FriendlyContext): Diagnostic[] {
  return toDiagnostics(friendlyIssues(schema, input, context), context);
}

/** Issues raised by a schema's own refinements are about sense, not shape: reported as `question`. */
const senseOrShape = (code: string) => (code === 'custom' ? 'question' : 'schema');

const toDiagnostics = (issues: FriendlyIssue[], { file, ruleFor = senseOrShape }: FriendlyContext) =>
  issues.map((issue) =>
    diagnostic(
      file,
      issue.line ? { line: issue.line, column: issue.column ?? 1 } : undefined,
      'error',
      ruleFor(issue.code),
      issue.message,
    ),
  );

/** Every problem `schema` finds in `input`, in words and with positions; an empty list when valid. */
export function friendlyIssues(
  schema: z.ZodType,
  input: unknown,
  context: Omit<FriendlyContext, 'file'> = {},
): FriendlyIssue[] {
  const result = schema.safeParse(input, { error: errorMap, reportInput: true });
  return result.success ? [] : toFriendly(result.error.issues, input, context);
}

function toFriendly(
  issues: z.core.$ZodIssue[],
  input: unknown,
  context: Omit<FriendlyContext, 'file'>,
): FriendlyIssue[] {
  return issues.map((issue) => {
    // Point at the unknown key itself rather than at the object holding it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const position = context.lineOf?.(path);
    const message = withSubject(completeMessage(issue, input), context.subject);
    return { path: issue.path, code: issue.code, message, ...position };
  });
}

/** "The file has …" becomes "<Quiz> has …"; any other sentence gets the subject in front. */
const withSubject = (message: string, subject: string | undefined) => {
  if (!subject) return message;
  // A component's fields are its props.
  const props = message.replace(/\b(unknown|known) fields?\b/g, (words) => words.replace('field', 'prop'));
  return props.startsWith('The file ') ? `${subject} ${props.slice(9)}` : `${subject} ${props}`;
};

/** Messages from the schemas themselves (`{ message }`) say how to fix; add where and what was received. */
function completeMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const where = subjectOf(issue.path);
  if (issue.message.startsWith(where)) return issue.message;
  const received = valueAt(root, issue.path);
  const suffix = issue.code === 'custom' || received === undefined ? '' : ` (received ${describeValue(received)})`;
  const field = `\`${String(issue.path.at(-1))}\``;
  // "`feedbackTrue` may not be empty" already names the field: join it to the path instead of repeating it.
  if (where.endsWith(field) && issue.message.startsWith(field))
    return `${where}${issue.message.slice(field.length)}${suffix}`;
  return `${where}: ${issue.message.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase())}${suffix}`;
}

function valueAt(root: unknown, path: Path): unknown {
  let value: unknown = root;
  for (const key of path)
    value = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Paths in words

/** Singular nouns for list fields: `questions[2]` reads as "question 3". */
const itemNouns: Record<string, string> = {
  questions: 'question',
  options: 'option',
  pairs: 'pair',
  items: 'item',
  parts: 'part',
  goals: 'learning goal',
  accepted: 'accepted answer',
  sources: 'source',
};

/** `['questions', 2, 'options', 1, 'feedback']` → "question 3, option 2, `feedback`". */
export function pathInWords(path: Path): string {
  const words: string[] = [];
  let keys: string[] = [];
  const flush = () => {
    if (keys.length) words.push(`\`${keys.join('.')}\``);
    keys = [];
  };
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    const noun = typeof key === 'string' ? itemNouns[key] : undefined;
    if (typeof key === 'number') {
      flush();
      words.push(`entry ${key + 1}`);
    } else if (noun && typeof next === 'number') {
      flush();
      words.push(`${noun} ${next + 1}`);
      i++;
    } else keys.push(String(key));
  }
  flush();
  return words.join(', ');
}

/** The subject of a sentence about `path`: "Question 3, option 2, `feedback`", or "The file" for the top. */
export const subjectOf = (path: Path) => pathInWords(path).replace(/^./, (c) => c.toUpperCase()) || 'The file';

// ---------------------------------------------------------------------------------------------
// Values in words

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
  undefined: 'missing',
};

/** How a received value reads in a message: text quoted, lists and groups by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length ? `a list of ${value.length}` : 'an empty list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Fix hints for a value of the wrong kind, keyed `expected<-received`. */
const typeFixes: Record<string, string> = {
  'boolean<-string': 'Write `true` or `false` without quotes.',
  'number<-string': 'Write the number without quotes.',
  'string<-number': 'Put the value in quotes.',
  'string<-boolean': 'Put the value in quotes.',
  // YAML reads `- Let op: iets` as a field `Let op`; that is almost always meant as text.
  'string<-object': 'If this is text with `: ` in it, put it in quotes, or start it with `>-` on the line of its key.',
  'array<-string': 'Write a list: each entry on its own line, starting with `- `.',
  'array<-object': 'Write a list: each entry on its own line, starting with `- `.',
  'object<-string': 'Write the fields on their own lines below it, indented by two spaces.',
};

// ---------------------------------------------------------------------------------------------
// Did you mean

/** Edit distance (Levenshtein) between two strings. */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The candidate closest to `value`, if it is close enough to be a likely typo. */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit || (best && (best.startsWith(value) || value.startsWith(best))) ? best : undefined;
}

const orList = (values: readonly unknown[], conjunction = 'or') => {
  const quoted = values.map((v) => `\`${String(v)}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
};

// ---------------------------------------------------------------------------------------------
// The error map

type Issue = z.core.$ZodRawIssue & { inst?: unknown };

const descriptionOf = (inst: unknown) => {
  const text = (inst as z.ZodType | undefined)?.description?.trim().replace(/\.$/, '');
  return text ? ` (${text.charAt(0).toLowerCase()}${text.slice(1)})` : '';
};

const sizeWords = (origin: string, n: number | bigint) =>
  origin === 'array'
    ? `${n} ${n === 1 ? 'entry' : 'entries'}`
    : origin === 'string'
      ? `${n} ${n === 1 ? 'character' : 'characters'}`
      : String(n);

/** One plain sentence per zod issue code; `undefined` leaves the message to zod. */
const messages: Record<string, (issue: Issue, where: string) => string | undefined> = {
  invalid_type: (issue, where) => {
    const { input, expected } = issue as Issue & { expected: string };
    if (input === undefined) return `${where} is missing. Add it${descriptionOf(issue.inst)}.`;
    const fix =
      typeFixes[`${expected}<-${kindOf(input)}`] ??
      (input === null ? 'Write a value after the colon, or remove the line if the field is optional.' : '');
    return `${where} should be ${typeWords[expected] ?? expected} but is ${describeValue(input)}. ${fix}`.trim();
  },
  too_small: (issue, where) => {
    const { origin, minimum, input } = issue as Issue & { origin: string; minimum: number };
    if (origin === 'string' && minimum === 1)
      return `${where} is empty. Write some text, or remove the line if the field is optional.`;
    const size =
      origin === 'array' || origin === 'string' ? sizeWords(origin, (input as unknown[]).length) : describeValue(input);
    return `${where} is ${size}; it needs at least ${sizeWords(origin, minimum)}.`;
  },
  too_big: (issue, where) => {
    const { origin, maximum, input } = issue as Issue & { origin: string; maximum: number };
    const size =
      origin === 'array' || origin === 'string' ? sizeWords(origin, (input as unknown[]).length) : describeValue(input);
    return `${where} is ${size}; it may have at most ${sizeWords(origin, maximum)}.`;
  },
  invalid_value: (issue, where) => {
    const { values, input } = issue as Issue & { values: unknown[] };
    const guess = didYouMean(String(input), values.map(String));
    return `${where} is ${describeValue(input)}, which is not allowed. Use ${orList(values)}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`;
  },
  invalid_union: (issue, where) => {
    const { discriminator, options, input } = issue as Issue & { discriminator?: string; options?: unknown[] };
    if (!discriminator || !options)
      return `${where} has ${describeValue(input)}, which matches none of the allowed forms. Compare it with an example in the authoring guide.`;
    const value = (input as Record<string, unknown> | undefined)?.[discriminator];
    if (value === undefined) return `${where} is missing. Add it: one of ${orList(options)}.`;
    const guess = didYouMean(String(value), options.map(String));
    return `${where} is ${describeValue(value)}, which is not a known \`${discriminator}\`. Use ${orList(options)}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`;
  },
  unrecognized_keys: (issue, where) => {
    const { keys } = issue as Issue & { keys: string[] };
    const known = Object.keys((issue.inst as { shape?: object } | undefined)?.shape ?? {});
    const named = keys.map((key) => {
      const guess = didYouMean(key, known);
      return `\`${key}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}`;
    });
    return `${where} has ${keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${named.join(', ')}. Remove ${keys.length === 1 ? 'it' : 'them'} or fix the spelling; known fields are ${orList(known, 'and')}.`;
  },
  invalid_format: (issue, where) => `${where} ${describeValue(issue.input)} does not have the right format.`,
  not_multiple_of: (issue, where) =>
    `${where} is ${describeValue(issue.input)}; use a multiple of ${(issue as Issue & { divisor: number }).divisor}.`,
};

/** A zod 4 error map in plain English; pass it as `{ error: errorMap }` to `parse`/`safeParse`. */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  return messages[issue.code ?? '']?.(issue as Issue, subjectOf(issue.path ?? []));
};
