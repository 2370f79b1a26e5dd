import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { findEntities } from './entities.js';

const parties = (text: string) =>
  findEntities(text, splitSentences(text)).flatMap((e) => (e.kb?.id.startsWith('party/') ? [[e.name, e.type, e.kb.id]] : []));

describe('party names the tagger breaks apart', () => {
  it('reads a party name of several words as one organisation where the article names its country', () => {
    expect(parties('Law and Justice lost the vote in Warsaw.')).toEqual([['Law and Justice', 'ORG', 'party/law-and-justice']]);
    expect(parties('Brothers of Italy won in Rome.')).toEqual([['Brothers of Italy', 'ORG', 'party/brothers-of-italy']]);
    expect(parties("Servant of the People, Zelensky's party, met in Kyiv.")).toEqual([
      ['Servant of the People', 'ORG', 'party/servant-of-the-people'],
    ]);
    // two parties the tagger ran together
    expect(parties("In Berlin, Germany's Christian Democrats and Social Democrats agreed a deal.")).toEqual([
      ['Christian Democrats', 'ORG', 'party/christian-democratic-union'],
      ['Social Democrats', 'ORG', 'party/social-democratic-party-of-germany'],
    ]);
  });

  it('leaves a body of a party that the tagger read whole as it is', () => {
    const text = 'The Iowa Democratic Party said in Des Moines that the count was final.';
    expect(findEntities(text, splitSentences(text)).map((e) => e.name)).toContain('Iowa Democratic Party');
  });

  it('leaves the words alone where the article does not name the country', () => {
    const text = 'The Law and Justice Committee met in Ottawa.';
    expect(parties(text)).toEqual([]);
  });
});

describe("a person's party", () => {
  const parties = (text: string) =>
    findEntities(text, splitSentences(text)).flatMap((e) => (e.type === 'PERSON' ? [[e.name, e.party ?? null]] : []));

  it('reads it from a title before the name or a US label after it, and not from other words before it', () => {
    expect(
      parties(
        'In Washington, Republican presidential candidate Ted Cruz said he would win. Sen. Bob Casey (D-Pa.) disagreed, and Rand Paul, R-Ky., left. The Republican attack on Hillary Clinton grew.',
      ),
    ).toEqual([
      ['Ted Cruz', 'party/republican-party'],
      ['Bob Casey', 'party/democratic-party'],
      ['Rand Paul', 'party/republican-party'],
      ['Hillary Clinton', null],
    ]);
    expect(parties('Labour leader Keir Starmer spoke in London.')).toEqual([['Keir Starmer', 'party/labour-party']]);
    expect(parties('In Washington, Texas Sen. Ted Cruz, a Republican, said the deal spent too much.')).toEqual([
      ['Ted Cruz', 'party/republican-party'],
    ]);
  });

  it("does not give a person the party of another one's title before, or of a comparison", () => {
    // the name after a sentence that ended on another person's
    expect(
      parties('Republicans in Washington voiced disgust for Democrat Hillary Clinton.\n\nDonald Trump spoke for an hour, and Trump left.'),
    ).toEqual([
      ['Hillary Clinton', 'party/democratic-party'],
      ['Donald Trump', null],
    ]);
    expect(parties('Barack Obama spoke in Washington. Marco Rubio has been called a Republican Obama by his critics.')).toEqual([
      ['Barack Obama', null],
      ['Marco Rubio', null],
    ]);
    // a title with an abbreviation's full stop still gives it
    expect(parties('In Washington, Democratic Sen. Bob Casey spoke.')).toEqual([['Bob Casey', 'party/democratic-party']]);
    expect(parties('Republican U.S. House Speaker Paul Ryan spoke in Washington.')).toEqual([['Paul Ryan', 'party/republican-party']]);
  });

  it("reads the party a name owns, and counts a party's name and acronym as one party", () => {
    const text = "In The Hague, Geert Wilders' Party for Freedom (PVV) came second. The PVV said it would go into opposition.";
    expect(parties(text)).toEqual([['Geert Wilders', 'party/party-for-freedom']]);
    const party = findEntities(text, splitSentences(text)).filter((e) => e.kb?.id === 'party/party-for-freedom');
    expect(party.map((e) => [e.name, e.mentions.length])).toEqual([['Party for Freedom', 3]]);
    // (a party's word before a noun describes the noun)
    expect(
      parties("In Washington, Barack Obama's Republican opponent, Mitt Romney, spoke. Hillary Clinton's favorite Republican left."),
    ).toEqual([
      ['Barack Obama', null],
      ['Mitt Romney', null],
      ['Hillary Clinton', null],
    ]);
  });
});
