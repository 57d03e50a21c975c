import { z } from 'zod';

/** A stable identifier: lower-case letters, digits and hyphens. Used in progress data and SCORM. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'use only lower-case letters, digits and single hyphens, for example `veiligheid-in-de-groep`',
  })
  .max(60, { message: 'keep an id to 60 characters at most' });

/** Non-empty text after trimming. */
export const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} may not be empty` });

/** A whole-number percentage from 0 to 100. */
export const percentSchema = z
  .number()
  .int({ message: 'use a whole number from 0 to 100' })
  .min(0, { message: 'use a whole number from 0 to 100' })
  .max(100, { message: 'use a whole number from 0 to 100' });
