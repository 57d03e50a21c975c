/** Sizes of a build's output: the site folder (without the SCORM zips next to it) and each zip. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type OutputSize = {
  siteBytes: number;
  siteFiles: number;
  searchIndexBytes: number;
  zips: { name: string; version: string; bytes: number }[];
};

function folderSize(dir: string, skip: (name: string) => boolean = () => false): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (skip(path)) continue;
    bytes += statSync(path).size;
    files++;
  }
  return { bytes, files };
}

export function outputSize(outDir: string): OutputSize {
  const isZip = (path: string) =>
    path.startsWith(outDir) && /\.zip$/.test(path) && !path.slice(outDir.length + 1).includes('/');
  const site = folderSize(outDir, isZip);
  let searchIndexBytes = 0;
  try {
    searchIndexBytes = folderSize(join(outDir, 'pagefind')).bytes;
  } catch {
    /* no search index */
  }
  const zips = readdirSync(outDir)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name) => ({
      name,
      version: /scorm2004/.test(name) ? '2004' : /scorm12/.test(name) ? '1.2' : '?',
      bytes: statSync(join(outDir, name)).size,
    }));
  return { siteBytes: site.bytes, siteFiles: site.files, searchIndexBytes, zips };
}
