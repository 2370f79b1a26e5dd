import { describe, expect, it } from 'vitest';
import { knownKind } from './known-kinds.js';

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

  it('keeps people, countries and nationalities, and names the tables do not know', () => {
    expect(knownKind('PERSON', ['Washington'], [])).toBeUndefined();
    expect(knownKind('GPE', ['Twitter'], [])).toBeUndefined();
    expect(knownKind('ORG', ['Acme', 'Widgets'], [])).toBeUndefined();
  });
});
