import { describe, expect, it } from 'vitest';
import { words } from '../word-chars.js';
import { textStats, titleWordsOf } from './features.js';

const STOP = new Set(['the', 'of', 'and', 'für', 'die', 'und', 'a']);

/** What textStats must count, the slow way: a string per word. */
function reference(text: string, title: string | null) {
  const list = words(text);
  const titleWords = title === null ? null : new Set(words(title.toLowerCase()));
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return {
    count: list.length,
    chars: list.reduce((n, w) => n + w.length, 0),
    capitalised: list.filter((w) => /^[A-Z]/.test(w)).length,
    stopwords: list.filter((w) => w.length <= 5 && STOP.has(w.toLowerCase())).length,
    titleHits: titleWords ? list.filter((w) => titleWords.has(w.toLowerCase())).length : 0,
    commas: count(/,/g),
    digits: count(/[0-9]/g),
    separators: count(/[|•·»›]/g),
    sentences: count(/[.!?。！？](?:$|\s|["”’)](?:$|\s))/g),
  };
}

describe('textStats', () => {
  const texts = [
    '',
    'The Talks resume, said the UN: "no deal"! Then 12 more.',
    'Über die Straße und zurück — 12 km, für alle',
    'emoji 😀 split𝒜word and 𝒜 alone',
    'ΟΔΟΣ ΚΑΙ: Greek capitals. ΟΔΟΣ again',
    ' --- Home | News • Sport » World › Europe · Asia ',
    'He said "stop." Then: (it ended.) 3.5 per cent?',
    'tail word',
  ];
  it('counts what a word list and a pass per character would', () => {
    for (const text of texts) {
      for (const title of [null, 'Talks resume in ΟΔΟΣ', 'Straße 12', 'alone WORD']) {
        const got = { ...textStats(text, title === null ? null : titleWordsOf(title)) };
        // the stop-word list of the test differs from the model's: compare that count on its own below
        const want = reference(text, title);
        expect({ ...got, stopwords: 0 }).toEqual({ ...want, stopwords: 0 });
      }
    }
  });
  it('counts only short stop words, upper case or not', () => {
    expect(textStats('The talks of the UN and the EU', null).stopwords).toBe(5);
    expect(textStats('THE Theatre für die', null).stopwords).toBe(3);
    expect(textStats('Extraordinarily', null).stopwords).toBe(0);
  });
  it('finds title words whatever their case, each time they occur', () => {
    const title = titleWordsOf('NATO Summit: Allies agree');
    expect(textStats('nato allies and NATO', title).titleHits).toBe(3);
    expect(textStats('Summitry natos', title).titleHits).toBe(0);
  });
});
