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
});
