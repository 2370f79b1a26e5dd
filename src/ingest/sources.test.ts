import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-utils/temp-dir.js';
import { readSources, sourceKind } from './index.js';
import { collect, gzipPerRecord, responseRecord } from './test-utils/warc-builder.js';

describe('sourceKind', () => {
  it('picks the reader by file name', () => {
    expect(
      ['a.warc', 'a.WARC.gz', 'a.jsonl', 'a.ndjson.gz', 'a.rss', 'a.atom', 'a.xml', 'a.html', 'a.txt.gz', 'README'].map(sourceKind),
    ).toEqual(['warc', 'warc', 'jsonl', 'jsonl', 'feed', 'feed', 'feed', 'file', 'file', 'file']);
  });
});

describe('readSources', () => {
  it('reads a directory of mixed sources in sorted order, and reports missing paths', async () => {
    const dir = tempDir('sources');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'a.warc.gz'),
      gzipPerRecord([responseRecord('https://w.example/1', 200, { 'Content-Type': 'text/html' }, '<html><p>w</p></html>')]),
    );
    writeFileSync(
      join(dir, 'b.rss'),
      '<rss><channel><title>F</title><item><link>https://f.example/1</link><description>feed text</description></item></channel></rss>',
    );
    writeFileSync(join(dir, 'sub', 'c.jsonl'), '{"url":"https://j.example/1","text":"jsonl text"}\n');
    writeFileSync(join(dir, 'sub', 'd.html'), '<p>file</p>');
    writeFileSync(join(dir, 'sub', 'notes.md'), 'ignored');
    const items = await collect(readSources([dir, join(dir, 'missing.warc')]));
    expect(items.map((i) => (i.ok ? `${i.provenance.kind} ${i.id}` : `error ${i.error}`))).toEqual([
      'warc https://w.example/1',
      'feed https://f.example/1',
      'jsonl https://j.example/1',
      'file d',
      'error no such file or directory',
    ]);
  });

  it('tells the caller of a directory with nothing to read, and reads the rest', async () => {
    const dir = tempDir('sources-empty');
    mkdirSync(join(dir, 'empty', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'empty', 'notes.md'), 'not a source');
    writeFileSync(join(dir, 'd.html'), '<p>file</p>');
    const empty: string[] = [];
    const items = await collect(
      readSources([join(dir, 'empty'), join(dir, 'd.html')], { files: { onEmptyDirectory: (d) => empty.push(d) } }),
    );
    expect(empty).toEqual([join(dir, 'empty')]);
    expect(items.map((i) => i.id)).toEqual(['d']);
  });
});
