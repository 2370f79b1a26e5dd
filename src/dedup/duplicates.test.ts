import { describe, expect, it } from 'vitest';
import { findDuplicate, groupDuplicates, MemoryDuplicateIndex, NEAR_DUPLICATE_THRESHOLD } from './duplicates.js';
import { fingerprint, similarity } from './fingerprint.js';
import { lightlyEdited, OTHER_STORY_SAME_TOPIC, randomStory, repost, SHORT_NOTICE, WIRE_STORY } from './test-utils/stories.js';

describe('groupDuplicates', () => {
  it('groups a re-posted wire story (new headline, trailing credit line) with the original', async () => {
    const groups = await groupDuplicates([
      { id: 'wire', text: WIRE_STORY },
      { id: 'other', text: OTHER_STORY_SAME_TOPIC },
      { id: 'partner', text: repost(WIRE_STORY) },
      { id: 'update', text: lightlyEdited(WIRE_STORY) },
    ]);
    expect(Object.fromEntries(groups)).toEqual({ wire: 'wire', other: 'other', partner: 'wire', update: 'wire' });
  });

  it('groups exact copies that differ only in case, punctuation and spacing', async () => {
    const shouting = WIRE_STORY.toUpperCase().replaceAll(',', ' ,').replaceAll('\n\n', '\n \n');
    const groups = await groupDuplicates([
      { id: 'a', text: WIRE_STORY },
      { id: 'b', text: shouting },
    ]);
    expect(groups.get('b')).toBe('a');
  });

  it('groups exact copies of short texts, but does not call short texts near duplicates', async () => {
    const groups = await groupDuplicates([
      { id: 'a', text: SHORT_NOTICE },
      { id: 'b', text: SHORT_NOTICE },
      { id: 'c', text: 'Markets closed late today.' },
    ]);
    expect(Object.fromEntries(groups)).toEqual({ a: 'a', b: 'a', c: 'c' });
  });

  it('never groups empty texts', async () => {
    const groups = await groupDuplicates([
      { id: 'a', text: '' },
      { id: 'b', text: '  ...  ' },
    ]);
    expect(Object.fromEntries(groups)).toEqual({ a: 'a', b: 'b' });
  });

  it('keeps the first-seen copy as the group id when copies chain', async () => {
    const groups = await groupDuplicates([
      { id: 'first', text: repost(WIRE_STORY) },
      { id: 'second', text: WIRE_STORY },
      { id: 'third', text: lightlyEdited(WIRE_STORY) },
    ]);
    expect([...groups.values()]).toEqual(['first', 'first', 'first']);
  });

  it('finds every planted copy among many distinct stories, and nothing else', async () => {
    const items: { id: string; text: string }[] = [];
    const truth = new Map<string, string>();
    for (let i = 0; i < 300; i++) {
      const text = randomStory(i);
      items.push({ id: `s${i}`, text });
      truth.set(`s${i}`, `s${i}`);
      if (i % 10 === 0) {
        items.push({ id: `s${i}-copy`, text: `Breaking\n\n${text}\n\nReporting by A. Writer` });
        truth.set(`s${i}-copy`, `s${i}`);
      }
    }
    const groups = await groupDuplicates(items);
    expect(Object.fromEntries(groups)).toEqual(Object.fromEntries(truth));
  });
});

describe('findDuplicate', () => {
  it('reports how a document matched', async () => {
    const index = new MemoryDuplicateIndex();
    const fp = fingerprint(WIRE_STORY);
    index.add('wire', 'wire', fp);
    expect(await findDuplicate(fingerprint(WIRE_STORY), index)).toEqual({
      kind: 'exact',
      of: { id: 'wire', group: 'wire' },
      similarity: 1,
    });
    const near = await findDuplicate(fingerprint(repost(WIRE_STORY)), index);
    expect(near?.kind).toBe('near');
    expect(near?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(await findDuplicate(fingerprint(OTHER_STORY_SAME_TOPIC), index)).toBeUndefined();
  });

  it('honours a custom threshold', async () => {
    const index = new MemoryDuplicateIndex();
    index.add('wire', 'wire', fingerprint(WIRE_STORY));
    const edited = fingerprint(lightlyEdited(WIRE_STORY));
    const sim = similarity(fingerprint(WIRE_STORY).signature!, edited.signature!);
    expect(await findDuplicate(edited, index, { threshold: Math.min(1, sim + 0.05) })).toBeUndefined();
    expect((await findDuplicate(edited, index, { threshold: sim }))?.of.id).toBe('wire');
  });
});
