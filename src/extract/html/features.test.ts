import { describe, expect, it } from 'vitest';
import { words } from '../word-chars.js';
import { wordStats } from './features.js';

describe('wordStats', () => {
  it('counts the words that words() splits, with their characters, capitals and stop words', () => {
    const texts = [
      '',
      'The Talks resume, said the UN: "no deal"!',
      'Über die Straße und zurück — 12 km',
      'emoji 😀 split𝒜word and 𝒜 alone',
      'ΟΔΟΣ ΚΑΙ: Greek capitals',
      ' --- ',
      'tail word',
    ];
    for (const text of texts) {
      const list = words(text);
      const lower: string[] = [];
      const got = { ...wordStats(text, lower) };
      expect(got.count).toBe(list.length);
      expect(got.chars).toBe(list.reduce((n, w) => n + w.length, 0));
      expect(got.capitalised).toBe(list.filter((w) => /^[A-Z]/.test(w)).length);
      expect(lower).toEqual(list.map((w) => w.toLowerCase()));
    }
    expect(wordStats('The talks of the UN and the EU', null).stopwords).toBe(5);
  });
  it('lower-cases long words too when asked to, and counts only short ones as stop words', () => {
    const lower: string[] = [];
    expect(wordStats('Extraordinarily', lower).count).toBe(1);
    expect(lower).toEqual(['extraordinarily']);
    expect(wordStats('Extraordinarily', null).stopwords).toBe(0);
  });
});
