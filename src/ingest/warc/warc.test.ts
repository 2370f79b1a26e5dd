import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test-utils/temp-dir.js';
import type { RawDoc, RawDocError, RawDocResult } from '../raw-doc.js';
import { chunked, collect, gzipPerRecord, responseRecord, warcRecord } from '../test-utils/warc-builder.js';
import { readWarc, type WarcSkip } from './warc.js';

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>${title} body.</p></body></html>`;

function sampleRecords(): Buffer[] {
  return [
    warcRecord('warcinfo', { 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord('request', { 'WARC-Target-URI': 'https://news.example/a' }, 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    responseRecord('https://news.example/a', 200, { 'Content-Type': 'text/html; charset=UTF-8' }, page('Alpha')),
    responseRecord('https://news.example/logo.png', 200, { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
    responseRecord('https://news.example/missing', 404, { 'Content-Type': 'text/html' }, page('Not found')),
    warcRecord('resource', { 'WARC-Target-URI': 'file:///b.html', 'Content-Type': 'text/html' }, page('Beta')),
    warcRecord('revisit', { 'WARC-Target-URI': 'https://news.example/a' }, ''),
  ];
}

const oks = (items: RawDocResult[]) => items.filter((i): i is RawDoc => i.ok);
const errs = (items: RawDocResult[]) => items.filter((i): i is RawDocError => !i.ok);
const text = (d: RawDoc) => Buffer.from(d.body as Uint8Array).toString('utf8');

describe('readWarc', () => {
  it('yields HTML response and resource records with provenance, and skips the rest', async () => {
    const skips: WarcSkip[] = [];
    const items = await collect(readWarc(Buffer.concat(sampleRecords()), { onSkip: (s) => skips.push(s) }));
    expect(errs(items)).toEqual([]);
    const docs = oks(items);
    expect(docs.map((d) => d.id)).toEqual(['https://news.example/a', 'file:///b.html']);
    const a = docs[0]!;
    expect(text(a)).toContain('<title>Alpha</title>');
    expect(a.charset).toBe('utf-8');
    expect(a.mode).toBe('html');
    expect(a.provenance).toMatchObject({
      kind: 'warc',
      index: 3,
      url: 'https://news.example/a',
      fetchedAt: '2024-03-01T12:00:00Z',
      status: 200,
      contentType: 'text/html',
    });
    expect(a.provenance.recordId).toMatch(/^<urn:uuid:/);
    expect(skips.map((s) => s.reason)).toEqual([
      'warcinfo record',
      'request record',
      'not HTML (image/png)',
      'HTTP status 404',
      'revisit record',
    ]);
  });

  it('reads per-record gzip members, whole-file gzip, and tiny chunks alike', async () => {
    const records = sampleRecords();
    const expected = ['https://news.example/a', 'file:///b.html'];
    const perRecord = gzipPerRecord(records);
    const whole = gzipSync(Buffer.concat(records));
    for (const input of [perRecord, whole, chunked(perRecord, 7), chunked(Buffer.concat(records), 5)]) {
      const items = await collect(readWarc(input));
      expect(errs(items)).toEqual([]);
      expect(oks(items).map((d) => d.id)).toEqual(expected);
    }
  });

  it('reads from a file path and reports a missing file', async () => {
    const dir = tempDir('warc');
    const file = join(dir, 'crawl.warc.gz');
    writeFileSync(file, gzipPerRecord(sampleRecords()));
    const docs = oks(await collect(readWarc(file)));
    expect(docs).toHaveLength(2);
    expect(docs[0]!.provenance.path).toBe(file);
    const missing = await collect(readWarc(join(dir, 'nope.warc')));
    expect(missing).toHaveLength(1);
    expect(errs(missing)[0]!.error).toMatch(/no such file/);
  });

  it('undoes chunked transfer coding and gzip/br content encoding, and passes the declared charset on', async () => {
    const html = page('Café crème');
    const latin = iconv.encode(html, 'windows-1252');
    const gz = gzipSync(latin);
    const chunkedBody = Buffer.concat([
      Buffer.from(`${gz.subarray(0, 10).length.toString(16)}\r\n`),
      gz.subarray(0, 10),
      Buffer.from(`\r\n${gz.subarray(10).length.toString(16)};ext=1\r\n`),
      gz.subarray(10),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const records = [
      responseRecord(
        'https://news.example/c',
        200,
        { 'Content-Type': 'text/html; charset="ISO-8859-1"', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
        chunkedBody,
      ),
      responseRecord(
        'https://news.example/d',
        200,
        { 'Content-Type': 'text/html', 'Content-Encoding': 'br' },
        brotliCompressSync(Buffer.from(page('Delta'))),
      ),
      // stored already decoded although the headers still say so
      responseRecord(
        'https://news.example/e',
        200,
        { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' },
        page('Echo'),
      ),
    ];
    const docs = oks(await collect(readWarc(Buffer.concat(records))));
    expect(docs).toHaveLength(3);
    expect(docs[0]!.charset).toBe('iso-8859-1');
    expect(Buffer.compare(Buffer.from(docs[0]!.body as Uint8Array), latin)).toBe(0);
    expect(text(docs[1]!)).toContain('Delta');
    expect(text(docs[2]!)).toContain('Echo');
    expect(docs[2]!.warnings.join(' ')).toMatch(/not chunked|already decoded/);
  });

  it('reports a malformed record and resumes at the next one', async () => {
    const good = sampleRecords();
    const bad = Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n');
    const junk = Buffer.from('this is not a WARC record\r\nnor is this\r\n\r\n');
    const items = await collect(
      readWarc(Buffer.concat([good[2]!, bad, good[5]!, junk, responseRecord('https://news.example/z', 200, {}, page('Zulu'))])),
    );
    expect(oks(items).map((d) => d.id)).toEqual(['https://news.example/a', 'file:///b.html', 'https://news.example/z']);
    const e = errs(items);
    expect(e).toHaveLength(2);
    expect(e[0]!.error).toMatch(/bad Content-Length "twelve".*skipped to the next record/);
    expect(e[1]!.error).toMatch(/malformed archive: no WARC record at byte \d+ \(after record #3\); skipped \d+ bytes to the next record/);
  });

  it('reports binary junk without hanging', async () => {
    const junk = Buffer.alloc(200_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    const items = await collect(readWarc(junk));
    expect(oks(items)).toEqual([]);
    expect(errs(items).length).toBeGreaterThanOrEqual(1);
    expect(errs(items)[0]!.error).toMatch(/malformed archive/);
  });

  it('stops with a clear error on a truncated archive, after the complete records', async () => {
    const whole = Buffer.concat(sampleRecords());
    const cut = whole.subarray(0, whole.indexOf('Beta') - 20);
    const items = await collect(readWarc(cut));
    expect(oks(items).map((d) => d.id)).toEqual(['https://news.example/a']);
    const last = items[items.length - 1] as RawDocError;
    expect(last.ok).toBe(false);
    expect(last.error).toMatch(/archive truncated: record #6 \(file:\/\/\/b.html\) declares \d+ bytes/);
  });

  it('stops with a clear error on truncated or corrupt gzip', async () => {
    const members = sampleRecords().map((r) => gzipSync(r));
    const gz = Buffer.concat(members);
    const cutAt = members.slice(0, 5).reduce((n, m) => n + m.length, 0) + Math.floor(members[5]!.length / 2);
    const truncated = await collect(readWarc(gz.subarray(0, cutAt)));
    expect(oks(truncated).map((d) => d.id)).toEqual(['https://news.example/a']);
    expect(errs(truncated)).toHaveLength(1);
    expect(errs(truncated)[0]!.error).toMatch(
      /cannot read past record #5 \(byte \d+ of the uncompressed archive\): the gzip data is truncated/,
    );

    const corrupt = Buffer.from(gz);
    for (let i = 40; i < 80; i++) corrupt[i] = 0x55;
    const broken = await collect(readWarc(corrupt));
    expect(errs(broken)).toHaveLength(1);
    expect(errs(broken)[0]!.error).toMatch(/cannot read past .*corrupt gzip data/);
  });

  it('refuses bodies over the limit and goes on', async () => {
    const big = page('x'.repeat(5000));
    const items = await collect(
      readWarc(
        Buffer.concat([responseRecord('https://news.example/big', 200, { 'Content-Type': 'text/html' }, big), sampleRecords()[2]!]),
        {
          maxBodyBytes: 1000,
        },
      ),
    );
    expect(errs(items).map((e) => e.error)).toEqual([
      expect.stringMatching(/record #1 has a \d+\.\d KiB body, more than the 1000 bytes limit; skipped/),
    ]);
    expect(oks(items).map((d) => d.id)).toEqual(['https://news.example/a']);
  });

  it('streams: the first page comes out before a large record is pulled from the source', async () => {
    let pulled = 0;
    const huge = responseRecord('https://news.example/video', 200, { 'Content-Type': 'video/mp4' }, Buffer.alloc(4 * 1024 * 1024, 7));
    async function* source() {
      for (const part of [sampleRecords()[2]!, huge, sampleRecords()[5]!]) {
        for (const c of chunked(part, 16 * 1024)) {
          pulled++;
          yield c;
        }
      }
    }
    const seen: Array<[string, number]> = [];
    for await (const item of readWarc(source())) if (item.ok) seen.push([item.id, pulled]);
    expect(seen[0]![0]).toBe('https://news.example/a');
    expect(seen[0]![1]).toBeLessThan(10);
    expect(seen[1]![0]).toBe('file:///b.html');
    expect(seen[1]![1]).toBeGreaterThan(256);
  });
});
