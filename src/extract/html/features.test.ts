import { describe, expect, it } from 'vitest';
import { letterKey, words } from '../word-chars.js';
import { blockRepeats, textStats, titleWordsOf } from './features.js';

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
    'İstanbul İSTANBUL istanbul, Москва МОСКВА москва; ΣΟΦΙΑ σοφια Σ',
  ];
  it('counts what a word list and a pass per character would', () => {
    for (const text of texts) {
      for (const title of [null, 'Talks resume in ΟΔΟΣ', 'Straße 12', 'alone WORD', 'Москва İstanbul', 'Σοφια σ']) {
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

describe('blockRepeats', () => {
  /** The slow way: every block's key as a string. */
  function reference(texts: string[], titleKey: string | null) {
    const keys = texts.map((t) => (t.length <= 300 ? letterKey(t) : t));
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    const isTitle = keys.map((k) => (titleKey && k === titleKey ? 1 : 0));
    return { repeats: keys.map((k) => Math.min(counts.get(k)! - 1, 5)), isTitle, titleIndex: isTitle.indexOf(1) };
  }
  it('counts blocks that read the same, by letters and digits for short ones and as written for long ones', () => {
    const long = `${'A long paragraph of the article. '.repeat(12)}`;
    const texts = [
      'Share',
      'SHARE!',
      's h a r e',
      'Talks resume',
      'Café au lait',
      'cafe au lait',
      'CAFÉ AU LAIT',
      '\u212Aey', // the Kelvin sign lower-cases to an ASCII k
      'key',
      long,
      long,
      long.toUpperCase(),
      ...Array.from({ length: 8 }, () => 'Menu'),
      'emoji 😀 here',
      'emoji here',
      'AAN', // its key, "aan", has the hash of "ac0"
      'ac 0',
      'aan',
    ];
    for (const title of [null, 'talksresume', 'café au lait', '', 'key']) {
      const titleKey = title === null ? null : letterKey(title);
      const got = blockRepeats(
        texts.map((text) => ({ text })),
        titleKey,
      );
      const want = reference(texts, titleKey);
      expect([...got.repeats]).toEqual(want.repeats);
      expect([...got.isTitle]).toEqual(want.isTitle);
      expect(got.titleIndex).toBe(want.titleIndex);
    }
  });
});
