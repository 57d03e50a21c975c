/** The props schemas of the authoring components: what the site renders and the checker accepts. */
import { describe, expect, it } from 'vitest';
import { componentSpecs } from '../../../src/schemas/components/index.ts';
import { FriendlyError, parseWithFriendlyErrors } from '../../../src/schemas/friendly-errors.ts';

const valid: [keyof typeof componentSpecs, object, object][] = [
  ['Callout', {}, { kind: 'info' }],
  ['Callout', { kind: 'tip', title: 'Tip' }, { kind: 'tip', title: 'Tip' }],
  ['Casus', { title: 'Sanne' }, { title: 'Sanne', questions: [] }],
  ['Casus', { title: 'Sanne', questions: ['Wat doe je?'], id: 'sanne' }, { questions: ['Wat doe je?'] }],
  ['Reflection', { id: 'eigen-rol' }, { id: 'eigen-rol' }],
  ['Term', { id: 'trauma' }, { id: 'trauma' }],
  ['Quiz', { id: 'veiligheid' }, { id: 'veiligheid' }],
];

const invalid: [keyof typeof componentSpecs, object, string][] = [
  [
    'Callout',
    { kind: 'tips' },
    '<Callout> `kind` is "tips", which is not allowed. Use `info`, `tip`, `warning` or `example` (did you mean `tip`?).',
  ],
  [
    'Casus',
    { title: 'Sanne', questions: 'Wat doe je?' },
    '<Casus> `questions`: write a list of texts, as `questions={["Eerste vraag", "Tweede vraag"]}` (received "Wat doe je?")',
  ],
  [
    'Reflection',
    { title: 'Jouw rol' },
    '<Reflection> `id` is missing. Add it (a stable id, unique in the module: it keeps the learner’s text apart from other reflections).',
  ],
  [
    'Quiz',
    { id: 'x', titel: 'Toets' },
    '<Quiz> has an unknown prop `titel`. Remove it or fix the spelling; known props are `id`.',
  ],
  [
    'Term',
    { id: 'Trauma' },
    '<Term> `id`: use only lower-case letters, digits and single hyphens, for example `veiligheid-in-de-groep` (received "Trauma")',
  ],
];

describe('component props', () => {
  it.each(valid)('<%s> accepts %j', (name, props, parsed) => {
    expect(componentSpecs[name].props.parse(props)).toMatchObject(parsed);
  });

  it.each(invalid)('<%s> refuses %j in the checker’s words', (name, props, message) => {
    const parse = () =>
      parseWithFriendlyErrors(componentSpecs[name].props, props, {
        file: 'modules/deel-1/01-veiligheid.mdx',
        subject: `<${name}>`,
        ruleFor: () => 'component',
      });
    expect(parse).toThrow(FriendlyError);
    expect(parse).toThrow(`modules/deel-1/01-veiligheid.mdx:1:1 error ${message} [component]`);
  });
});
