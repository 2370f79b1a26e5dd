import { describe, expect, it } from 'vitest';
import { emissionScores, viterbi } from './decode.js';
import { expandFeatures, FeatureExtractor } from './features.js';
import { IOB2, spansFromTags } from './labels.js';
import { makeLexicon } from './lexicon.js';
import { AveragedPerceptron } from './perceptron.js';

describe('AveragedPerceptron', () => {
  it('learns to tag a small corpus and generalises to an unseen name after a title', () => {
    const ex = new FeatureExtractor(makeLexicon(null, null), { clusters: false, gazetteers: false, document: false });
    const corpus: [string[], string[]][] = [
      [
        ['Mr', 'Smith', 'went', 'to', 'Rome', '.'],
        ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
      ],
      [
        ['Mr', 'Jones', 'went', 'to', 'Oslo', '.'],
        ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
      ],
      [
        ['Mr', 'Brown', 'flew', 'to', 'Lima', '.'],
        ['O', 'B-PER', 'O', 'O', 'B-LOC', 'O'],
      ],
      [
        ['They', 'met', 'Mr', 'Green', '.'],
        ['O', 'O', 'O', 'B-PER', 'O'],
      ],
      [
        ['Acme', 'Corp', 'hired', 'Mr', 'White', '.'],
        ['B-ORG', 'I-ORG', 'O', 'O', 'B-PER', 'O'],
      ],
    ];
    const examples = corpus.map(([tokens, tags]) => {
      const doc = ex.document([tokens]);
      return { feats: expandFeatures(doc.words[0]!, doc.tokens[0]!), gold: IOB2.encode(spansFromTags(tags), tokens.length) };
    });
    const p = new AveragedPerceptron(IOB2, 16);
    let errors = Number.POSITIVE_INFINITY;
    for (let epoch = 0; epoch < 10 && errors > 0; epoch++) errors = examples.reduce((n, e) => n + p.learn(e), 0);
    expect(errors).toBe(0);
    const w = p.averaged();
    const doc = ex.document([['Mr', 'Black', 'went', 'to', 'Kiev', '.']]);
    const feats = expandFeatures(doc.words[0]!, doc.tokens[0]!);
    const scores = new Float32Array(feats.length * w.labels);
    emissionScores(feats, w, scores);
    expect(IOB2.decode(viterbi(scores, feats.length, w.transitions, IOB2))).toEqual([
      { start: 1, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });
});
