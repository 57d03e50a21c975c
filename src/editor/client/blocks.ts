/**
 * The body of a module as a list of blocks: text blocks as their own Markdown, components (Callout,
 * Casus, Reflection, Quiz …) as forms for their props plus their content. New blocks can be added
 * under any block. Only changed and new blocks are sent; the rest of the file keeps its bytes.
 */
import { el, FormBuilder, type Placed, problemList, type Schema } from './form.ts';
import { blockNames } from './labels.ts';

export type Block = {
  type: string;
  component?: string;
  props?: Record<string, unknown>;
  propsReadable?: boolean;
  children?: string;
  source: string;
  line: number;
};
type ComponentSchema = { props: Schema; children: string; example: string };
type Card = { edit: () => unknown | undefined };

const summaryOf = (b: Block) =>
  b.component ? `${b.component}` : `${blockNames[b.type] ?? b.type}: ${b.source.slice(0, 60).replace(/\s+/g, ' ')}`;

export class BlockList {
  private cards: { after: number; card: Card }[] = [];
  private components: Record<string, ComponentSchema>;
  private list = el('ol', { class: 'blocks' });
  constructor(components: Record<string, ComponentSchema>) {
    this.components = components;
  }

  render(blocks: Block[], problems: Placed[]): HTMLElement {
    const wrap = el('section', { class: 'body', 'aria-labelledby': 'body-title' });
    wrap.append(el('h2', { id: 'body-title' }, 'Tekst van de module'));
    wrap.append(this.adder(-1));
    blocks.forEach((block, i) => {
      const item = el('li', { class: 'block', 'data-block': String(i) });
      item.append(
        this.existing(
          block,
          i,
          problems.filter((p) => p.block === i),
        ),
        this.adder(i),
      );
      this.list.append(item);
    });
    wrap.append(this.list);
    return wrap;
  }

  private existing(block: Block, index: number, problems: Placed[]): HTMLElement {
    const box = el('details', { class: 'block-card' });
    if (problems.length) box.setAttribute('open', '');
    box.append(el('summary', {}, `${summaryOf(block)} · regel ${block.line}`));
    const list = problemList(problems, `b${index}-problems`);
    if (list) box.append(list);
    const spec = block.component ? this.components[block.component] : undefined;
    if (spec && block.propsReadable) {
      const form = this.componentForm(box, block.component ?? '', spec, block.props ?? {}, block.children ?? '');
      const original = JSON.stringify([form.props(), form.children()]);
      this.cards.push({
        after: index,
        card: {
          edit: () =>
            JSON.stringify([form.props(), form.children()]) === original
              ? undefined
              : { op: 'component', index, name: block.component, props: form.props(), children: form.children() },
        },
      });
    } else {
      const area = el('textarea', {
        rows: String(Math.min(14, block.source.split('\n').length + 1)),
        'aria-label': `Markdown van blok ${index + 1}`,
      });
      area.value = block.source;
      box.append(area);
      this.cards.push({
        after: index,
        card: { edit: () => (area.value === block.source ? undefined : { op: 'replace', index, source: area.value }) },
      });
    }
    return box;
  }

  private componentForm(
    box: HTMLElement,
    name: string,
    spec: ComponentSchema,
    props: Record<string, unknown>,
    children: string,
  ) {
    const builder = new FormBuilder(spec.props);
    box.append(builder.build(spec.props, props, [], true));
    let area: HTMLTextAreaElement | undefined;
    if (spec.children !== 'none') {
      const id = `c${Math.random().toString(36).slice(2)}`;
      area = el('textarea', { id, rows: '5' });
      area.value = children;
      box.append(
        el('label', { for: id }, `Inhoud van ${name}${spec.children === 'optional' ? ' (optioneel)' : ''}`),
        area,
      );
    }
    return { props: () => builder.values(), children: () => area?.value ?? '' };
  }

  /** "Blok toevoegen" under block `after`: plain text or any component except the inline `Term`. */
  private adder(after: number): HTMLElement {
    const bar = el('div', { class: 'adder' });
    const id = `add${after + 1}`;
    const select = el('select', { id });
    select.append(el('option', { value: '' }, 'Tekst (Markdown)'));
    for (const name of Object.keys(this.components).filter((n) => n !== 'Term'))
      select.append(el('option', { value: name }, name));
    const button = el('button', { type: 'button' }, 'Blok toevoegen');
    bar.append(el('label', { for: id }, after < 0 ? 'Bovenaan toevoegen:' : 'Hieronder toevoegen:'), select, button);
    button.addEventListener('click', () => {
      let anchor: Element = bar;
      while (anchor.nextElementSibling?.classList.contains('new')) anchor = anchor.nextElementSibling;
      anchor.after(this.newBlock(after, select.value));
    });
    return bar;
  }

  private newBlock(after: number, name: string): HTMLElement {
    const box = el('div', { class: 'block-card new' });
    box.append(el('p', { class: 'new-label' }, `Nieuw blok: ${name || 'tekst'}`));
    const spec = this.components[name];
    if (spec) {
      const form = this.componentForm(box, name, spec, {}, '');
      this.cards.push({
        after,
        card: { edit: () => ({ op: 'insert-component', after, name, props: form.props(), children: form.children() }) },
      });
    } else {
      const area = el('textarea', { rows: '4', 'aria-label': 'Markdown van het nieuwe blok' });
      box.append(area);
      this.cards.push({
        after,
        card: { edit: () => (area.value.trim() ? { op: 'insert', after, source: area.value } : undefined) },
      });
    }
    queueMicrotask(() => (box.querySelector('input, select, textarea') as HTMLElement | null)?.focus());
    return box;
  }

  /** The block edits to send: changed blocks and new ones, in the order they appear. */
  edits(): unknown[] {
    return this.cards.map((c) => c.card.edit()).filter((e) => e !== undefined);
  }
}
