import { describe, expect, it } from 'vitest';
import { shippedBodyModel } from './html/classify.js';
import { shippedLineModel } from './text/extract-text.js';
import { shippedHeadlineModel } from './text/headline-model.js';

// The loaders fall back to rules when a model file is missing or was trained on other features;
// a release must never ship in that state, so the test insists on the trained models.
describe('shipped extraction models', () => {
  it('loads the HTML block classifier trained on the features this code computes', () => {
    const model = shippedBodyModel();
    expect(model).not.toBeNull();
    expect(model!.threshold).toBeGreaterThan(0);
    expect(model!.threshold).toBeLessThan(1);
  });

  it('loads the text-mode line classifier', () => {
    expect(shippedLineModel()).not.toBeNull();
  });

  it('loads the text-mode headline model', () => {
    expect(shippedHeadlineModel()).not.toBeNull();
  });
});
