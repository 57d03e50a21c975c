/**
 * Where figure and media files live and what kind each file is, by extension. One table for the
 * component, the remark plugin that hands the file to Astro's asset pipeline, and the checker.
 */
import { posix } from 'node:path';

/** Folders, relative to the course root, that `src` of `<Figure>` and `<Media>` is relative to. */
export const assetFolders = { Figure: 'modules/afbeeldingen', Media: 'modules/media' } as const;
export type AssetComponent = keyof typeof assetFolders;

export const fileKinds = {
  svg: 'svg',
  png: 'raster',
  jpg: 'raster',
  jpeg: 'raster',
  webp: 'raster',
  gif: 'raster',
  avif: 'raster',
  mp4: 'video',
  webm: 'video',
  mp3: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  oga: 'audio',
  opus: 'audio',
  wav: 'audio',
  vtt: 'captions',
} as const;
export type FileKind = (typeof fileKinds)[keyof typeof fileKinds];

/** The kinds each component shows; `captions` only as the `captions` prop of `<Media>`. */
export const kindsFor = { Figure: ['svg', 'raster'], Media: ['video', 'audio'] } as const satisfies Record<
  AssetComponent,
  readonly FileKind[]
>;

export const extensionsOf = (kinds: readonly FileKind[]) =>
  Object.entries(fileKinds)
    .filter(([, kind]) => kinds.includes(kind))
    .map(([ext]) => `.${ext}`);

export function kindOf(src: string): FileKind | undefined {
  const ext = posix.extname(src).slice(1).toLowerCase();
  return Object.hasOwn(fileKinds, ext) ? fileKinds[ext as keyof typeof fileKinds] : undefined;
}

/** A URL with a scheme (`https:`, `data:`) or a protocol-relative one (`//host/x.png`). */
export const isExternal = (src: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src);

/**
 * The file's path relative to the course root, or undefined when `src` leaves its folder
 * (`../x.png`, `/x.png`): files are read only from the course's own asset folders.
 */
export function assetPath(component: AssetComponent, src: string): string | undefined {
  if (isExternal(src) || src.startsWith('/')) return undefined;
  const path = posix.normalize(posix.join(assetFolders[component], src));
  return path.startsWith(`${assetFolders[component]}/`) ? path : undefined;
}
