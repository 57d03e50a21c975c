import { rte } from '../../scorm/cmi/spec.ts';

/** The two LMS APIs as SCORM defines them (1.2 RTE 3.3; 2004 RTE 3.1); names in `rte[v].api`. */
export type Api12 = {
  LMSInitialize(a: ''): string;
  LMSFinish(a: ''): string;
  LMSGetValue(k: string): string;
  LMSSetValue(k: string, v: string): string;
  LMSCommit(a: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(c: string): string;
  LMSGetDiagnostic(c: string): string;
};
export type Api2004 = {
  Initialize(a: ''): string;
  Terminate(a: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(a: ''): string;
  GetLastError(): string;
  GetErrorString(c: string): string;
  GetDiagnostic(c: string): string;
};
export type FoundApi = { version: '2004'; api: Api2004 } | { version: '1.2'; api: Api12 };

const MAX_DEPTH = 500;

/** Reads a property of another window; a cross-origin window throws, which means "not there". */
function read<T>(win: Window, name: string): T | undefined {
  try {
    return (win as unknown as Record<string, T | undefined>)[name] ?? undefined;
  } catch {
    return undefined;
  }
}

/** Walks up the parent chain from `start` looking for `name` (the ADL algorithm). */
function searchParents<T>(start: Window, name: string): T | undefined {
  let win: Window = start;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const api = read<T>(win, name);
    if (api) return api;
    let parent: Window | null = null;
    try {
      parent = win.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === win) return undefined;
    win = parent;
  }
  return undefined;
}

/** Finds the LMS API: own frames first, then the opener's (popup launch); 2004 before 1.2. */
export function findApi(start: Window = window): FoundApi | null {
  const roots: Window[] = [start];
  try {
    if (start.top?.opener) roots.push(start.top.opener as Window);
  } catch {
    /* cross-origin opener */
  }
  try {
    if (start.opener) roots.push(start.opener as Window);
  } catch {
    /* cross-origin opener */
  }
  for (const root of roots) {
    const api2004 = searchParents<Api2004>(root, rte['2004'].apiObject);
    if (api2004) return { version: '2004', api: api2004 };
    const api12 = searchParents<Api12>(root, rte['1.2'].apiObject);
    if (api12) return { version: '1.2', api: api12 };
  }
  return null;
}
