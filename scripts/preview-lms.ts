/**
 * Play a SCORM package the way an LMS does, locally, with scorm-again as the LMS-side runtime.
 *
 *   npm run preview:lms -- <package.zip> [--port 4400] [--lms <profile>] [--slow-calls <ms>] [--commit-ms <ms>]
 *
 * `--lms` picks how the LMS behaves (src/preview-lms/profiles.js: scorm-again, moodle,
 * no-lesson-mode, no-interactions-count, score-before-status, slow-commit); `--slow-calls` makes
 * every API call block that long; `--commit-ms` sets the slow-commit profile's delay.
 *
 * Open the printed address: the course runs in a frame under a deep content path, with the
 * live CMI data, a log of every API call, and Exit / Relaunch / Reset learner / Download buttons.
 */
import { parseArgs } from 'node:util';
import { PROFILES } from '../src/preview-lms/profiles.js';
import { startPreviewServer } from '../src/preview-lms/server.ts';

export { startPreviewServer };

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4400' },
      lms: { type: 'string', default: 'scorm-again' },
      'slow-calls': { type: 'string', default: '0' },
      'commit-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(
      `Usage: npm run preview:lms -- <package.zip> [--port 4400] [--lms <profile>] [--slow-calls <ms>] [--commit-ms <ms>]\nExport a package first with \`npm run export\`.\nProfiles:\n${Object.entries(
        PROFILES,
      )
        .map(([name, p]) => `  ${name}: ${p.summary}`)
        .join('\n')}`,
    );
    process.exitCode = values.help ? 0 : 1;
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(
      `\`--port ${values.port}\` is not a port number: use a whole number from 0 to 65535 (0 picks a free one).`,
    );
  const lms = {
    profile: values.lms,
    slowCalls: milliseconds('--slow-calls', values['slow-calls']),
    commitMs: values['commit-ms'] === undefined ? undefined : milliseconds('--commit-ms', values['commit-ms']),
  };
  const server = await startPreviewServer({ zipPath: positionals[0], port, lms }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new Error(
          `Port ${port} is already in use. Stop the other server or pass another port with \`--port <number>\`.`,
        );
      throw error;
    },
  );
  console.log(
    `SCORM ${server.info.schemaversion ?? server.info.version} package "${server.info.title}" launches ${server.info.launch}`,
  );
  console.log(`LMS profile: ${lms.profile}${lms.slowCalls ? `, every API call takes ${lms.slowCalls} ms` : ''}`);
  console.log(`Preview LMS running at ${server.url} (Ctrl+C to stop)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function milliseconds(flag: string, value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000)
    throw new Error(`\`${flag} ${value}\` is not a delay: use a whole number of milliseconds from 0 to 60000.`);
  return ms;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
