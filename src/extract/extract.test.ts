import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractError, extract } from './extract.js';

const sentence = 'The delegation met officials in the capital, and the talks continued late into the night. ';
const page = (body: string, head = '<title>Talks resume | Example News</title>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('extract: modes and metadata', () => {
  it('tells HTML from flattened text', () => {
    expect(extract(page(`<article><p>${sentence.repeat(3)}</p></article>`)).mode).toBe('html');
    expect(extract(`Talks resume\n${sentence.repeat(3)}\n`).mode).toBe('text');
    expect(extract('<p>a</p>', { mode: 'text' }).mode).toBe('text');
  });

  it('unpacks gzip bytes', () => {
    const doc = extract(gzipSync(Buffer.from(page(`<article><h1>Talks resume</h1><p>${sentence.repeat(3)}</p></article>`))));
    expect(doc.meta.title).toBe('Talks resume');
    expect(doc.text).toContain('The delegation met officials');
  });

  it('resolves the canonical URL and related links against the page URL', () => {
    const html = page(
      `<article><h1>Talks resume</h1><p>${sentence.repeat(3)}</p><p>Also Read: <a href="/world/other">Another story on the talks</a></p><p>${sentence.repeat(2)}</p></article>`,
      '<title>Talks resume</title><link rel="canonical" href="/world/talks">',
    );
    const doc = extract(html, { url: 'https://news.example/world/talks?utm=x' });
    expect(doc.meta.url).toBe('https://news.example/world/talks');
    expect(doc.meta.relatedLinks).toEqual([{ text: 'Another story on the talks', url: 'https://news.example/world/other' }]);
    expect(doc.text).not.toContain('Also Read');
  });

  it('keeps links under "DON\'T MISS" and links tagged [INSIGHT] out of the text', () => {
    const links =
      '<p><strong>DON\'T MISS</strong></p><p><a href="/world/macron">China furious at Macron for protest jibe</a> [<strong>INSIGHT]|<br></strong>' +
      '<a href="/world/army">Hong Kong threatened with military intervention</a> [<strong>REACTION]</strong></p>';
    const doc = extract(page(`<article><h1>Talks resume</h1><p>${sentence.repeat(3)}</p>${links}<p>${sentence.repeat(2)}</p></article>`), {
      url: 'https://news.example/world/talks',
    });
    expect(doc.text).not.toContain('Macron');
    expect(doc.text).not.toContain('REACTION');
    expect(doc.meta.relatedLinks.map((l) => l.text)).toEqual([
      'China furious at Macron for protest jibe',
      'Hong Kong threatened with military intervention',
    ]);
  });

  it('keeps a list of links under an "Also Read" heading out of the text', () => {
    const links =
      '<div class="related"><h3>Also Read</h3><ul><li><a href="/business/rare-earths">What are rare earths and why does China control them?</a></li>' +
      '<li><a href="/world/apec-live">APEC summit: live updates</a></li></ul></div>';
    const doc = extract(page(`<article><h1>Talks resume</h1><p>${sentence.repeat(3)}</p>${links}<p>${sentence.repeat(2)}</p></article>`), {
      url: 'https://news.example/world/talks',
    });
    expect(doc.text).not.toContain('Also Read');
    expect(doc.text).not.toContain('rare earths');
    expect(doc.meta.relatedLinks[0]).toEqual({
      text: 'What are rare earths and why does China control them?',
      url: 'https://news.example/business/rare-earths',
    });
  });

  it('keeps a list of links under a "Read more" heading out of the text, as related links', () => {
    const links =
      '<aside class="related"><h3>Read more</h3><ul><li><a href="/news/rsf-ceasefire">RSF announces unilateral ceasefire</a></li>' +
      '<li><a href="/news/el-fasher">What happened in El Fasher?</a></li></ul></aside>';
    const doc = extract(page(`<article><h1>Talks resume</h1><p>${sentence.repeat(3)}</p>${links}<p>${sentence.repeat(2)}</p></article>`), {
      url: 'https://news.example/world/talks',
    });
    expect(doc.text).not.toMatch(/Read more|El Fasher/);
    expect(doc.meta.relatedLinks.map((l) => l.url)).toEqual([
      'https://news.example/news/rsf-ceasefire',
      'https://news.example/news/el-fasher',
    ]);
  });

  it('reads a tagged headline line of flattened text as a related link', () => {
    const doc = extract(
      `Talks resume\n${sentence.repeat(3)}\nChina furious at Macron for protest jibe [INSIGHT]\n${sentence.repeat(2)}\n`,
      { mode: 'text' },
    );
    expect(doc.text).not.toContain('Macron');
    expect(doc.meta.relatedLinks.map((l) => l.text)).toContain('China furious at Macron for protest jibe');
  });

  it('gives blocks that slice the text', () => {
    const doc = extract(page(`<article><h1>Talks resume</h1><p>${sentence}</p><h2>Next steps</h2><ul><li>${sentence}</li></ul></article>`));
    for (const b of doc.blocks) expect(b.end).toBeGreaterThan(b.start);
    expect(doc.blocks.map((b) => doc.text.slice(b.start, b.end)).join('\n\n')).toBe(doc.text);
  });
});

describe('extract: bad input', () => {
  it('returns an empty article with a warning for an empty file', () => {
    const doc = extract(new Uint8Array());
    expect(doc.text).toBe('');
    expect(doc.warnings).toContain('no article text found');
  });

  it('rejects binary junk with a clear error', () => {
    const junk = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
    expect(() => extract(junk)).toThrow(ExtractError);
    expect(() => extract(junk)).toThrow(/binary/);
  });

  it('rejects truncated gzip with a clear error', () => {
    const gz = gzipSync(Buffer.from(page(`<p>${sentence.repeat(50)}</p>`)));
    expect(() => extract(gz.subarray(0, gz.length - 20))).toThrow(/truncated gzip|corrupt/);
  });

  it('decodes a page in a legacy charset that it declares', () => {
    const html = page(
      `<article><h1>Genève accueille les négociations</h1><p>${'Les délégués se sont réunis à Genève, où les négociations ont repris. '.repeat(3)}</p></article>`,
      '<meta charset="iso-8859-1"><title>Genève accueille les négociations</title>',
    );
    const doc = extract(iconv.encode(html, 'latin1'));
    expect(doc.meta.title).toBe('Genève accueille les négociations');
    expect(doc.text).toContain('délégués se sont réunis à Genève');
  });

  it('copes with unterminated tags and an unclosed title', () => {
    const doc = extract(`<html><head><title>Broken page\n<body><div><p>${sentence.repeat(4)}<div><span><b>`);
    expect(doc.text).toContain('The delegation met officials');
  });

  it('cuts a 50 MB page with a warning instead of failing', () => {
    const para = `<p>${sentence.repeat(5)}</p>\n`;
    const html = page(`<article>${para.repeat(Math.ceil((50 * 1024 * 1024) / para.length))}</article>`);
    const doc = extract(html);
    expect(doc.warnings.some((w) => /cut to its first/.test(w))).toBe(true);
    expect(doc.text.length).toBeGreaterThan(1_000_000);
  });

  it('finishes on pages nested 10,000 and 200,000 deep', () => {
    const deep = page(`${'<div>'.repeat(10_000)}<p>${sentence.repeat(3)}</p>${'</div>'.repeat(10_000)}`);
    expect(extract(deep).text).toContain('The delegation met officials');
    const hostile = page(`${'<div><span>'.repeat(100_000)}${sentence.repeat(3)}`);
    // the test timeout is the guard against a hang
    expect(extract(hostile).mode).toBe('html');
  });
});
