import { en } from './en.ts';
import { nl, type Dictionary, type UiKey } from './nl.ts';

export const dictionaries: Record<'nl' | 'en', Dictionary> = { nl, en };
export type { Dictionary, UiKey };

/** Looks up a text and fills `{name}` placeholders. */
export function translate(dict: Dictionary, key: UiKey, values: Record<string, string | number> = {}): string {
  return dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Numbers and dates in the course language's conventions. */
export const formatNumber = (lang: string, n: number, digits = 0) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);
export const formatDate = (lang: string, date: Date) =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
