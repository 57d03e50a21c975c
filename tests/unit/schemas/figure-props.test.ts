import { describe, expect, it } from 'vitest';
import { figurePropsSchema } from '../../../src/schemas/components/figure.ts';
import { mediaPropsSchema } from '../../../src/schemas/components/media.ts';

const issues = (schema: typeof figurePropsSchema | typeof mediaPropsSchema, props: unknown) => {
  const result = schema.safeParse(props);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('<Figure> props', () => {
  it.each([
    { src: 'a.svg', alt: 'Drie rollen', caption: 'De driehoek.' },
    { src: 'a.png', decorative: true, caption: 'Een kring.' },
  ])('accepts %o', (props) => {
    expect(issues(figurePropsSchema, props)).toEqual([]);
  });

  it.each([
    [{ src: 'a.svg', caption: 'De driehoek.' }, 'alt: is missing'],
    [{ src: 'a.svg', alt: '  ', caption: 'De driehoek.' }, 'alt: is missing'],
    [{ src: 'a.svg', alt: 'Drie rollen', decorative: true, caption: 'x' }, 'alt: is never read'],
    [{ src: 'a.svg', alt: 'Drie rollen' }, 'caption:'],
    [{ src: 'a.svg', alt: 'Drie rollen', caption: 'x', width: 300 }, 'Unrecognized key'],
  ])('refuses %o', (props, message) => {
    expect(issues(figurePropsSchema, props).join('\n')).toContain(message);
  });
});

describe('<Media> props', () => {
  it('requires captions for a video, not for audio', () => {
    expect(issues(mediaPropsSchema, { src: 'a.mp4', title: 'Welkom' }).join()).toContain('captions: is missing');
    expect(issues(mediaPropsSchema, { src: 'a.mp4', title: 'Welkom', captions: 'a.vtt' })).toEqual([]);
    expect(issues(mediaPropsSchema, { src: 'a.mp3', title: 'Welkom' })).toEqual([]);
  });
});
