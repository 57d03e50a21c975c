/**
 * `npm run edit`: the visual editor on the course files, in the browser, with the live preview beside it.
 * Local only: no account, no network, no database; it edits the same files as a text editor.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openBrowser, startDevServer } from '../src/editor/preview.ts';
import { startEditor } from '../src/editor/server.ts';

const usage = `Usage: npm run edit -- [--root <folder>] [--port <n>] [--no-preview] [--no-open]

Opens the course editor in your browser (http://127.0.0.1:4322/ by default).
  --root <dir>    edit the course in <dir> instead of the current folder
  --port <n>      the editor's port (default 4322); the preview uses 4321
  --no-preview    do not start the preview (the Astro dev server)
  --no-open       do not open the browser, only print the address
  --help          show this text`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      port: { type: 'string' },
      'no-preview': { type: 'boolean' },
      'no-open': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const root = resolve(values.root ?? '.');
  const preview = values['no-preview'] ? undefined : await startDevServer(root, 4321);
  const { server, url } = await startEditor({ root, port: Number(values.port ?? 4322), previewUrl: preview?.url });
  console.log(`Editor: ${url}${preview ? `\nVoorbeeld: ${preview.url}` : ''}\nStoppen: Ctrl+C`);
  if (!values['no-open']) openBrowser(url);
  const stop = () => {
    preview?.child.kill();
    server.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`The editor could not start: ${error.message}`);
    process.exitCode = 1;
  },
);
