import { describe, expect, it } from 'vitest';
import { findQuotations } from './marks.js';
import { lineParagraphs } from './quotes.js';

function quoted(text: string): string[][] {
  return findQuotations(text, lineParagraphs(text)).map((q) => q.pieces.map(([a, b]) => text.slice(a, b)));
}

describe('findQuotations', () => {
  it('pairs curly, straight, doubled typewriter and low-9 marks and guillemets', () => {
    expect(quoted('\u201cYes,\u201d she said. "No," he said.')).toEqual([['Yes,'], ['No,']]);
    expect(quoted("''It is nonsense,'' he said.")).toEqual([['It is nonsense,']]);
    expect(quoted('Er sagte: \u201eWir sind bereit.\u201c')).toEqual([['Wir sind bereit.']]);
    expect(quoted('\u00abNous sommes pr\u00eats\u00bb, a-t-il dit.')).toEqual([['Nous sommes pr\u00eats']]);
    expect(quoted('\u00bbWir sind bereit\u00ab, sagte er.')).toEqual([['Wir sind bereit']]);
  });

  it('keeps nested single quotes and apostrophes inside the outer quotation', () => {
    expect(quoted('\u201cHe said \u2018never\u2019 and he didn\u2019t mean it,\u201d she said.')).toEqual([
      ['He said \u2018never\u2019 and he didn\u2019t mean it,'],
    ]);
    expect(quoted('"Voters\' anger is real," she said.')).toEqual([["Voters' anger is real,"]]);
  });

  it('uses single marks as the outer ones in a paragraph that has no double marks', () => {
    expect(quoted('\u2018We are ready,\u2019 the minister said of the voters\u2019 choice.')).toEqual([['We are ready,']]);
  });

  it('carries a quotation over paragraphs that each open with a mark and closes it at the end', () => {
    const text = 'He said: "First part.\n"Second part.\n"Last part."\nAfterwards.';
    const qs = findQuotations(text, lineParagraphs(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]!.closed).toBe(true);
    expect(qs[0]!.pieces.map(([a, b]) => text.slice(a, b))).toEqual(['First part.', 'Second part.', 'Last part.']);
    expect(text.slice(qs[0]!.start, qs[0]!.end)).toBe('"First part.\n"Second part.\n"Last part."');
  });

  it('ends an unclosed quotation at its paragraph when the next does not continue it, and drops a stray mark', () => {
    expect(quoted('She said: "We will see\nNothing else.')).toEqual([['We will see']]);
    expect(quoted('They see that. \u201c\nNext paragraph.')).toEqual([]);
  });
});
