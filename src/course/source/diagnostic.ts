/**
 * One problem in a course file at one place, linter style: what the checker reports and what every
 * other door (content loader, build, export) throws, in the same words (`formatDiagnostic`).
 */
export type Severity = 'error' | 'warning';

export type Diagnostic = {
  /** Path relative to the course root, with forward slashes. */
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  column: number;
  severity: Severity;
  /** Short rule name, shown in brackets: `[quiz-ref]`. */
  rule: string;
  /** What happened and what to do, in one or two sentences. */
  message: string;
};

export type Position = { line: number; column: number };

/** Build a diagnostic; `position` defaults to the start of the file. */
export function diagnostic(
  file: string,
  position: Position | undefined,
  severity: Severity,
  rule: string,
  message: string,
): Diagnostic {
  return { file, line: position?.line ?? 1, column: position?.column ?? 1, severity, rule, message };
}

/** Order diagnostics by file, then position, so output is stable and reads top to bottom. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
}

/** `modules/deel-2/03-overdracht.mdx:14:3 error Quiz "x" does not exist … [quiz-ref]` */
export const formatDiagnostic = (d: Diagnostic, paint: Paint = noPaint) =>
  `${paint.file(`${d.file}:${d.line}:${d.column}`)} ${paint[d.severity](d.severity)} ${d.message} ${paint.dim(`[${d.rule}]`)}`;

/** Colour functions; the CLI passes `styleText`-based ones, tests and thrown errors none. */
export type Paint = {
  file: (s: string) => string;
  error: (s: string) => string;
  warning: (s: string) => string;
  dim: (s: string) => string;
  ok: (s: string) => string;
};
export const noPaint: Paint = { file: (s) => s, error: (s) => s, warning: (s) => s, dim: (s) => s, ok: (s) => s };
