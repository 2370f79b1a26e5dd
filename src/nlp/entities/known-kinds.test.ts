import { describe, expect, it } from 'vitest';
import type { TokenSpan } from '../ner/labels.js';
import { apartAtAnd, isArticleBodyName, knownKind } from './known-kinds.js';

describe('knownKind', () => {
  it('gives an organisation the knowledge tables know its kind', () => {
    expect(knownKind('LOC', ['White', 'House'], ['said'])).toBe('ORG');
    expect(knownKind('LOC', ['Islamic', 'State'], ['claimed'])).toBe('ORG');
    expect(knownKind('ORG', ['White', 'House'], ['said'])).toBeUndefined();
  });

  it('gives an internet platform read as a place or a name of no kind its kind', () => {
    expect(knownKind('LOC', ['Twitter'], [])).toBe('ORG');
    expect(knownKind('MISC', ['Facebook'], [])).toBe('ORG');
  });

  it('gives a place the tagger read as an organisation or a location its kind', () => {
    expect(knownKind('ORG', ['Texas'], ['sen.', 'ted'])).toBe('GPE');
    expect(knownKind('LOC', ['Wisconsin'], [','])).toBe('GPE');
    expect(knownKind('MISC', ['Texas'], [])).toBeUndefined();
  });

  it('gives a known person their kind by a full name, or by a surname before what only a person has', () => {
    expect(knownKind('ORG', ['Donald', 'J.', 'Trump'], [','])).toBe('PERSON');
    expect(knownKind('ORG', ['Obama'], ['administration', 'officials'])).toBe('PERSON');
    expect(knownKind('ORG', ['Obama'], ['said'])).toBeUndefined();
  });

  it("tells a body's name that opens with the Arabic article from a man named Al", () => {
    expect(isArticleBodyName('Al Qaeda')).toBe(true);
    expect(isArticleBodyName('Al-Shabaab')).toBe(true);
    expect(isArticleBodyName('Al Gore')).toBe(false);
    expect(isArticleBodyName('Al Sharpton')).toBe(false);
    expect(isArticleBodyName('Goldman Sachs')).toBe(false);
  });

  it('keeps people, countries and nationalities, and names the tables do not know', () => {
    expect(knownKind('PERSON', ['Washington'], [])).toBeUndefined();
    expect(knownKind('GPE', ['Twitter'], [])).toBeUndefined();
    expect(knownKind('ORG', ['Acme', 'Widgets'], [])).toBeUndefined();
  });
});

describe('apartAtAnd', () => {
  const span = (start: number, end: number, type: TokenSpan['type'] = 'ORG'): TokenSpan => ({ start, end, type });
  const split = (text: string) => {
    const words = text.split(' ');
    return apartAtAnd(words, [span(0, words.length)]).map((s) => words.slice(s.start, s.end).join(' '));
  };

  it('makes two bodies joined by "and" two names', () => {
    expect(split('Twitter and Facebook')).toEqual(['Twitter', 'Facebook']);
    expect(split('Huffington Post and Politico')).toEqual(['Huffington Post', 'Politico']);
    expect(split('Goldman Sachs and Hamas')).toEqual(['Goldman Sachs', 'Hamas']);
  });

  it('keeps a name the tables know whole, and one whose sides are no bodies', () => {
    expect(split('Bosnia and Herzegovina')).toEqual(['Bosnia and Herzegovina']);
    expect(split('Johnson and Johnson')).toEqual(['Johnson and Johnson']);
    expect(split('Office of Management and Budget')).toEqual(['Office of Management and Budget']);
    expect(split('Center for Strategic and International Studies')).toEqual(['Center for Strategic and International Studies']);
    expect(split('Wagner Group and Hezbollah')).toEqual(['Wagner Group and Hezbollah']);
  });

  it("leaves people's names alone", () => {
    const words = ['Twitter', 'and', 'Facebook'];
    expect(apartAtAnd(words, [span(0, 3, 'PER')])).toEqual([span(0, 3, 'PER')]);
  });
});
