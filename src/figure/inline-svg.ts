/**
 * Turns an SVG file into markup to inline in a page: the XML prologue and comments go, every id gets
 * the figure's prefix (so two figures, or two modules on the handout, never share one), and the root
 * gets a title for screen readers, or is hidden from them when the figure is decorative. Fixed
 * `width`/`height` go too: the page's CSS sizes the drawing from its `viewBox`.
 */
export type InlineSvgOptions = {
  /** Prefix for every id in the drawing; unique on the page. */
  prefix: string;
  /** The accessible name (the figure's `alt`); undefined for a decorative figure. */
  title: string | undefined;
  /** Id of the element that describes the drawing at length, if any. */
  describedBy?: string;
};

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Prefixes ids and the references to them: `id`, `href="#…"`, `xlink:href="#…"`, `url(#…)`, ARIA lists. */
function prefixIds(svg: string, prefix: string): string {
  const p = (id: string) => `${prefix}-${id}`;
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${p(id)}"`)
    .replace(/\s((?:xlink:)?href)="#([^"]+)"/g, (_, attr: string, id: string) => ` ${attr}="#${p(id)}"`)
    .replace(/url\(\s*#([^)\s]+)\s*\)/g, (_, id: string) => `url(#${p(id)})`)
    .replace(
      /\s(aria-labelledby|aria-describedby)="([^"]+)"/g,
      (_, attr: string, ids: string) => ` ${attr}="${ids.split(/\s+/).map(p).join(' ')}"`,
    );
}

/** The root `<svg …>` with its accessibility attributes set and fixed sizes removed. */
function rootTag(tag: string, { prefix, title, describedBy }: InlineSvgOptions): string {
  const kept = tag
    .replace(/^<svg/i, '')
    .replace(/>$/, '')
    .replace(/\s(?:width|height|role|aria-[a-z]+|focusable|class)="[^"]*"/gi, '');
  const a11y = title
    ? ` role="img" aria-labelledby="${prefix}-title"${describedBy ? ` aria-describedby="${describedBy}"` : ''}`
    : ' aria-hidden="true"';
  return `<svg${kept.replace(/\s*\/$/, '')} class="figure__svg" focusable="false"${a11y}>`;
}

export function inlineSvg(source: string, options: InlineSvgOptions): string {
  const body = source
    .replace(/<\?xml[^>]*\?>/gi, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const prefixed = prefixIds(body, options.prefix);
  const root = /<svg\b[^>]*>/i.exec(prefixed);
  if (!root) throw new Error('inlineSvg: the file has no <svg> element; run svgProblems() first.');
  // The author's own title would give the drawing a second name; the figure's alt is the one.
  const rest = prefixed.slice(root.index + root[0].length).replace(/^\s*<title\b[^>]*>[\s\S]*?<\/title>/i, '');
  const title = options.title ? `<title id="${options.prefix}-title">${escapeText(options.title)}</title>` : '';
  return `${prefixed.slice(0, root.index)}${rootTag(root[0], options)}${title}${rest}`;
}
