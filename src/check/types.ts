/**
 * The checker's diagnostics, for rule files: defined with the course reader (`src/course/source/
 * diagnostic.ts`), where every other door reports input problems in the same shape and words.
 */
export {
  type Diagnostic,
  diagnostic,
  type Position,
  type Severity,
  sortDiagnostics,
} from '../course/source/diagnostic.ts';
