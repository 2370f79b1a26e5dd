import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { compoundParts } from './compound-names.js';
import { demonyms, findEntities } from './entities.js';

describe('compoundParts', () => {
  it('names the place, state or body before "-based", "-led", "-flagged"', () => {
    expect(compoundParts(['London-based'], [[2, 14]], 'MISC', demonyms())).toEqual([{ start: 2, end: 8, words: ['London'], kind: 'GPE' }]);
    expect(compoundParts(['Saudi-led'], [[4, 13]], 'MISC', demonyms())).toEqual([
      { start: 4, end: 9, words: ['Saudi', 'Arabia'], kind: 'GPE' },
    ]);
    expect(compoundParts(['Iranian-backed'], [[0, 14]], 'MISC', demonyms())).toEqual([
      { start: 0, end: 7, words: ['Iranian'], kind: 'NORP' },
    ]);
  });

  it('keeps the name after the compound, and drops a part the knowledge base does not know', () => {
    const words = ['Cook', 'Islands-flagged', 'Eagle', 'S'];
    const offsets: [number, number][] = [
      [0, 4],
      [5, 20],
      [21, 26],
      [27, 28],
    ];
    expect(compoundParts(words, offsets, 'MISC', demonyms())).toEqual([
      { start: 0, end: 12, words: ['Cook', 'Islands'], kind: 'GPE' },
      { start: 21, end: 28, words: ['Eagle', 'S'], kind: 'MISC' },
    ]);
    expect(compoundParts(['Xyzzyland-based'], [[0, 15]], 'MISC', demonyms())).toEqual([]);
    expect(compoundParts(['Rolls-Royce'], [[0, 11]], 'ORG', demonyms())).toBeNull();
  });
});

describe('findEntities over compounds', () => {
  it('gives an article the place and the ship, not "Cook Islands-flagged Eagle S"', () => {
    const text =
      'Police boarded the Cook Islands-flagged Eagle S on Thursday. A London-based charity said the Saudi-led coalition bombed a school.';
    const found = findEntities(text, splitSentences(text)).map((e) => `${e.type} ${e.name}`);
    expect(found).toEqual(expect.arrayContaining(['GPE Cook Islands', 'MISC Eagle S', 'GPE London', 'GPE Saudi']));
    expect(found.some((n) => n.includes('-'))).toBe(false);
  });
});
