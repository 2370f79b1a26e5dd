import { describe, expect, it } from 'vitest';
import { readsAsPersonName, sureTypeOf, wordTypePrior } from './word-type-prior.js';

describe('wordTypePrior', () => {
  it('gives the type the shipped word table suggests, in any case', () => {
    expect(wordTypePrior('Spencer')?.type).toBe('PER');
    expect(wordTypePrior('sports')?.type).toBe('ORG');
    expect(wordTypePrior('qwzxqvbnm')).toBeNull();
  });
});

describe('sureTypeOf', () => {
  it('gives the type only where the table is sure enough of it', () => {
    expect(sureTypeOf('Susan')).toBe('PER');
    expect(sureTypeOf('Susan', 3)).toBe('PER');
    // "Controller" leans to a person's name, but only weakly
    expect(wordTypePrior('Controller')?.type).toBe('PER');
    expect(sureTypeOf('Controller')).toBeNull();
    expect(sureTypeOf('Jr.')).toBe(sureTypeOf('Jr'));
  });
});

describe('readsAsPersonName', () => {
  it('takes names and leaves lines of ordinary words', () => {
    expect(readsAsPersonName('Spencer McIntyre')).toBe(true);
    expect(readsAsPersonName('Horea Matei')).toBe(true);
    expect(readsAsPersonName('Other Sports')).toBe(false);
    expect(readsAsPersonName('CanWest News Service')).toBe(false);
    expect(readsAsPersonName('Qwzxq Vbnmq')).toBe(false);
  });
});
