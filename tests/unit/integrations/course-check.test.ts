import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../src/bench/generate-course.ts';
import {
  CourseCheckError,
  checkBeforeBuild,
  isCourseFile,
  watchCourse,
} from '../../../src/integrations/course-check.ts';

const root = mkdtempSync(join(tmpdir(), 'course-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
generateCourse({ root, modules: 2, parts: 1, wordsPerModule: 300, seed: 3 });
const courseFile = join(root, 'modules/course.yaml');
const valid = readFileSync(courseFile, 'utf8');
const breakCourse = () => writeFileSync(courseFile, valid.replace(/^title:/m, 'titel:'));
const fixCourse = () => writeFileSync(courseFile, valid);

describe('checkBeforeBuild', () => {
  it('returns the problems of a course without errors', async () => {
    expect((await checkBeforeBuild(root)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuses a course with errors, naming file, line and the fix', async () => {
    breakCourse();
    const error = await checkBeforeBuild(root).catch((e: unknown) => e);
    fixCourse();
    expect(error).toBeInstanceOf(CourseCheckError);
    expect((error as Error).message).toMatch(
      /^The course has errors; nothing was built\.\nmodules\/course\.yaml:\d+:\d+ error/,
    );
    expect((error as Error).message).toContain('did you mean `title`?');
  });
});

describe('watchCourse (dev overlay)', () => {
  const watcher = Object.assign(new EventEmitter(), {
    added: [] as string[],
    add: (p: string[]) => watcher.added.push(...p),
  });
  const sent: { type: string; err?: { message: string; loc: { file: string } } }[] = [];
  const server = { watcher, hot: { send: (m: (typeof sent)[number]) => sent.push(m) } };
  const logger = { error: () => {} };
  const settle = async (count: number) => {
    for (let i = 0; i < 800 && sent.length < count; i++) await new Promise((r) => setTimeout(r, 25));
  };

  it('watches the course folders, also outside the project; a valid course shows nothing', async () => {
    await watchCourse(server as never, logger as never, root);
    expect(watcher.added).toEqual([join(root, 'modules'), join(root, 'quizzes')]);
    expect(sent).toEqual([]);
  });

  // Each check runs in a child process (a Node start-up each): generous, so a loaded machine does not fail it.
  it('shows errors in the overlay after an edit of course.yaml, and reloads once they are fixed', {
    timeout: 60_000,
  }, async () => {
    breakCourse();
    watcher.emit('all', 'change', courseFile);
    await settle(1);
    expect(sent[0]?.type).toBe('error');
    expect(sent[0]?.err?.message).toContain('did you mean `title`?');
    expect(sent[0]?.err?.loc.file).toBe(courseFile);
    fixCourse();
    watcher.emit('all', 'change', courseFile);
    await settle(2);
    expect(sent[1]).toEqual({ type: 'full-reload' });
  });

  it.each([
    ['modules/course.yaml', true],
    ['modules/deel/01-a.mdx', true],
    ['modules/glossary/term.yml', true],
    ['quizzes/a.yaml', true],
    ['notes.yaml', false],
    ['modules/picture.png', false],
    ['src/pages/index.astro', false],
    ['modules-old/course.yaml', false],
  ])('treats %s as a course file: %s', (file, expected) => {
    expect(isCourseFile(join(root, file), root)).toBe(expected);
  });
});
