import { describe, expect, it } from 'vitest';
import { parseSearchText } from './search-query.js';
import { fts5Query } from './sqlite/sqlite-search.js';

describe('parseSearchText', () => {
  it('keeps words, quoted phrases and prefixes, and nothing else', () => {
    expect(parseSearchText('  "gas  price" cap* OR (NATO  ')).toEqual([
      { text: 'gas price', prefix: false },
      { text: 'cap', prefix: true },
      { text: 'OR', prefix: false },
      { text: '(NATO', prefix: false },
    ]);
  });

  it('drops terms without letters or digits, and control characters', () => {
    expect(parseSearchText(`* ** "" " ' -- ; ) \u0000`)).toEqual([]);
    expect(parseSearchText('ga\u0000s')).toEqual([
      { text: 'ga', prefix: false },
      { text: 's', prefix: false },
    ]);
  });

  it('reads an unbalanced quote as a phrase to the end', () => {
    expect(parseSearchText('talks "ready to act')).toEqual([
      { text: 'talks', prefix: false },
      { text: 'ready to act', prefix: false },
    ]);
  });
});

describe('fts5Query', () => {
  it('quotes every term and doubles inner quotes, so nothing is read as an operator', () => {
    expect(fts5Query(parseSearchText(`NEAR(a b) x" OR "y' cap*`))).toBe(`"NEAR(a" "b)" "x""" "OR" "y' cap*"`);
    expect(fts5Query(parseSearchText('nato* "gas price"'))).toBe('"nato" * "gas price"');
    expect(fts5Query([{ text: 'say "no"', prefix: false }])).toBe('"say ""no"""');
  });
});
