import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { courseDataOf } from '../../../src/course/read-valid-course.ts';
import { moduleHref } from '../../../src/course/routes.ts';
import { type CourseData, progressKey } from '../../../src/progress/course-data.ts';
import { packCourseData, partTitles, unpackCourseData } from '../../../src/progress/course-pack.ts';
import { courseData, moduleIds } from '../../helpers/course-data.ts';

/** Two parts; modules with no quiz, their own quiz, a quiz of another name and two quizzes; odd quiz facts. */
function mixedCourse(): CourseData {
  const mod = (id: string, quizzes: string[], minutes = 20) => ({
    id,
    key: progressKey(id),
    title: `Titel ${id}`,
    href: moduleHref(id),
    minutes,
    quizzes,
  });
  const quiz = (id: string, module: string, over: Partial<CourseData['quizzes'][number]> = {}) => ({
    id,
    key: progressKey(id),
    title: `Toets ${id}`,
    module,
    graded: true,
    passMark: 70,
    attempts: 0,
    ...over,
  });
  return courseData([], {
    modules: [mod('intro', []), mod('basis', ['basis']), mod('verdieping', ['casus-toets', 'extra'], 45)],
    parts: [
      { id: 'deel-a', key: progressKey('deel-a'), title: 'Deel A', pretest: 'basis', modules: ['intro', 'basis'] },
      { id: 'deel-b', key: progressKey('deel-b'), title: 'Deel B', modules: ['verdieping'] },
    ],
    scenarios: [{ id: 'gesprek', key: progressKey('gesprek'), module: 'verdieping' }],
    quizzes: [
      quiz('basis', 'basis'),
      quiz('casus-toets', 'verdieping', { graded: false, passMark: 0 }),
      quiz('extra', 'verdieping', { attempts: 2, scoring: 'last' }),
      // A part's pre-test is shown in no module.
      quiz('wat-weet-je-al', '', { graded: false, attempts: 1 }),
    ],
    totalMinutes: 85,
  });
}

const allTitles = (data: CourseData) => Object.fromEntries(data.parts.map((p) => [p.id, partTitles(data, p.id)]));

describe('the course pack', () => {
  it('gives back exactly the course data the build made, with every part’s titles', () => {
    const data = mixedCourse();
    const wire = JSON.parse(JSON.stringify(packCourseData(data)));
    expect(unpackCourseData(wire, allTitles(data))).toEqual(data);
  });

  it('round-trips the fixture course as read from its folder', () => {
    const data = courseDataOf(fileURLToPath(new URL('../../fixtures/course-small', import.meta.url)));
    const wire = JSON.parse(JSON.stringify(packCourseData(data)));
    expect(unpackCourseData(wire, allTitles(data))).toEqual(data);
  });

  it('leaves the titles of parts not loaded empty, and only those', () => {
    const data = mixedCourse();
    const unpacked = unpackCourseData(packCourseData(data), { 'deel-b': partTitles(data, 'deel-b') });
    expect(unpacked.modules.map((m) => m.title)).toEqual(['', '', 'Titel verdieping']);
    expect(unpacked.quizzes.map((q) => q.title)).toEqual([
      '',
      'Toets casus-toets',
      'Toets extra',
      'Toets wat-weet-je-al',
    ]);
    expect({ ...unpacked, modules: [], quizzes: [] }).toEqual({ ...data, modules: [], quizzes: [] });
  });

  it('sends no titles, keys or hrefs of modules, and a quiz named like its module as an empty string', () => {
    const pack = packCourseData(mixedCourse());
    const text = JSON.stringify({ ...pack, loose: [] });
    for (const absent of ['Titel ', 'Toets ', progressKey('verdieping'), 'modules/'])
      expect(text).not.toContain(absent);
    expect(pack.modules[1]).toEqual(['basis', 20, '']);
    // A pre-test (one per part at most) brings its title along.
    expect(pack.loose).toEqual([['wat-weet-je-al', 'Toets wat-weet-je-al', 0, 70, 1, '']]);
  });

  it('grows by a few bytes per module (1,000 modules: under 8 KiB gzip)', () => {
    const ids = moduleIds(1000).map((id, i) => `${id}-${(i * 7919) % 997}`);
    const data = courseData(ids);
    const gzip = gzipSync(JSON.stringify(packCourseData(data))).length;
    expect(gzip).toBeLessThan(8 * 1024);
    expect(gzip).toBeLessThan(gzipSync(JSON.stringify(data)).length / 3);
  });

  it('refuses course data whose parts do not list the modules in order', () => {
    const data = mixedCourse();
    const swapped = { ...data, parts: [{ ...data.parts[0]!, modules: ['basis', 'intro'] }, data.parts[1]!] };
    expect(() => packCourseData(swapped)).toThrow(/`parts\[\]\.modules` must list every module once/);
  });
});
