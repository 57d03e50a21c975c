import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemas, generatedDir } from '../../../src/schemas/json-schema.ts';

describe('generated JSON Schemas', () => {
  const schemas = buildSchemas();

  it.each(Object.keys(schemas))('%s is up to date (run `npm run schemas` after changing a zod schema)', (file) => {
    expect(readFileSync(join(generatedDir, file), 'utf8')).toBe(schemas[file]);
  });

  it('carries the `.describe()` texts for editor help', () => {
    const quiz = JSON.parse(schemas['quiz.schema.json']!);
    expect(quiz.properties.passMark.description).toBe('Percentage needed to pass.');
    expect(Object.keys(schemas).sort()).toEqual([
      'course.schema.json',
      'glossary.schema.json',
      'module.schema.json',
      'quiz.schema.json',
      'scenario.schema.json',
      'session-plan.schema.json',
    ]);
  });
});
