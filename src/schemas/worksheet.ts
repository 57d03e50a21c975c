import { z } from 'zod';
import { idSchema, text } from './common.ts';

/**
 * Frontmatter of a worksheet (`modules/werkbladen/<id>.mdx`); the file name is the worksheet id. The body is
 * MDX with the sheet's building blocks (`src/schemas/components/worksheet-fields.ts`); a module shows the
 * sheet with `<Worksheet id="…" />`, and the build makes a page and a PDF of it.
 */
export const worksheetSchema = z
  .object({
    title: text('The title').describe('Title of the sheet, as printed at its top.'),
    description: text('The description').describe(
      'One or two sentences on what the sheet is for; shown in the module and on the Materialen page.',
    ),
    module: idSchema.describe(
      'Id of the module whose exercise uses the sheet; that module shows it with `<Worksheet>`.',
    ),
    audience: z
      .enum(['deelnemers', 'trainers'], { error: 'use `deelnemers` (for the group) or `trainers` (for the trainers)' })
      .default('deelnemers')
      .describe('Who fills the sheet in: `deelnemers` in the group, or `trainers` (a plan, a debrief form).'),
    instructions: text('The instructions')
      .optional()
      .describe('Short instructions printed under the title: how to fill the sheet in. Plain, short sentences.'),
    sources: z
      .array(text('A source'))
      .default([])
      .describe('What the sheet is based on, one citation per entry; printed at its foot.'),
  })
  .strict();

export type WorksheetMeta = z.output<typeof worksheetSchema>;
export type Worksheet = WorksheetMeta & { id: string };
