import { describe, expect, it } from 'vitest';
import { initials, isAcronym, nameKey, type RawMention, resolveMentions } from './resolve.js';

let at = 0;
function m(text: string, kind: RawMention['kind'], next: string[] = []): RawMention {
  const start = at;
  at += text.length + 10;
  return { start, end: start + text.length, text, tokens: text.split(' '), kind, next };
}
const demonyms = new Map([
  ['russian', 'Russia'],
  ['german', 'Germany'],
]);
const summary = (mentions: RawMention[]) =>
  resolveMentions(mentions, { demonyms }).map((e) => `${e.kind} ${e.name}: ${e.mentions.map((x) => x.text).join(', ')}`);

describe('name helpers', () => {
  it('compares names without case, typographic quotes or possessives', () => {
    expect(nameKey(['Merkel', '\u2019s'])).toBe('merkel');
    expect(nameKey(['New', 'York'])).toBe('new york');
  });

  it('spells initials of content words', () => {
    expect(initials('North Atlantic Treaty Organization'.split(' '))).toBe('nato');
    expect(initials('International Atomic Energy Agency'.split(' '))).toBe('iaea');
    expect(initials('Bank of England'.split(' '))).toBe('be');
    expect(isAcronym('U.N.')).toBe(true);
    expect(isAcronym('NATO')).toBe(true);
    expect(isAcronym('Nato')).toBe(false);
  });
});

describe('resolveMentions', () => {
  it('joins surnames and first names to the nearest full name, before or after', () => {
    expect(summary([m('Merkel', 'PERSON'), m('Angela Merkel', 'PERSON'), m('Merkel', 'PERSON'), m('Angela', 'PERSON')])).toEqual([
      'PERSON Angela Merkel: Merkel, Angela Merkel, Merkel, Angela',
    ]);
  });

  it("joins a body's last word alone to the nearest body named in full with it", () => {
    expect(
      summary([
        m('The Washington Post', 'ORG'),
        m('Senate Armed Services Committee', 'ORG'),
        m('The Post', 'ORG'),
        m('Committee', 'ORG'),
        m('White House', 'ORG'),
        m('House', 'ORG'),
        m('The Times', 'ORG'),
      ]),
    ).toEqual([
      'ORG The Washington Post: The Washington Post, The Post',
      'ORG Senate Armed Services Committee: Senate Armed Services Committee, Committee',
      'ORG White House: White House',
      'ORG House: House',
      'ORG The Times: The Times',
    ]);
  });

  it('tells two people with one surname apart by proximity', () => {
    expect(summary([m('Bill Clinton', 'PERSON'), m('Clinton', 'PERSON'), m('Hillary Clinton', 'PERSON'), m('Clinton', 'PERSON')])).toEqual([
      'PERSON Bill Clinton: Bill Clinton, Clinton',
      'PERSON Hillary Clinton: Hillary Clinton, Clinton',
    ]);
  });

  it("names a place as running text writes it, not as a dateline's capitals", () => {
    expect(summary([m('KYIV', 'GPE'), m('Kyiv', 'GPE')])).toEqual(['GPE Kyiv: KYIV, Kyiv']);
  });

  it('joins a surname with a title to the full name', () => {
    expect(summary([m('Bernie Sanders', 'PERSON'), m('Mr. Sanders', 'PERSON'), m('Sen. Sanders', 'PERSON')])).toEqual([
      'PERSON Bernie Sanders: Bernie Sanders, Mr. Sanders, Sen. Sanders',
    ]);
  });

  it('fixes the type of a surname the tagger got wrong', () => {
    expect(summary([m('Jens Stoltenberg', 'PERSON'), m('Stoltenberg', 'ORG')])).toEqual([
      'PERSON Jens Stoltenberg: Jens Stoltenberg, Stoltenberg',
    ]);
  });

  it("joins a company's name without its legal ending to the full one, whatever type the tagger gave it", () => {
    expect(summary([m('Blockstack PBC', 'ORG'), m('Blockstack', 'PERSON'), m('Ted Baker Plc', 'ORG'), m('Ted Baker', 'PERSON')])).toEqual([
      'ORG Blockstack PBC: Blockstack PBC, Blockstack',
      'ORG Ted Baker Plc: Ted Baker Plc, Ted Baker',
    ]);
    expect(summary([m('Group', 'ORG'), m('Barclays Group', 'ORG'), m('Barclays', 'ORG')])).toHaveLength(2);
  });

  it('joins acronyms and long forms', () => {
    expect(summary([m('NATO', 'ORG'), m('North Atlantic Treaty Organization', 'ORG'), m('EU', 'ORG')])).toEqual([
      'ORG North Atlantic Treaty Organization: NATO, North Atlantic Treaty Organization',
      'ORG EU: EU',
    ]);
  });

  it('sends a demonym that names an actor to the country, and keeps the others', () => {
    expect(
      summary([m('Russian', 'NORP', ['forces']), m('Russia', 'GPE'), m('Russian', 'NORP', ['food']), m('German', 'NORP', ['government'])]),
    ).toEqual(['GPE Russia: Russian, Russia', 'NORP Russian: Russian', 'GPE Germany: German']);
  });
});
