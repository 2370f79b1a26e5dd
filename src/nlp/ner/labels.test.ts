import { describe, expect, it } from 'vitest';
import { BILOU, IOB2, spansFromTags, tagsFromSpans } from './labels.js';

describe('spansFromTags', () => {
  it('reads IOB2', () => {
    expect(spansFromTags(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });

  it('reads IOB1 like conlleval: I- after O or another type starts an entity', () => {
    expect(spansFromTags(['I-ORG', 'I-ORG', 'I-LOC', 'O', 'I-MISC'])).toEqual([
      { start: 0, end: 2, type: 'ORG' },
      { start: 2, end: 3, type: 'LOC' },
      { start: 4, end: 5, type: 'MISC' },
    ]);
  });

  it('reads BILOU and IOBES', () => {
    expect(spansFromTags(['U-PER', 'B-ORG', 'L-ORG', 'S-LOC', 'B-MISC', 'E-MISC'])).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 1, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'MISC' },
    ]);
  });

  it('drops unknown types', () => {
    expect(spansFromTags(['B-DATE', 'O', 'B-PER'])).toEqual([{ start: 2, end: 3, type: 'PER' }]);
  });
});

describe('tag schemes', () => {
  const spans = [
    { start: 0, end: 1, type: 'PER' as const },
    { start: 2, end: 5, type: 'ORG' as const },
    { start: 5, end: 7, type: 'ORG' as const },
  ];

  it('round-trips spans through labels', () => {
    for (const scheme of [BILOU, IOB2]) expect(scheme.decode(scheme.encode(spans, 8))).toEqual(spans);
  });

  it('encodes BILOU with unit and last labels', () => {
    const labels = Array.from(BILOU.encode(spans, 8), (l) => BILOU.labels[l]);
    expect(labels).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'B-ORG', 'L-ORG', 'O']);
  });

  it('forbids transitions that break entities', () => {
    const at = (s: typeof BILOU, prev: string | null, cur: string) =>
      s.allowed[(prev === null ? s.labels.length : s.labels.indexOf(prev)) * s.labels.length + s.labels.indexOf(cur)];
    expect(at(IOB2, null, 'I-PER')).toBe(0);
    expect(at(IOB2, 'O', 'I-PER')).toBe(0);
    expect(at(IOB2, 'B-ORG', 'I-PER')).toBe(0);
    expect(at(IOB2, 'B-PER', 'I-PER')).toBe(1);
    expect(at(BILOU, 'B-PER', 'O')).toBe(0);
    expect(at(BILOU, 'B-PER', 'L-PER')).toBe(1);
    expect(at(BILOU, 'L-PER', 'I-PER')).toBe(0);
    expect(at(BILOU, 'U-PER', 'B-PER')).toBe(1);
    expect(BILOU.final[BILOU.labels.indexOf('B-LOC')]).toBe(0);
    expect(BILOU.final[BILOU.labels.indexOf('L-LOC')]).toBe(1);
  });

  it('writes IOB2 tags', () => {
    expect(tagsFromSpans(spans, 8)).toEqual(['B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-ORG', 'I-ORG', 'O']);
  });
});
