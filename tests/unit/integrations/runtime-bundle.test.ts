import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveRuntime, writeRuntime } from '../../../src/integrations/runtime-bundle.ts';

const repo = join(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'runtime-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Parses `code` as a classic script: `import`/`export` statements make this throw, `import()` does not. */
const parsesAsClassicScript = (code: string) => {
  new Function(code);
  return true;
};

describe('writeRuntime (build)', async () => {
  const site = join(temp, 'site');
  const written = await writeRuntime(repo, site);
  const files = readdirSync(join(site, 'runtime')).sort();

  it('writes one minified classic script per entry into <site>/runtime/', () => {
    expect(files).toEqual(
      readdirSync(join(repo, 'src/runtime/entries'))
        .map((f) => f.replace(/\.ts$/, '.js'))
        .sort(),
    );
    expect(written.files).toBe(files.length);
    for (const file of files) {
      const code = readFileSync(join(site, 'runtime', file), 'utf8');
      expect(parsesAsClassicScript(code)).toBe(true);
      expect(code).not.toMatch(/sourceMappingURL|\n {2}/);
    }
  });

  it('writes the same bytes every time', async () => {
    const again = join(temp, 'again');
    await writeRuntime(repo, again);
    for (const file of files)
      expect(readFileSync(join(again, 'runtime', file)).equals(readFileSync(join(site, 'runtime', file)))).toBe(true);
  });
});

type Handler = (req: { url?: string }, res: FakeResponse, next: () => void) => void;
class FakeResponse {
  statusCode = 200;
  headers: Record<string, string> = {};
  body = '';
  done: Promise<void>;
  private finish!: () => void;
  constructor() {
    this.done = new Promise((resolve) => {
      this.finish = resolve;
    });
  }
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  end(body: Uint8Array | string) {
    this.body = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    this.finish();
  }
}

describe('serveRuntime (dev)', () => {
  // A project of its own, so the test can edit its runtime.
  const project = join(temp, 'project');
  mkdirSync(join(project, 'src/runtime/entries'), { recursive: true });
  writeFileSync(join(project, 'src/runtime/entries/other.ts'), "document.title = 'andere';\n");
  writeFileSync(join(project, 'src/runtime/entries/hello.ts'), "document.title = 'eerste versie';\n");
  let prefix = '';
  let handler: Handler = () => {};
  const server = {
    middlewares: {
      use: (p: string, h: Handler) => {
        prefix = p;
        handler = h;
      },
    },
  };
  const logged: string[] = [];
  const logger = { error: (m: string) => logged.push(m) };
  const stop = serveRuntime(server as never, logger as never, project);
  afterAll(() => stop());

  const get = async (url: string) => {
    const res = new FakeResponse();
    let passed = false;
    handler({ url }, res, () => {
      passed = true;
      res.end('');
    });
    await res.done;
    return { ...res, passed };
  };

  it('serves each entry under /runtime/ from memory, as a classic script', async () => {
    expect(prefix).toBe('/runtime');
    const res = await get('/hello.js?v=1');
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.body).toContain('eerste versie');
    expect(parsesAsClassicScript(res.body)).toBe(true);
    expect(readdirSync(project)).toEqual(['src']);
  });

  it('shows an edit of the runtime on the next request', async () => {
    writeFileSync(join(project, 'src/runtime/entries/hello.ts'), "document.title = 'tweede versie';\n");
    const res = await get('/hello.js');
    expect(res.body).toContain('tweede versie');
    expect(res.body).not.toContain('eerste versie');
  });

  it('passes other files on to the next handler', async () => {
    expect((await get('/missing.js')).passed).toBe(true);
    expect((await get('/../secret.txt')).passed).toBe(true);
  });

  it('answers a runtime that does not compile with a 500 and the reason', async () => {
    writeFileSync(join(project, 'src/runtime/entries/hello.ts'), 'document.title = ;\n');
    const res = await get('/hello.js');
    expect(res.statusCode).toBe(500);
    expect(res.body).toMatch(/^The browser runtime does not build:\n[\s\S]*hello\.ts:1:\d+: ERROR/);
    expect(logged).toHaveLength(1);
  });
});
