/** The worksheet frontmatter and the props of a sheet's building blocks, in the checker's words. */
import { describe, expect, it } from 'vitest';
import { sheetComponentSpecs } from '../../../src/schemas/components/worksheet-fields.ts';
import { componentSpecs } from '../../../src/schemas/components/index.ts';
import { FriendlyError, parseWithFriendlyErrors } from '../../../src/schemas/friendly-errors.ts';
import { worksheetSchema } from '../../../src/schemas/worksheet.ts';

type Sheet = keyof typeof sheetComponentSpecs;
const refuse = (name: Sheet, props: object) => () =>
  parseWithFriendlyErrors(sheetComponentSpecs[name].props, props, {
    file: 'modules/werkbladen/blad.mdx',
    subject: `<${name}>`,
    ruleFor: () => 'component',
  });

describe('worksheet frontmatter', () => {
  const minimal = { title: 'Mijn levenswiel', description: 'Per gebied een cijfer.', module: 'levenswielmethodiek' };

  it('needs a title, description and module; audience defaults to the participants', () => {
    expect(worksheetSchema.parse(minimal)).toEqual({ ...minimal, audience: 'deelnemers', sources: [] });
    expect(worksheetSchema.parse({ ...minimal, audience: 'trainers', instructions: 'Vul samen in.' })).toMatchObject({
      audience: 'trainers',
      instructions: 'Vul samen in.',
    });
  });

  it.each([
    [{ ...minimal, module: 'Levenswiel' }, /`module`: use only lower-case letters/],
    [{ ...minimal, audience: 'iedereen' }, /`audience`: use `deelnemers` \(for the group\) or `trainers`/],
    [{ ...minimal, titel: 'x' }, /unknown field `titel`/],
    [{ title: 'x', module: 'a' }, /`description` is missing/],
  ])('refuses %j', (data, message) => {
    const parse = () => parseWithFriendlyErrors(worksheetSchema, data, { file: 'modules/werkbladen/blad.mdx' });
    expect(parse).toThrow(FriendlyError);
    expect(parse).toThrow(message);
  });
});

describe('the building blocks of a sheet', () => {
  it.each([
    ['Field', { label: 'Wat wil je?' }, { label: 'Wat wil je?', lines: 3 }],
    ['WorksheetTable', { caption: 'Netwerk', columns: ['Wie', 'Hoe'], rows: 4 }, { rows: 4 }],
    ['WorksheetTable', { caption: 'Grenzen', columns: ['Onderwerp', 'Groen'], rowLabels: ['Geld'] }, {}],
    ['Checklist', { label: 'Klaar', items: ['Pen'] }, { items: ['Pen'] }],
    ['Scale', { label: 'Wonen' }, { from: 1, to: 10 }],
    ['Wheel', { label: 'Wiel', areas: ['A', 'B', 'C'] }, { steps: 10 }],
    ['Rings', { label: 'Netwerk', rings: ['Dichtbij'] }, { center: 'Ik' }],
  ] as [Sheet, object, object][])('<%s> accepts %j', (name, props, parsed) => {
    expect(sheetComponentSpecs[name].props.parse(props)).toMatchObject(parsed);
  });

  it.each([
    ['Field', { label: 'x', lines: 0 }, '<Field> `lines`: use at least 1'],
    ['WorksheetTable', { caption: 'x', columns: ['a'] }, '<WorksheetTable> `rows`: give either `rows={n}`'],
    [
      'WorksheetTable',
      { caption: 'x', columns: ['a'], rowLabels: ['r'] },
      '<WorksheetTable> `columns`: with `rowLabels` the first column names the rows',
    ],
    ['Checklist', { label: 'x', items: 'Pen' }, '<Checklist> `items`: write a list of texts'],
    ['Scale', { label: 'x', from: 1, to: 20 }, '<Scale> `to` must be higher than `from`, with at most 11 numbers'],
    ['Wheel', { label: 'x', areas: ['a', 'b'] }, '<Wheel> `areas`: a wheel needs at least 3 areas'],
    ['Rings', { label: 'x', rings: ['a', 'b', 'c', 'd', 'e'] }, '<Rings> `rings`: use at most 4 rings'],
  ] as [Sheet, object, string][])('<%s> refuses %j', (name, props, message) => {
    expect(refuse(name, props)).toThrow(FriendlyError);
    expect(refuse(name, props)).toThrow(message);
  });

  it('are for sheets only, and a module shows a sheet with <Worksheet id>', () => {
    expect(Object.keys(sheetComponentSpecs).filter((n) => n in componentSpecs)).toEqual([]);
    expect(componentSpecs.Worksheet.props.parse({ id: 'levenswiel' })).toEqual({ id: 'levenswiel' });
  });
});
