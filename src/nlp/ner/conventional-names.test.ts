import { describe, expect, it } from 'vitest';
import {
  type NameKnowledge,
  NO_KNOWLEDGE,
  withConventionalMisc,
  withCountryBodies,
  withNicknames,
  withShareIndices,
} from './conventional-names.js';
import type { TokenSpan } from './labels.js';

const span = (start: number, end: number, type: TokenSpan['type']): TokenSpan => ({ start, end, type });

describe('withNicknames', () => {
  it('joins a name split around a quoted nickname into one person', () => {
    const tokens = ['Robin', '“', 'ropz', '”', 'Kool', 'scored'];
    expect(withNicknames(tokens, [span(0, 1, 'PER'), span(2, 3, 'PER'), span(4, 5, 'ORG')])).toEqual([span(0, 5, 'PER')]);
  });

  it('leaves quoted words that are no nickname, and names that are no person', () => {
    const and = ['Vicente', '"', 'and', '"', 'Oscar'];
    expect(withNicknames(and, [span(0, 1, 'PER'), span(4, 5, 'PER')])).toEqual([span(0, 1, 'PER'), span(4, 5, 'PER')]);
    const film = ['Paris', '“', 'Noir', '”', 'Festival'];
    expect(withNicknames(film, [span(0, 1, 'LOC'), span(4, 5, 'MISC')])).toEqual([span(0, 1, 'LOC'), span(4, 5, 'MISC')]);
  });
});

describe('withConventionalMisc', () => {
  const knows: NameKnowledge = { ...NO_KNOWLEDGE, isPlaceOrPeople: (w) => w === 'london' };

  it('tags handles and disease names as MISC', () => {
    const tokens = ['@RudyGiuliani', 'wrote', 'about', 'COVID-19', 'and', 'Covid-19', 'and', 'coronavirus'];
    expect(withConventionalMisc(tokens, [span(5, 6, 'ORG')])).toEqual([span(0, 1, 'MISC'), span(3, 4, 'MISC'), span(5, 6, 'MISC')]);
  });

  it('leaves a disease word inside a longer name', () => {
    const tokens = ['the', 'AIDS', 'Foundation', 'met'];
    expect(withConventionalMisc(tokens, [span(1, 3, 'ORG')])).toEqual([span(1, 3, 'ORG')]);
  });

  it('tags hyphen compounds of names as MISC', () => {
    const tokens = ['the', 'London-listed', 'and', 'Kremlin-backed', 'groups', 'and', 'pro-Trump', 'crowds', 'and', 'state-owned', 'firms'];
    expect(withConventionalMisc(tokens, [])).toEqual([span(1, 2, 'MISC'), span(3, 4, 'MISC'), span(6, 7, 'MISC')]);
  });

  it('reads a compound at the start of a sentence only when its name is known', () => {
    expect(withConventionalMisc(['London-listed', 'Sage', 'fell'], [span(1, 2, 'ORG')], knows)).toEqual([
      span(0, 1, 'MISC'),
      span(1, 2, 'ORG'),
    ]);
    expect(withConventionalMisc(['Family-controlled', 'firms', 'fell'], [], knows)).toEqual([]);
    expect(withConventionalMisc(['KDP-dominated', 'areas'], [], knows)).toEqual([span(0, 1, 'MISC')]);
  });

  it('leaves a compound whose name runs on from the words before to the tagger', () => {
    const tokens = ['a', 'St.', 'Louis-based', 'bank'];
    expect(withConventionalMisc(tokens, [span(1, 2, 'LOC')])).toEqual([span(1, 2, 'LOC')]);
  });
});

describe('social networks', () => {
  it('are MISC when used as a medium, and left to the tagger when they are the company', () => {
    const tokens = ['Trump', 'said', 'on', 'Twitter', 'that', 'Twitter', 'shares', 'and', 'a', 'Facebook', 'post', 'fell'];
    const spans = [span(0, 1, 'PER'), span(3, 4, 'ORG'), span(5, 6, 'ORG'), span(9, 10, 'ORG')];
    expect(withConventionalMisc(tokens, spans)).toEqual([span(0, 1, 'PER'), span(3, 4, 'MISC'), span(5, 6, 'ORG'), span(9, 10, 'MISC')]);
  });
});

describe('withCountryBodies', () => {
  it("joins a country's abbreviation and a generic body after it", () => {
    const tokens = ['the', 'U.S.', 'Senate', 'and', 'U.S.', 'TV', 'Guide', 'and', 'the', 'U.S.', 'economy'];
    const spans = [span(1, 2, 'LOC'), span(2, 3, 'ORG'), span(4, 5, 'LOC'), span(5, 7, 'ORG'), span(9, 10, 'LOC')];
    expect(withCountryBodies(tokens, spans)).toEqual([span(1, 3, 'ORG'), span(4, 5, 'LOC'), span(5, 7, 'ORG'), span(9, 10, 'LOC')]);
  });
});

describe('withNicknames, longer nicknames', () => {
  it('takes a nickname of a few capitalised words', () => {
    const tokens = ['Roberto', '"', 'Hands', 'of', 'Stone', '"', 'Duran', 'fought'];
    expect(withNicknames(tokens, [span(0, 1, 'PER'), span(4, 5, 'LOC'), span(6, 7, 'PER')])).toEqual([span(0, 7, 'PER')]);
    const quote = ['Smith', '"', 'we', 'will', 'win', '"', 'Jones'];
    expect(withNicknames(quote, [span(0, 1, 'PER'), span(6, 7, 'PER')])).toEqual([span(0, 1, 'PER'), span(6, 7, 'PER')]);
  });
});

describe('withShareIndices', () => {
  it('joins a share index and its number into one MISC name', () => {
    const tokens = ['the', 'FTSE', '250', 'and', 'S&P', '500', 'rose', 'as', 'S&P', 'cut', 'ratings'];
    const spans = [span(1, 2, 'ORG'), span(4, 5, 'ORG'), span(8, 9, 'ORG')];
    expect(withShareIndices(tokens, spans)).toEqual([span(1, 3, 'MISC'), span(4, 6, 'MISC'), span(8, 9, 'ORG')]);
  });
});
