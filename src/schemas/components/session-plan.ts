import { z } from 'zod';
import { idSchema } from '../common.ts';

/** `<SessionPlan id="kennismaken" />`: shows modules/sessieplannen/<id>.yaml as a collapsible block. */
export const sessionPlanPropsSchema = z
  .object({ id: idSchema.describe('the file name of the plan in modules/sessieplannen/, without `.yaml`') })
  .strict();
