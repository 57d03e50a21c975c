import { describe, expect, it } from 'vitest';
import { rte } from '../../../src/scorm/cmi/index.ts';
import { iso8601Duration, iso8601Timestamp, scorm12Time, scorm12Timespan } from '../../../src/runtime/scorm/time.ts';

const versions = ['1.2', '2004'] as const;

describe('the SCORM run-time spec tables', () => {
  it('describe the same things for both versions', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RegExp) && k !== 'errors'
          ? shape(v).map((s) => `${k}.${s}`)
          : [k],
      );
    expect(shape(rte['1.2']).sort()).toEqual(shape(rte['2004']).sort());
  });

  it.each(versions)('%s: every refused code is a named error code, and the commit failure is not among them', (v) => {
    const codes = Object.values(rte[v].errors);
    for (const code of rte[v].refusedCodes) expect(codes).toContain(code);
    expect(rte[v].refusedCodes).not.toContain('101');
    if (v === '2004') {
      expect(rte[v].errors.GENERAL_COMMIT_FAILURE).toBe('391');
      expect(rte[v].refusedCodes).not.toContain(rte[v].errors.GENERAL_SET_FAILURE);
    }
  });

  it.each([
    ['1.2', scorm12Timespan(3_723_450), scorm12Time(new Date(2026, 0, 2, 3, 4, 5))],
    ['2004', iso8601Duration(3_723_450), iso8601Timestamp(new Date(2026, 0, 2, 3, 4, 5))],
  ] as const)('%s: the runtime writes times in the formats the spec names', (v, duration, timestamp) => {
    expect(duration).toMatch(rte[v].formats.sessionTime);
    expect(timestamp).toMatch(rte[v].formats.timestamp);
  });

  it.each([
    ['1.2', 'PT1M'],
    ['2004', '0000:01:00.00'],
  ] as const)('%s: refuses the other version’s session time format', (v, wrong) => {
    expect(wrong).not.toMatch(rte[v].formats.sessionTime);
  });

  it('holds the limits the notes rely on', () => {
    expect([rte['1.2'].limits.suspendData, rte['2004'].limits.suspendData]).toEqual([4096, 64000]);
    expect([rte['1.2'].limits.response, rte['2004'].limits.description]).toEqual([255, 250]);
    expect([rte['1.2'].delimiters.list, rte['2004'].delimiters.list, rte['2004'].delimiters.pair]).toEqual([
      ',',
      '[,]',
      '[.]',
    ]);
  });
});
