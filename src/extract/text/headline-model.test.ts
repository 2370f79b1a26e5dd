import { describe, expect, it } from 'vitest';
import type { GbdtJson } from '../../ml/gbdt.js';
import { analyseText } from './extract-text.js';
import { HEADLINE_FEATURE_NAMES } from './headline-features.js';
import { chooseHeadline, headlineModelFromJson } from './headline-model.js';
import { LINE_FEATURE_COUNT } from './line-features.js';

/** A one-split model: a line with more than `words` words scores high. */
function longestLineModel(words: number): GbdtJson {
  return {
    format: 'sitrep-gbdt-1',
    features: HEADLINE_FEATURE_NAMES,
    base: 0,
    roots: [0],
    feature: [HEADLINE_FEATURE_NAMES.indexOf('words'), -1, -1],
    threshold: [words, 0, 0],
    left: [1, -1, -1],
    right: [2, -1, -1],
    value: [0, -1, 1],
  };
}

describe('chooseHeadline', () => {
  it('takes the candidate the model ranks first and gives its line number', () => {
    const lines = ['Home page', 'Allies agree on a new air defence fund', 'By Jane Roe', 'The ministers met in Brussels on Tuesday.'];
    const a = analyseText(lines.join('\n'));
    const model = headlineModelFromJson(longestLineModel(4));
    const x1 = new Float32Array(lines.length * LINE_FEATURE_COUNT);
    expect(chooseHeadline(model, a, x1, [0, 0, 0, 1])).toEqual({ line: 'Allies agree on a new air defence fund', index: 1 });
  });

  it('gives null when no line can be a headline', () => {
    const a = analyseText('Home\nNews');
    expect(chooseHeadline(headlineModelFromJson(longestLineModel(4)), a, new Float32Array(2 * LINE_FEATURE_COUNT), [0, 0])).toBeNull();
  });

  it('refuses a model trained on other features', () => {
    const stale = { ...longestLineModel(4), features: [...HEADLINE_FEATURE_NAMES.slice(1), 'gone'] };
    expect(() => headlineModelFromJson(stale)).toThrow(/retrain/);
  });
});
