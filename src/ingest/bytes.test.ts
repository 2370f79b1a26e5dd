import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ByteReader, readBytes } from './bytes.js';
import { chunked } from './test-utils/warc-builder.js';

function reader(text: string, size: number): ByteReader {
  return new ByteReader(readBytes(chunked(Buffer.from(text), size)));
}

describe('ByteReader', () => {
  it('reads lines across chunk boundaries, with CR LF or LF, and a last line without LF', async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const r = reader('one\r\ntwo\n\nlast', size);
      const lines: string[] = [];
      for (let l = await r.readLine(100); l !== null; l = await r.readLine(100)) lines.push(l.line.toString());
      expect(lines).toEqual(['one', 'two', '', 'last']);
      expect(r.offset).toBe(14);
    }
  });

  it('skips over-long lines, keeping their first bytes, and carries on', async () => {
    for (const size of [1, 4, 64]) {
      const r = reader(`short\n${'x'.repeat(50)}\nafter\n`, size);
      expect((await r.readLine(10))!.line.toString()).toBe('short');
      const long = (await r.readLine(10))!;
      expect([long.tooLong, long.line.toString(), long.bytes]).toEqual([true, 'xxxxxxxxxx', 51]);
      expect((await r.readLine(10))!.line.toString()).toBe('after');
      expect(await r.readLine(10)).toBeNull();
      expect(r.offset).toBe(63);
    }
  });

  it('peeks, reads and skips exact counts, shorter at the end', async () => {
    const r = reader('abcdefghij', 3);
    expect((await r.peek(4)).toString()).toBe('abcd');
    expect((await r.read(5)).toString()).toBe('abcde');
    expect(await r.skip(2)).toBe(2);
    expect((await r.read(10)).toString()).toBe('hij');
    expect(await r.skip(5)).toBe(0);
    expect(r.offset).toBe(10);
  });

  it('serves the bytes before a gzip failure, then reports it', async () => {
    const gz = gzipSync(Buffer.from('line one\nline two\n'.repeat(2000)));
    const r = new ByteReader(readBytes(gz.subarray(0, gz.length - 4)));
    let lines = 0;
    while ((await r.readLine(100)) !== null) lines++;
    expect(lines).toBe(4000);
    expect(r.failure?.message).toMatch(/unexpected end of file/);
  });
});
