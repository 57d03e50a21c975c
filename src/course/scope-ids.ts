/**
 * Prefixes the ids in a piece of HTML and the attributes that point at them (`for`, ARIA
 * references, `#fragment` links), so several modules can share one page without clashing ids.
 */
export function scopeIds(html: string, prefix: string): string {
  const scoped = (id: string) => `${prefix}--${id}`;
  return html
    .replace(/\s(id|for)="([^"]+)"/g, (_, attr: string, id: string) => ` ${attr}="${scoped(id)}"`)
    .replace(
      /\s(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
      (_, attr: string, ids: string) => ` ${attr}="${ids.split(/\s+/).map(scoped).join(' ')}"`,
    )
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${scoped(id)}"`);
}
