import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-utils/temp-dir.js';
import type { RawDoc, RawDocError, RawDocResult } from '../raw-doc.js';
import { chunked, collect } from '../test-utils/warc-builder.js';
import { readJsonl } from './jsonl.js';

const oks = (items: RawDocResult[]) => items.filter((i): i is RawDoc => i.ok);
const errs = (items: RawDocResult[]) => items.filter((i): i is RawDocError => !i.ok);

const lines = [
  JSON.stringify({
    url: 'https://news.example/a',
    html: '<p>Alpha</p>',
    publishedAt: '2024-03-01',
    fetchedAt: '2024-03-02T00:00:00Z',
    status: 200,
  }),
  '',
  JSON.stringify({ id: 'note-7', text: 'Plain page text.' }),
  '{"url": "https://news.example/broken", "html": "<p>oops',
  JSON.stringify({ url: 'https://news.example/empty', title: 'no body' }),
  '[1, 2]',
  JSON.stringify({ html: '<p>Café — naïve</p>', text: 'also text' }),
];

describe('readJsonl', () => {
  it('reads documents and reports bad lines with their numbers', async () => {
    const dir = tempDir('jsonl');
    const file = join(dir, 'pages.jsonl');
    writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
    const items = await collect(readJsonl(file));
    expect(oks(items).map((d) => [d.id, d.mode, d.body, d.provenance.line])).toEqual([
      ['https://news.example/a', 'html', '<p>Alpha</p>', 1],
      ['note-7', 'text', 'Plain page text.', 3],
      ['pages.jsonl:7', 'html', '<p>Café — naïve</p>', 7],
    ]);
    expect(oks(items)[0]!.provenance).toEqual({
      kind: 'jsonl',
      path: file,
      line: 1,
      url: 'https://news.example/a',
      publishedAt: '2024-03-01',
      fetchedAt: '2024-03-02T00:00:00Z',
      status: 200,
    });
    expect(oks(items)[1]!.provenance).toMatchObject({ kind: 'jsonl', line: 3, recordId: 'note-7' });
    expect(oks(items)[2]!.warnings).toEqual(['the line has both "html" and "text"; "html" was used']);
    expect(errs(items).map((e) => [e.id, e.error])).toEqual([
      ['pages.jsonl:4', expect.stringMatching(/^line 4: bad JSON \(/)],
      ['https://news.example/empty', 'line 5: no "html" or "text" field with content'],
      ['pages.jsonl:6', 'line 6: expected a JSON object, found an array'],
    ]);
  });

  it('reads gzipped input and input split at any byte', async () => {
    const data = Buffer.from(lines.join('\n'));
    for (const input of [gzipSync(data), chunked(data, 3), chunked(gzipSync(data), 5)]) {
      const items = await collect(readJsonl(input));
      expect(oks(items).map((d) => d.id)).toEqual(['https://news.example/a', 'note-7', 'jsonl:7']);
      expect(errs(items)).toHaveLength(3);
    }
  });

  it('skips an over-long line without holding it, and goes on', async () => {
    const huge = JSON.stringify({ html: `<p>${'x'.repeat(100_000)}</p>` });
    const items = await collect(readJsonl(chunked(Buffer.from(`${huge}\n${lines[0]}\n`), 4096), { maxLineBytes: 10_000 }));
    expect(errs(items).map((e) => e.error)).toEqual(['line 1 is longer than the 9.8 KiB limit; skipped']);
    expect(oks(items).map((d) => d.provenance.line)).toEqual([2]);
  });

  it('reports truncated gzip after the lines it could read, and a missing file', async () => {
    const gz = gzipSync(Buffer.from(`${lines[0]}\n${'x'.repeat(50_000)}\n`));
    const items = await collect(readJsonl(gz.subarray(0, gz.length - 8)));
    expect(oks(items).map((d) => d.id)).toEqual(['https://news.example/a']);
    expect(errs(items).at(-1)!.error).toMatch(/the gzip data is truncated/);
    const missing = await collect(readJsonl('/nonexistent/pages.jsonl'));
    expect(missing).toEqual([
      { ok: false, id: 'pages.jsonl', error: 'no such file', provenance: { kind: 'jsonl', path: '/nonexistent/pages.jsonl' } },
    ]);
  });
});
