/**
 * Quiz placement comes from the MDX syntax tree, once: the remark plugin the site runs and the course
 * data the bench computes count a `<Quiz>` only where the page renders it, never in code or comments.
 */
import { createProcessor } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it } from 'vitest';
import { courseDataOf } from '../../../src/course/read-valid-course.ts';
import { remarkCoursePlacement } from '../../../src/markdown/remark-course-placement.ts';
import { materialise } from '../check/fixture-course.ts';

async function placementOfText(text: string) {
  const file = new VFile({ value: text, path: 'module.mdx' });
  await createProcessor({ remarkPlugins: [remarkCoursePlacement] }).process(file);
  return (file.data as { astro: { frontmatter: { placement: unknown } } }).astro.frontmatter.placement;
}

describe('remarkCoursePlacement', () => {
  it('records the quizzes, reflections and terms a module renders, in order', async () => {
    const text = [
      'Een <Term id="trauma">trauma</Term>.',
      '',
      '<Reflection id="eigen-rol">Vraag</Reflection>',
      '',
      '<Quiz id="eerste" />',
      '',
      '<Quiz id="tweede" />',
    ].join('\n');
    expect(await placementOfText(text)).toEqual({
      quizzes: ['eerste', 'tweede'],
      reflections: ['eigen-rol'],
      terms: ['trauma'],
    });
  });

  it.each([
    ['a code fence', '```mdx\n<Quiz id="x" />\n```'],
    ['inline code', 'Schrijf `<Quiz id="x" />` in je module.'],
    ['an MDX comment', '{/* <Quiz id="x" /> */}'],
  ])('does not count a quiz inside %s', async (_where, text) => {
    expect(await placementOfText(text)).toEqual({ quizzes: [], reflections: [], terms: [] });
  });
});

describe('the course data from the syntax tree', () => {
  let done = () => {};
  afterEach(() => done());

  it('lists the quiz of a module that renders it', () => {
    const data = courseDataOf('tests/fixtures/check/valid');
    expect(data.modules.find((m) => m.id === 'veiligheid')?.quizzes).toEqual(['veiligheid']);
    expect(data.quizzes.map((q) => q.id)).toContain('veiligheid');
  });

  it.each(['quiz-in-code-fence', 'quiz-in-comment'])('neither requires nor counts the quiz in %s', (name) => {
    const course = materialise(name);
    done = course.done;
    const data = courseDataOf(course.root);
    expect(data.modules.find((m) => m.id === 'veiligheid')?.quizzes).toEqual([]);
    expect(data.quizzes.map((q) => q.id)).not.toContain('veiligheid');
  });
});
