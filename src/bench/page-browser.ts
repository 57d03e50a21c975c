/**
 * Page weight as a browser sees it: loads the page in Chromium from a local static server and
 * records every response (kind, raw bytes, gzip bytes, bytes on the wire), plus V8 coverage of the
 * JavaScript that ran during load.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveSite } from './static-server.ts';
import { add, inlineScripts, kindOf, sizeOf, zero, type Kind, type Size } from './transfer.ts';

export type BrowserResponse = {
  url: string;
  kind: Kind;
  status: number;
  raw: number;
  gzip: number;
  wire: number | null;
};
export type BrowserPageWeight = {
  page: string;
  byKind: Record<Kind, Size & { requests: number }>;
  /** Everything except images, as raw and gzip bytes. */
  totalExcludingImages: Size;
  wireBytesExcludingImages: number;
  requests: number;
  fonts: number;
  inlineJs: Size;
  /** JavaScript loaded (external scripts + inline scripts) and the part V8 ran during load. */
  jsLoadedRaw: number;
  jsExecutedBytes: number | null;
  responses: BrowserResponse[];
};

/** Bytes of a script covered by a range with count > 0 (inner ranges refine outer ones). */
function usedBytes(
  source: string,
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[],
): number {
  const used = new Uint8Array(source.length);
  for (const fn of functions) for (const r of fn.ranges) used.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  let bytes = 0;
  for (let i = 0; i < used.length; i++) if (used[i]) bytes += Buffer.byteLength(source[i]!);
  return bytes;
}

export async function browserPageWeight(browser: Browser, siteDir: string, page: string): Promise<BrowserPageWeight> {
  const server = await serveSite(siteDir);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const tab = await context.newPage();
    const pending: Promise<BrowserResponse>[] = [];
    tab.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = await response
            .request()
            .sizes()
            .catch(() => undefined);
          return {
            url: response.url().replace(server.url, ''),
            kind: kindOf(response.request().resourceType()),
            status: response.status(),
            raw: body.length,
            gzip: body.length ? gzipSync(body, { level: 9 }).length : 0,
            wire: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : null,
          };
        })(),
      );
    });
    await tab.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: true });
    await tab.goto(server.url + page, { waitUntil: 'load' });
    await tab.waitForLoadState('networkidle');
    const coverage = await tab.coverage.stopJSCoverage();
    const html = await tab.content();
    const responses = await Promise.all(pending);

    const byKind = Object.fromEntries(
      (['html', 'css', 'js', 'font', 'image', 'other'] as Kind[]).map((k) => [k, { ...zero(), requests: 0 }]),
    ) as BrowserPageWeight['byKind'];
    for (const r of responses) {
      const row = byKind[r.kind];
      row.raw += r.raw;
      row.gzip += r.gzip;
      row.requests++;
    }
    const nonImage = responses.filter((r) => r.kind !== 'image');
    const inline = inlineScripts(html).reduce((sum, body) => add(sum, sizeOf(body)), zero());
    const executed = coverage.reduce((sum, entry) => sum + usedBytes(entry.source ?? '', entry.functions), 0);
    return {
      page,
      byKind,
      totalExcludingImages: nonImage.reduce((sum, r) => add(sum, r), zero()),
      wireBytesExcludingImages: nonImage.reduce((sum, r) => sum + (r.wire ?? 0), 0),
      requests: responses.length,
      fonts: byKind.font.requests,
      inlineJs: inline,
      jsLoadedRaw: byKind.js.raw + inline.raw,
      jsExecutedBytes: coverage.length ? executed : null,
      responses,
    };
  } finally {
    await context.close();
    await server.close();
  }
}
