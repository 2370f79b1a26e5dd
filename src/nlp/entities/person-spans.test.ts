import { describe, expect, it } from 'vitest';
import type { TokenSpan } from '../ner/labels.js';
import { acrossNameParticles, apartAtOf, withFamilyNameHe, withoutCourtesyTitles } from './person-spans.js';

const span = (start: number, end: number, type: TokenSpan['type']): TokenSpan => ({ start, end, type });
const places = new Set(['Kentucky', 'Vermont', 'Massachusetts']);
const isPlace = (words: readonly string[]) => places.has(words.join(' '));

describe('apartAtOf', () => {
  it('splits a person and their state or employer joined by "of"', () => {
    const words = ['Sen.', 'Rand', 'Paul', 'of', 'Kentucky', 'said'];
    expect(apartAtOf(words, [span(1, 5, 'ORG')], isPlace)).toEqual([span(1, 3, 'PER'), span(4, 5, 'LOC')]);
    expect(apartAtOf(['Mr.', 'Nevins', 'of', 'Showtime'], [span(0, 4, 'ORG')], isPlace)).toEqual([span(1, 2, 'PER'), span(3, 4, 'ORG')]);
    expect(apartAtOf(['Elizabeth', 'Warren', 'of', 'Massachusetts'], [span(0, 4, 'PER')], isPlace)).toEqual([
      span(0, 2, 'PER'),
      span(3, 4, 'LOC'),
    ]);
  });

  it("splits a party's word for a member from the member's state", () => {
    expect(apartAtOf(['a', 'Democrat', 'of', 'Vermont'], [span(1, 4, 'ORG')], isPlace)).toEqual([span(1, 2, 'MISC'), span(3, 4, 'LOC')]);
  });

  it('keeps the names of bodies and of bodies named after a person whole', () => {
    const keep = (words: string[]) =>
      expect(apartAtOf(words, [span(0, words.length, 'ORG')], isPlace)).toEqual([span(0, words.length, 'ORG')]);
    keep(['Bank', 'of', 'America']);
    keep(['University', 'of', 'Texas']);
    keep(['John', 'F.', 'Kennedy', 'School', 'of', 'Government']);
    keep(['Freedom', 'of', 'Information', 'Act']);
    keep(['Joint', 'Chiefs', 'of', 'Staff']);
    keep(['Rand', 'Paul', 'of']);
  });
});

describe('withoutCourtesyTitles', () => {
  it('makes a name after a courtesy title a person, without the title', () => {
    expect(withoutCourtesyTitles(['Mr.', 'Obama', 'spoke'], [span(0, 2, 'LOC')])).toEqual([span(1, 2, 'PER')]);
    expect(withoutCourtesyTitles(['Ms', 'Le', 'Pen'], [span(0, 3, 'MISC')])).toEqual([span(1, 3, 'PER')]);
  });

  it('leaves other spans as they are', () => {
    expect(withoutCourtesyTitles(['Mr.', 'Obama'], [span(1, 2, 'LOC')])).toEqual([span(1, 2, 'LOC')]);
    expect(withoutCourtesyTitles(['MR.'], [span(0, 1, 'ORG')])).toEqual([span(0, 1, 'ORG')]);
  });
});

describe('acrossNameParticles', () => {
  it("makes a name a particle splits one person's name", () => {
    expect(acrossNameParticles(['Osama', 'bin', 'Laden', 'died'], [span(0, 1, 'PER'), span(2, 3, 'PER')])).toEqual([span(0, 3, 'PER')]);
    expect(acrossNameParticles(['Mohammed', 'bin', 'Zayed', 'agreed'], [span(0, 1, 'PER'), span(2, 3, 'LOC')])).toEqual([
      span(0, 3, 'PER'),
    ]);
    expect(acrossNameParticles(['Osama', 'bin', 'Laden', 'died'], [span(2, 3, 'PER')])).toEqual([span(0, 3, 'PER')]);
    const tamim = ['Sheikh', 'Tamim', 'bin', 'Hamad', 'Al', 'Thani', 'met'];
    expect(acrossNameParticles(tamim, [span(1, 2, 'PER'), span(3, 6, 'PER')])).toEqual([span(1, 6, 'PER')]);
    expect(acrossNameParticles(tamim, [span(1, 2, 'PER')])).toEqual([span(1, 4, 'PER')]);
    // a family name with the article joined to it
    const burhan = ['Army', 'chief', 'Abdel', 'Fattah', 'al-Burhan', 'said'];
    expect(acrossNameParticles(burhan, [span(2, 4, 'PER')])).toEqual([span(2, 5, 'PER')]);
    expect(acrossNameParticles(['Mr', 'Sisi', 'al-qaeda'], [span(1, 2, 'PER')])).toEqual([span(1, 2, 'PER')]);
  });

  it('leaves names with no particle, a particle before a lower-case word, and places alone', () => {
    expect(acrossNameParticles(['the', 'bin', 'Laden', 'family'], [span(2, 3, 'PER')])).toEqual([span(2, 3, 'PER')]);
    expect(acrossNameParticles(['Paris', 'bin', 'London'], [span(0, 1, 'LOC'), span(2, 3, 'LOC')])).toEqual([
      span(0, 1, 'LOC'),
      span(2, 3, 'LOC'),
    ]);
    expect(acrossNameParticles(['Ben', 'Cardin', 'spoke'], [span(0, 2, 'PER')])).toEqual([span(0, 2, 'PER')]);
    expect(acrossNameParticles(['Tamim', 'bin', 'the'], [span(0, 1, 'PER')])).toEqual([span(0, 1, 'PER')]);
  });
});

describe('withFamilyNameHe', () => {
  it('makes "He" before a name, or after a title, part of a name', () => {
    expect(withFamilyNameHe(['Vice', 'Premier', 'He', 'Lifeng', 'arrived'], [span(3, 4, 'PER')])).toEqual([span(2, 4, 'PER')]);
    expect(withFamilyNameHe(['He', 'Yadong', 'told', 'Reuters'], [span(1, 2, 'PER'), span(3, 4, 'ORG')])).toEqual([
      span(0, 2, 'PER'),
      span(3, 4, 'ORG'),
    ]);
    expect(withFamilyNameHe(['Mr.', 'He', 'said', 'so'], [])).toEqual([span(1, 2, 'PER')]);
  });

  it('leaves the pronoun alone', () => {
    const spans = [span(2, 3, 'ORG'), span(4, 6, 'PER')];
    expect(withFamilyNameHe(['He', 'told', 'Reuters', 'that', 'Joe', 'Biden', 'lost'], spans)).toBe(spans);
    expect(withFamilyNameHe(['He', 'said', ',', 'He', 'Lifeng'], [span(4, 5, 'ORG')])).toEqual([span(4, 5, 'ORG')]);
  });
});
