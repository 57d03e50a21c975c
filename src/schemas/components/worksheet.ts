import { z } from 'zod';
import { idSchema } from '../common.ts';

/** `<Worksheet id="levenswiel" />`: shows the worksheet `modules/werkbladen/<id>.mdx` in a module. */
export const worksheetPropsSchema = z
  .object({
    id: idSchema.describe('the file name of the worksheet in modules/werkbladen/, without `.mdx`'),
  })
  .strict();
