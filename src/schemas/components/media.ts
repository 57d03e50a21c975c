import { z } from 'zod';
import { kindOf } from '../../figure/files.ts';
import { text } from '../common.ts';

/**
 * `<Media src="gesprek.mp4" title="…" captions="gesprek.vtt">Uitgeschreven tekst…</Media>`: local video or
 * audio from `modules/media/`, with controls. Video needs a captions file (WebVTT); audio needs its
 * transcript between the tags (the checker says so), shown under "Uitgeschreven tekst".
 */
export const mediaPropsSchema = z
  .object({
    src: text('The file name').describe(
      'Video (.mp4, .webm) or audio (.mp3, .m4a, .ogg, .oga, .opus, .wav) in `modules/media/`.',
    ),
    title: text('The title').describe('What the recording is, shown as its caption and read as its name.'),
    captions: text('The captions file')
      .optional()
      .describe('WebVTT file (.vtt) in `modules/media/` with the captions of a video; required for video.'),
    captionsLanguage: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, { message: 'use a language code such as `nl` or `en`' })
      .optional()
      .describe('Language of the captions (`nl`, `en`…); by default the course language.'),
  })
  .strict()
  .superRefine((props, ctx) => {
    if (kindOf(props.src) === 'video' && !props.captions)
      ctx.addIssue({
        code: 'custom',
        path: ['captions'],
        message: `is missing: a video needs captions for whoever cannot hear it. Add a WebVTT file to modules/media/ and name it, as \`captions="${props.src.replace(/\.[^.]+$/, '')}.vtt"\`.`,
      });
  });
