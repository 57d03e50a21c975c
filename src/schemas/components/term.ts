import { z } from 'zod';
import { idSchema } from '../common.ts';

/** `<Term id="trauma">trauma</Term>`: a word linked to its entry in modules/glossary/<id>.yaml. */
export const termPropsSchema = z
  .object({ id: idSchema.describe('the file name of the term in modules/glossary/, without `.yaml`') })
  .strict();
