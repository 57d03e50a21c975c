/** Number formatting for the report. */
export const KiB = 1024;
export const MiB = 1024 * 1024;
export const GiB = 1024 * 1024 * 1024;

export const seconds = (s: number | null | undefined) => (s == null ? 'n/a' : `${s.toFixed(1)} s`);
export const kib = (bytes: number | null | undefined) => (bytes == null ? 'n/a' : `${(bytes / KiB).toFixed(1)} KiB`);
export const mib = (bytes: number | null | undefined) =>
  bytes == null ? 'n/a' : `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 2 : 0)} MiB`;
export const count = (n: number | null | undefined) => (n == null ? 'n/a' : n.toLocaleString('en'));
