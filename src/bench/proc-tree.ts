/**
 * Samples the resident memory of a whole process tree from /proc (Linux): the root and every
 * descendant (Astro's workers, Pagefind's binary, esbuild). `/usr/bin/time -v` only reports the
 * largest single process, so this is the figure for "memory the build needs at once".
 * The sum of RSS counts pages shared between processes more than once: an upper bound.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export type TreeSample = { rssBytes: number; processes: number };
export type TreeTimeline = {
  peakRssBytes: number;
  peakAtSeconds: number;
  peakProcesses: number;
  samples: number;
  available: boolean;
  timeline: [seconds: number, rssBytes: number][];
};
export type TreeSampler = { stop: () => TreeTimeline };

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** ppid of a process, from /proc/<pid>/stat (the comm field may hold spaces and parentheses). */
const parentOf = (pid: number) => {
  const stat = read(`/proc/${pid}/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : undefined;
};

const rssOf = (pid: number) => {
  const status = read(`/proc/${pid}/status`);
  const kb = status && /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
};

export function sampleTree(root: number): TreeSample {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const ppid = parentOf(pid);
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const queue = [root];
  let rssBytes = 0;
  let processes = 0;
  while (queue.length) {
    const pid = queue.pop()!;
    const rss = rssOf(pid);
    if (rss || pid === root) {
      rssBytes += rss;
      processes++;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { rssBytes, processes };
}

export function startTreeSampler(root: number, intervalMs = 100): TreeSampler {
  const available = existsSync('/proc/self/status');
  let peakRssBytes = 0;
  let peakAtSeconds = 0;
  let peakProcesses = 0;
  const start = performance.now();
  const timeline: [number, number][] = [];
  const tick = () => {
    const s = sampleTree(root);
    const at = (performance.now() - start) / 1000;
    timeline.push([Math.round(at * 10) / 10, s.rssBytes]);
    if (s.rssBytes > peakRssBytes) [peakRssBytes, peakAtSeconds] = [s.rssBytes, at];
    peakProcesses = Math.max(peakProcesses, s.processes);
  };
  const timer = available ? setInterval(tick, intervalMs) : undefined;
  if (available) tick();
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRssBytes, peakAtSeconds, peakProcesses, samples: timeline.length, available, timeline };
    },
  };
}
