import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomStory, repost, WIRE_STORY } from '../../dedup/test-utils/stories.js';
import { gzipPerRecord, responseRecord } from '../../ingest/test-utils/warc-builder.js';

/** An article page as a news site serves it. */
export function articleHtml(a: { title: string; site: string; url: string; date: string; text: string; author?: string }): string {
  const paras = a.text
    .split('\n\n')
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${a.title} - ${a.site}</title>
<meta property="og:site_name" content="${a.site}">
<meta property="article:published_time" content="${a.date}">
${a.author ? `<meta name="author" content="${a.author}">` : ''}
<link rel="canonical" href="${a.url}">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${a.title}</h1>
${paras}
</article><footer>Copyright ${a.site}</footer></body></html>`;
}

export const GAS_TEXT = WIRE_STORY;

/** What {@link writeFixtureCorpus} wrote and what a correct ingest must find. */
export interface FixtureCorpus {
  readonly dir: string;
  /** Documents that must be stored. */
  readonly documents: number;
  /** Of those, copies of an earlier story. */
  readonly copies: number;
  /** Inputs that must fail. */
  readonly failures: number;
}

/**
 * A small corpus on disk: pages from three sites (one wire story posted twice), a text file, a
 * gzipped page, and bad inputs: binary junk, a corrupt .gz, a JSON Lines file with a bad line, a
 * WARC archive with two pages.
 */
export async function writeFixtureCorpus(dir: string): Promise<FixtureCorpus> {
  await mkdir(join(dir, 'pages', 'wire'), { recursive: true });
  await mkdir(join(dir, 'bad'), { recursive: true });
  await writeFile(
    join(dir, 'pages', 'wire', 'gas-cap.html'),
    articleHtml({
      title: 'EU extends gas price cap',
      site: 'Example News',
      url: 'https://news.example.com/2024/03/gas-cap',
      date: '2024-03-04T10:00:00Z',
      text: GAS_TEXT,
      author: 'Jane Doe',
    }),
  );
  await writeFile(
    join(dir, 'pages', 'wire', 'gas-cap-partner.html'),
    articleHtml({
      title: 'Gas cap stays for another year',
      site: 'Partner Daily',
      url: 'https://www.partner-daily.example.org/world/gas',
      date: '2024-03-05',
      text: repost(GAS_TEXT),
    }),
  );
  for (let i = 0; i < 6; i++) {
    await writeFile(
      join(dir, 'pages', `story-${i}.html`),
      articleHtml({
        title: `Council report number ${i}`,
        site: i % 2 === 0 ? 'Example News' : 'City Courier',
        url: i % 2 === 0 ? `https://news.example.com/local/${i}` : `https://citycourier.example.net/${i}`,
        date: `2024-03-1${i}`,
        text: `${randomStory(100 + i, 120)}\n\n${randomStory(200 + i, 80)} zebra${i}`,
      }),
    );
  }
  await writeFile(
    join(dir, 'pages', 'notes.txt'),
    `Harbour strike ends\n\nDock workers returned to work on Monday after a deal on pay, the union said.\n\n${randomStory(300, 60)}`,
  );
  await writeFile(
    join(dir, 'pages', 'zipped.html.gz'),
    gzipSync(
      articleHtml({
        title: 'Storm closes schools',
        site: 'City Courier',
        url: 'https://citycourier.example.net/storm',
        date: '2024-03-20',
        text: `Schools across the region closed on Friday as a storm brought heavy rain and flooding.\n\n${randomStory(400, 90)}`,
      }),
    ),
  );
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
  await writeFile(join(dir, 'bad', 'junk.html'), junk);
  await writeFile(join(dir, 'bad', 'broken.html.gz'), Buffer.concat([gzipSync(Buffer.from('<p>hello</p>'.repeat(100))).subarray(0, 20)]));
  await writeFile(
    join(dir, 'feed.jsonl'),
    `${JSON.stringify({ url: 'https://wire.example.com/a1', text: `Ceasefire talks resume\n\nNegotiators met in Cairo on Sunday, officials said.\n\n${randomStory(500, 70)}`, publishedAt: '2024-03-21' })}\n` +
      '{"url": "https://wire.example.com/broken", "html": \n' +
      `${JSON.stringify({ url: 'https://wire.example.com/a2', html: articleHtml({ title: 'Port reopens', site: 'Wire', url: 'https://wire.example.com/a2', date: '2024-03-22', text: randomStory(600, 100) }) })}\n`,
  );
  await writeFile(
    join(dir, 'crawl.warc.gz'),
    gzipPerRecord([
      responseRecord(
        'https://archive.example.com/budget',
        200,
        { 'Content-Type': 'text/html; charset=utf-8' },
        articleHtml({
          title: 'Budget vote delayed',
          site: 'Archive Times',
          url: 'https://archive.example.com/budget',
          date: '2024-03-23',
          text: randomStory(700, 110),
        }),
      ),
      responseRecord(
        'https://archive.example.com/gas-copy',
        200,
        { 'Content-Type': 'text/html; charset=utf-8' },
        articleHtml({
          title: 'EU extends gas price cap',
          site: 'Archive Times',
          url: 'https://archive.example.com/gas-copy',
          date: '2024-03-06',
          text: GAS_TEXT,
        }),
      ),
    ]),
  );
  // 2 wire + 6 stories + notes + zipped + 2 jsonl + 2 warc
  return { dir, documents: 14, copies: 2, failures: 3 };
}
