/**
 * Where things live, in one place: module page hrefs, the site's other pages, anchor ids, module
 * file paths and the one `slugify`. Pure; the site, the checker, `new:module` and the outline use it.
 * Page hrefs are relative to the site root; `siteHref()` gives the root-absolute form that
 * `relative-urls` rewrites into relative links after the build.
 */
import GithubSlugger from 'github-slugger';

/** Text as an id: accents dropped, lower case, runs of other characters as one hyphen. */
export function slugify(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength)
    .replace(/-$/, '');
}

/** The pages of the site besides the modules, by what they are. */
export const pages = {
  home: 'index.html',
  search: 'zoeken.html',
  glossary: 'begrippen.html',
  pause: 'pauze.html',
  certificate: 'certificaat.html',
  handout: 'handout.html',
  trainer: 'voor-de-trainer.html',
  launch: 'launch.html',
  materials: 'materialen.html',
} as const;

/** `modules/<id>.html`: the page of a module (the runtime's `CourseData.modules[].href`). */
export const moduleHref = (id: string) => `modules/${id}.html`;

/** `delen/<id>.html`: the overview page of a part, with all its modules. */
export const partHref = (id: string) => `delen/${id}.html`;

/** `voortoets/<part-id>.html`: the page of a part's pre-test ("Wat weet je al?"). */
export const pretestHref = (partId: string) => `voortoets/${partId}.html`;
/** `werkbladen/<id>.html`: the printable page of a worksheet; its PDF sits beside it. */
export const worksheetHref = (id: string) => `werkbladen/${id}.html`;
export const worksheetPdfHref = (id: string) => `werkbladen/${id}.pdf`;

/** A root-absolute href for a link in a page: `/modules/x.html#kop`. */
export const siteHref = (href: string, anchor?: string) => `/${href}${anchor ? `#${anchor}` : ''}`;

/** `module:<id>` or `module:<id>#<anchor>` as written by authors, or undefined for any other link. */
export function parseModuleLink(url: string): { id: string; anchor: string } | undefined {
  const match = /^module:([a-z0-9-]+)(?:#(.*))?$/.exec(url);
  return match ? { id: match[1]!, anchor: match[2] ?? '' } : undefined;
}

/** Where a module file belongs: `modules/<part>/<NN>-<id>.mdx`. */
export const modulePath = (part: string, order: number | string, id: string) =>
  `modules/${part}/${String(order).padStart(2, '0')}-${id}.mdx`;

/** Anchor ids that pages and links agree on. */
export const anchors = {
  /** A module's section in the handout. */
  handoutModule: (moduleId: string) => `${moduleId}--module`,
  /** A term's entry on the glossary page. */
  glossaryTerm: (termId: string) => termId,
  /** A casus heading; its reflection ids (stored on the device) derive from it too. */
  casus: (title: string, id?: string) => `casus-${id ?? slugify(title)}`,
  /** The answer field of a reflection. */
  reflectionField: (id: string) => `reflectie-${id}`,
  /** A session plan, in its module and on the trainer page. */
  sessionPlan: (planId: string) => `sessieplan-${planId}`,
  /** The heading of a quiz. */
  quizTitle: (quizId: string) => `quiz-${quizId}-titel`,
} as const;

/** Heading ids as the site makes them (github-slugger, like Astro): repeated texts get `-1`, `-2`. */
export function headingAnchors(texts: string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((text) => slugger.slug(text));
}
