import { describe, expect, it } from 'vitest';
import { inlineSvg } from '../../../src/figure/inline-svg.ts';
import { svgProblems } from '../../../src/figure/svg-safety.ts';

const drawing = `<?xml version="1.0"?>
<!-- made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200"><title>Oude titel</title>
<defs><linearGradient id="g"/></defs><rect id="r" fill="url(#g)"/><use href="#r"/><text>A &amp; B</text></svg>`;

describe('inlineSvg', () => {
  it('names the drawing with the alt text, prefixes every id and reference, and drops fixed sizes', () => {
    const html = inlineSvg(drawing, {
      prefix: 'figure-x',
      title: 'Twee <rollen>',
      describedBy: 'figure-x-description',
    });
    expect(html).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 200" class="figure__svg" focusable="false" role="img" aria-labelledby="figure-x-title" aria-describedby="figure-x-description"><title id="figure-x-title">Twee &lt;rollen&gt;</title>\n' +
        '<defs><linearGradient id="figure-x-g"/></defs><rect id="figure-x-r" fill="url(#figure-x-g)"/><use href="#figure-x-r"/><text>A &amp; B</text></svg>',
    );
  });

  it('hides a decorative drawing from screen readers and gives it no name', () => {
    const html = inlineSvg(drawing, { prefix: 'p', title: undefined });
    expect(html).toMatch(/^<svg [^>]*aria-hidden="true">/);
    expect(html).not.toMatch(/role=|<title/);
  });
});

describe('svgProblems', () => {
  it.each([
    ['<svg viewBox="0 0 1 1"><rect/></svg>', []],
    ['<svg viewBox="0 0 1 1"><use href="#a"/><rect fill="url(#g)"/></svg>', []],
    ['<svg width="1"><rect/></svg>', ['viewBox']],
    ['<svg viewBox="0 0 1 1"><script>x()</script></svg>', ['<script>']],
    ['<svg viewBox="0 0 1 1"><rect onload="x()"/></svg>', ['onload']],
    ['<svg viewBox="0 0 1 1"><image xlink:href="foto.png"/></svg>', ['another file']],
    ['<svg viewBox="0 0 1 1"><rect style="fill:url(https://x.org/p)"/></svg>', ['url(https://x.org/p)']],
    ['<svg viewBox="0 0 1 1"><style>@import "x.css";</style></svg>', ['@import']],
    ['<svg viewBox="0 0 1 1"><foreignObject/></svg>', ['foreignObject']],
    ['<p>geen svg</p>', ['no `<svg>`']],
  ])('%s', (svg, expected) => {
    const problems = svgProblems(svg);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((word, i) => {
      expect(problems[i]).toContain(word);
    });
  });
});
