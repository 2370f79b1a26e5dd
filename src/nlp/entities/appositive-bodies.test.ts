import { describe, expect, it } from 'vitest';
import { splitSentences } from '../tokenize/tokenize.js';
import { appositiveBodies, withoutDescriptors } from './appositive-bodies.js';
import { findEntities } from './entities.js';

const words = (s: string) => s.split(' ');

describe('appositiveBodies', () => {
  it('names an organisation the apposition after it describes', () => {
    expect(appositiveBodies(words('Fingrid , the Finnish grid operator , said repairs could take months .'), [])).toEqual([
      { start: 0, end: 1, type: 'ORG' },
    ]);
    expect(appositiveBodies(words("Naftogaz , Ukraine 's state energy company , said ."), [])).toEqual([{ start: 0, end: 1, type: 'ORG' }]);
  });

  it('leaves people, places the tagger found and opening prepositions alone', () => {
    expect(appositiveBodies(words('Trump , the Republican front-runner , said .'), [])).toEqual([]);
    const tagged = [{ start: 1, end: 2, type: 'LOC' as const }];
    expect(appositiveBodies(words('In Helsinki , the grid operator , said .'), tagged)).toEqual(tagged);
  });
});

describe('findEntities with an apposition', () => {
  it('finds the grid operator the tagger missed', () => {
    const text = 'Fingrid, the Finnish grid operator, said repairs could take months.';
    expect(findEntities(text, splitSentences(text)).map((e) => `${e.type} ${e.name}`)).toContain('ORG Fingrid');
  });
});

describe('withoutDescriptors', () => {
  it("leaves out a description the tagger ran into a body's name, and keeps names with lower-case words of their own", () => {
    expect(withoutDescriptors(words('Rights group Human Rights Watch said .'), [{ start: 0, end: 5, type: 'ORG' }])).toEqual([
      { start: 2, end: 5, type: 'ORG' },
    ]);
    const kept = [{ start: 0, end: 3, type: 'ORG' as const }];
    expect(withoutDescriptors(words('Bank of America said .'), kept)).toEqual(kept);
  });

  it('names the body in a sentence that opens with its description', () => {
    const text = 'Rights group Human Rights Watch said at least 11 people had been killed.';
    expect(findEntities(text, splitSentences(text)).map((e) => e.name)).toEqual(['Human Rights Watch']);
  });
});
