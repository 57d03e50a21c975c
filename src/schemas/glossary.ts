import { z } from 'zod';
import { idSchema, text } from './common.ts';

/** A glossary term (`modules/glossary/<term-id>.yaml`); the file name is the term id. */
export const glossaryTermSchema = z
  .object({
    term: text('The term').describe('The term as it is written in a sentence.'),
    definition: text('The definition').describe('One to three plain sentences that define the term.'),
    module: idSchema.optional().describe('Id of the module that explains the term best.'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema> & { id: string };
