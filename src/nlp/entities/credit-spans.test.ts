import { describe, expect, it } from 'vitest';
import { creditSpans } from './credit-spans.js';

describe('creditSpans', () => {
  it("finds a wire service's closing credits and an agency's note of contributors", () => {
    const text = [
      'Talks resumed in Geneva.',
      '(Reporting by Andrea Shalal; additional reporting by Felix Light in Tbilisi; Editing by Daniel Wallis)',
      'Associated Press writer Jon Gambrell in Dubai contributed to this report.',
      'Writing by Tom Balmforth; editing by Mark Heinrich',
    ].join('\n');
    const lines = creditSpans(text).map(([a, b]) => text.slice(a, b));
    expect(lines).toEqual([
      '(Reporting by Andrea Shalal; additional reporting by Felix Light in Tbilisi; Editing by Daniel Wallis)',
      'Associated Press writer Jon Gambrell in Dubai contributed to this report.',
      'Writing by Tom Balmforth; editing by Mark Heinrich',
    ]);
  });

  it('finds the agency of a dateline, not the city', () => {
    const text = "KATHMANDU (AP) — Nepal's prime minister resigned.\nWASHINGTON, Aug 8 (Reuters) - Talks resumed.";
    expect(creditSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['(AP)', '(Reuters)']);
    expect(creditSpans('The UN (OCHA) said aid was blocked.')).toEqual([]);
  });

  it('leaves the news alone: reporting as a subject, a long paragraph that mentions a contribution', () => {
    expect(creditSpans('Reporting from the front line is dangerous, the union said.')).toEqual([]);
    expect(creditSpans('The committee said the minister was reporting by phone.')).toEqual([]);
    expect(creditSpans(`${'The fund said donors had given more. '.repeat(12)}Germany contributed to the report.`)).toEqual([]);
  });
});
