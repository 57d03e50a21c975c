import { z } from 'zod';
import { text } from '../common.ts';

/** The kinds of box an author can choose; each has its own default heading in the interface text. */
export const calloutKinds = ['info', 'tip', 'warning', 'example'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** `<Callout kind="tip" title="Tip">Tekst…</Callout>`: a box with a heading beside the text. */
export const calloutPropsSchema = z
  .object({
    kind: z
      .enum(calloutKinds)
      .default('info')
      .describe('What kind of box: `info` (the default), `tip`, `warning` or `example`.'),
    title: text('The title').optional().describe('Heading of the box; without it the kind’s own heading is shown.'),
  })
  .strict();
