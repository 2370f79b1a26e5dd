import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('names the language of a paragraph', () => {
    expect(detectLanguage('The delegation met officials in the capital, and the talks continued late into the night.')).toBe('en');
    expect(detectLanguage('Die Delegation traf sich mit Beamten in der Hauptstadt, und die Gespräche dauerten bis in die Nacht.')).toBe(
      'de',
    );
    expect(detectLanguage('Москва заявила о готовности к переговорам с делегацией в столице на следующей неделе.')).toBe('ru');
  });
  it('says nothing about text too short to tell', () => {
    expect(detectLanguage('OK')).toBeNull();
  });
});
