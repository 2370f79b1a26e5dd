import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  fingerprint,
  LSH_BANDS,
  MIN_WORDS_FOR_NEAR,
  MINHASH_SIZE,
  normalizeText,
  signatureFromBytes,
  signatureToBytes,
  similarity,
} from './fingerprint.js';
import { lightlyEdited, OTHER_STORY_SAME_TOPIC, randomStory, repost, WIRE_STORY } from './test-utils/stories.js';

describe('normalizeText', () => {
  it('folds case, punctuation, spacing and compatibility forms', () => {
    expect(normalizeText('  “Ready to ACT,”   she said…\n\nＮＡＴＯ ')).toBe('ready to act she said nato');
  });
});

describe('fingerprint', () => {
  it('is deterministic and has the documented size', () => {
    const a = fingerprint(WIRE_STORY);
    const b = fingerprint(WIRE_STORY);
    expect(a.contentHash).toMatch(/^[0-9a-f]{32}$/);
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.signature).toHaveLength(MINHASH_SIZE);
    expect([...a.signature!]).toEqual([...b.signature!]);
  });

  it('has no signature for short texts and nothing for empty ones', () => {
    const short = Array.from({ length: MIN_WORDS_FOR_NEAR - 1 }, (_, i) => `w${i}`).join(' ');
    expect(fingerprint(short).signature).toBeNull();
    expect(fingerprint(short).contentHash).not.toBeNull();
    expect(fingerprint(' — ')).toEqual({ contentHash: null, signature: null });
  });

  it('estimates similarity: high for re-posts and edits, low for other stories', () => {
    const wire = fingerprint(WIRE_STORY).signature!;
    expect(similarity(wire, fingerprint(repost(WIRE_STORY)).signature!)).toBeGreaterThan(0.85);
    expect(similarity(wire, fingerprint(lightlyEdited(WIRE_STORY)).signature!)).toBeGreaterThan(0.7);
    expect(similarity(wire, fingerprint(OTHER_STORY_SAME_TOPIC).signature!)).toBeLessThan(0.1);
    expect(similarity(wire, fingerprint(randomStory(1)).signature!)).toBeLessThan(0.05);
  });
});

describe('bandKeys', () => {
  it('gives one key per band, shared by identical signatures and mostly not by different ones', () => {
    const a = bandKeys(fingerprint(WIRE_STORY).signature!);
    expect(a).toHaveLength(LSH_BANDS);
    expect(a.every((k) => Number.isSafeInteger(k) && k >= 0)).toBe(true);
    expect(bandKeys(fingerprint(WIRE_STORY).signature!)).toEqual(a);
    const other = new Set(bandKeys(fingerprint(OTHER_STORY_SAME_TOPIC).signature!));
    expect(a.filter((k) => other.has(k))).toEqual([]);
    const repostKeys = new Set(bandKeys(fingerprint(repost(WIRE_STORY)).signature!));
    expect(a.some((k) => repostKeys.has(k))).toBe(true);
  });
});

describe('signature bytes', () => {
  it('round-trips', () => {
    const sig = fingerprint(WIRE_STORY).signature!;
    const bytes = signatureToBytes(sig);
    expect(bytes.byteLength).toBe(MINHASH_SIZE * 4);
    expect([...signatureFromBytes(bytes)]).toEqual([...sig]);
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    expect([...signatureFromBytes(shifted.subarray(3))]).toEqual([...sig]);
  });
});
