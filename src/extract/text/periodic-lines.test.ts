import { describe, expect, it } from 'vitest';
import { periodicity } from './periodic-lines.js';

const paragraph = (n: number) => `Paragraph ${n} of the report goes on about the budget talks, which ran late into the evening on Tuesday.`;

describe('periodicity', () => {
  it('is high in a list of teasers and zero in running text', () => {
    const teasers = [1, 2, 3, 4, 5].flatMap((n) => [
      `Council approves the new harbour plan number ${n}`,
      'The vote ended months of argument over the cost of the works, which the mayor called a fair deal.',
      `${n}H ago`,
    ]);
    const article = [1, 2, 3, 4, 5, 6, 7, 8].map(paragraph);
    const p = periodicity([...article, ...teasers]);
    expect(Math.max(...p.slice(0, 4))).toBe(0);
    expect(Math.min(...p.slice(12))).toBeGreaterThan(0.3);
  });
});
