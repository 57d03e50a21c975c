/**
 * The visual editor end to end, in Chromium, on a private copy of the fixture course: edit a module's
 * title, add a Callout, change a quiz option's feedback and a glossary definition, save each; the files
 * hold exactly those changes, the check stays clean, and the built pages show them.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCourse } from '../../src/check/check-course.ts';
import { startEditor } from '../../src/editor/server.ts';
import { launchChromium } from '../helpers/browser.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(REPO, 'tests/fixtures/course-small');
const files = {
  module: 'modules/basis/01-welkom.mdx',
  quiz: 'quizzes/welkom.yaml',
  term: 'modules/glossary/groepsafspraken.yaml',
};
const change = {
  title: 'Welkom in de lotgenotengroep',
  calloutTitle: 'Even stilstaan',
  calloutText: 'Neem na dit stuk even de tijd voor je eigen eerste ervaring met een groep.',
  feedback: 'Nee, behandeling hoort bij de hulpverlening; de groep biedt herkenning en steun.',
  option: 'Een vaste plek waar deelnemers elke week hun verhaal kwijt moeten',
  optionFeedback: 'Nee, niemand hoeft iets te vertellen; iedereen bepaalt zelf wat hij of zij deelt.',
  definition: 'Wat de groep samen afspreekt over vertrouwelijkheid, aanwezigheid en hoe je met elkaar omgaat.',
};

let work: string;
let course: string;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const original: Record<string, string> = {};
const read = (file: string) => readFileSync(join(course, file), 'utf8');

/**
 * Build the copy as `npm run build` does, from a private copy of the toolkit: Astro keeps content
 * caches in its project root, which `scripts/build.ts` takes from its own folder.
 */
async function build(): Promise<string> {
  for (const dir of ['src', 'scripts']) cpSync(join(REPO, dir), join(work, 'toolkit', dir), { recursive: true });
  copyFileSync(join(REPO, 'astro.config.mjs'), join(work, 'toolkit/astro.config.mjs'));
  const out = join(work, 'dist');
  const args = [join(work, 'toolkit/scripts/build.ts'), '--root', course, '--out', out];
  const child = spawn(process.execPath, args, { cwd: join(work, 'toolkit'), stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  if (code !== 0) throw new Error(`building the edited course failed (exit ${code})`);
  return out;
}

async function openFile(file: string) {
  await page.locator(`nav button[data-file="${file}"]`).click();
  await page.locator('h2.file-title', { hasText: file }).waitFor();
}

async function save() {
  await page.locator('#save').click();
  await page.locator('#status', { hasText: 'Opgeslagen.' }).waitFor({ timeout: 120_000 });
}

/** A control of the file's own form (not of a block's props form). */
const field = (path: (string | number)[]) =>
  page.locator(`#editor > .form-root .field[data-path='${JSON.stringify(path)}']`).locator('input, textarea, select');

beforeAll(async () => {
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  work = mkdtempSync(join(REPO, '.cache', 'editor-e2e-'));
  course = join(work, 'course');
  cpSync(FIXTURE, course, { recursive: true });
  for (const file of Object.values(files)) original[file] = read(file);
  ({ server, url } = await startEditor({ root: course }));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(url);
  await page.locator('body[data-ready="true"]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('editing the course in the visual editor', () => {
  it('saves a new module title and a new Callout into the module, and nothing else', async () => {
    await openFile(files.module);
    await field(['title']).fill(change.title);
    const adder = page.locator('li.block[data-block="0"] .adder');
    await adder.locator('select').selectOption('Callout');
    await adder.getByRole('button', { name: 'Blok toevoegen' }).click();
    const card = page.locator('.block-card.new');
    await card.locator(`.field[data-path='["kind"]'] select`).selectOption('tip');
    await card.locator(`.field[data-path='["title"]'] input`).fill(change.calloutTitle);
    await card.getByLabel('Inhoud van Callout').fill(change.calloutText);
    await save();

    const callout = `\n\n<Callout kind="tip" title="${change.calloutTitle}">\n${change.calloutText}\n</Callout>`;
    const after = read(files.module);
    expect(after.split(callout)).toHaveLength(2);
    const restored = after.replace(callout, '').replace(`title: ${change.title}\n`, 'title: Welkom in de groep\n');
    expect(restored).toBe(original[files.module]);
    // The new Callout sits right after the first block, and the editor shows it as a Callout block.
    await expect.poll(() => page.locator('li.block[data-block="1"] summary').textContent()).toContain('Callout');
  });

  it("saves a quiz option's feedback and a new option, and nothing else", async () => {
    await openFile(files.quiz);
    await field(['questions', 0, 'options', 1, 'feedback']).fill(change.feedback);
    const options = page.locator(`#editor > .form-root fieldset:has(> .field[data-path='["questions",0,"id"]'])`);
    await options.getByRole('button', { name: 'Antwoordoptie toevoegen' }).click();
    const added = options.locator('fieldset.new-item');
    await added.getByLabel('Tekst', { exact: true }).fill(change.option);
    await added.getByLabel('Feedback', { exact: true }).fill(change.optionFeedback);
    await save();
    const old = 'Nee, een groep is geen therapie. Lees ‘Wat is een lotgenotengroep’ nog eens.';
    const lastOption = '        feedback: Nee, deelnemers leren vooral van en met elkaar.\n';
    const option = `      - text: ${change.option}\n        feedback: ${change.optionFeedback}\n`;
    expect(read(files.quiz)).toBe(
      original[files.quiz]?.replace(old, change.feedback).replace(lastOption, lastOption + option),
    );
  });

  it("saves a glossary term's definition, and nothing else", async () => {
    await openFile(files.term);
    await field(['definition']).fill(change.definition);
    await save();
    const old = /definition: .*\n/.exec(original[files.term] ?? '')?.[0] ?? '';
    expect(read(files.term)).toBe(original[files.term]?.replace(old, `definition: ${change.definition}\n`));
  });

  it('shows a check problem next to its field, in Dutch, and clears it when fixed', async () => {
    const before = read(files.term);
    const module = field(['module']);
    const value = await module.inputValue();
    await module.fill('bestaat-niet');
    await save();
    const problems = page.locator(`#editor > .form-root .field[data-path='["module"]'] .problems`);
    await expect.poll(() => problems.textContent()).toContain('Fout (regel 3): Deze module bestaat niet.');
    await expect.poll(() => field(['module']).getAttribute('aria-invalid')).toBe('true');
    await field(['module']).fill(value);
    await save();
    await expect.poll(() => page.locator('.problems').count()).toBe(0);
    expect(read(files.term)).toBe(before);
  });

  it('leaves a course the check accepts and whose built pages show every change', async () => {
    const problems = await checkCourse(course);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const dist = await build();
    const html = (file: string) => readFileSync(join(dist, file), 'utf8');
    const modulePage = html('modules/welkom.html');
    expect(modulePage).toContain(change.title);
    expect(modulePage).toContain(change.calloutTitle);
    expect(modulePage).toContain(change.calloutText);
    expect(modulePage).toContain(change.feedback);
    expect(modulePage).toContain(change.optionFeedback);
    expect(html('begrippen.html')).toContain(change.definition);
    expect(readdirSync(dist).filter((f) => f.endsWith('.zip'))).toHaveLength(2);
  }, 300_000);
});
