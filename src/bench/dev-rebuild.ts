/**
 * How long `astro dev` takes to show an edited module: starts the dev server on the course, opens the
 * module page once (Vite compiles on demand), then edits the module's MDX file several times and
 * polls the page until the new text is served. Measured from the write to the first response that
 * holds the text, which is what a reload in the author's browser would show.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type DevRebuild = {
  page: string;
  /** From starting the server to the first response of the module page. */
  firstPageSeconds: number;
  /** One figure per edit: seconds until the edited text was served (null: not within the time limit). */
  editSeconds: (number | null)[];
  medianSeconds: number | null;
  method: string;
};

/** A 1,000-module course on a loaded 2-core machine can take minutes to serve its first page. */
const START_LIMIT_MS = 600_000;
const EDIT_LIMIT_MS = 120_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Polls `url` until its body passes `ok`; the seconds it took, or null after the limit. */
async function pollUntil(
  url: string,
  ok: (body: string) => boolean,
  dev: ChildProcess,
  limitMs: number,
): Promise<number | null> {
  const start = performance.now();
  while (performance.now() - start < limitMs) {
    if (dev.exitCode !== null) throw new Error(`astro dev stopped (exit ${dev.exitCode})`);
    const body = await fetch(url)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    if (ok(body)) return (performance.now() - start) / 1000;
    await sleep(25);
  }
  return null;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
};

/** `toolkit`: the folder to run `astro dev` in; `moduleFile`: the MDX file of module `moduleId` under `courseRoot`. */
export async function measureDevRebuild(
  toolkit: string,
  courseRoot: string,
  moduleFile: string,
  moduleId: string,
  edits = 3,
): Promise<DevRebuild> {
  const port = await freePort();
  const path = join(courseRoot, moduleFile);
  const original = readFileSync(path, 'utf8');
  const started = performance.now();
  // A process group of its own, so the server and everything it started end together.
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port)], {
    cwd: toolkit,
    env: { ...process.env, COURSE_ROOT: courseRoot, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: 'ignore',
    detached: true,
  });
  const page = `modules/${moduleId}`;
  const url = `http://127.0.0.1:${port}/${page}`;
  try {
    const first = await pollUntil(url, (body) => body.includes('<main'), dev, START_LIMIT_MS);
    if (first === null) throw new Error(`astro dev did not serve /${page} within ${START_LIMIT_MS / 1000} s`);
    const firstPageSeconds = (performance.now() - started) / 1000;
    const editSeconds: (number | null)[] = [];
    for (let i = 1; i <= edits; i++) {
      const marker = `Bewerkt in de benchmark, ronde ${i} ${Date.now().toString(36)}.`;
      writeFileSync(path, `${original}\n${marker}\n`);
      editSeconds.push(await pollUntil(url, (body) => body.includes(marker), dev, EDIT_LIMIT_MS));
      await sleep(500);
    }
    const done = editSeconds.filter((s): s is number => s !== null);
    return {
      page,
      firstPageSeconds,
      editSeconds,
      medianSeconds: done.length === editSeconds.length ? median(done) : null,
      method: `astro dev on the course; ${edits} edits of one module (a paragraph appended), each timed from the write until GET /${page} (polled every 25 ms) returns the new text; median reported`,
    };
  } finally {
    writeFileSync(path, original);
    if (dev.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
    await new Promise((r) => (dev.exitCode === null ? dev.once('exit', r) : r(null)));
  }
}
