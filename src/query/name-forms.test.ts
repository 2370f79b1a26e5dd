import { describe, expect, it } from 'vitest';
import type { EntityCount } from '../store/types.js';
import { nameForms } from './name-forms.js';

let next = 1;
const entity = (name: string, stories: number, kbId: string | null = null, type = 'PERSON'): EntityCount => ({
  id: next++,
  key: kbId ?? `${type}:${name.toLowerCase()}`,
  name,
  type,
  kbId,
  stories,
  documents: stories,
  mentions: stories,
});
const names = (groups: number[][], all: readonly EntityCount[]) => groups.map((g) => g.map((id) => all.find((e) => e.id === id)!.name));

describe('nameForms', () => {
  it('takes the forms of a name with middle initials as one, the most mentioned first', () => {
    const all = [
      entity('Paul Ryan', 20),
      entity('Paul D. Ryan', 7),
      entity('Nick Ryan', 1),
      entity('Lindsey O. Graham', 4),
      entity('Lindsey Graham', 3),
    ];
    expect(names(nameForms(all), all)).toEqual([
      ['Paul Ryan', 'Paul D. Ryan'],
      ['Lindsey O. Graham', 'Lindsey Graham'],
    ]);
  });

  it('takes a short first name with the full one', () => {
    const all = [entity('Tim Kaine', 2), entity('Timothy M. Kaine', 1), entity('Dick Durbin', 1), entity('Richard J. Durbin', 2)];
    expect(names(nameForms(all), all)).toEqual([
      ['Tim Kaine', 'Timothy M. Kaine'],
      ['Richard J. Durbin', 'Dick Durbin'],
    ]);
  });

  it('keeps the son apart from the father of the name', () => {
    expect(nameForms([entity('Donald Trump', 400), entity('Donald Trump Jr.', 3)])).toEqual([]);
  });

  it("gives a bare surname to the person who has nine in ten of its people's stories", () => {
    const all = [entity('Barack Obama', 209, 'person/barack-obama'), entity('Michelle Obama', 5), entity('Obama', 22)];
    expect(names(nameForms(all), all)).toEqual([['Barack Obama', 'Obama']]);
    const clintons = [entity('Hillary Clinton', 458), entity('Bill Clinton', 70), entity('Clinton', 8)];
    expect(nameForms(clintons)).toEqual([]);
    // a first name alone is someone's surname only when that person is far more often named
    const johns = [entity('Tom John', 3), entity('John', 2)];
    expect(nameForms(johns)).toEqual([]);
    const ryans = [entity('Paul Ryan', 29), entity('Ryan', 1)];
    expect(names(nameForms(ryans), ryans)).toEqual([['Paul Ryan', 'Ryan']]);
    // the surname's stories over all its people, when only the most mentioned of them were read
    const read = [entity('Barack Obama', 209, 'person/barack-obama'), entity('Obama', 22)];
    expect(nameForms(read, new Map([['obama', 214]]))).toHaveLength(1);
    expect(nameForms(read, new Map([['obama', 400]]))).toEqual([]);
    // no one to give it to
    expect(nameForms([entity('Tex', 7)])).toEqual([]);
    // a bare name of an organisation is no surname
    expect(nameForms([entity('Goldman Sachs', 9, null, 'ORG'), entity('Sachs', 2, null, 'ORG')])).toEqual([]);
  });

  it('keeps apart names with several middle forms, and two linked actors', () => {
    const bushes = [entity('George W. Bush', 47, 'person/george-w-bush'), entity('George H.W. Bush', 9), entity('George Bush', 3)];
    expect(nameForms(bushes)).toEqual([]);
    const smiths = [entity('John Smith', 4, 'person/john-smith-uk'), entity('John A. Smith', 2, 'person/john-smith-us')];
    expect(nameForms(smiths)).toEqual([]);
  });

  it('joins an unlinked entity to the linked one of the same name', () => {
    const all = [entity('George W. Bush', 47, 'person/george-w-bush'), entity('George W. Bush', 2), entity('George H.W. Bush', 9)];
    expect(names(nameForms(all), all)).toEqual([['George W. Bush', 'George W. Bush']]);
  });
});
