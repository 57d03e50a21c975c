import { z } from 'zod';
import { idSchema } from '../common.ts';

/** `<Quiz id="veiligheid" />`: shows quizzes/<id>.yaml. */
export const quizPropsSchema = z
  .object({ id: idSchema.describe('the file name of the quiz in quizzes/, without `.yaml`') })
  .strict();
