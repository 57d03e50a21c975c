/**
 * Props of a worksheet's building blocks, validated when they render with the checker's schemas and words
 * (`src/schemas/components/worksheet-fields.ts`); `npm run check` has reported any problem first, with its line.
 */
import { slugify } from '../../course/routes.ts';
import { type SheetComponentName, sheetComponentSpecs } from '../../schemas/components/worksheet-fields.ts';
import { parseWithFriendlyErrors } from '../../schemas/friendly-errors.ts';
import type { z } from 'zod';

export function sheetProps<N extends SheetComponentName>(
  name: N,
  props: unknown,
  page: URL,
): z.output<(typeof sheetComponentSpecs)[N]['props']> {
  return parseWithFriendlyErrors(sheetComponentSpecs[name].props, props, {
    file: decodeURI(page.pathname).replace(/^\/+/, ''),
    subject: `<${name}>`,
    ruleFor: () => 'component',
  }) as z.output<(typeof sheetComponentSpecs)[N]['props']>;
}

/** The key an answer is stored under on the device (see `src/runtime/worksheet-form.ts`), from its label. */
export const answerKey = (label: string) => slugify(label, 50) || 'veld';
