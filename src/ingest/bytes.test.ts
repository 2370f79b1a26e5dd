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

  it('holds no more compressed input than it is decompressing, however long the stream', async () => {
    // one gzip member per MiB of text (as WARC.gz has one per record), repeated: 192 MiB out
    let seed = 3;
    const words = ['gas', 'price', 'cap', 'ministers', 'agreed', 'Tuesday', 'extend', 'winter', 'storage', 'said'];
    const text = Array.from({ length: 180_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return words[seed % words.length];
    })
      .join(' ')
      .slice(0, 1 << 20);
    const member = gzipSync(Buffer.from(text.padEnd(1 << 20, '.')));
    const members = 192;
    const piece = 64 * 1024;
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let m = 0; m < members; m++) {
        for (let at = 0; at < member.length; at += piece) {
          const chunk = member.subarray(at, Math.min(member.length, at + piece));
          pulled += chunk.length;
          yield chunk;
        }
      }
    }
    let out = 0;
    let maxLead = 0;
    for await (const chunk of readBytes(source())) {
      // compressed bytes up to the end of the member this output belongs to
      const needed = (Math.floor(out / (1 << 20)) + 1) * member.length;
      maxLead = Math.max(maxLead, pulled - needed);
      out += chunk.length;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(out).toBe(members << 20);
    expect(member.length).toBeLessThan(200 * 1024);
    // at most the piece being read from the source ahead of the member being decompressed
    expect(maxLead).toBeLessThanOrEqual(piece);
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
