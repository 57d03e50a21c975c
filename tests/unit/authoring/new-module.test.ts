import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/check/check-course.ts';
import { createModule, planModule } from '../../../src/authoring/new-module.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-module-'));
  cpSync('tests/fixtures/check/valid', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const errors = async () => (await checkCourse(root)).filter((d) => d.severity === 'error');

describe('createModule', () => {
  it('creates the module with the next free order and its quiz, and both pass the checker', async () => {
    const plan = createModule(root, 'deel-1', 'Veiligheid & vertrouwen');
    expect(plan.modulePath).toBe('modules/deel-1/02-veiligheid-vertrouwen.mdx');
    expect(plan.quizPath).toBe('quizzes/veiligheid-vertrouwen.yaml');
    expect(readFileSync(join(root, plan.quizPath), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/src\/schemas\/generated\/quiz\.schema\.json\n/,
    );
    expect(await errors()).toEqual([]);
  });

  it('writes commented examples of every question type that are valid once uncommented', async () => {
    const plan = createModule(root, 'deel-2', 'Grenzen stellen');
    const path = join(root, plan.quizPath);
    const quiz = readFileSync(path, 'utf8');
    for (const type of ['single', 'multiple', 'truefalse', 'matching', 'ordering', 'text', 'reflection'])
      expect(quiz).toContain(`type: ${type}`);
    writeFileSync(path, quiz.replace(/^ {2}# ?(?=$| {2}|- )/gm, '  '));
    expect(await errors()).toEqual([]);
  });

  it('refuses to overwrite an existing module or quiz', () => {
    createModule(root, 'deel-1', 'Nieuw');
    expect(() => createModule(root, 'deel-1', 'Nieuw')).toThrowErrorMatchingInlineSnapshot(
      `[Error: A module with the id "nieuw" already exists. Choose another title, or pass another id with \`--id\`.]`,
    );
    expect(() => createModule(root, 'deel-2', 'Veiligheid')).toThrow(/already exists/);
  });

  it('names the part it does not know and the one it probably meant', () => {
    expect(() =>
      planModule({ parts: ['deel-1', 'inleiding'], moduleIds: [], quizIds: [], ordersInPart: [] }, 'inleding', 'X'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: Part "inleding" is not in modules/course.yaml (did you mean "inleiding"?). Use one of: deel-1, inleiding.]`,
    );
  });
});
