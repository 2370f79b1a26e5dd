import { describe, expect, it } from 'vitest';
import { formatConll, parseConll } from './conll.js';

const text = [
  '-DOCSTART- -X- -X- O',
  '',
  'EU NNP B-NP B-ORG',
  'rejects VBZ B-VP O',
  '',
  'Peter NNP B-NP B-PER',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'Bonn x y I-LOC',
  '',
].join('\n');

describe('CoNLL files', () => {
  it('reads documents, sentences, tokens and last-column tags', () => {
    const f = parseConll(text);
    expect(f.documents).toHaveLength(2);
    expect(f.documents[0]!.sentences.map((s) => s.tokens)).toEqual([['EU', 'rejects'], ['Peter']]);
    expect(f.documents[0]!.sentences[0]!.tags).toEqual(['B-ORG', 'O']);
    expect(f.documents[1]!.sentences[0]!.tags).toEqual(['I-LOC']);
  });

  it('writes token TAG lines in the same layout', () => {
    const f = parseConll(text);
    const out = formatConll(f, (d, s, i) => f.documents[d]!.sentences[s]!.tags[i]!);
    expect(out).toBe(
      ['-DOCSTART- -X- -X- O', '', 'EU B-ORG', 'rejects O', '', 'Peter B-PER', '', '-DOCSTART- -X- -X- O', '', 'Bonn I-LOC', ''].join('\n'),
    );
  });

  it('treats a file without -DOCSTART- as one document and tolerates CRLF and missing tags', () => {
    const f = parseConll('A\r\nB\r\n\r\nC\r\n');
    expect(f.documents).toHaveLength(1);
    expect(f.documents[0]!.sentences.map((s) => s.tags)).toEqual([['O', 'O'], ['O']]);
  });
});
