/**
 * CoNLL column format: one token per line with the token first and the tag (if any) last, a
 * blank line between sentences, `-DOCSTART-` lines between documents.
 */

/** One sentence: its tokens and, when the file carried them, its tags (last column). */
export interface ConllSentence {
  readonly tokens: string[];
  readonly tags: string[];
}

/** The sentences between two `-DOCSTART-` lines. */
export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

/** One input line, kept so that output can repeat the input's layout exactly. */
export type ConllLine =
  | { readonly kind: 'docstart'; readonly text: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'token'; readonly doc: number; readonly sentence: number; readonly index: number };

export interface ConllFile {
  readonly documents: ConllDocument[];
  readonly lines: ConllLine[];
}

/**
 * Parses CoNLL text. A file without `-DOCSTART-` lines is one document. Tags are read from the
 * last column when a line has two or more columns, otherwise they are `O`.
 *
 * @example
 * const f = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n');
 * f.documents[0].sentences[0].tokens; // ['EU', 'rejects']
 */
export function parseConll(text: string): ConllFile {
  const documents: ConllDocument[] = [];
  const lines: ConllLine[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence | null = null;
  const raw = text.split(/\r?\n/);
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  for (const line of raw) {
    const trimmed = line.trim();
    if (trimmed === '') {
      lines.push({ kind: 'blank' });
      sentence = null;
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      lines.push({ kind: 'docstart', text: trimmed });
      doc = null;
      sentence = null;
      continue;
    }
    if (doc === null) {
      doc = { sentences: [] };
      documents.push(doc);
    }
    if (sentence === null) {
      sentence = { tokens: [], tags: [] };
      doc.sentences.push(sentence);
    }
    lines.push({ kind: 'token', doc: documents.length - 1, sentence: doc.sentences.length - 1, index: sentence.tokens.length });
    sentence.tokens.push(cols[0]!);
    sentence.tags.push(cols.length > 1 ? cols[cols.length - 1]! : 'O');
  }
  return { documents, lines };
}

/**
 * Writes `token TAG` lines in the input's layout: blank lines and `-DOCSTART-` lines are
 * repeated, each token line gets the tag `tagOf(doc, sentence, index)`.
 */
export function formatConll(file: ConllFile, tagOf: (doc: number, sentence: number, index: number) => string): string {
  const out: string[] = [];
  for (const line of file.lines) {
    if (line.kind === 'blank') out.push('');
    else if (line.kind === 'docstart') out.push(line.text);
    else {
      const token = file.documents[line.doc]!.sentences[line.sentence]!.tokens[line.index]!;
      out.push(`${token} ${tagOf(line.doc, line.sentence, line.index)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
