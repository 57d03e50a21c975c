import Checklist from './Checklist.astro';
import Field from './Field.astro';
import Rings from './Rings.astro';
import Scale from './Scale.astro';
import Wheel from './Wheel.astro';
import WorksheetTable from './WorksheetTable.astro';
import type { SheetComponentName } from '../../schemas/components/worksheet-fields.ts';

/** The building blocks a worksheet body uses without importing them. */
export const sheetComponents = { Field, WorksheetTable, Checklist, Scale, Wheel, Rings } satisfies Record<
  SheetComponentName,
  unknown
>;

/** Inside a module the sheet sits under the module's sections: its `##` and `###` headings move down two levels. */
export const inlineSheetComponents = { ...sheetComponents, h2: 'h4', h3: 'h5' };
