import { describe, expect, it } from 'vitest';
import { firstNameForms, fullFirstName } from './first-name-forms.js';

describe('first names', () => {
  it('gives the full name a short form stands for', () => {
    expect(fullFirstName('dick')).toBe('richard');
    expect(fullFirstName('bob')).toBe('robert');
    expect(fullFirstName('angela')).toBe('angela');
    // a short form of several names stands for none
    expect(fullFirstName('chris')).toBe('chris');
  });

  it('lists every form of one first name, the full one first', () => {
    expect(firstNameForms('joe')).toEqual(['joseph', 'joe', 'joey']);
    expect(firstNameForms('joseph')).toEqual(['joseph', 'joe', 'joey']);
    expect(firstNameForms('angela')).toEqual(['angela']);
  });
});
