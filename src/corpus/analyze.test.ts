import { describe, expect, it } from 'vitest';
import { registerAnnotator } from '../analyze.js';
import type { Annotator } from '../pipeline/annotator.js';
import { analyzeDocument } from './analyze.js';

describe('analyzeDocument', () => {
  it('keeps the document and the other layers when an annotator fails, with a warning', () => {
    registerAnnotator({
      name: 'always-fails',
      version: '1',
      provides: 'always-fails',
      requires: ['entities'],
      run: () => {
        throw new Error('kaput');
      },
    } as unknown as Annotator);
    const text = 'Angela Merkel met Emmanuel Macron in Berlin on Tuesday. "We agree," Merkel said.';
    const r = analyzeDocument({ body: text, mode: 'text', provenance: { kind: 'jsonl', line: 1, recordId: 'doc-1' } });
    expect(r.id).toBe('doc-1');
    expect(r.layers.map((l) => l.kind)).toEqual(expect.arrayContaining(['entities', 'quotes', 'sources']));
    expect(r.layers.map((l) => l.kind)).not.toContain('always-fails');
    expect(r.doc.warnings).toContain('annotator always-fails failed: kaput');
  });

  it('keeps the date a JSON line states over a date the story tells of', () => {
    const text =
      'Immigration debate hits home.\n\nQ: You open your book on May 17, 2001. You were 14 years old. What did you find?\n\nA: Nobody was home.';
    const stated = analyzeDocument({
      body: text,
      mode: 'text',
      provenance: { kind: 'jsonl', line: 1, recordId: 'doc-2', publishedAt: '2016-05-06' },
    });
    expect(stated.doc.meta.publishedAt).toBe('2016-05-06');
    const unstated = analyzeDocument({ body: text, mode: 'text', provenance: { kind: 'jsonl', line: 2, recordId: 'doc-3' } });
    expect(unstated.doc.meta.publishedAt).not.toBe('2016-05-06');
  });
});
