import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-utils/temp-dir.js';
import type { RawDoc, RawDocError, RawDocResult } from '../raw-doc.js';
import { chunked, collect } from '../test-utils/warc-builder.js';
import { readFeed } from './feed.js';

const oks = (items: RawDocResult[]) => items.filter((i): i is RawDoc => i.ok);
const errs = (items: RawDocResult[]) => items.filter((i): i is RawDocError => !i.ok);

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Example News &amp; Views – World</title>
  <link>https://news.example/world</link>
  <atom:link href="https://news.example/world.rss" rel="self" type="application/rss+xml"/>
  <item>
    <title>Talks resume in Geneva</title>
    <link>https://news.example/2024/03/talks</link>
    <guid isPermaLink="false">talks-2024</guid>
    <dc:creator><![CDATA[Jane Roe]]></dc:creator>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
    <description>Negotiators met again.</description>
    <media:content url="https://news.example/img.jpg" medium="image"><media:title>Photo</media:title></media:content>
    <content:encoded><![CDATA[<p>Negotiators met again on Tuesday, officials said.</p><p>"We are ready," she said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Markets close higher</title>
    <link>https://news.example/2024/03/markets</link>
    <author>desk@news.example (Richard Doe)</author>
    <pubDate>sometime last week</pubDate>
    <description>Stocks rose on Friday as traders weighed the outlook.</description>
  </item>
  <item>
    <title>Escaped HTML summary</title>
    <guid>https://news.example/2024/03/escaped</guid>
    <description>&lt;p&gt;Officials &lt;b&gt;confirmed&lt;/b&gt; the deal.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Headline only</title>
    <link>https://news.example/2024/03/headline</link>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Wire Service</title>
  <link rel="self" href="https://wire.example/feed.atom"/>
  <link href="https://wire.example/"/>
  <id>urn:uuid:feed</id>
  <entry>
    <title>Ceasefire holds</title>
    <link rel="alternate" href="https://wire.example/ceasefire"/>
    <id>urn:uuid:entry-1</id>
    <published>2024-03-06T08:30:00+01:00</published>
    <author><name>Sam Poe</name><email>sam@wire.example</email></author>
    <summary>Short summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The ceasefire &amp; the talks <em>held</em>.</p></div></content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:uuid:entry-2</id>
    <updated>2024-03-07T00:00:00Z</updated>
    <content type="text">Nothing but text here.</content>
  </entry>
  <entry>
    <title>Escaped html entry</title>
    <link href="https://wire.example/escaped"/>
    <content type="html">&lt;p&gt;Escaped &amp;amp; fine&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('readFeed', () => {
  it('reads RSS items: content:encoded as html, plain summaries as text, with feed and item provenance', async () => {
    const dir = tempDir('feed');
    const file = join(dir, 'world.rss');
    writeFileSync(file, RSS);
    const items = await collect(readFeed(file));
    const docs = oks(items);
    expect(docs.map((d) => [d.id, d.mode])).toEqual([
      ['https://news.example/2024/03/talks', 'html'],
      ['https://news.example/2024/03/markets', 'text'],
      ['https://news.example/2024/03/escaped', 'html'],
    ]);
    const [talks, markets, escaped] = docs as [RawDoc, RawDoc, RawDoc];
    expect(talks.provenance).toEqual({
      kind: 'feed',
      path: file,
      index: 1,
      url: 'https://news.example/2024/03/talks',
      publishedAt: '2024-03-05T10:00:00.000Z',
      feedTitle: 'Example News & Views – World',
      feedLink: 'https://news.example/world',
      title: 'Talks resume in Geneva',
      authors: ['Jane Roe'],
    });
    expect(talks.body).toContain('<p>Negotiators met again on Tuesday, officials said.</p>');
    expect(talks.body).toContain('<title>Talks resume in Geneva</title>');
    expect(talks.body).toContain('<link rel="canonical" href="https://news.example/2024/03/talks">');
    expect(talks.body).not.toContain('Photo');
    expect(markets.body).toBe('Stocks rose on Friday as traders weighed the outlook.');
    expect(markets.provenance.authors).toEqual(['Richard Doe']);
    expect(markets.provenance.publishedAt).toBe('sometime last week');
    expect(markets.warnings).toEqual(['date "sometime last week" not understood; kept as given']);
    expect(escaped.body).toContain('<p>Officials <b>confirmed</b> the deal.</p>');
    expect(errs(items)).toEqual([
      expect.objectContaining({
        id: 'https://news.example/2024/03/headline',
        error: 'feed item #4 has no content or summary; fetch its link with `sitrep fetch`',
      }),
    ]);
  });

  it('reads Atom entries, xhtml content re-serialised, text content as text', async () => {
    const docs = oks(await collect(readFeed(Buffer.from(ATOM), { wrapHtml: false })));
    expect(docs.map((d) => [d.id, d.mode])).toEqual([
      ['https://wire.example/ceasefire', 'html'],
      ['urn:uuid:entry-2', 'text'],
      ['https://wire.example/escaped', 'html'],
    ]);
    expect(docs[0]!.body).toBe('<div xmlns="http://www.w3.org/1999/xhtml"><p>The ceasefire &amp; the talks <em>held</em>.</p></div>');
    expect(docs[0]!.provenance).toMatchObject({
      feedTitle: 'Wire Service',
      feedLink: 'https://wire.example/',
      authors: ['Sam Poe'],
      publishedAt: '2024-03-06T07:30:00.000Z',
    });
    expect(docs[1]!.body).toBe('Nothing but text here.');
    expect(docs[1]!.provenance.publishedAt).toBe('2024-03-07T00:00:00.000Z');
    expect(docs[2]!.body).toBe('<p>Escaped &amp; fine</p>');
  });

  it('gives the same items whatever the chunking, and honours the declared encoding', async () => {
    const latin = iconv.encode(
      RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Geneva', 'Genève').replace(' – ', ' - '),
      'latin1',
    );
    for (const input of [latin, chunked(latin, 5)]) {
      const docs = oks(await collect(readFeed(input)));
      expect(docs.map((d) => d.provenance.title)).toEqual(['Talks resume in Genève', 'Markets close higher', 'Escaped HTML summary']);
    }
  });

  it('never expands DTD entities (billion laughs)', async () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${levels.join('\n')}\n]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/1</link><description>Laughs: &lol9;</description></item></channel></rss>`;
    const started = Date.now();
    const items = await collect(readFeed(Buffer.from(bomb)));
    expect(Date.now() - started).toBeLessThan(1000);
    const doc = oks(items)[0]!;
    expect(doc.body).toBe('Laughs: &lol9;');
    expect(doc.provenance.feedTitle).toBe('&lol9;');
    expect(JSON.stringify(items).length).toBeLessThan(2000);
  });

  it('cuts huge fields with a warning, without holding them', async () => {
    const huge = `<rss><channel><title>Big</title><item><link>https://x.example/big</link><title>${'T'.repeat(50_000)}</title><description>${'word '.repeat(200_000)}</description></item><item><link>https://x.example/next</link><description>Next one.</description></item><item><link>https://x.example/cdata</link><content:encoded><![CDATA[<p>${'long '.repeat(100_000)}</p>]]></content:encoded></item></channel></rss>`;
    const docs = oks(await collect(readFeed(chunked(Buffer.from(huge), 65536), { maxFieldChars: 10_000, wrapHtml: false })));
    expect(docs.map((d) => d.id)).toEqual(['https://x.example/big', 'https://x.example/next', 'https://x.example/cdata']);
    expect((docs[2]!.body as string).length).toBe(10_000);
    expect(docs[2]!.warnings).toEqual(["the item's content was cut to 10000 characters"]);
    expect((docs[0]!.body as string).length).toBe(10_000);
    expect(docs[0]!.provenance.title!.length).toBe(10_000);
    expect(docs[0]!.warnings).toEqual(["the item's title was cut to 10000 characters", "the item's summary was cut to 10000 characters"]);
  });

  it('stops on deep nesting, oversize feeds, binary data and non-feeds with a clear error', async () => {
    const deep = `<rss><channel><item><link>https://x.example/a</link><description>ok</description></item>${'<x>'.repeat(100_000)}</channel></rss>`;
    const deepItems = await collect(readFeed(Buffer.from(deep)));
    expect(oks(deepItems).map((d) => d.id)).toEqual(['https://x.example/a']);
    expect(errs(deepItems).map((e) => e.error)).toEqual(['after item #1: elements nested deeper than 64 levels; stopped reading']);

    const many = `<rss><channel>${'<item><link>https://x.example/i</link><description>Some text here.</description></item>'.repeat(2000)}</channel></rss>`;
    const capped = await collect(readFeed(chunked(Buffer.from(many), 4096), { maxBytes: 20_000 }));
    expect(oks(capped).length).toBeGreaterThan(100);
    expect(oks(capped).length).toBeLessThan(300);
    expect(errs(capped).at(-1)!.error).toMatch(/feed larger than the 19\.5 KiB limit; stopped reading there/);

    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await collect(readFeed(binary))).toEqual([
      { ok: false, id: 'feed', error: 'binary data, not a feed (found a NUL byte)', provenance: { kind: 'feed' } },
    ]);
    const junk = Buffer.alloc(300_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    const tail = await collect(
      readFeed(
        Buffer.concat([
          Buffer.from(`<rss><channel><item><link>https://x.example/j</link><description>${'ok '.repeat(400)}</description></item>`),
          junk,
        ]),
      ),
    );
    expect(oks(tail).map((d) => d.id)).toEqual(['https://x.example/j']);
    const html = await collect(readFeed(Buffer.from('<!doctype html><html><body><p>hi</p></body></html>')));
    expect(errs(html).map((e) => e.error)).toEqual(['not an RSS or Atom feed (the root element is <html>)']);
    const prose = await collect(readFeed(Buffer.from('just words')));
    expect(errs(prose).map((e) => e.error)).toEqual(['not an RSS or Atom feed (the file does not start with XML)']);
    expect(errs(await collect(readFeed('/nonexistent/feed.xml'))).map((e) => e.error)).toEqual(['no such file']);
  });

  it('keeps an item cut off by the end of a truncated feed, with a warning', async () => {
    const cut = RSS.slice(0, RSS.indexOf('Stocks rose') + 10);
    const items = await collect(readFeed(Buffer.from(cut)));
    const docs = oks(items);
    expect(docs.map((d) => d.id)).toEqual(['https://news.example/2024/03/talks', 'https://news.example/2024/03/markets']);
    expect(docs[1]!.warnings).toContain('the feed ended inside this item; it may be incomplete');
  });
});
