import { z } from 'zod';
import { idSchema, text } from '../common.ts';

/** `<Reflection id="eigen-grenzen" title="Jouw grenzen">Vraag…</Reflection>`: a question to write about. */
export const reflectionPropsSchema = z
  .object({
    id: idSchema.describe(
      'a stable id, unique in the module: it keeps the learner’s text apart from other reflections',
    ),
    title: text('The title').optional().describe('Heading of the reflection.'),
  })
  .strict();
