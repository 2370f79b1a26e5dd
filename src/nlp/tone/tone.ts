/**
 * The `tone` layer: how positive or negative an article's wording is, overall and around each
 * pair of actors its events link. Word valences (−5 … +5) come from `models/tone/lexicon.tsv`
 * (AFINN-165 with the team's news words; see the README there). The article's tone follows
 * GDELT's definition: the share of positive words minus the share of negative words, in percent.
 */
import { readFileSync } from 'node:fs';
import type { Doc } from '../../doc.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import { type Event, isFactual } from '../events/events.js';
import { docSentences } from '../tokenize/annotator.js';
import type { Sentence } from '../tokenize/tokenize.js';

/** The tone of a stretch of text. */
export interface ToneScore {
  /** Percent of positive words minus percent of negative words (GDELT's tone, about −10 … +10 for news). */
  readonly tone: number;
  /** Percent of the words that are positive. */
  readonly positive: number;
  /** Percent of the words that are negative. */
  readonly negative: number;
  /** Sum of the word valences per 100 words (strength as well as direction). */
  readonly valence: number;
  readonly words: number;
}

/** The tone of the sentences in which one actor acts on another. */
export interface PairTone {
  /** Actor codes as the events give them (`RUSMIL`, `IGOWSTNAT`). */
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** Mean Goldstein score of the pair's events. */
  readonly goldstein: number;
  /** Tone of the sentences that carry the pair's events (each sentence once). */
  readonly tone: number;
  readonly valence: number;
}

/** The layer: the article's tone and the tone by actor pair. */
export interface ToneLayer {
  readonly article: ToneScore;
  readonly pairs: readonly PairTone[];
}

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    tone: ToneLayer;
  }
}

let lexicon: Map<string, number> | null = null;

/** Word → valence, from `models/tone/lexicon.tsv`. */
export function toneLexicon(): ReadonlyMap<string, number> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const line of readFileSync(new URL('../../../models/tone/lexicon.tsv', import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const [w, v] = line.split('\t');
    if (w && v) lexicon.set(w, Number(v));
  }
  return lexicon;
}

const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nor', 'neither', 'hardly']);
const WORD = /^\p{L}[\p{L}'’-]*$/u;

interface Counts {
  words: number;
  positive: number;
  negative: number;
  sum: number;
}

function count(sentences: readonly Sentence[], into: Counts = { words: 0, positive: 0, negative: 0, sum: 0 }): Counts {
  const lex = toneLexicon();
  for (const s of sentences) {
    let negatedUntil = -1;
    s.tokens.forEach((t, i) => {
      const w = t.text.toLowerCase();
      if (NEGATORS.has(w)) {
        negatedUntil = i + 3;
        into.words++;
        return;
      }
      if (!WORD.test(w)) return;
      into.words++;
      let v = lex.get(w) ?? 0;
      if (v === 0) return;
      // "not good" counts against, at half strength.
      if (i <= negatedUntil) v = -v / 2;
      into.sum += v;
      if (v > 0) into.positive++;
      else into.negative++;
    });
  }
  return into;
}

function score(c: Counts): ToneScore {
  const pct = (x: number) => (c.words === 0 ? 0 : Math.round((10000 * x) / c.words) / 100);
  return {
    tone: Math.round((pct(c.positive) - pct(c.negative)) * 100) / 100,
    positive: pct(c.positive),
    negative: pct(c.negative),
    valence: pct(c.sum),
    words: c.words,
  };
}

/**
 * The tone of a list of sentences.
 *
 * @example
 * const text = 'The talks were a great success. Shelling killed two people.';
 * toneOf(splitSentences(text)); // { tone: 0, positive: 20, negative: 20, valence: -10, words: 10 }
 */
export function toneOf(sentences: readonly Sentence[]): ToneScore {
  return score(count(sentences));
}

/**
 * The article's tone and the tone around each actor pair of its events (factual events only).
 *
 * @example
 * const sentences = splitSentences(text);
 * findTone(sentences, findEvents(text, sentences)).pairs[0]; // { source: 'RUSMIL', target: 'UKR', events: 1, goldstein: -10, tone: -18.18, … }
 */
export function findTone(sentences: readonly Sentence[], events: readonly Event[] = []): ToneLayer {
  const byPair = new Map<string, { source: string; target: string; goldstein: number[]; sentences: Set<number> }>();
  for (const e of events) {
    if (!e.source || !e.target || !isFactual(e)) continue;
    const key = `${e.source.code}\t${e.target.code}`;
    let p = byPair.get(key);
    if (!p) byPair.set(key, (p = { source: e.source.code, target: e.target.code, goldstein: [], sentences: new Set() }));
    p.goldstein.push(e.goldstein);
    p.sentences.add(e.sentence);
  }
  const pairs: PairTone[] = [...byPair.values()].map((p) => {
    const s = score(count([...p.sentences].flatMap((i) => (sentences[i] ? [sentences[i]] : []))));
    return {
      source: p.source,
      target: p.target,
      events: p.goldstein.length,
      goldstein: Math.round((100 * p.goldstein.reduce((a, b) => a + b, 0)) / p.goldstein.length) / 100,
      tone: s.tone,
      valence: s.valence,
    };
  });
  return { article: toneOf(sentences), pairs };
}

/** Annotator: the tone of the article and of its actor pairs. */
export const toneAnnotator: Annotator<'tone'> = {
  name: 'tone',
  version: '1',
  provides: 'tone',
  requires: ['sentences', 'events'],
  run: (doc: Doc, layers: Layers) => findTone(layers.sentences ?? docSentences(doc), layers.events ?? []),
};
