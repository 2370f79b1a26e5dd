import { describe, expect, it } from 'vitest';
import { countWords, isWhiteSpace, letterKey, words } from './word-chars.js';

const reference = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('words', () => {
  it.each([
    'The delegation met officials, and talks went on.',
    'Zürich – “quoted” déjà-vu 2025/03/04',
    'Москва заявила: 12 000 человек',
    '宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网',
    'emoji 🙂 and astral 𝒳𝒴 letters, ½ ², café',
    '',
    '   ...   ',
  ])('splits %j like the scorer', (s) => {
    expect(words(s)).toEqual(reference(s));
  });
});

describe('letterKey', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(letterKey('Talks resume!')).toBe(letterKey('talks   RESUME'));
    expect(letterKey('Talks resume!')).toBe('talksresume');
  });
  it('joins the words words() finds, lower-cased as one string', () => {
    for (const text of ['', '!!', 'One', 'tail word', ' lead', 'a😀b 𝒜c', 'ΟΔΟΣ ΚΑΙ', 'x-y_z 42']) {
      expect(letterKey(text)).toBe(words(text).join('').toLowerCase());
    }
  });
});

describe('isWhiteSpace', () => {
  it('tells white space exactly as the regular expression \\s does, for every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts the runs between white space', () => {
    expect(countWords('  The fund,\u00a0agreed  today. ')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
