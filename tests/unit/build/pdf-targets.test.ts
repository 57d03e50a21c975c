import { describe, expect, it } from 'vitest';
import { coursePdfMetas, pdfTargetsOf, resolvePdfPath } from '../../../src/build/pdf-targets.ts';
import { withFixedDates } from '../../../src/build/pdf.ts';

const page = (path: string, ...metas: string[]) => ({
  path,
  html: `<!doctype html><html><head><meta charset="utf-8">${metas.join('')}<title>x</title></head><body></body></html>`,
});

describe('the pages the build prints to PDF', () => {
  it('reads the course-pdf meta tag in any attribute order and quoting', () => {
    expect(coursePdfMetas('<meta name="course-pdf" content="a.pdf">')).toEqual(['a.pdf']);
    expect(coursePdfMetas("<meta content='b.pdf' name='course-pdf' />")).toEqual(['b.pdf']);
    expect(coursePdfMetas('<META NAME="course-pdf" CONTENT="c.pdf">')).toEqual(['c.pdf']);
    expect(
      coursePdfMetas('<meta name="description" content="d.pdf"><meta name="course-pdfx" content="e.pdf">'),
    ).toEqual([]);
  });

  it.each([
    ['voor-de-trainer.html', 'voor-de-trainer.pdf', 'voor-de-trainer.pdf'],
    ['werkbladen/levenswiel.html', './levenswiel.pdf', 'werkbladen/levenswiel.pdf'],
    ['werkbladen/levenswiel.html', 'levenswiel.pdf', 'werkbladen/levenswiel.pdf'],
    ['werkbladen/levenswiel.html', '/werkbladen/levenswiel.pdf', 'werkbladen/levenswiel.pdf'],
    ['a/b/c.html', '../d.pdf', 'a/d.pdf'],
  ])('%s with content "%s" prints to %s', (path, content, pdf) => {
    expect(resolvePdfPath(path, content)).toEqual({ pdf });
  });

  it.each([
    ['', /names no file/],
    ['https://example.org/x.pdf', /is an address/],
    ['//cdn.example.org/x.pdf', /is an address/],
    ['../../x.pdf', /points outside the site/],
    ['werkblad.html', /must name a `\.pdf` file/],
  ])('refuses content "%s"', (content, problem) => {
    const result = resolvePdfPath('werkbladen/levenswiel.html', content);
    expect('problem' in result && result.problem).toMatch(problem);
  });

  it('lists every page that asks for a PDF, sorted by PDF, and skips the others', () => {
    const { targets, problems } = pdfTargetsOf([
      page('werkbladen/netwerkkaart.html', '<meta name="course-pdf" content="./netwerkkaart.pdf">'),
      page('index.html'),
      page('voor-de-trainer.html', '<meta name="course-pdf" content="voor-de-trainer.pdf">'),
    ]);
    expect(problems).toEqual([]);
    expect(targets).toEqual([
      { page: 'voor-de-trainer.html', pdf: 'voor-de-trainer.pdf' },
      { page: 'werkbladen/netwerkkaart.html', pdf: 'werkbladen/netwerkkaart.pdf' },
    ]);
  });

  it('stops on two pages printing to one PDF, two tags in a page, and a bad path, naming the pages', () => {
    const { targets, problems } = pdfTargetsOf([
      page('a.html', '<meta name="course-pdf" content="x.pdf">'),
      page('b.html', '<meta name="course-pdf" content="/x.pdf">'),
      page('c.html', '<meta name="course-pdf" content="c.pdf">', '<meta name="course-pdf" content="d.pdf">'),
      page('e.html', '<meta name="course-pdf" content="e.txt">'),
    ]);
    expect(targets.map((t) => t.page)).toEqual(['c.html', 'a.html']);
    expect(problems).toEqual([
      'b.html and a.html both print to x.pdf; give each page its own PDF path.',
      'c.html has 2 `course-pdf` meta tags; a page prints to one PDF.',
      '`<meta name="course-pdf" content="e.txt">` in e.html must name a `.pdf` file.',
    ]);
  });

  it('fixes the dates Chromium stamps into a PDF without changing its length', () => {
    const pdf = Buffer.from(
      "<< /CreationDate (D:20261202003847+00'00') /ModDate (D:20261202003848+00'00') >>",
      'latin1',
    );
    const fixed = withFixedDates(pdf);
    expect(fixed.length).toBe(pdf.length);
    expect(fixed.toString('latin1')).toBe(
      "<< /CreationDate (D:19800101000000+00'00') /ModDate (D:19800101000000+00'00') >>",
    );
  });
});
