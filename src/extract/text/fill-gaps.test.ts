import { describe, expect, it } from 'vitest';
import { fillGaps } from './fill-gaps.js';

const all = () => true;

describe('fillGaps', () => {
  it('takes back a short run of doubted lines between kept ones', () => {
    const keep = [true, false, false, true];
    expect(fillGaps(keep, [0.9, 0.4, 0.35, 0.8], all)).toEqual([true, true, true, true]);
  });

  it('leaves a run with a line below the floor, a line the rules placed, or a run too long', () => {
    expect(fillGaps([true, false, true], [0.9, 0.1, 0.9], all)).toEqual([true, false, true]);
    expect(fillGaps([true, false, true], [0.9, 0.4, 0.9], (i) => i !== 1)).toEqual([true, false, true]);
    const keep = [true, false, false, false, false, true];
    expect(fillGaps(keep, [0.9, 0.4, 0.4, 0.4, 0.4, 0.9], all)).toEqual(keep);
  });

  it('never extends the body past its first or last kept line', () => {
    expect(fillGaps([false, true, false], [0.45, 0.9, 0.45], all)).toEqual([false, true, false]);
  });
});
