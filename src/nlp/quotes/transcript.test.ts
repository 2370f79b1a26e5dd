import { describe, expect, it } from 'vitest';
import { findEntities } from '../entities/entities.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { findQuotes, lineParagraphs } from './quotes.js';

/** Every attribution of a text, the learned filter included, as `sitrep quotes` finds them. */
function quotesIn(text: string) {
  const paragraphs = lineParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return findQuotes(text, paragraphs, sentences, findEntities(text, sentences));
}

/** The turns of a transcript: direct quotes after a name and a colon. */
function turns(text: string): [string | null, string, string][] {
  return quotesIn(text)
    .filter((q) => q.cue === ':' && q.type === 'direct')
    .map((q) => [q.speaker, q.type, q.text]);
}

describe('interviews printed as transcripts', () => {
  it("gives each turn to the name before its colon, a broadcaster's capitals included", () => {
    const text = [
      'Trump on the wall.',
      'Jake Tapper asked Donald Trump about the wall on Sunday.',
      'TAPPER: Will Mexico pay for it?',
      'TRUMP: Mexico will pay for it, believe me. I think they know it.',
      'TAPPER: How?',
    ].join('\n');
    expect(turns(text)).toEqual([
      ['Jake Tapper', 'direct', 'Will Mexico pay for it?'],
      ['Donald Trump', 'direct', 'Mexico will pay for it, believe me. I think they know it.'],
      ['Jake Tapper', 'direct', 'How?'],
    ]);
    // what the rules find inside a turn ("I think …") is part of it, not a second speaker's
    expect(quotesIn(text).map((q) => q.speaker)).not.toContain('I');
  });

  it('reads no transcript in a headline, a list of sections headed by names, or a table of figures', () => {
    const headline = 'Paul Ryan: FBI decision defies explanation.\nThe speaker said more was needed.';
    expect(turns(headline)).toEqual([]);
    // (the headline's claim is his, reported, not a turn of an interview)
    expect(quotesIn(headline).map((q) => [q.speaker, q.type, q.text])).toContainEqual([
      'Paul Ryan',
      'indirect',
      'FBI decision defies explanation',
    ]);
    const sections = [
      'What each candidate needs on Tuesday.',
      'Sanders: Win in a walk.',
      'Vermont Sen. Bernie Sanders has led for months in the state next door.',
      'Clinton: Keep it close.',
      'Hillary Clinton lost here in 2008 to Barack Obama by a wide margin.',
    ].join('\n');
    expect(turns(sections)).toEqual([]);
    expect(turns('The count so far.\nHillary Clinton: 1,769.\nBernie Sanders: 1,501.')).toEqual([]);
    expect(turns('Members by state.\nIowa: Tim Albrecht, Brad Anderson.\nNevada: Adam Khan, Andres Ramirez.')).toEqual([]);
  });

  it('gives the answers of a questions-and-answers interview to the person introduced before them, relayed by the outlet they spoke to', () => {
    const text = [
      "Interview: Finland's foreign minister on NATO's northern flank",
      'Finnish Foreign Minister Elina Valtonen spoke to Reuters in Helsinki on Thursday about Russia and the Baltic Sea.',
      'Q: Is Russia testing NATO in the Baltic?',
      'A: We see cables cut and ships behaving strangely. It would be naive to call these accidents.',
      'Q: What should the alliance do?',
      'A: Patrol more and share more intelligence.',
    ].join('\n');
    expect(quotesIn(text).map((q) => [q.speaker, q.via ?? null, q.text])).toEqual([
      ['Elina Valtonen', 'Reuters', 'We see cables cut and ships behaving strangely. It would be naive to call these accidents.'],
      ['Elina Valtonen', 'Reuters', 'Patrol more and share more intelligence.'],
    ]);
    // one answer, or answers with no one introduced, are no interview to read
    expect(turns(['Readers asked.', 'Q: Is it safe?', 'A: Yes, it is quite safe.'].join('\n'))).toEqual([]);
  });
});
