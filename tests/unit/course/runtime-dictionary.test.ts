import { describe, expect, it } from 'vitest';
import { runtimeDictionary } from '../../../src/course/runtime-dictionary.ts';
import { dictionaries } from '../../../src/i18n/index.ts';

describe('runtimeDictionary', () => {
  const dict = dictionaries.nl;

  it('keeps the keys the runtime names in quotes of any kind, in ternaries and tables too', () => {
    const sources = [
      "ui('visited')",
      'const k = seen ? "notVisited" : `progressReset`;',
      "const table = { a: 'retry' };",
    ];
    expect(Object.keys(runtimeDictionary(dict, sources)).sort()).toEqual([
      'notVisited',
      'progressReset',
      'retry',
      'visited',
    ]);
  });

  it('leaves out texts only pages use, and words that are no key', () => {
    const picked = runtimeDictionary(dict, ["ui('visited'); const x = 'skipToContent2'; // footerPrivacy"]);
    expect(picked).toEqual({ visited: dict.visited });
  });
});
