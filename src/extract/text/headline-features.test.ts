import { describe, expect, it } from 'vitest';
import { analyseText } from './extract-text.js';
import { HEADLINE_FEATURE_NAMES, headlineCandidates, headlineFeatures } from './headline-features.js';
import { LINE_FEATURE_COUNT } from './line-features.js';

const menu = (k: number) => Array.from({ length: k }, (_, i) => `Section number ${i + 1}`);
const prose =
  'The ministers of the alliance met in Brussels on Tuesday to talk about the new fund for air defence on the eastern flank, and the talks on how the fund would be paid for ran late into the evening before a statement was agreed.';

describe('headlineCandidates', () => {
  it('looks from 40 lines above the first body line to 12 below it, and at the first five lines', () => {
    const lines = [...menu(99), prose];
    const a = analyseText(lines.join('\n'));
    const p = lines.map((_, i) => (i >= 70 ? 1 : 0));
    const c = headlineCandidates(a, p);
    expect(c.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(c[5]).toBe(30);
    expect(c.at(-1)).toBe(82);
    expect(c).not.toContain(29);
    expect(c).not.toContain(83);
  });

  it('looks through the first 150 lines when no line is held to be body', () => {
    const lines = menu(200);
    const c = headlineCandidates(analyseText(lines.join('\n')), new Array(200).fill(0));
    expect(c).toHaveLength(150);
  });

  it('leaves out single words, long paragraphs and page furniture', () => {
    const lines = ['Home', 'Allies agree on an air defence fund', prose, 'Share this article'];
    const c = headlineCandidates(analyseText(lines.join('\n')), [0, 0, 1, 0]);
    expect(c).toEqual([1]);
  });
});

describe('headlineFeatures', () => {
  it('gives one row per candidate, with where the line sits and what the scraper repeated', () => {
    const lines = ['Allies agree on an air defence fund', 'Home', 'Allies agree on an air defence fund', 'By Jane Roe', prose, prose];
    const a = analyseText(lines.join('\n'));
    const p = [0, 0, 0.2, 0.3, 0.9, 0.9];
    const candidates = headlineCandidates(a, p);
    expect(candidates).toEqual([0, 2, 3]);
    const x = headlineFeatures(a, new Float32Array(lines.length * LINE_FEATURE_COUNT), p, candidates);
    const F = HEADLINE_FEATURE_NAMES.length;
    expect(x).toHaveLength(3 * F);
    const at = (row: number, name: string) => x[row * F + HEADLINE_FEATURE_NAMES.indexOf(name)];
    expect(at(0, 'copies')).toBe(2);
    expect(at(0, 'first_copy')).toBe(1);
    expect(at(1, 'first_copy')).toBe(0);
    expect(at(1, 'meta_below')).toBe(1);
    expect(at(1, 'above_kept')).toBe(2);
    expect(at(1, 'shares_with_body')).toBeGreaterThan(0.5);
    expect(at(2, 'strict_candidate')).toBe(0);
  });
});
