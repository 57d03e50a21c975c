import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/check/format.ts';

describe('formatReport', () => {
  it('prints one line per problem and a summary', () => {
    const report = formatReport([
      {
        file: 'modules/a/01-b.mdx',
        line: 14,
        column: 3,
        severity: 'error',
        rule: 'quiz-ref',
        message: 'Quiz "b-1" does not exist (did you mean "b"?).',
      },
    ]);
    expect(report).toMatchInlineSnapshot(`
      "modules/a/01-b.mdx:14:3 error Quiz "b-1" does not exist (did you mean "b"?). [quiz-ref]

      1 error and 0 warnings in 1 file. Fix the errors; the course cannot be built with them."
    `);
  });
});
