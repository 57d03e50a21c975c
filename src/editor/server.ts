/**
 * The editor's local server (dev only, never part of a build): serves the editor page and a small JSON
 * API over the course folder. Listens on 127.0.0.1 only; paths are checked against the course folders.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { checkCourse } from '../check/check-course.ts';
import type { Diagnostic } from '../course/source/diagnostic.ts';
import { moduleHref, pages } from '../course/routes.ts';
import { type EditorDocument, type Edits, loadDocument, saveDocument } from './document.ts';
import { placeDiagnostics } from './diagnostics.ts';
import { fileKinds, listCourseFiles } from './files.ts';
import { formSchemas } from './form-schemas.ts';

export type EditorOptions = { root: string; port?: number; previewUrl?: string };

const clientDir = join(import.meta.dirname, 'client');
const assets: Record<string, string> = {
  '/': 'index.html',
  '/editor.css': 'editor.css',
  '/main.js': 'main.ts',
  '/form.js': 'form.ts',
  '/blocks.js': 'blocks.ts',
  '/labels.js': 'labels.ts',
};
const types: Record<string, string> = { html: 'text/html', css: 'text/css', ts: 'text/javascript' };

function asset(path: string): { type: string; body: string } | undefined {
  const name = assets[path];
  if (!name) return undefined;
  const text = readFileSync(join(clientDir, name), 'utf8');
  const ext = name.split('.').at(-1) ?? '';
  const body = ext === 'ts' ? stripTypeScriptTypes(text).replaceAll(/from '\.\/(\w+)\.ts'/g, "from './$1.js'") : text;
  return { type: `${types[ext]}; charset=utf-8`, body };
}

/** The page that shows a file in the site: its module, or the glossary for a term, else the home page. */
function previewPath(doc: EditorDocument): string {
  const data = doc.data as { id?: string } | undefined;
  if (doc.kind === 'module' && data?.id) return moduleHref(data.id);
  return doc.kind === 'glossary' ? pages.glossary : pages.home;
}

const readBody = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
};

const send = (res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8') => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

export function createEditorServer(options: EditorOptions): Server {
  const { root } = options;
  let lastCheck: Promise<Diagnostic[]> | undefined;
  const diagnostics = (fresh: boolean) => {
    if (fresh || !lastCheck) lastCheck = checkCourse(root).catch(() => []);
    return lastCheck;
  };
  const view = async (file: string, fresh = false) => {
    const doc = loadDocument(root, file);
    return { document: doc, preview: previewPath(doc), diagnostics: placeDiagnostics(doc, await diagnostics(fresh)) };
  };
  const routes: Record<string, (url: URL, req: IncomingMessage) => Promise<unknown>> = {
    'GET /api/files': async () => ({
      files: listCourseFiles(root).map((f) => ({ ...f, group: fileKinds[f.kind].label })),
      previewUrl: options.previewUrl ?? null,
      schemas: formSchemas(),
    }),
    'GET /api/document': async (url) => view(url.searchParams.get('file') ?? ''),
    'POST /api/save': async (_url, req) => {
      const { file, edits } = (await readBody(req)) as { file: string; edits: Edits };
      const plan = saveDocument(root, file, edits);
      return { plan, ...(await view(file, plan.ok)) };
    },
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    try {
      if (route) return send(res, 200, await route(url, req));
      const found = req.method === 'GET' ? asset(url.pathname) : undefined;
      return found ? send(res, 200, found.body, found.type) : send(res, 404, { error: 'niet gevonden' });
    } catch (error) {
      return send(res, 400, { error: (error as Error).message });
    }
  });
}

/** Start the server; resolves with its address once it listens. */
export function startEditor(options: EditorOptions): Promise<{ server: Server; url: string }> {
  const server = createEditorServer(options);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}
