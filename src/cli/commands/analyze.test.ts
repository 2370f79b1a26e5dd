import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipPerRecord, responseRecord } from '../../ingest/test-utils/warc-builder.js';

const bin = fileURLToPath(new URL('../../../bin/sitrep.js', import.meta.url));
const examples = fileURLToPath(new URL('../../../examples', import.meta.url));

function sitrep(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (error as unknown as { code: number }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, out: stdout, err: stderr });
    });
    child.stdin!.end();
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-analyze-'));
  await writeFile(join(dir, 'junk.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
  const item = (title: string, link: string, date: string, html: string) =>
    `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description><![CDATA[${html}]]></description></item>`;
  await writeFile(
    join(dir, 'wire.rss'),
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>' +
      item(
        'Poland shoots down drones',
        'https://wire.example/poland-drones',
        'Wed, 10 Sep 2025 14:02:00 GMT',
        "<p>Russia's defence ministry said its forces had struck military sites in western Ukraine. It said it was ready to hold consultations with Poland.</p>",
      ) +
      item(
        'Trade truce agreed',
        'https://wire.example/busan',
        'Thu, 30 Oct 2025 01:00:00 GMT',
        '<p>"This is a pause, not a peace," said Wendy Cutler, a former U.S. trade negotiator.</p>',
      ) +
      '</channel></rss>',
  );
  const cafe = Buffer.from(
    '<html><head><meta charset="windows-1252"><title>Caf\xe9 talks</title></head><body><h1>Caf\xe9 talks resume</h1>' +
      '<p>"We are ready," the minister said in a caf\xe9 in Li\xe8ge on Monday.</p></body></html>',
    'latin1',
  );
  await writeFile(
    join(dir, 'crawl.warc.gz'),
    gzipPerRecord([responseRecord('https://eu.example/cafe', 200, { 'Content-Type': 'text/html; charset=windows-1252' }, cafe)]),
  );
  await writeFile(
    join(dir, 'pages.jsonl'),
    `${JSON.stringify({ id: 'kremlin-1', text: 'Kremlin talks\n\nKremlin spokesman Dmitry Peskov said talks would go on.', publishedAt: '2025-12-02' })}\nnot json\n`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sitrep analyze (real binary)', () => {
  it('runs the README example: the article with its entities and quotes', async () => {
    const r = await sitrep(['analyze', examples]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Entities:');
    expect(r.out).toContain('Quotes:');
    expect(r.out).toMatch(/\]\{(?:PER|ORG|LOC|GPE|MISC)/);
    // each source with its kind said once and its claims counted in words
    expect(r.out).toMatch(/\n {4}unnamed: Some analysts — 1 claim\n/);
    expect(r.out).not.toContain('(unnamed)');
  });

  it('keeps only the layers asked for in JSON Lines', async () => {
    const r = await sitrep(['analyze', '--format', 'jsonl', '--layers', 'entities', join(examples, 'nato-air-defence.html')]);
    const [row] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; layers: Record<string, unknown> });
    expect(row!.id).toBe('nato-air-defence');
    expect(Object.keys(row!.layers)).toEqual(['entities']);
  });

  it('reads each item of a feed and each line of a JSON Lines file as an article, with the date its source gives', async () => {
    const r = await sitrep(['analyze', '--format', 'jsonl', '--layers', 'quotes', join(dir, 'wire.rss'), join(dir, 'pages.jsonl')]);
    const rows = r.out
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            error?: string;
            doc?: { meta: { title: string; publishedAt: string } };
            layers?: { quotes: { speaker: string }[] };
          },
      );
    expect(rows.map((x) => x.id)).toEqual([
      'https://wire.example/poland-drones',
      'https://wire.example/busan',
      'kremlin-1',
      'pages.jsonl:2',
    ]);
    expect(rows[0]!.doc!.meta).toMatchObject({ title: 'Poland shoots down drones', publishedAt: '2025-09-10T14:02:00.000Z' });
    expect(rows[0]!.layers!.quotes.map((q) => q.speaker)).toEqual(["Russia's defence ministry", "Russia's defence ministry"]);
    expect(rows[1]!.layers!.quotes.map((q) => q.speaker)).toEqual(['Wendy Cutler']);
    expect(rows[2]!.doc!.meta.publishedAt).toBe('2025-12-02');
    // a line that cannot be read is an error of its own, and the exit status says so
    expect(rows[3]!.error).toMatch(/JSON/);
    expect(r.code).toBe(1);
  });

  it('reads each response of a WARC archive as an article, in the charset its headers declare', async () => {
    const r = await sitrep(['analyze', '--format', 'jsonl', '--layers', 'quotes', join(dir, 'crawl.warc.gz')]);
    const [row] = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; doc: { text: string; meta: { title: string } }; layers: { quotes: unknown[] } });
    expect(row!.id).toBe('https://eu.example/cafe');
    expect(row!.doc.meta.title).toBe('Café talks resume');
    expect(row!.doc.text).toContain('in a café in Liège');
    expect(row!.layers.quotes).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  it('gives the same output, in input order, from worker threads as from its own thread', async () => {
    const inputs = [join(examples, 'nato-air-defence.html'), join(dir, 'junk.html'), join(examples, 'nato-air-defence-scraped.txt')];
    const alone = await sitrep(['analyze', '--format', 'jsonl', '--workers', '0', ...inputs]);
    const threads = await sitrep(['analyze', '--format', 'jsonl', '--workers', '2', ...inputs]);
    expect(alone.code).toBe(1);
    expect(threads.code).toBe(1);
    expect(threads.out).toBe(alone.out);
    expect(threads.err).toBe(alone.err);
    expect(alone.out.split('\n')[1]).toMatch(/^\{"id":"junk","error":".*binary/);
  }, 60_000);
});
