/** Write a component block as MDX source: `<Callout kind="tip" title="…">` + content + `</Callout>`. */

/** One prop as MDX: text in double quotes when it can be, anything else as a JSON expression. */
export function propSource(name: string, value: unknown): string {
  if (value === true) return name;
  if (typeof value === 'string' && !/["{}<>\n]/.test(value)) return `${name}="${value}"`;
  return `${name}={${JSON.stringify(value)}}`;
}

/** The component's source; empty `children` gives a self-closing tag. */
export function componentSource(name: string, props: Record<string, unknown>, children: string): string {
  const attrs = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '' && v !== false)
    .map(([k, v]) => ` ${propSource(k, v)}`)
    .join('');
  const content = children.trim();
  return content ? `<${name}${attrs}>\n${content}\n</${name}>` : `<${name}${attrs} />`;
}
