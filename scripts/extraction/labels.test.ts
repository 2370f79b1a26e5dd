import { describe, expect, it } from 'vitest';
import { GoldIndex, labelBlocks } from './labels.js';

describe('labelBlocks', () => {
  it('marks blocks covered by the gold text as body, weighted by their share of the page', () => {
    const gold = new GoldIndex('NATO ministers met in Brussels on Tuesday to discuss air defence for the eastern flank.');
    const { labels, weights } = labelBlocks(gold, ['NATO ministers met in Brussels on Tuesday', 'Subscribe to our newsletter today', '']);
    expect(labels).toEqual([1, 0, 0]);
    // 7 and 5 tokens of 12, on the scale of a 300-token page; an empty block keeps the floor weight
    expect(weights[0]).toBeCloseTo(7);
    expect(weights[1]).toBeCloseTo(5);
    expect(weights[2]).toBe(0.02);
  });
});
