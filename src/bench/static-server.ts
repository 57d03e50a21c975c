/**
 * A static file server for measuring pages: serves a built site on 127.0.0.1 with gzip for text
 * files when the client accepts it (as a web server or LMS would), so Lighthouse sees realistic
 * transfer sizes. Like tests/helpers/static-server.ts, but with compression; one content-type table (src/build/content-types.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, contentTypeOf } from '../build/content-types.ts';

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

export type StaticServer = { url: string; close: () => Promise<void> };

/** `extra` adds pages that are not in the site (path without leading slash → HTML). */
export async function serveSite(
  root: string,
  { gzip = true, extra = {} as Record<string, string> } = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = extra[path.slice(1)];
    if (page !== undefined)
      return void res
        .writeHead(200, { 'Content-Type': CONTENT_TYPES['.html']!, 'Cache-Control': 'no-cache' })
        .end(page);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
    const type = contentTypeOf(file);
    let body = readFileSync(file);
    const headers: Record<string, string | number> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (gzip && compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
