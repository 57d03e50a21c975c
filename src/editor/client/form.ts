/**
 * Forms generated from JSON Schemas (made from our zod schemas): objects become fieldsets, enums
 * selects, booleans checkboxes, numbers number fields, strings text fields; the help under a field
 * is the schema's description. Only fields the schema defines are offered.
 */
import { labelFor, ruleSummaries, severityNames } from './labels.ts';

export type Path = (string | number)[];
export type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: Schema[];
  anyOf?: Schema[];
  description?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  $ref?: string;
  $defs?: Record<string, Schema>;
};
export type Placed = { path?: Path; block?: number; severity: string; message: string; rule: string; line: number };
/** One editable value: where it lives, what it was and what it is now (`undefined`: left empty). */
export type Field = { path: Path; original: unknown; read: () => unknown };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, text = '') => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
};

const samePath = (a: Path | undefined, b: Path) => !!a && a.length === b.length && a.every((k, i) => k === b[i]);

/** The problems of one place, as a list under the field (linked to it for screen readers). */
export function problemList(problems: Placed[], id: string): HTMLElement | undefined {
  if (!problems.length) return undefined;
  const list = el('ul', { class: 'problems', id });
  for (const p of problems) {
    const fallback = p.rule.startsWith('scenario') ? 'Dit scenario klopt niet.' : 'De controle meldt een probleem.';
    const what = ruleSummaries[p.rule] ?? fallback;
    const item = el(
      'li',
      { class: p.severity },
      `${severityNames[p.severity] ?? p.severity} (regel ${p.line}): ${what} `,
    );
    item.append(el('span', { class: 'detail', lang: 'en' }, `${p.message} [${p.rule}]`));
    list.append(item);
  }
  return list;
}

let counter = 0;

/** Whether new items of this kind can be made in a form: single values, or objects with no required groups. */
const addable = (item: Schema) =>
  !item.oneOf &&
  !item.anyOf &&
  (item.type !== 'object' ||
    Object.entries(item.properties ?? {}).every(
      ([k, p]) => !item.required?.includes(k) || (p.type !== 'object' && p.type !== 'array'),
    ));

export class FormBuilder {
  fields: Field[] = [];
  /** Items added to a list in this form, each with its own fields, sent as one new list item. */
  private added: { path: Path; form: FormBuilder; single: boolean }[] = [];
  private root: Schema;
  private problems: Placed[];
  constructor(root: Schema, problems: Placed[] = []) {
    this.root = root;
    this.problems = problems;
  }

  private resolve(schema: Schema, value: unknown): Schema {
    if (schema.$ref?.startsWith('#/$defs/')) return this.resolve(this.root.$defs?.[schema.$ref.slice(8)] ?? {}, value);
    const choices = schema.oneOf ?? schema.anyOf;
    if (!choices) return schema;
    const type = (value as { type?: unknown } | null)?.type;
    const match = choices.find((c) => this.resolve(c, undefined).properties?.type?.const === type);
    return this.resolve(match ?? choices.find((c) => c.type !== 'null') ?? {}, value);
  }

  /** A labelled control (or fieldset) for `value` at `path`. */
  build(schemaIn: Schema, value: unknown, path: Path, required: boolean): HTMLElement {
    const schema = this.resolve(schemaIn, value);
    const label = labelFor(path.at(-1) ?? '', path.at(-2));
    if (schema.type === 'object' && schema.properties)
      return this.object(schema, (value ?? {}) as Record<string, unknown>, path, label);
    if (schema.type === 'array' && Array.isArray(value)) return this.array(schema, value, path, label);
    return this.scalar(schema, value, path, label, required);
  }

  private object(schema: Schema, value: Record<string, unknown>, path: Path, label: string) {
    const box = path.length ? el('fieldset') : el('div', { class: 'form-root' });
    if (path.length) box.append(el('legend', {}, label));
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key === '$schema') continue;
      const inner = this.resolve(sub, value[key]);
      const nested = inner.type === 'object' || inner.type === 'array';
      if (nested && value[key] === undefined) continue; // adding whole groups is left to the text editor
      box.append(this.build(sub, value[key], [...path, key], schema.required?.includes(key) ?? false));
    }
    return box;
  }

  private array(schema: Schema, value: unknown[], path: Path, label: string) {
    const box = el('fieldset', { class: 'list' });
    box.append(el('legend', {}, label));
    value.forEach((item, i) => {
      box.append(this.build(schema.items ?? {}, item, [...path, i], true));
    });
    const item = this.resolve(schema.items ?? {}, undefined);
    if (!addable(item)) return box;
    const itemName = labelFor(value.length, path.at(-1)).replace(/ \d+$/, '');
    const button = el('button', { type: 'button', class: 'add-item' }, `${itemName} toevoegen`);
    button.addEventListener('click', () => {
      const index =
        value.length + this.added.filter((a) => JSON.stringify(a.path.slice(0, -1)) === JSON.stringify(path)).length;
      const form = new FormBuilder(this.root);
      const single = item.type !== 'object';
      const fields = form.build(
        single ? { type: 'object', properties: { value: item }, required: ['value'] } : item,
        {},
        [],
        true,
      );
      const box2 = el('fieldset', { class: 'new-item' });
      box2.append(el('legend', {}, `Nieuw: ${labelFor(index, path.at(-1))}`), fields);
      button.before(box2);
      this.added.push({ path: [...path, index], form, single });
      (box2.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
    });
    box.append(button);
    return box;
  }

  private scalar(schema: Schema, value: unknown, path: Path, label: string, required: boolean) {
    const id = `f${++counter}`;
    const wrap = el('div', { class: 'field', 'data-path': JSON.stringify(path) });
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    const fixed = schema.const !== undefined;
    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    let read: () => unknown;
    if (schema.enum) {
      const select = el('select', { id });
      if (!required) select.append(el('option', { value: '' }, '(niet ingevuld)'));
      for (const option of schema.enum) select.append(el('option', { value: String(option) }, String(option)));
      select.value = value === undefined ? '' : String(value);
      control = select;
      read = () => (select.value === '' ? undefined : select.value);
    } else if (type === 'boolean') {
      const box = el('input', { id, type: 'checkbox' });
      box.checked = value === true;
      control = box;
      read = () => (box.checked === (value === true) ? value : box.checked);
    } else if (type === 'number' || type === 'integer') {
      const input = el('input', { id, type: 'number', step: type === 'integer' ? '1' : 'any' });
      if (schema.minimum !== undefined) input.min = String(schema.minimum);
      if (schema.maximum !== undefined) input.max = String(schema.maximum);
      input.value = value === undefined ? '' : String(value);
      control = input;
      read = () => (input.value === '' ? undefined : Number(input.value));
    } else {
      const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
      const long = text.length > 70 || text.includes('\n');
      const input = long
        ? el('textarea', { id, rows: String(Math.min(8, Math.ceil(text.length / 70) + 1)) })
        : el('input', { id, type: 'text' });
      input.value = text;
      control = input;
      // An optional field left empty is removed from the file; a required one stays and the schema explains.
      read = () => (input.value === '' && (!required || value === undefined) ? undefined : input.value);
    }
    if (fixed) control.setAttribute('disabled', '');
    const labelEl = el('label', { for: id }, label + (required ? '' : ' (optioneel)'));
    wrap.append(labelEl, control);
    const described: string[] = [];
    if (schema.description) {
      wrap.append(el('p', { class: 'help', id: `${id}-help` }, schema.description));
      described.push(`${id}-help`);
    }
    const list = problemList(
      this.problems.filter((p) => samePath(p.path, path)),
      `${id}-problems`,
    );
    if (list) {
      wrap.append(list);
      wrap.classList.add('has-problems');
      described.push(`${id}-problems`);
      control.setAttribute('aria-invalid', 'true');
    }
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    if (!fixed) this.fields.push({ path, original: value, read });
    return wrap;
  }

  /** The fields whose value differs from what the file holds. */
  changes(): { path: Path; value: unknown }[] {
    const changed = this.fields
      .map((f) => ({ path: f.path, value: f.read() }))
      .filter((c, i) => c.value !== this.fields[i]?.original);
    const added = this.added.flatMap(({ path, form, single }) => {
      const values = form.values();
      if (!Object.keys(values).length) return [];
      return [{ path, value: single ? values.value : values }];
    });
    return [...changed, ...added];
  }

  /** All values as one object (for component props, whose fields sit at the top level). */
  values(): Record<string, unknown> {
    const out: Record<string | number, unknown> = {};
    for (const f of this.fields) {
      const value = f.read();
      if (value === undefined) continue;
      let at = out;
      f.path.forEach((key, i) => {
        if (i === f.path.length - 1) at[key] = value;
        else {
          at[key] ??= typeof f.path[i + 1] === 'number' ? [] : {};
          at = at[key] as Record<string | number, unknown>;
        }
      });
    }
    return out;
  }
}

export { el };
