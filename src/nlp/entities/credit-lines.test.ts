import { describe, expect, it } from 'vitest';
import { creditLines } from './credit-lines.js';

describe('creditLines', () => {
  it("finds a wire service's closing credits and an agency's note of contributors", () => {
    const text = [
      'Talks resumed in Geneva.',
      '(Reporting by Andrea Shalal; additional reporting by Felix Light in Tbilisi; Editing by Daniel Wallis)',
      'Associated Press writer Jon Gambrell in Dubai contributed to this report.',
      'Writing by Tom Balmforth; editing by Mark Heinrich',
    ].join('\n');
    const lines = creditLines(text).map(([a, b]) => text.slice(a, b));
    expect(lines).toEqual([
      '(Reporting by Andrea Shalal; additional reporting by Felix Light in Tbilisi; Editing by Daniel Wallis)',
      'Associated Press writer Jon Gambrell in Dubai contributed to this report.',
      'Writing by Tom Balmforth; editing by Mark Heinrich',
    ]);
  });

  it('leaves the news alone: reporting as a subject, a long paragraph that mentions a contribution', () => {
    expect(creditLines('Reporting from the front line is dangerous, the union said.')).toEqual([]);
    expect(creditLines('The committee said the minister was reporting by phone.')).toEqual([]);
    expect(creditLines(`${'The fund said donors had given more. '.repeat(12)}Germany contributed to the report.`)).toEqual([]);
  });
});
