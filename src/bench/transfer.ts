/** Raw and gzip sizes of a resource, and adding them up by kind. */
import { gzipSync } from 'node:zlib';

export type Size = { raw: number; gzip: number };
export const sizeOf = (body: Buffer | string): Size => ({
  raw: Buffer.byteLength(body),
  gzip: gzipSync(body, { level: 9 }).length,
});
export const zero = (): Size => ({ raw: 0, gzip: 0 });
export const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Resource kinds as Chromium names them, folded into the rows of the report. */
export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const kindOf = (resourceType: string): Kind =>
  resourceType === 'document'
    ? 'html'
    : resourceType === 'stylesheet'
      ? 'css'
      : resourceType === 'script'
        ? 'js'
        : resourceType === 'font'
          ? 'font'
          : resourceType === 'image'
            ? 'image'
            : 'other';

/** `<script>` elements without `src` that run (not JSON or other data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs]) =>
        !/\bsrc=/i.test(attrs!) &&
        (!/\btype=/i.test(attrs!) || /\btype=["']?(text\/javascript|module|application\/javascript)/i.test(attrs!)),
    )
    .map(([, , body]) => body!)
    .filter((body) => body.trim());
}
