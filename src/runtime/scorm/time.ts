/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2, data types). Hours are at least 2 digits. */
export function scorm12Timespan(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total - hours * 3600 - minutes * 60;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(Math.min(hours, 9999), 4)}:${pad(minutes, 2)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS` (time of day). */
export const scorm12Time = (date: Date) => date.toTimeString().slice(0, 8);

/** SCORM 2004 timeinterval (ISO 8601 duration, RTE 4.2, `PT1H2M3.5S`), at most 2 decimals. */
export function iso8601Duration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 10)) / 100;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = Math.round((total - hours * 3600 - minutes * 60) * 100) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/** SCORM 2004 time(second,10,0): local time without zone, to the second. */
export function iso8601Timestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}
