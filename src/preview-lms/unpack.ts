/**
 * Unzip a SCORM package into a fresh temp folder, as an LMS does on upload.
 * Refuses entries that would land outside the folder ("zip slip").
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export interface Unpacked {
  dir: string;
  /** Package-relative paths of the files, with `/`. */
  files: string[];
}

export function unpackZip(zipPath: string): Unpacked {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(readFileSync(zipPath));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : 'it is not a readable zip file';
    throw new Error(
      `Cannot open the package \`${zipPath}\`: ${reason}. Export one with \`npm run export\`, or pass the path of a SCORM .zip.`,
    );
  }
  const unsafe = Object.keys(entries).find((name) => {
    const path = name.replaceAll('\\', '/');
    return path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..');
  });
  if (unsafe !== undefined) {
    throw new Error(
      `The package \`${zipPath}\` contains the unsafe path "${unsafe}" (it points outside the package). An LMS would refuse it too.`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'scorm-preview-'));
  const files: string[] = [];
  try {
    for (const [name, data] of Object.entries(entries)) {
      const path = name.replaceAll('\\', '/');
      if (path.endsWith('/')) continue; // folder entry
      const target = join(dir, ...path.split('/'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
      files.push(path);
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, files };
}
