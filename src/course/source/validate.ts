/**
 * Data files against their schemas, in the words of `friendly-errors`: `validateFile()` returns the
 * problems as diagnostics (for the checker), `parseFile()` returns the data or throws one
 * `FriendlyError` whose message is the same lines `npm run check` prints.
 */
import type { z } from 'zod';
import { FriendlyError, friendlyDiagnostics } from '../../schemas/friendly-errors.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { DataFile } from './read-course.ts';

export type Validated<T> =
  | { ok: true; data: T; problems: [] }
  | { ok: false; data?: undefined; problems: Diagnostic[] };

/** Read problems first (a file that cannot be read is not validated), then the schema's. */
export function validateFile<T extends z.ZodType>(schema: T, file: DataFile): Validated<z.output<T>> {
  if (!file.readable) return { ok: false, problems: file.problems };
  const result = schema.safeParse(file.data ?? {});
  if (result.success) return { ok: true, data: result.data, problems: [] };
  return {
    ok: false,
    problems: friendlyDiagnostics(schema, file.data ?? {}, { file: file.file, lineOf: file.lineOf }),
  };
}

/** The validated data of `file`, or a `FriendlyError` naming every problem with its position. */
export function parseFile<T extends z.ZodType>(schema: T, file: DataFile): z.output<T> {
  const result = validateFile(schema, file);
  if (result.ok) return result.data;
  throw new FriendlyError(file.file, result.problems);
}
