/**
 * Write a SCORM package (PIF zip): deterministic bytes, written atomically.
 *
 * Same files in → same zip out, byte for byte: fixed entry order (the manifest first, then the
 * files sorted), one fixed timestamp, fixed compression settings and no extra fields.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { zipSync, type ZipOptions } from 'fflate';
import { MANIFEST_FILE } from './spec.ts';

/**
 * 1980-01-01 00:00, the earliest date a zip (DOS) timestamp can hold. fflate writes the date's
 * local-time fields, so it is built from local-time parts at each call: same bytes in every time zone.
 */
export const zipMtime = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/** Deflate level for everything that still compresses (9 saves under 1 % here and takes twice as long). */
export const ZIP_LEVEL = 6;

/** Formats that are compressed already: stored as they are (level 0), which is faster and no bigger. */
const ALREADY_COMPRESSED =
  /\.(png|jpe?g|gif|webp|avif|woff2?|mp3|mp4|m4a|webm|ogg|gz|br|pf_fragment|pf_index|pf_meta|pagefind)$/i;

/** Zip the entries in the given order. Pure. */
export function zipEntries(entries: ReadonlyArray<readonly [path: string, data: Uint8Array]>): Uint8Array {
  const input: Record<string, [Uint8Array, ZipOptions]> = {};
  const mtime = zipMtime();
  for (const [path, data] of entries) {
    if (path in input) throw new Error(`The file "${path}" was added to the package twice.`);
    input[path] = [data, { level: ALREADY_COMPRESSED.test(path) ? 0 : ZIP_LEVEL, mtime }];
  }
  return zipSync(input, { level: ZIP_LEVEL, mtime });
}

/**
 * Write `data` to `path` so that readers only ever see the old file or the complete new one:
 * write a temp file in the same folder, flush it to disk, then rename it over the target.
 * On any error the temp file is removed and an existing file at `path` is left untouched.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx');
    for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Make the rename itself durable; not possible on every platform (e.g. Windows), so best effort. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* the file is written; only the crash-safety of the rename is weaker */
  }
}

export interface WritePackageOptions {
  /** Folder the files are read from. */
  siteDir: string;
  /** Package-relative paths (with `/`) of the files to include. */
  files: readonly string[];
  /** The `imsmanifest.xml` text; written at the root of the zip. */
  manifest: string;
  /** Where the zip goes. */
  zipPath: string;
}

/** Read the files, zip them with the manifest at the root, and write the zip atomically. */
export function writePackage({ siteDir, files, manifest, zipPath }: WritePackageOptions): { bytes: number } {
  const sorted = [...new Set(files)].filter((f) => f !== MANIFEST_FILE).sort();
  const entries: [string, Uint8Array][] = [[MANIFEST_FILE, new TextEncoder().encode(manifest)]];
  for (const file of sorted) entries.push([file, readFileSync(join(siteDir, ...file.split('/')))]);
  const zip = zipEntries(entries);
  writeFileAtomic(zipPath, zip);
  return { bytes: zip.length };
}
