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
import { type FileKind, fileKinds, listCourseFiles } from './files.ts';
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
/** The order of the groups in the file list: what authors open most comes first. */
const groupOrder: FileKind[] = ['module', 'quiz', 'glossary', 'worksheet', 'session-plan', 'scenario', 'course'];
const types: Record<string, string> = { html: 'text/html', css: 'text/css', ts: 'text/javascript' };

function asset(path: string): { type: string; body: string } | undefined {
  const name = assets[path];
  if (!name) return undefined;
  const text = readFileSync(join(clientDir, name), 'utf8');
  const ext = name.split('.').at(-1) ?? '';
  const body = ext === 'ts' ? stripTypeScriptTypes(text).replaceAll(/from '\.\/(\w+)\.ts'/g, "from './$1.js'") : text;
  return { type: `${types[ext]}; charset=utf-8`, body };
}

/** The id of the module whose body shows quiz `quizId` (`<Quiz id="…" />`), if any. */
function moduleShowingQuiz(root: string, quizId: string): string | undefined {
  const tag = new RegExp(`<Quiz\\s+id=["']${quizId}["']`);
  const modules = listCourseFiles(root).filter((f) => f.kind === 'module');
  const file = modules.find((f) => tag.test(readFileSync(join(root, f.file), 'utf8')));
  return file ? (loadDocument(root, file.file).data as { id?: string }).id : undefined;
}

/** The page that shows a file in the site: its module (for a quiz: the module it is in), the glossary, else home. */
function previewPath(root: string, doc: EditorDocument): string {
  const data = doc.data as { id?: string } | undefined;
  const quizId = doc.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const moduleId = doc.kind === 'module' ? data?.id : doc.kind === 'quiz' ? moduleShowingQuiz(root, quizId) : undefined;
  if (moduleId) return moduleHref(moduleId);
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
    return {
      document: doc,
      preview: previewPath(root, doc),
      diagnostics: placeDiagnostics(doc, await diagnostics(fresh)),
    };
  };
  const routes: Record<string, (url: URL, req: IncomingMessage) => Promise<unknown>> = {
    'GET /api/files': async () => ({
      files: listCourseFiles(root)
        .sort((a, b) => groupOrder.indexOf(a.kind) - groupOrder.indexOf(b.kind))
        .map((f) => ({ ...f, group: fileKinds[f.kind].label })),
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
