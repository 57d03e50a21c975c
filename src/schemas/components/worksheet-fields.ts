/**
 * The building blocks of a worksheet body (`modules/werkbladen/<id>.mdx`), one zod schema each: used when
 * they render (`src/components/worksheet/`) and by the checker (`src/check/worksheets.ts`). They are only
 * for worksheets; a module shows a whole sheet with `<Worksheet id>`. Every answer is stored on the device
 * under the sheet id and a key made from the label, so a label must be unique within its sheet.
 */
import { z } from 'zod';
import type { ComponentSpec } from './index.ts';
import { text } from '../common.ts';

const label = (what: string) => text('The label').describe(what);
const count = (what: string, max: number) =>
  z
    .number({ error: `write a number, as \`{3}\`` })
    .int({ message: 'use a whole number' })
    .min(1, { message: 'use at least 1' })
    .max(max, { message: `use at most ${max}` })
    .describe(what);
const texts = (what: string, example: string) =>
  z
    .array(text(what), { error: `write a list of texts, as \`${example}\`` })
    .min(1, { message: 'write at least one' })
    .max(20, { message: 'keep it to 20 at most: split a longer list' });

/** `<Field label="Wat wil je veranderen?" lines={3} />`: a question with lines to write on. */
export const fieldPropsSchema = z
  .object({
    label: label('The question or heading of the field, printed above the lines.'),
    lines: count('How many lines to write on (on paper and in the browser).', 30).default(3),
    hint: text('The hint').optional().describe('A short example or help under the label.'),
  })
  .strict();

/** `<WorksheetTable caption="Mijn netwerk" columns={["Wie", "Hoe dichtbij"]} rows={6} />`: a table to fill in. */
export const worksheetTablePropsSchema = z
  .object({
    caption: label('The title of the table (its caption); also the key of its answers.'),
    columns: texts('A column heading', '{["Wie", "Wat"]}').describe('The column headings, left to right.'),
    rows: count('How many empty rows to fill in.', 30).optional(),
    rowLabels: texts('A row label', '{["Wonen", "Werk"]}')
      .optional()
      .describe('Labels for the first column, one row each, instead of `rows`. The first column heading names them.'),
  })
  .strict()
  .refine((p) => (p.rows === undefined) !== (p.rowLabels === undefined), {
    message: 'give either `rows={n}` (empty rows) or `rowLabels={["…"]}` (one row per label), not both or neither',
    path: ['rows'],
  })
  .refine((p) => !p.rowLabels || p.columns.length >= 2, {
    message: 'with `rowLabels` the first column names the rows: give at least two `columns`',
    path: ['columns'],
  });

/** `<Checklist label="Wat heb je klaar?" items={["Pen", "Papier"]} />`: boxes to tick. */
export const checklistPropsSchema = z
  .object({
    label: label('What the list is about, printed above it.'),
    items: texts('An item', '{["Eerste", "Tweede"]}').describe('The things to tick, in order.'),
  })
  .strict();

/** `<Scale label="Wonen" from={1} to={10} />`: one number to choose on a scale. */
export const scalePropsSchema = z
  .object({
    label: label('What is rated, printed before the numbers.'),
    from: z.number().int({ message: 'use a whole number' }).default(1).describe('The lowest number.'),
    to: z.number().int({ message: 'use a whole number' }).default(10).describe('The highest number.'),
    low: text('The text').optional().describe('What the lowest number means, e.g. "helemaal niet goed".'),
    high: text('The text').optional().describe('What the highest number means, e.g. "heel goed".'),
  })
  .strict()
  .refine((p) => p.to > p.from && p.to - p.from <= 10, {
    message: '`to` must be higher than `from`, with at most 11 numbers on the scale (for example 1 to 10)',
    path: ['to'],
  });

/** `<Rings label="Mijn netwerk" rings={["Heel dichtbij", "Dichtbij", "Verder weg"]} />`: circles to draw in. */
export const ringsPropsSchema = z
  .object({
    label: label('What to draw, printed above the circles.'),
    center: text('The text').default('Ik').describe('The word in the middle.'),
    rings: texts('A ring', '{["Dichtbij", "Verder weg"]}')
      .max(4, { message: 'use at most 4 rings, or the circles get too small to write in' })
      .describe('The rings from the inside out.'),
  })
  .strict();

/** `<Wheel label="Mijn levenswiel" areas={["Wonen", "Werk", "Vrienden"]} />`: a wheel to score on paper. */
export const wheelPropsSchema = z
  .object({
    label: label('What the wheel is, printed above it.'),
    areas: texts('An area', '{["Wonen", "Werk", "Vrienden"]}')
      .min(3, { message: 'a wheel needs at least 3 areas' })
      .max(12, { message: 'use at most 12 areas, or the labels do not fit' })
      .describe('The areas (spokes), clockwise from the top. Short words fit best.'),
    steps: count('How many rings to score on (1 in the middle, the highest at the rim).', 10).default(10),
  })
  .strict();

export const sheetComponentSpecs = {
  Field: { props: fieldPropsSchema, children: 'none', example: '<Field label="Wat wil je veranderen?" lines={3} />' },
  WorksheetTable: {
    props: worksheetTablePropsSchema,
    children: 'none',
    example: '<WorksheetTable caption="Mijn netwerk" columns={["Wie", "Hoe dichtbij"]} rows={6} />',
  },
  Checklist: {
    props: checklistPropsSchema,
    children: 'none',
    example: '<Checklist label="Wat heb je klaar?" items={["Pen", "Papier"]} />',
  },
  Scale: { props: scalePropsSchema, children: 'none', example: '<Scale label="Wonen" from={1} to={10} />' },
  Wheel: {
    props: wheelPropsSchema,
    children: 'none',
    example: '<Wheel label="Mijn levenswiel" areas={["Wonen", "Werk", "Vrienden"]} />',
  },
  Rings: {
    props: ringsPropsSchema,
    children: 'none',
    example: '<Rings label="Mijn netwerk" rings={["Dichtbij", "Verder weg"]} />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type SheetComponentName = keyof typeof sheetComponentSpecs;
export const isSheetComponentName = (name: string): name is SheetComponentName =>
  Object.hasOwn(sheetComponentSpecs, name);

/** The label each block stores its answers under (unique in a sheet). */
export function answerLabelOf(name: SheetComponentName, props: Record<string, unknown>): string | undefined {
  if (name === 'Rings' || name === 'Wheel') return undefined;
  const label = name === 'WorksheetTable' ? props.caption : props.label;
  return typeof label === 'string' ? label : undefined;
}
