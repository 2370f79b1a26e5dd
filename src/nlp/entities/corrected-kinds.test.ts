import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { correctedKind } from './corrected-kinds.js';
import { findEntities } from './entities.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return correctedKind(text, start, start + word.length);
};

describe('correctedKind', () => {
  it('reads words for peoples, faiths and deities as MISC', () => {
    expect(at('Latinos voted for him.', 'Latinos')).toBe('MISC');
    expect(at('He spoke about Islam.', 'Islam')).toBe('MISC');
    expect(at('God bless America.', 'God')).toBe('MISC');
  });

  it('reads a court case by its parties as MISC', () => {
    expect(at('the ruling in Roe v. Wade stands', 'Roe v. Wade')).toBe('MISC');
    expect(at('since Citizens United vs. FEC', 'Citizens United vs. FEC')).toBe('MISC');
    expect(at('as Wade said', 'Wade')).toBeUndefined();
  });

  it("reads a state's abbreviation after a place or in a party label as a place", () => {
    expect(at('Sen. Ted Cruz (R-Tex.) said', 'Tex')).toBe('GPE');
    expect(at('Sen. Ted Cruz (Tex.) said', 'Tex.')).toBe('GPE');
    expect(at('a rally in Beaumont, Tex., on Monday', 'Tex')).toBe('GPE');
  });

  it("leaves a state's abbreviation that is a name elsewhere to the tagger", () => {
    expect(at('Del Shannon sang.', 'Del')).toBeUndefined();
    expect(at('Tex Ritter sang.', 'Tex')).toBeUndefined();
  });

  it("reads a state's short form with full stops inside after a place as a place", () => {
    expect(at('a rally in Raleigh, N.C., on Monday', 'N.C.')).toBe('GPE');
    expect(at('Washington, D.C. is', 'D.C.')).toBe('GPE');
  });

  it("drops a title's abbreviation standing alone and a super PAC, which name no one", () => {
    expect(at('Sens. Marco Rubio and Ted Cruz', 'Sens')).toBeNull();
    expect(at('Reps. Jim Jordan and Mark Meadows', 'Reps.')).toBeNull();
    expect(at('MR. TRUMP GOES TO WASHINGTON', 'MR.')).toBeNull();
    expect(at('his allied super PAC spent', 'super PAC')).toBeNull();
    expect(at('his allied super PAC spent', 'PAC')).toBeNull();
    expect(at("like, 'Oh, this is important,'", 'Oh')).toBeNull();
    expect(at('Murphy Tweeted on Friday', 'Tweeted')).toBeNull();
    expect(at('Sens Rubio', 'Sens')).toBeUndefined();
    expect(at('Conservative Solutions PAC spent', 'Conservative Solutions PAC')).toBeUndefined();
  });

  it("drops a month's abbreviation before a day", () => {
    expect(at('scheduled for Dec. 15 on CNN', 'Dec')).toBeNull();
    expect(at('scheduled for Dec. 15 on CNN', 'Dec.')).toBeNull();
    expect(at('Nov. Smith said', 'Nov')).toBeUndefined();
  });

  it('drops a US party label, which gives the party of the name before it', () => {
    expect(at('Sen. Bob Casey (D-Pa.) said', 'D-Pa')).toBeNull();
    expect(at('Sen. Chuck Schumer (D-N.Y.) said', 'D-N.Y.')).toBeNull();
    expect(at('Rep. Jim Jordan (R-Ohio) said', 'R-Ohio')).toBeNull();
    expect(at('Sen. Ted Cruz (R-TX) said', 'R-TX')).toBeNull();
    expect(at('Sen. Ted Cruz, R-Texas, said', 'R-Texas')).toBeNull();
    expect(at('Sen. Joe Manchin (D-W.Va.) said', 'D-W.Va.')).toBeNull();
    expect(at('the K-Pop band', 'K-Pop')).toBeUndefined();
  });

  it('leaves people alone', () => {
    expect(at('Ted Cruz said', 'Ted Cruz')).toBeUndefined();
  });
});

describe('entities layer: names that are no one', () => {
  const people = (text: string) =>
    findEntities(text, splitSentences(text), undefined, { publishedAt: '2016-03-01' })
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.name);

  it('makes no entity of a party label', () => {
    const text = 'Sen. Bob Casey (D-Pa.) said the plan would leave millions without coverage.';
    const names = findEntities(text, splitSentences(text)).map((e) => e.name);
    expect(names).toContain('Bob Casey');
    expect(names.filter((n) => n.includes('Pa'))).toEqual([]);
  });

  it('keeps groups, states and dates out of the people', () => {
    const text =
      'Sen. Ted Cruz (R-Tex.) said the next debate is scheduled for Dec. 15 in Las Vegas. ' +
      'Many Latinos had expected more, he said at a rally in Beaumont, Tex., on Monday. ' +
      'Latinos are a growing share of the electorate, and God knows both parties want them.';
    const found = people(text);
    expect(found).toContain('Ted Cruz');
    for (const name of ['Tex', 'Tex.', 'Dec', 'Dec.', 'Latinos', 'God']) expect(found).not.toContain(name);
  });
});
