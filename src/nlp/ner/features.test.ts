import { describe, expect, it } from 'vitest';
import { compactWeights, emissionScores, stagedEmissionScores, stageWeights } from './decode.js';
import { expandFeatures, FeatureExtractor, isTitleCased, normalizeToken, withDocumentPredictions, wordShape } from './features.js';
import { buildGazetteers, makeLexicon, parseClusters } from './lexicon.js';

const clusters = parseClusters(['#clusters 2 4', '#0 0', '#1 0', '#2 1', '#3 1', 'london\t1', 'paris\t0', 'said\t3', ''].join('\n'));
const gazetteers = buildGazetteers([
  { name: 'city', phrases: ['Paris', 'New York'] },
  { name: 'person', phrases: ['Angela Merkel'] },
]);
const lexicon = makeLexicon(clusters, gazetteers);
const all = { clusters: true, gazetteers: true, document: true };

describe('word features', () => {
  it('computes shapes with runs cut', () => {
    expect(wordShape('Merkel', 4)).toBe('Xxxxx');
    expect(wordShape('Merkel', 1)).toBe('Xx');
    expect(wordShape('1996-08-22', 1)).toBe('d-d-d');
    expect(wordShape('U.S.', 1)).toBe('X.X.');
    expect(wordShape('Élysée', 1)).toBe('Xx');
  });

  it('maps typographic punctuation to ASCII', () => {
    expect(normalizeToken('\u201cQuote\u201d')).toBe('"Quote"');
    expect(normalizeToken('\u2019s')).toBe("'s");
    expect(normalizeToken('1990\u20131995')).toBe('1990-1995');
    expect(normalizeToken('plain')).toBe('plain');
  });

  it('gives curly and straight apostrophes the same features', () => {
    const ex = new FeatureExtractor(lexicon, all);
    expect(Array.from(ex.word('\u2019s').ids)).toEqual(Array.from(ex.word("'s").ids));
  });

  it('gives words in capitalised sentences extra features, and caches forms', () => {
    const ex = new FeatureExtractor(lexicon, all);
    const plain = ex.word('Paris');
    expect(ex.word('Paris')).toBe(plain);
    const caps = ex.word('Paris', true);
    expect(caps.ownCount).toBe(plain.ownCount + 2);
    expect(caps.capsSentence).toBe(true);
  });

  it('uses every cluster level for known words and a marker for unknown ones', () => {
    const withClusters = new FeatureExtractor(lexicon, all);
    const without = new FeatureExtractor(lexicon, { ...all, clusters: false });
    expect(withClusters.word('Paris').ownCount - without.word('Paris').ownCount).toBe(2);
    expect(withClusters.word('Zzyzx').ownCount - without.word('Zzyzx').ownCount).toBe(1);
  });
});

describe('token features', () => {
  const ex = new FeatureExtractor(lexicon, all);

  it('marks gazetteer matches over whole phrases', () => {
    const withGaz = ex.document([['She', 'flew', 'to', 'New', 'York', '.']]);
    const noGaz = new FeatureExtractor(lexicon, { ...all, gazetteers: false }).document([['She', 'flew', 'to', 'New', 'York', '.']]);
    const count = (f: typeof withGaz, i: number) => f.tokens[0]!.offsets[i + 1]! - f.tokens[0]!.offsets[i]!;
    expect(count(withGaz, 3) - count(noGaz, 3)).toBe(2);
    expect(count(withGaz, 4) - count(noGaz, 4)).toBe(2);
    expect(count(withGaz, 2)).toBe(count(noGaz, 2));
  });

  it('adds document casing evidence for capitalised words', () => {
    const doc = ex.document([
      ['PARIS', 'TALKS'],
      ['Talks', 'began', 'in', 'Paris', '.'],
      ['The', 'talks', 'ended', '.'],
    ]);
    // "PARIS" in a capitalised headline learns how "Paris" is written in the body.
    const noDoc = new FeatureExtractor(lexicon, { ...all, document: false }).document([['PARIS', 'TALKS'], ['x']]);
    const n = (f: typeof doc, s: number, i: number) => f.tokens[s]!.offsets[i + 1]! - f.tokens[s]!.offsets[i]!;
    expect(n(doc, 0, 0) - n(noDoc, 0, 0)).toBe(3);
  });

  it('tells title-case headlines from body sentences and lists of names', () => {
    const lower = new Set(['urges', 'talks', 'keep']);
    expect(isTitleCased(['Merkel', 'Urges', 'NATO', 'to', 'Keep', 'Talks', 'Open'], lower)).toBe(true);
    expect(isTitleCased(['Merkel', 'urges', 'NATO', 'to', 'keep', 'talks', 'open'], lower)).toBe(false);
    // Names only: none of the words is written in lower case elsewhere.
    expect(isTitleCased(['Billy', 'Andrade', ',', 'Duffy', 'Waldorf', ',', 'Jesper', 'Parnevik'], lower)).toBe(false);
    // Capitals are not title case.
    expect(isTitleCased(['MERKEL', 'URGES', 'NATO', 'TO', 'KEEP', 'TALKS'], lower)).toBe(false);
  });

  it('reads a title-case headline as capitals when asked to', () => {
    const doc = [
      ['Merkel', 'Urges', 'Talks', 'With', 'Paris'],
      ['Merkel', 'urges', 'talks', 'with', 'Paris', '.'],
    ];
    const on = new FeatureExtractor(lexicon, { ...all, titleCase: true }).document(doc);
    const off = new FeatureExtractor(lexicon, all).document(doc);
    expect(on.words[0]!.map((w) => [w.lower, w.capsSentence])).toEqual(['merkel', 'urges', 'talks', 'with', 'paris'].map((w) => [w, true]));
    expect(off.words[0]!.every((w) => !w.capsSentence)).toBe(true);
    // The same features as the headline in capitals.
    const caps = new FeatureExtractor(lexicon, { ...all, titleCase: true }).document([doc[0]!.map((w) => w.toUpperCase()), doc[1]!]);
    expect(on.words[0]!.map((w) => [...w.ids])).toEqual(caps.words[0]!.map((w) => [...w.ids]));
    expect(on.words[1]).toEqual(off.words[1]);
  });

  it('appends first-pass evidence for the second pass', () => {
    const sentences = [
      ['Merkel', 'spoke', '.'],
      ['Angela', 'Merkel', 'left', '.'],
    ];
    const doc = ex.document(sentences);
    const second = withDocumentPredictions(doc.words, doc.tokens, [[], [{ start: 0, end: 2, type: 'PER' }]]);
    const n = (f: typeof second, s: number, i: number) => f[s]!.offsets[i + 1]! - f[s]!.offsets[i]!;
    const base = (s: number, i: number) => doc.tokens[s]!.offsets[i + 1]! - doc.tokens[s]!.offsets[i]!;
    // "Merkel" in sentence 0: own first-pass type, "PER seen elsewhere", majority, majority x own, unanimous.
    expect(n(second, 0, 0) - base(0, 0)).toBe(5);
    // "spoke" is not capitalised: only its own first-pass type.
    expect(n(second, 0, 1) - base(0, 1)).toBe(1);
  });
});

describe('tagging-time scoring', () => {
  it('gives every pass the same scores as the expanded features over dense weights', () => {
    const ex = new FeatureExtractor(lexicon, all);
    const L = 9;
    const bits = 12;
    const weights = new Float32Array((1 << bits) * L);
    let seed = 7;
    for (let i = 0; i < weights.length; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      if (seed % 5 === 0) weights[i] = (seed % 1000) / 100 - 5;
    }
    const dense = { labels: L, weights, mask: (1 << bits) - 1, transitions: new Float32Array((L + 1) * L) };
    // A second pass with other weights: half of the first's rows and a few of its own.
    const weights2 = weights.map((v, i) => (i % 3 === 0 ? 0 : -v) + (i % 97 === 0 ? 1 : 0));
    const dense2 = { ...dense, weights: weights2 };
    const staged = stageWeights([compactWeights(dense), compactWeights(dense2)]);
    const doc = ex.document([
      ['Angela', 'Merkel', 'visited', 'New', 'York', '.'],
      ['MERKEL', 'IN', 'PARIS'],
    ]);
    doc.tokens.forEach((t, s) => {
      const words = doc.words[s]!;
      const n = words.length;
      const a = new Float32Array(2 * n * L);
      emissionScores(expandFeatures(words, t), dense, a.subarray(0, n * L));
      emissionScores(expandFeatures(words, t), dense2, a.subarray(n * L));
      const b = new Float32Array(2 * n * L);
      stagedEmissionScores(words, t, staged, b);
      for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 3);
    });
  });
});
