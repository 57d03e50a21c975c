import type { Worksheet } from '../schemas/worksheet.ts';

/**
 * Worksheets in course order: by the position of the module they belong to, then by title. A sheet whose
 * module is missing is left out (the checker reports it as an error, so a build never gets here with one).
 */
export function sheetsInCourseOrder<M extends { id: string }>(
  sheets: Worksheet[],
  modules: M[],
): { sheet: Worksheet; module: M }[] {
  const position = new Map(modules.map((m, i) => [m.id, i]));
  return sheets
    .filter((s) => position.has(s.module))
    .map((sheet) => ({ sheet, module: modules[position.get(sheet.module)!]! }))
    .sort(
      (a, b) =>
        position.get(a.sheet.module)! - position.get(b.sheet.module)! || a.sheet.title.localeCompare(b.sheet.title),
    );
}
