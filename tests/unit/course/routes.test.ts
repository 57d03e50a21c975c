import { describe, expect, it } from 'vitest';
import {
  anchors,
  headingAnchors,
  moduleHref,
  modulePath,
  parseModuleLink,
  siteHref,
  slugify,
} from '../../../src/course/routes.ts';

describe('slugify', () => {
  it.each([
    ['Veiligheid & vertrouwen', 'veiligheid-vertrouwen'],
    ["Thema's: één stap", 'thema-s-een-stap'],
    ['  Wat werkt?  ', 'wat-werkt'],
    ['Casus: Ilse wil een groep beginnen', 'casus-ilse-wil-een-groep-beginnen'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));

  it('cuts to a maximum length without leaving a hyphen at the end', () => {
    expect(slugify('een twee drie', 8)).toBe('een-twee');
    expect(slugify('een twee drie', 9)).toBe('een-twee');
  });
});

describe('routes', () => {
  it('names module pages, files and links one way', () => {
    expect(moduleHref('grenzen')).toBe('modules/grenzen.html');
    expect(siteHref(moduleHref('grenzen'), 'wat-zijn-grenzen')).toBe('/modules/grenzen.html#wat-zijn-grenzen');
    expect(modulePath('deel-1', 3, 'veiligheid')).toBe('modules/deel-1/03-veiligheid.mdx');
    expect(parseModuleLink('module:grenzen#kop')).toEqual({ id: 'grenzen', anchor: 'kop' });
    expect(parseModuleLink('./grenzen.html')).toBeUndefined();
  });

  it('keeps the anchor ids that learner data and links depend on', () => {
    expect(anchors.casus('Casus: Lotte')).toBe('casus-casus-lotte');
    expect(anchors.casus('Casus: Lotte', 'lotte')).toBe('casus-lotte');
    expect(anchors.reflectionField('eigen-rol')).toBe('reflectie-eigen-rol');
    expect(headingAnchors(['Wat is veiligheid?', 'Wat is veiligheid?'])).toEqual([
      'wat-is-veiligheid',
      'wat-is-veiligheid-1',
    ]);
  });
});
