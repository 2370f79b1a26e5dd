import { describe, expect, it } from 'vitest';
import { fillGaps, isAttributedQuote, keepAttributedQuotes, keepProseAfter } from './fill-gaps.js';

const all = () => true;

describe('fillGaps', () => {
  it('takes back a short run of doubted lines between kept ones', () => {
    const keep = [true, false, false, true];
    expect(fillGaps(keep, [0.9, 0.4, 0.35, 0.8], all)).toEqual([true, true, true, true]);
  });

  it('leaves a run with a line below the floor, a line the rules placed, or a run too long', () => {
    expect(fillGaps([true, false, true], [0.9, 0.1, 0.9], all)).toEqual([true, false, true]);
    expect(fillGaps([true, false, true], [0.9, 0.4, 0.9], (i) => i !== 1)).toEqual([true, false, true]);
    const keep = [true, false, false, false, false, true];
    expect(fillGaps(keep, [0.9, 0.4, 0.4, 0.4, 0.4, 0.9], all)).toEqual(keep);
  });

  it('never extends the body past its first or last kept line', () => {
    expect(fillGaps([false, true, false], [0.45, 0.9, 0.45], all)).toEqual([false, true, false]);
  });
});

describe('keepAttributedQuotes', () => {
  const body = 'A poll released on Monday in Austin put Mr. Cruz ahead of his rivals in the state primary.';
  const quote = '"Texas is with us," Mr. Cruz said on Monday.';

  it('reads a quotation with its speaker, and not chrome', () => {
    expect(isAttributedQuote(quote)).toBe(true);
    expect(isAttributedQuote('“We will not back down,” she told reporters in Kyiv.')).toBe(true);
    expect(isAttributedQuote('The minister said: “The talks are over.”')).toBe(true);
    expect(isAttributedQuote('"Best newsletter ever" - Subscribe now')).toBe(false);
    expect(isAttributedQuote('Sign up for our newsletter')).toBe(false);
    expect(isAttributedQuote('Mr. Cruz said the poll was wrong.')).toBe(false);
  });

  it('takes back a doubted quotation next to the body, and one after it', () => {
    expect(keepAttributedQuotes([true, false], [0.9, 0.48], [body, quote], all)).toEqual([true, true]);
    expect(keepAttributedQuotes([false, false, true], [0.4, 0.4, 0.9], [quote, quote, body], all)).toEqual([true, true, true]);
  });

  it('leaves a quotation far from the body, below the floor, or placed by the rules', () => {
    expect(keepAttributedQuotes([true, false, false], [0.9, 0.1, 0.45], [body, 'Related stories', quote], all)).toEqual([
      true,
      false,
      false,
    ]);
    expect(keepAttributedQuotes([true, false], [0.9, 0.1], [body, quote], all)).toEqual([true, false]);
    expect(keepAttributedQuotes([true, false], [0.9, 0.48], [body, quote], (i) => i !== 1)).toEqual([true, false]);
  });
});

describe('keepProseAfter', () => {
  const all = () => true;
  const kept = 'Kremlin spokesman Dmitry Peskov said Moscow had nothing to do with the drones.';
  const entry = 'Polish Foreign Minister Radoslaw Sikorski said Warsaw had asked allies for additional Patriot batteries.';

  it("takes back a live blog's later entry, its time and its heading, after a kept line", () => {
    const lines = [kept, '14:35 GMT', 'Poland asks for more Patriots', entry, 'Share'];
    expect(keepProseAfter([true, false, false, false, false], [0.9, 0.34, 0.32, 0.36, 0.08], lines, all)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('steps over a list of related stories to the paragraph after it, leaving the list apart', () => {
    const pinho = 'European Commission spokesperson Paula Pinho declined to comment, saying it was for Dutch voters to decide.';
    const lines = [kept, 'Related', 'Dutch government collapses', 'Who is Rob Jetten?', pinho];
    const related = (i: number) => i >= 1 && i <= 3;
    expect(keepProseAfter([true, false, false, false, false], [0.9, 0.27, 0.3, 0.31, 0.49], lines, all, 3, 0.3, related)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
    // (without the list placed apart, its heading is a doubted line that ends the search)
    expect(keepProseAfter([true, false, false, false, false], [0.9, 0.27, 0.3, 0.31, 0.49], lines, all)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('leaves prose that reports no one, a line the classifier doubts, and a long gap', () => {
    const teaser = 'Ten recipes for the perfect summer salad that your whole family will enjoy this weekend.';
    expect(keepProseAfter([true, false], [0.9, 0.4], [kept, teaser], all)).toEqual([true, false]);
    expect(keepProseAfter([true, false], [0.9, 0.2], [kept, entry], all)).toEqual([true, false]);
    const gap = [kept, 'a', 'b', 'c', 'd', entry];
    expect(keepProseAfter([true, false, false, false, false, false], [0.9, 0.4, 0.4, 0.4, 0.4, 0.4], gap, all)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
