import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './tokenize.js';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits like CoNLL-2003 newswire', () => {
    expect(texts("Merkel's U.S. visit, on 1996-08-22, cost $1,200.50 (reports say).")).toEqual([
      'Merkel',
      "'s",
      'U.S.',
      'visit',
      ',',
      'on',
      '1996-08-22',
      ',',
      'cost',
      '$',
      '1,200.50',
      '(',
      'reports',
      'say',
      ')',
      '.',
    ]);
    expect(texts("They don't know Mr. Smith-Jones.")).toEqual(['They', 'do', "n't", 'know', 'Mr.', 'Smith-Jones', '.']);
    expect(texts('\u201cWe are ready,\u201d he said.')).toEqual(['\u201c', 'We', 'are', 'ready', ',', '\u201d', 'he', 'said', '.']);
    expect(texts('See https://example.com/a?b=1, or @Reuters.')).toEqual(['See', 'https://example.com/a?b=1', ',', 'or', '@Reuters', '.']);
  });

  it('keeps an abbreviation at the end of a hyphenated word whole', () => {
    expect(texts('Jordanian-U.S. joint patrols met anti-U.S. protests.')).toEqual([
      'Jordanian-U.S.',
      'joint',
      'patrols',
      'met',
      'anti-U.S.',
      'protests',
      '.',
    ]);
    expect(splitSentences('The Jordanian-U.S. joint patrols continued.')).toHaveLength(1);
  });

  it('keeps a website named by its domain whole, and still ends a sentence after it', () => {
    expect(texts('The news was devastating, according to Tchadinfos.com.')).toEqual([
      'The',
      'news',
      'was',
      'devastating',
      ',',
      'according',
      'to',
      'Tchadinfos.com',
      '.',
    ]);
    expect(texts('They lived in Angers, ouest-france.fr said.')).toContain('ouest-france.fr');
    expect(texts('The dot.comedy ends.')).toEqual(['The', 'dot', '.', 'comedy', 'ends', '.']);
    expect(splitSentences('It was on Tchadinfos.com. Friends were devastated.')).toHaveLength(2);
  });

  it('keeps offsets into the text', () => {
    const text = '  Angela Merkel left.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it('ends sentences at terminal punctuation before a capital, and at line breaks', () => {
    const s = splitSentences('He met Mr. Smith in the U.S. on Monday. "Good," he said! Then\nA new line');
    expect(s.map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual([
      'He met Mr. Smith in the U.S. on Monday .',
      '" Good , " he said !',
      'Then',
      'A new line',
    ]);
  });

  it('keeps quotes that close a sentence with it', () => {
    const s = splitSentences('"We are ready." The minister left.');
    expect(s.map((x) => x.tokens.length)).toEqual([6, 4]);
  });

  it('keeps the closing mark of a quotation of several sentences with its last sentence', () => {
    const text = 'Trump posted: "What is with Russia? Here we go!" The White House did not respond.';
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual([
      'Trump posted: "What is with Russia?',
      'Here we go!"',
      'The White House did not respond.',
    ]);
  });

  it('keeps a typewriter closing mark set against the stop with its sentence', () => {
    const text = "Sanders said he would ''make an outstanding president.'' But some remain reluctant. He said 'never.' Then he left.";
    expect(splitSentences(text).map((x) => text.slice(x.start, x.end))).toEqual([
      "Sanders said he would ''make an outstanding president.''",
      'But some remain reluctant.',
      "He said 'never.'",
      'Then he left.',
    ]);
  });

  it('ends a sentence at an ellipsis character before a capital, not before a lower-case word', () => {
    const s = splitSentences('He took that fight to President Obama… Christie also is seen as a problem solver. He said… well, nothing.');
    expect(s).toHaveLength(3);
  });

  it('ends a sentence after a single letter at the end of a line or before an opening word, not after an initial', () => {
    const words = (text: string) => splitSentences(text).map((x) => x.tokens.map((t) => t.text));
    expect(words('She wrote on X.')).toEqual([['She', 'wrote', 'on', 'X', '.']]);
    expect(words('He posted on X. The ministry said nothing.')).toEqual([
      ['He', 'posted', 'on', 'X', '.'],
      ['The', 'ministry', 'said', 'nothing', '.'],
    ]);
    expect(words('George W. Bush spoke. It was World War I.')).toEqual([
      ['George', 'W.', 'Bush', 'spoke', '.'],
      ['It', 'was', 'World', 'War', 'I.'],
    ]);
  });
});
