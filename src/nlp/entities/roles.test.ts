import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize/tokenize.js';
import { appositionAfter, roleHead, roleReferences, titleBefore } from './roles.js';

const tokens = (s: string) => tokenize(s);
const index = (s: string, word: string) => tokens(s).findIndex((t) => t.text === word);

describe('roles', () => {
  it('reads the title before a name', () => {
    const s = 'On Monday German Chancellor Angela Merkel said';
    expect(titleBefore(tokens(s), index(s, 'Angela'))).toBe('German Chancellor');
    const t = 'said former President Bill Clinton';
    expect(titleBefore(tokens(t), index(t, 'Bill'))).toBe('former President');
    const u = 'said Bill Clinton';
    expect(titleBefore(tokens(u), index(u, 'Bill'))).toBeNull();
    // titles in lower case, as British papers write them, after a modifier, punctuation or at the start
    const w = 'Former prime minister Boris Johnson said';
    expect(titleBefore(tokens(w), index(w, 'Boris'))).toBe('Former prime minister');
    const x = 'Britain is safe , spokesman Dmitry Peskov said';
    expect(titleBefore(tokens(x), index(x, 'Dmitry'))).toBe('spokesman');
    const y = 'met the alliance chief Mark Rutte';
    expect(titleBefore(tokens(y), index(y, 'Mark'))).toBeNull();
  });

  it('reads a role in apposition after a name', () => {
    const s = 'Stoltenberg , a former Norwegian prime minister , spoke';
    expect(appositionAfter(tokens(s), 1)).toBe('former Norwegian prime minister');
    expect(appositionAfter(tokens('Stoltenberg , a man who spoke'), 1)).toBeNull();
  });

  it('finds role references without a name and their heads', () => {
    const s = 'The former prime minister met the chancellor , but the President Obama visit and the company were off .';
    const refs = roleReferences(tokens(s)).map((r) => r.head);
    expect(refs).toEqual(['prime minister', 'chancellor']);
    // A phrase stops at a verb or a function word; dotted abbreviations are words of it.
    const t = 'The Kremlin said the Russian president and the U.S. president would meet .';
    expect(
      roleReferences(tokens(t)).map((r) =>
        tokens(t)
          .slice(r.start, r.end)
          .map((x) => x.text)
          .join(' '),
      ),
    ).toEqual(['the Russian president', 'the U.S. president']);
    expect(roleHead('NATO Secretary-General')).toBe('secretary-general');
  });
});
