/**
 * Play a SCORM package the way an LMS does, locally, with scorm-again as the LMS-side runtime.
 *
 *   npm run preview:lms -- <package.zip> [--port 4400]
 *
 * Open the printed address: the course runs in a frame under a deep content path, with the
 * live CMI data, a log of every API call, and Exit / Relaunch / Reset learner / Download buttons.
 */
import { parseArgs } from 'node:util';
import { startPreviewServer } from '../src/preview-lms/server.ts';

export { startPreviewServer };

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: '4400' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(
      'Usage: npm run preview:lms -- <package.zip> [--port 4400]\nExport a package first with `npm run export`.',
    );
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(
      `\`--port ${values.port}\` is not a port number: use a whole number from 0 to 65535 (0 picks a free one).`,
    );
  const server = await startPreviewServer({ zipPath: positionals[0], port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new Error(
        `Port ${port} is already in use. Stop the other server or pass another port with \`--port <number>\`.`,
      );
    throw error;
  });
  console.log(
    `SCORM ${server.info.schemaversion ?? server.info.version} package "${server.info.title}" launches ${server.info.launch}`,
  );
  console.log(`Preview LMS running at ${server.url} (Ctrl+C to stop)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
