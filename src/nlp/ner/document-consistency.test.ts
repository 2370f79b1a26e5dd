import { describe, expect, it } from 'vitest';
import { type NameKnowledge, NO_KNOWLEDGE } from './conventional-names.js';
import { withConsistentTypes } from './document-consistency.js';
import type { TokenSpan } from './labels.js';

const span = (start: number, end: number, type: TokenSpan['type']): TokenSpan => ({ start, end, type });
const knows: NameKnowledge = {
  isFirstName: (w) => ['barack', 'lloyd', 'rochelle'].includes(w),
  isPlaceOrPeople: () => false,
  isNationality: (w) => w === 'islamic',
};

describe('withConsistentTypes', () => {
  it('makes the surname of a person named in full a person', () => {
    const doc = [
      ['Barack', 'Obama', 'spoke'],
      ['the', 'Obama', 'administration'],
      ['under', 'Obama'],
    ];
    const spans = [[span(0, 2, 'PER')], [span(1, 2, 'ORG')], [span(1, 2, 'LOC')]];
    expect(withConsistentTypes(doc, spans, knows)).toEqual([[span(0, 2, 'PER')], [span(1, 2, 'PER')], [span(1, 2, 'PER')]]);
  });

  it('needs a known given name before the surname', () => {
    const doc = [
      ['Yeltsin', 'backs', 'Lebed', 'Chechnya', 'plan'],
      ['in', 'Chechnya'],
    ];
    const spans = [[span(0, 1, 'PER'), span(2, 4, 'PER')], [span(1, 2, 'LOC')]];
    expect(withConsistentTypes(doc, spans, knows)).toEqual(spans);
    expect(withConsistentTypes(doc, spans, NO_KNOWLEDGE)).toEqual(spans);
  });

  it('makes a name in capitals a person when its last word is a surname elsewhere', () => {
    const doc = [
      ['DIRECTOR', ':', 'ROCHELLE', 'WALENSKY'],
      ['Walensky', 'said'],
      ['WASHINGTON', 'won'],
    ];
    const spans = [[span(2, 4, 'ORG')], [span(0, 1, 'PER')], [span(0, 1, 'LOC')]];
    expect(withConsistentTypes(doc, spans, knows)).toEqual([[span(2, 4, 'PER')], [span(0, 1, 'PER')], [span(0, 1, 'LOC')]]);
  });

  it('makes a name the document gives with a company ending an organisation', () => {
    const doc = [
      ['Blockstack', 'PBC', 'said'],
      ['Blockstack', 'plans'],
      ['the', 'Islamic', 'Group'],
      ['Islamic', 'law'],
    ];
    const spans = [[span(0, 2, 'ORG')], [span(0, 1, 'PER')], [span(1, 3, 'ORG')], [span(0, 1, 'MISC')]];
    expect(withConsistentTypes(doc, spans, knows)).toEqual([
      [span(0, 2, 'ORG')],
      [span(0, 1, 'ORG')],
      [span(1, 3, 'ORG')],
      [span(0, 1, 'MISC')],
    ]);
  });

  it('lets a company name win over a person of the same name, and only that name', () => {
    const doc = [
      ['Ted', 'Baker', 'Plc', 'fell'],
      ['Ted', 'Baker', 'said'],
      ['Lloyd', 'Baker', 'spoke'],
    ];
    const spans = [[span(0, 3, 'ORG')], [span(0, 2, 'PER')], [span(0, 2, 'PER')]];
    const out = withConsistentTypes(doc, spans, knows);
    expect(out[1]).toEqual([span(0, 2, 'ORG')]);
    expect(out[2]).toEqual([span(0, 2, 'PER')]);
  });
});

describe('withConsistentTypes, laws and programmes', () => {
  it('makes laws, programmes, events and their bracketed acronyms MISC', () => {
    const doc = [
      ['the', 'Pandemic', 'Emergency', 'Purchase', 'Programme', '(', 'PEPP', ')'],
      ['PEPP', 'buying', 'and', 'the', 'Internal', 'Market', 'Bill'],
      ['Penn', 'Treaty', 'shares', 'at', 'the', 'Venice', 'Film', 'Festival'],
    ];
    const spans = [
      [span(1, 5, 'ORG'), span(6, 7, 'ORG')],
      [span(0, 1, 'ORG'), span(4, 7, 'ORG')],
      [span(0, 2, 'ORG'), span(5, 8, 'LOC')],
    ];
    expect(withConsistentTypes(doc, spans, knows)).toEqual([
      [span(1, 5, 'MISC'), span(6, 7, 'MISC')],
      [span(0, 1, 'MISC'), span(4, 7, 'MISC')],
      [span(0, 2, 'ORG'), span(5, 8, 'MISC')],
    ]);
  });
});

describe('withConsistentTypes, offices named after a person', () => {
  it('keeps the person and leaves the office out', () => {
    const doc = [
      ['Joe', 'Biden', 'won'],
      ['the', 'Biden', 'Administration', 'and', 'the', 'Welsh', 'Government'],
    ];
    const spans = [[span(0, 2, 'PER')], [span(1, 3, 'ORG'), span(5, 7, 'ORG')]];
    expect(withConsistentTypes(doc, spans, knows)[1]).toEqual([span(1, 2, 'PER'), span(5, 7, 'ORG')]);
  });
});
