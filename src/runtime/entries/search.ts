import { ui } from '../host.ts';

type Result = {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
};
type Pagefind = {
  options(o: object): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<Result> }[] }>;
};

/**
 * The search page: Pagefind's index, loaded from a path relative to this page so it works under
 * any LMS path and offline. Results link to the heading that matched.
 */
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const siteRoot = new URL('.', document.querySelector<HTMLAnchorElement>('.site-title')!.href);
let engine: Promise<Pagefind> | undefined;

const load = () =>
  (engine ??= (import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot).href) as Promise<Pagefind>).then(
    async (p) => {
      await p.options({ baseUrl: '/' });
      return p;
    },
  ));

// Pagefind reports URLs from the site root ("/modules/x.html#kop"); make them relative to it.
const link = (url: string) => new URL(url.replace(/^\//, ''), siteRoot).href;

function render(results: Result[], query: string) {
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      const best = r.sub_results?.[0];
      a.href = link(best?.url ?? r.url);
      a.textContent =
        best && best.title !== r.meta.title ? `${r.meta.title ?? ''} — ${best.title}` : (r.meta.title ?? r.url);
      const p = document.createElement('p');
      p.innerHTML = best?.excerpt ?? r.excerpt; // Pagefind escapes the text and marks hits with <mark>
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = `${results.length} × ‘${query}’`;
}

async function run(query: string) {
  if (!query.trim()) return;
  try {
    const pagefind = await load();
    const found = await pagefind.search(query);
    render(await Promise.all(found.results.slice(0, 20).map((r) => r.data())), query);
  } catch {
    status.textContent = ui('searchUnavailable');
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
  void run(input.value);
});
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run(initial);
}
