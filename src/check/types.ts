/** What the course checker reports: one problem at one place, linter style. */
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
