import { z } from 'zod';
import { idSchema } from '../common.ts';

/** `<Scenario id="mira-openingsronde" />`: plays the branching scenario modules/scenarios/<id>.yaml. */
export const scenarioPropsSchema = z
  .object({ id: idSchema.describe('the file name of the scenario in modules/scenarios/, without `.yaml`') })
  .strict();
