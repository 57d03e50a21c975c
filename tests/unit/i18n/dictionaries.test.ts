import { describe, expect, it } from 'vitest';
import { dictionaries, formatDate, formatNumber, translate } from '../../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface dictionaries', () => {
  it('have the same keys in Dutch and English, each with text', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.nl).sort());
    for (const dict of Object.values(dictionaries))
      for (const value of Object.values(dict)) expect(value.trim()).not.toBe('');
  });
  it.each(Object.keys(dictionaries.nl))('uses the same placeholders in both languages: %s', (key) => {
    const k = key as keyof typeof dictionaries.nl;
    expect(placeholders(dictionaries.en[k])).toEqual(placeholders(dictionaries.nl[k]));
  });
  it('fills placeholders and formats numbers and dates for the locale', () => {
    expect(translate(dictionaries.nl, 'progressLabel', { done: 3, total: 40 })).toBe('3 van 40 modules bekeken');
    expect(formatNumber('nl', 20.5, 1)).toBe('20,5');
    expect(formatNumber('en', 20.5, 1)).toBe('20.5');
    expect(formatDate('nl', new Date(2026, 10, 28))).toBe('28 november 2026');
    expect(formatDate('en', new Date(2026, 10, 28))).toBe('November 28, 2026');
  });
});
