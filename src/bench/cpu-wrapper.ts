/**
 * Fallback when /usr/bin/time is missing: runs a Node script (the bench: scripts/build.ts) in this
 * process and, on exit, writes CPU time and peak memory to the file named by BENCH_RUSAGE_FILE. CPU
 * is `process.resourceUsage()` (this process) plus the CPU of waited-for child processes (Pagefind)
 * from /proc/self/stat. The script is an argument, so library code never imports a CLI.
 *   node src/bench/cpu-wrapper.ts <script> <script args…>
 * With BENCH_MEMORY_LOG=<file> it also logs memory use over time (for profiling).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = process.env.BENCH_RUSAGE_FILE;
const TICKS = 100; // USER_HZ on Linux

function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return null;
  }
}

// Profiling aid: BENCH_MEMORY_LOG=<file> appends process.memoryUsage() (bytes) every 500 ms, one JSON line each.
const memoryLog = process.env.BENCH_MEMORY_LOG;
if (memoryLog) {
  const start = performance.now();
  setInterval(
    () =>
      appendFileSync(
        memoryLog,
        `${JSON.stringify({ s: Math.round(performance.now() - start) / 1000, ...process.memoryUsage() })}\n`,
      ),
    500,
  ).unref();
}

process.on('exit', (code) => {
  const usage = process.resourceUsage();
  const children = childrenCpu();
  const report = {
    exitCode: code,
    userSeconds: usage.userCPUTime / 1e6,
    systemSeconds: usage.systemCPUTime / 1e6,
    childrenSeconds: children,
    maxRssBytes: usage.maxRSS * 1024,
  };
  if (out) writeFileSync(out, JSON.stringify(report));
});

// The script sees its own arguments in process.argv, as if it had been started directly.
const [script] = process.argv.splice(2, 1);
if (!script) throw new Error('Usage: node src/bench/cpu-wrapper.ts <script> <script args…>');
await import(pathToFileURL(resolve(script)).href);
