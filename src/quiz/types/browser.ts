/**
 * The question-type registry, browser side: grading, reading answers and SCORM interactions per type.
 * A mapped type over the site registry's `GradedType`, so a type registered there must be added here.
 * Imports no zod and no schemas: this is part of the learner's payload.
 */
import type { Interaction } from '../../runtime/scorm/interactions.ts';
import type { GradedType, SpecOf } from './index.ts';
import { matchingBrowser } from './matching/browser.ts';
import { multipleBrowser } from './multiple/browser.ts';
import { orderingBrowser } from './ordering/browser.ts';
import type { BrowserQuestionType } from './definition-browser.ts';
import { singleBrowser } from './single/browser.ts';
import { textBrowser } from './text/browser.ts';
import { trueFalseBrowser } from './truefalse/browser.ts';

export const browserTypes = {
  single: singleBrowser,
  multiple: multipleBrowser,
  truefalse: trueFalseBrowser,
  matching: matchingBrowser,
  ordering: orderingBrowser,
  text: textBrowser,
  // biome-ignore lint/suspicious/noExplicitAny: the response type is each entry's own
} as const satisfies { [T in GradedType]: BrowserQuestionType<SpecOf<T>, any> };

/** What the browser needs to grade one question: the right answers, no prose. */
export type GradingSpec = { [T in GradedType]: Parameters<(typeof browserTypes)[T]['grade']>[0] }[GradedType];
/** The learner's answer to one question. */
export type Response = { [T in GradedType]: Parameters<(typeof browserTypes)[T]['grade']>[1] }[GradedType];

/** The browser definition of one type, typed for its own spec and response. */
export const browserType = <T extends GradedType>(type: T) =>
  browserTypes[type] as unknown as BrowserQuestionType<
    Extract<GradingSpec, { type: T }>,
    Extract<Response, { type: T }>
  >;

/** SCORM interaction type per question type (for `src/runtime/scorm/interactions.ts`). */
export const interactionTypes = Object.fromEntries(
  Object.entries(browserTypes).map(([type, definition]) => [type, definition.interactionType]),
) as { [T in GradedType]: Interaction['type'] };
