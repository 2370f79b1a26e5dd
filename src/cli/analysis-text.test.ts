import { describe, expect, it } from 'vitest';
import { speakerWithCue } from './analysis-text.js';

describe('speakerWithCue', () => {
  it('reads as a sentence would, whatever the cue', () => {
    expect(speakerWithCue('Merkel', 'said')).toBe('Merkel said');
    expect(speakerWithCue('Merkel', ':')).toBe('Merkel');
    expect(speakerWithCue('(unattributed)', '')).toBe('(unattributed)');
    expect(speakerWithCue('Rutte', 'According to')).toBe('according to Rutte');
    expect(speakerWithCue('Rutte', 'as saying', 'Reuters')).toBe('Rutte, quoted by Reuters');
    expect(speakerWithCue('Peskov', 'said', 'TASS')).toBe('Peskov said (via TASS)');
  });
});
