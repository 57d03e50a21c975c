/**
 * The preview LMS's web server (node:http only, 127.0.0.1 only): the harness page at `/`, its
 * scripts and scorm-again under `/lms/`, and the unzipped package under a deep sub-path, the way
 * Moodle serves it, so root-absolute URLs in a course break here as they would there.
 */
import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profile } from './profiles.js';
import { readManifest, type PackageInfo } from './read-manifest.ts';
import { unpackZip } from './unpack.ts';
import { CONTENT_TYPES, contentTypeOf } from '../build/content-types.ts';

/** Where the package is served: deep, like Moodle's pluginfile.php URLs. */
export const CONTENT_BASE = '/lms/pluginfile/1234/mod_scorm/content/7/';
const HARNESS_DIR = dirname(fileURLToPath(import.meta.url));
const SCORM_AGAIN_DIR = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12'));

/** Everything from this server only: a course that loads from another host fails here visibly. */
const CSP = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; report-uri /lms/csp-report";

export interface PreviewServer {
  url: string;
  info: PackageInfo;
  close(): Promise<void>;
}

export interface PreviewOptions {
  zipPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Receives warnings (manifest oddities, blocked external requests). Default: console.warn. */
  onWarning?: (message: string) => void;
  /** The LMS to behave like (see profiles.js) and a delay for every API call; default scorm-again, 0 ms. */
  lms?: LmsOptions;
}

export interface LmsOptions {
  profile?: string;
  /** Every API call blocks this long (ms), synchronously like a real LMS's request. */
  slowCalls?: number;
  /** Overrides the slow-commit profile's delay per Commit (ms). */
  commitMs?: number;
}

export async function startPreviewServer({
  zipPath,
  port = 0,
  onWarning = console.warn,
  lms = {},
}: PreviewOptions): Promise<PreviewServer> {
  const lmsConfig = { profile: lms.profile ?? 'scorm-again', slowCalls: lms.slowCalls ?? 0, commitMs: lms.commitMs };
  profile(lmsConfig.profile); // an unknown name fails here, before anything is unpacked
  const { dir } = unpackZip(zipPath);
  let info: PackageInfo;
  try {
    const manifestPath = join(dir, 'imsmanifest.xml');
    if (!existsSync(manifestPath))
      throw new Error(
        `\`${zipPath}\` has no imsmanifest.xml at its root, so it is not a SCORM package. Export one with \`npm run export\`.`,
      );
    info = readManifest(readFileSync(manifestPath, 'utf8'));
    const launchFile = decodeURIComponent(info.launch.split(/[?#]/)[0]);
    if (!existsSync(join(dir, ...launchFile.split('/'))))
      throw new Error(
        `The manifest launches \`${launchFile}\`, but \`${zipPath}\` has no such file. Export the package again.`,
      );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  info.warnings.forEach(onWarning);
  const config = JSON.stringify({
    ...info,
    launchUrl: CONTENT_BASE + info.launch,
    contentBase: CONTENT_BASE,
    lms: lmsConfig,
  });

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (error) {
      send(res, 500, `Preview server error: ${(error as Error).message}`);
    }
  });
  const route = (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method === 'POST' && req.url === '/lms/csp-report') return cspReport(req, res, onWarning);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Only GET and HEAD are served.');
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/' || path === '/index.html') return sendFile(req, res, join(HARNESS_DIR, 'harness.html'));
    if (path === '/lms/config.json') return send(res, 200, config, CONTENT_TYPES['.json']);
    if (path.startsWith(CONTENT_BASE)) return sendFrom(req, res, dir, path.slice(CONTENT_BASE.length));
    if (path.startsWith('/lms/scorm-again/'))
      return sendFrom(req, res, SCORM_AGAIN_DIR, path.slice('/lms/scorm-again/'.length));
    if (/^\/lms\/[\w-]+\.(js|css)$/.test(path))
      return sendFile(req, res, join(HARNESS_DIR, path.slice('/lms/'.length)));
    send(res, 404, `Not found: ${path}`);
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    info,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

/** Serve `rel` from inside `root` only. */
function sendFrom(req: IncomingMessage, res: ServerResponse, root: string, rel: string): void {
  const file = join(root, ...rel.split('/'));
  if (relative(root, file).startsWith('..') || file.includes(`${sep}..${sep}`))
    return send(res, 403, 'Outside the package.');
  sendFile(req, res, file);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  if (!existsSync(file) || !statSync(file).isFile()) return send(res, 404, `Not found: ${req.url}`);
  res.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': statSync(file).size,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': CSP,
  });
  if (req.method === 'HEAD') res.end();
  // The package folder goes when the preview closes; a read still under way then just ends the response.
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
}

function cspReport(req: IncomingMessage, res: ServerResponse, onWarning: (m: string) => void): void {
  let body = '';
  req.on('data', (chunk: Buffer) => {
    body += chunk;
  });
  req.on('end', () => {
    try {
      const r = JSON.parse(body)['csp-report'] ?? {};
      onWarning(
        `Blocked a request to another host: ${r['blocked-uri']} (from ${r['document-uri']}). A SCORM package must contain everything it loads.`,
      );
    } catch {
      /* not a report */
    }
    send(res, 204, '');
  });
}
