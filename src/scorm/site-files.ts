/**
 * List the files of a built site that go into a package: every file, as a package-relative path
 * with `/` separators, sorted; without zip files and hidden files (see `isExcludedFromPackage`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isExcludedFromPackage, MANIFEST_FILE } from './spec.ts';

export function listSiteFiles(siteDir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      if (isExcludedFromPackage(path)) continue;
      // Follow symbolic links the way a web server would: package what they point to.
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(join(folder, entry.name)).isDirectory());
      if (isDir) walk(join(folder, entry.name), `${path}/`);
      else if (path !== MANIFEST_FILE) files.push(path);
    }
  };
  walk(siteDir, '');
  return files.sort();
}
