import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';
import { contentTypeOf } from '../../src/build/content-types.ts';

/**
 * Serves `root` under `prefix` (e.g. `/org/lms/pluginfile/42/`) on 127.0.0.1, as an LMS would serve
 * a package from a deep path; everything outside the prefix is a 404, so a root-absolute URL fails.
 */
export async function serveStatic(
  root: string,
  prefix = '/',
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end('outside the package');
    const file = normalize(join(root, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return void res.writeHead(404).end('not found');
    }
    res.writeHead(200, { 'Content-Type': contentTypeOf(file) });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}${prefix}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
