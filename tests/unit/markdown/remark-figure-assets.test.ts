/** The remark plugin hands existing figure and media files to Vite with the right loader; missing ones get nothing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remarkFigureAssets } from '../../../src/markdown/remark-figure-assets.ts';

let root: string;
const saved = process.env.COURSE_ROOT;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'figure-assets-'));
  for (const file of [
    'modules/afbeeldingen/rollen.svg',
    'modules/afbeeldingen/foto/kring.png',
    'modules/media/a.mp4',
    'modules/media/a.vtt',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  process.env.COURSE_ROOT = root;
});
afterAll(() => {
  if (saved === undefined) delete process.env.COURSE_ROOT;
  else process.env.COURSE_ROOT = saved;
  rmSync(root, { recursive: true, force: true });
});

const compiled = async (body: string) =>
  String(
    await compile({ value: body, path: join(root, 'modules/deel/01-x.mdx') }, { remarkPlugins: [remarkFigureAssets] }),
  );

describe('remarkFigureAssets', () => {
  it('imports an SVG as text, a photo as image metadata and recordings as URLs that are never inlined', async () => {
    const js = await compiled(
      '<Figure src="rollen.svg" alt="x" caption="y" />\n\n<Figure src="foto/kring.png" alt="x" caption="y" />\n\n<Media src="a.mp4" title="t" captions="a.vtt" />\n',
    );
    expect(js).toContain('import __course_asset_0 from "../afbeeldingen/rollen.svg?raw"');
    expect(js).toContain('import __course_asset_1 from "../afbeeldingen/foto/kring.png"');
    expect(js).toContain('import __course_asset_2 from "../media/a.mp4?url&no-inline"');
    expect(js).toContain('import __course_asset_3 from "../media/a.vtt?url&no-inline"');
    expect(js).toMatch(/asset: __course_asset_0/);
    expect(js).toMatch(/captionsAsset: __course_asset_3/);
  });

  it('imports nothing for a missing file, an internet address or a path out of the folder', async () => {
    const js = await compiled(
      '<Figure src="weg.svg" alt="x" caption="y" />\n\n<Figure src="https://x.org/a.png" alt="x" caption="y" />\n\n<Figure src="../media/a.mp4" alt="x" caption="y" />\n',
    );
    expect(js).not.toContain('__course_asset_');
  });
});
