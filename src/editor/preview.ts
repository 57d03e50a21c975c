/** The preview beside the editor: Astro's dev server on the course, started and stopped with the editor. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** Start `astro dev` in `root` on `port`; resolves with its URL once it serves, rejects if it exits first. */
export function startDevServer(root: string, port: number): Promise<{ url: string; child: ChildProcess }> {
  // Astro's CLI run by this Node (the project's pinned one), whatever `node` is first on the PATH.
  const cli = join(root, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [cli, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/?/.exec(output);
      if (found) resolve({ url: found[0].endsWith('/') ? found[0] : `${found[0]}/`, child });
    });
    child.once('exit', (code) => reject(new Error(`the preview server stopped (exit code ${code})`)));
  });
}

/** Open `url` in the author's browser, if the system has a way to; never fails the editor. */
export function openBrowser(url: string) {
  const command = { darwin: 'open', win32: 'explorer.exe' }[process.platform as string] ?? 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {}
}
