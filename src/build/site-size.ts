import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files and bytes of a built site, without the SCORM zips that sit at its top level. */
export function siteSize(siteDir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(siteDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.zip') && !relative(siteDir, path).includes('/')) continue;
    files++;
    bytes += statSync(path).size;
  }
  return { files, bytes };
}
