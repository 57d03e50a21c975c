import { describe, expect, it } from 'vitest';
import { assetPath, isExternal, kindOf } from '../../../src/figure/files.ts';
import { idBase, pageUniqueId } from '../../../src/figure/page-ids.ts';

describe('figure files', () => {
  it.each([
    ['drama-driehoek.svg', 'svg'],
    ['foto/Kring.JPG', 'raster'],
    ['gesprek.webm', 'video'],
    ['gesprek.m4a', 'audio'],
    ['gesprek.vtt', 'captions'],
    ['verslag.pdf', undefined],
  ])('%s is %s', (src, kind) => {
    expect(kindOf(src)).toBe(kind);
  });

  it.each([
    ['Figure', 'kring.png', 'modules/afbeeldingen/kring.png'],
    ['Figure', 'foto/./kring.png', 'modules/afbeeldingen/foto/kring.png'],
    ['Media', 'gesprek.mp4', 'modules/media/gesprek.mp4'],
    ['Figure', '../themas/kring.png', undefined],
    ['Figure', '/kring.png', undefined],
    ['Figure', 'https://example.org/kring.png', undefined],
  ] as const)('%s src "%s" is %s', (component, src, path) => {
    expect(assetPath(component, src)).toBe(path);
  });

  it.each(['https://x.org/a.png', 'HTTP://x.org/a.png', '//cdn.x.org/a.png', 'data:image/png;base64,AAAA'])(
    '%s is external',
    (src) => {
      expect(isExternal(src)).toBe(true);
    },
  );
});

describe('page-unique ids', () => {
  it('numbers a second figure of one file on one page, and starts again on the next page', () => {
    const page = {};
    expect([idBase('Foto/Kring Stoelen.png'), idBase('drama-driehoek.svg')]).toEqual([
      'figure-foto-kring-stoelen',
      'figure-drama-driehoek',
    ]);
    expect([pageUniqueId(page, 'figure-a'), pageUniqueId(page, 'figure-a'), pageUniqueId(page, 'figure-b')]).toEqual([
      'figure-a',
      'figure-a-2',
      'figure-b',
    ]);
    expect(pageUniqueId({}, 'figure-a')).toBe('figure-a');
  });
});
