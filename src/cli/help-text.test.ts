import { describe, expect, it } from 'vitest';
import { reflow } from './help-text.js';

describe('reflow', () => {
  it('joins the lines of a paragraph and keeps paragraphs apart', () => {
    expect(reflow('Fetch news pages and write them\nas JSON Lines.\n\nPolite and safe\nby default.')).toBe(
      'Fetch news pages and write them as JSON Lines.\n\nPolite and safe by default.',
    );
  });

  it('leaves indented lines and list items on their own lines', () => {
    expect(reflow('Inputs:\n  a.warc\n  b.jsonl\nKinds:\n- html\n- text')).toBe('Inputs:\n  a.warc\n  b.jsonl\nKinds:\n- html\n- text');
  });
});
