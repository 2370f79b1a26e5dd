import { describe, expect, it } from 'vitest';
import { HINT_GROUP_COUNT, hintFacts } from './hints.js';

describe('hintFacts', () => {
  it('counts distinct positive and negative words, cutting at case changes and punctuation', () => {
    // article, body (positive); share, share again, nav (negative, "share" once)
    expect(hintFacts('articleBody share share-nav')).toMatchObject({ pos: 2, neg: 2 });
    expect(hintFacts('')).toEqual({ pos: 0, neg: 0, groups: 0 });
  });

  it('sets one bit per group of words present', () => {
    const share = hintFacts('social-share').groups;
    const nav = hintFacts('navigation').groups;
    expect(share).not.toBe(0);
    expect(nav).not.toBe(0);
    expect(share & nav).toBe(0);
    expect(hintFacts('nav share').groups).toBe(share | nav);
    expect(hintFacts('nav share').groups).toBeLessThan(2 ** HINT_GROUP_COUNT);
  });

  it('answers a repeated value from its cache, also for a copy of the string', () => {
    const value = ['entry', 'content'].join('-');
    expect(hintFacts(value)).toBe(hintFacts('entry-content'));
  });
});
