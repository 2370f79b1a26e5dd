import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-utils/temp-dir.js';
import type { RawDoc, RawDocError } from '../raw-doc.js';
import { collect } from '../test-utils/warc-builder.js';
import { expandInputs, inputId, readFiles } from './files.js';

function tree(): string {
  const dir = tempDir('files');
  mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'z.html'), '<p>z</p>');
  writeFileSync(join(dir, 'a.txt'), 'plain text');
  writeFileSync(join(dir, 'b', 'c.htm.gz'), gzipSync('<p>c</p>'));
  writeFileSync(join(dir, 'b', 'deeper', 'd.xhtml'), '<p>d</p>');
  writeFileSync(join(dir, 'b', 'notes.md'), '# skipped');
  writeFileSync(join(dir, 'b', 'bad.html.gz'), 'not gzip');
  return dir;
}

describe('inputId', () => {
  it('drops folders and the document extensions', () => {
    expect(inputId('pages/2024/abc.html.gz')).toBe('abc');
    expect(inputId('x/report.TXT')).toBe('report');
    expect(inputId('story.v2.htm')).toBe('story.v2');
    expect(inputId('.html')).toBe('.html');
    expect(inputId('-')).toBe('-');
  });
});

describe('readFiles', () => {
  it('walks directories recursively in sorted order, with mode hints and gunzipped bytes', async () => {
    const dir = tree();
    const items = await collect(readFiles([dir]));
    expect(items.map((i) => i.id)).toEqual(['a', 'bad', 'c', 'd', 'z']);
    const docs = items.filter((i): i is RawDoc => i.ok);
    expect(docs.map((d) => [d.id, d.mode, Buffer.from(d.body as Uint8Array).toString()])).toEqual([
      ['a', 'text', 'plain text'],
      ['c', 'html', '<p>c</p>'],
      ['d', 'html', '<p>d</p>'],
      ['z', 'html', '<p>z</p>'],
    ]);
    expect(docs[1]!.provenance).toEqual({ kind: 'file', path: join(dir, 'b', 'c.htm.gz') });
    const bad = items.find((i): i is RawDocError => !i.ok)!;
    expect(bad.error).toBe('not gzip data, although the name ends in .gz');
  });

  it('tells the caller of a directory with no file to read', async () => {
    const dir = tree();
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.md'), '# skipped');
    const empty: string[] = [];
    const items = await expandInputs([join(dir, 'empty'), join(dir, 'z.html')], { onEmptyDirectory: (d) => empty.push(d) });
    expect(empty).toEqual([join(dir, 'empty')]);
    expect(items.map((i) => i.id)).toEqual(['z']);
  });

  it('reports missing paths and oversize files per item, and goes on', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'big.html'), `<p>${'x'.repeat(5000)}</p>`);
    writeFileSync(join(dir, 'bomb.html.gz'), gzipSync(Buffer.alloc(200_000, 0x20)));
    const items = await collect(
      readFiles([join(dir, 'missing.html'), join(dir, 'big.html'), join(dir, 'bomb.html.gz'), join(dir, 'z.html')], { maxBytes: 4096 }),
    );
    expect(items.map((i) => (i.ok ? i.id : `${i.id}: ${i.error}`))).toEqual([
      'missing: no such file or directory',
      'big: 4.9 KiB, larger than the 4 KiB limit',
      'bomb: larger than the 4 KiB limit once unzipped',
      'z',
    ]);
  });

  it('reads - from the given stdin, gunzipping it', async () => {
    const items = await collect(readFiles(['-'], { stdin: [gzipSync('<p>piped</p>')] as unknown as AsyncIterable<Uint8Array> }));
    expect(items).toHaveLength(1);
    const doc = items[0] as RawDoc;
    expect(doc.id).toBe('-');
    expect(doc.mode).toBeUndefined();
    expect(Buffer.from(doc.body as Uint8Array).toString()).toBe('<p>piped</p>');
  });

  it('expandInputs lists the same items for sitrep extract', async () => {
    const dir = tree();
    const items = await expandInputs([dir, join(dir, 'nope.txt')]);
    expect(items.map((i) => i.id)).toEqual(['a', 'bad', 'c', 'd', 'z', 'nope']);
    await expect(items[5]!.read()).rejects.toThrow('no such file or directory');
  });
});
