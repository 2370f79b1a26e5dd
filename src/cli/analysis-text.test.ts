import { describe, expect, it } from 'vitest';
import type { Quote } from '../nlp/quotes/quotes.js';
import { partyOf, quoteLines, speakerWithCue } from './analysis-text.js';
import { emptySummary } from './commands/quotes.js';

describe('speakerWithCue', () => {
  it('reads as a sentence would, whatever the cue', () => {
    expect(speakerWithCue('Merkel', 'said')).toBe('Merkel said');
    expect(speakerWithCue('Merkel', ':')).toBe('Merkel');
    expect(speakerWithCue('(unattributed)', '')).toBe('(unattributed)');
    expect(speakerWithCue('Rutte', 'According to')).toBe('according to Rutte');
    expect(speakerWithCue('Reuters', 'As first reported by')).toBe('as first reported by Reuters');
    expect(speakerWithCue('Rutte', 'as saying', 'Reuters')).toBe('Rutte, quoted by Reuters');
    expect(speakerWithCue('Peskov', 'said', 'TASS')).toBe('Peskov said (via TASS)');
  });
});

describe('quoteLines', () => {
  it('shows a quote its cue splits as its words alone', () => {
    const text = '"We agree," Merkel said. "Talks go on."';
    const quote: Quote = {
      start: 1,
      end: 38,
      text: text.slice(1, 38),
      type: 'direct',
      speaker: 'Merkel',
      speakerKind: 'name',
      cue: 'said',
      cueStart: 19,
      cueEnd: 23,
      fragments: [
        [1, 10],
        [26, 38],
      ],
    };
    const summary = { ...emptySummary(), claims: 1, namedPeople: 1, quotationShare: 0.5 };
    expect(quoteLines(text, [quote], { sources: [], summary })[0]).toBe('  [direct] Merkel said: We agree … Talks go on.');
    // one claim is a claim
    expect(quoteLines(text, [quote], { sources: [], summary })[1]).toMatch(/^ {2}sources: 1 claim; named people 1,/u);
  });
});

describe('partyOf', () => {
  it("names the party an entity's word stands for, and nothing for the party's own name or other entities", () => {
    expect(partyOf({ name: 'GOP', kb: { id: 'party/republican-party' } })).toBe(' → Republican Party');
    expect(partyOf({ name: 'Republican Party', kb: { id: 'party/republican-party' } })).toBe('');
    expect(partyOf({ name: 'NATO', kb: { id: 'organisation/nato' } })).toBe('');
    expect(partyOf({ name: 'Reuters' })).toBe('');
    expect(partyOf({ name: 'Ted Cruz', party: 'party/republican-party' })).toBe(' [Republican Party]');
  });
});
