/**
 * The components an author may use in a module body without importing them, and their props.
 * Keep in step with the `Props` of `src/components/mdx.ts`'s components (the site renders them; this table checks them).
 */
export type PropSpec = {
  required?: boolean;
  /** `id`: a stable id in quotes; `text`: non-empty text in quotes; `enum`: one of `values`; `string-list`: `{["…", "…"]}`. */
  kind: 'id' | 'text' | 'enum' | 'string-list';
  values?: readonly string[];
};

export type ComponentSpec = {
  props: Record<string, PropSpec>;
  /** Whether content between the tags is expected. */
  children: 'none' | 'required' | 'optional';
  example: string;
};

export const calloutKinds = ['info', 'tip', 'warning', 'example'] as const;

export const components: Record<string, ComponentSpec> = {
  Quiz: { props: { id: { required: true, kind: 'id' } }, children: 'none', example: '<Quiz id="veiligheid" />' },
  Reflection: {
    props: { id: { required: true, kind: 'id' }, title: { kind: 'text' } },
    children: 'optional',
    example: '<Reflection id="eigen-grenzen" title="Jouw grenzen">Vraag…</Reflection>',
  },
  Callout: {
    props: { kind: { kind: 'enum', values: calloutKinds }, title: { kind: 'text' } }, // `kind` defaults to `info`
    children: 'required',
    example: '<Callout kind="tip" title="Tip">Tekst…</Callout>',
  },
  Casus: {
    props: { title: { required: true, kind: 'text' }, questions: { kind: 'string-list' }, id: { kind: 'id' } },
    children: 'required',
    example: '<Casus title="Sanne" questions={["Wat doe je?"]}>Verhaal…</Casus>',
  },
  Term: {
    props: { id: { required: true, kind: 'id' } },
    children: 'required',
    example: '<Term id="trauma">trauma</Term>',
  },
};
