import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from './detect-mode.js';

describe('looksLikeHtml', () => {
  it('takes whole documents and tag-rich fragments for HTML', () => {
    expect(looksLikeHtml('<!DOCTYPE html><title>x</title>')).toBe(true);
    expect(looksLikeHtml('intro <div>a</div> <p>b</p> <a href="/">c</a>')).toBe(true);
  });

  it('takes a fragment that opens with markup for HTML, however long its text', () => {
    expect(looksLikeHtml(`<p>${'word '.repeat(5000)}</p>`)).toBe(true);
    expect(looksLikeHtml(`\n  <article>${'word '.repeat(5000)}`)).toBe(true);
    expect(looksLikeHtml(`<!-- saved page -->${'word '.repeat(5000)}`)).toBe(true);
  });

  it('leaves flattened page text, even with a stray tag or angle bracket, as text', () => {
    expect(looksLikeHtml('Talks resume\nThe delegates met on Monday.\nAlso Read: <b>More</b>')).toBe(false);
    expect(looksLikeHtml('<Reuters> Talks resumed on Monday.\nNATO said 3 < 4.')).toBe(false);
    expect(looksLikeHtml(`Headline\n${'word '.repeat(5000)}<p>late tag</p>`)).toBe(false);
  });
});
