import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativiseHtml, relativiseSite } from '../../../src/integrations/relative-urls.ts';

describe('relativiseHtml', () => {
  it.each([
    ['index.html', '<a href="/modules/a.html">', '<a href="./modules/a.html">'],
    ['modules/a.html', '<script src="/runtime/course.js">', '<script src="../runtime/course.js">'],
    ['modules/a.html', '<a href="/">', '<a href="..">'],
    ['index.html', '<a href="/">', '<a href="./">'],
    ['modules/a.html', "<img src='/_astro/x.png'>", "<img src='../_astro/x.png'>"],
    ['index.html', '<a href="//example.org/x">', '<a href="//example.org/x">'],
    ['index.html', '<a href="https://example.org/x">', '<a href="https://example.org/x">'],
    ['index.html', '<a href="#inhoud">', '<a href="#inhoud">'],
  ])('on %s rewrites %s', (page, html, expected) => {
    expect(relativiseHtml(html, page)).toBe(expected);
  });
});

describe('relativiseSite', () => {
  it('rewrites every HTML page of a site and nothing else', async () => {
    const site = mkdtempSync(join(tmpdir(), 'relative-urls-'));
    mkdirSync(join(site, 'modules'));
    writeFileSync(join(site, 'index.html'), '<a href="/modules/a.html">');
    writeFileSync(join(site, 'modules/a.html'), '<a href="/index.html">');
    writeFileSync(join(site, 'course-data.js'), 'fetch("/x")');
    expect(await relativiseSite(site)).toBe(2);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<a href="./modules/a.html">');
    expect(readFileSync(join(site, 'modules/a.html'), 'utf8')).toBe('<a href="../index.html">');
    expect(readFileSync(join(site, 'course-data.js'), 'utf8')).toBe('fetch("/x")');
    rmSync(site, { recursive: true, force: true });
  });
});
