import { describe, expect, it } from 'vitest';
import { findApi } from '../../../src/runtime/scorm/find-api.ts';

type FakeWindow = {
  parent: FakeWindow;
  top: FakeWindow;
  opener: FakeWindow | null;
  API?: object;
  API_1484_11?: object;
};

/** A chain of frames from the outermost to the innermost, as plain objects. */
function frames(...apis: (Partial<FakeWindow> | 'cross-origin')[]): FakeWindow[] {
  const wins: FakeWindow[] = [];
  for (const extra of apis) {
    const parent = wins.at(-1);
    const win = { opener: null, ...(extra === 'cross-origin' ? {} : extra) } as FakeWindow;
    win.parent = parent ?? win;
    win.top = wins[0] ?? win;
    if (extra === 'cross-origin') {
      wins.push(
        new Proxy(win, {
          get: (t, k) => {
            if (k === 'API' || k === 'API_1484_11') throw new Error('cross-origin');
            return (t as never)[k];
          },
        }),
      );
    } else wins.push(win);
  }
  return wins;
}

describe('findApi', () => {
  it('finds a 1.2 API in a parent frame', () => {
    const api = {};
    const chain = frames({ API: api }, {}, {});
    expect(findApi(chain.at(-1) as unknown as Window)).toEqual({ version: '1.2', api });
  });
  it('prefers 2004 when both are offered, and looks past a cross-origin frame', () => {
    const api12 = {};
    const api2004 = {};
    const chain = frames({ API: api12, API_1484_11: api2004 }, 'cross-origin', {});
    expect(findApi(chain.at(-1) as unknown as Window)).toEqual({ version: '2004', api: api2004 });
  });
  it('finds the API in the opener when the course runs in a popup', () => {
    const api = {};
    const lms = frames({ API_1484_11: api });
    const popup = frames({ opener: lms[0]! });
    expect(findApi(popup[0] as unknown as Window)?.version).toBe('2004');
  });
  it('returns null when there is no LMS', () => {
    expect(findApi(frames({}, {})[1] as unknown as Window)).toBeNull();
  });
});
