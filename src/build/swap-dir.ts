import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with `staging` in two renames, so a reader sees either the old output or the
 * new one, never half of each; a failed build leaves the old output as it was.
 */
export async function swapDir(staging: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, old);
  try {
    await rename(staging, target);
  } catch (error) {
    if (existsSync(old)) await rename(old, target);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
