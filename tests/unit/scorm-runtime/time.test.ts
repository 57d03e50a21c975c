import { describe, expect, it } from 'vitest';
import { iso8601Duration, iso8601Timestamp, scorm12Timespan } from '../../../src/runtime/scorm/time.ts';

describe('SCORM time formats', () => {
  it.each([
    [0, '0000:00:00.00', 'PT0S'],
    [1234, '0000:00:01.23', 'PT1.23S'],
    [61_000, '0000:01:01.00', 'PT1M1S'],
    [3_723_500, '0001:02:03.50', 'PT1H2M3.5S'],
    [36_000_000 * 3, '0030:00:00.00', 'PT30H0S'],
  ])('%i ms is %s in 1.2 and %s in 2004', (ms, v12, v2004) => {
    expect(scorm12Timespan(ms)).toBe(v12);
    expect(iso8601Duration(ms)).toBe(v2004);
  });
  it('writes 2004 timestamps to the second, without a zone', () => {
    expect(iso8601Timestamp(new Date(2026, 10, 28, 9, 5, 7))).toBe('2026-11-28T09:05:07');
  });
});
