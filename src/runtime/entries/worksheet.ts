import { defineWorksheetForm } from '../worksheet-form.ts';

/** The page of one worksheet: only the fillable sheet, no course runtime and no tracking. */
defineWorksheetForm();
