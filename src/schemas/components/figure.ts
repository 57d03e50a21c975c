import { z } from 'zod';
import { text } from '../common.ts';

/**
 * `<Figure src="drama-driehoek.svg" alt="…" caption="…">Beschrijving…</Figure>`: a diagram or photo from
 * `modules/afbeeldingen/`, with a caption and, between the tags, an optional long description that
 * opens under "Beschrijving van de afbeelding". SVG is inlined; other images get a hashed file.
 */
export const figurePropsSchema = z
  .object({
    src: text('The file name').describe(
      'File in `modules/afbeeldingen/` (a subfolder may be named: `themas/kring.png`): .svg, .png, .jpg, .jpeg, .webp, .gif or .avif.',
    ),
    alt: z
      .string({ error: 'write the alt text in quotes' })
      .trim()
      .optional()
      .describe('What the image shows or means, for whoever cannot see it. Required unless `decorative`.'),
    decorative: z
      .boolean({ error: 'write `decorative` on its own, without a value' })
      .default(false)
      .describe('The image adds nothing the text does not say: screen readers skip it, and `alt` stays empty.'),
    caption: text('The caption').describe('Caption under the image, shown to everyone.'),
  })
  .strict()
  .superRefine((props, ctx) => {
    if (!props.decorative && !props.alt)
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message:
          'is missing. Say what the image shows or means, as `alt="De drie rollen van de drama-driehoek"`; write `decorative` instead only when the image adds nothing to the text.',
      });
    if (props.decorative && props.alt)
      ctx.addIssue({
        code: 'custom',
        path: ['alt'],
        message: 'is never read, because screen readers skip a `decorative` figure. Remove `alt` or `decorative`.',
      });
  });
