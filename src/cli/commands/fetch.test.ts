import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl } from '../../ingest/jsonl/jsonl.js';
import { tempDir } from '../../test-utils/temp-dir.js';
import { main } from '../main.js';

let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/robots.txt')
      return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
    if (req.url === '/story')
      return void res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><head><title>Talks resume</title></head><body><p>Négociations.</p></body></html>');
    if (req.url === '/notes') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Plain notes.');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>missing</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

describe('sitrep fetch', () => {
  it('writes fetched pages as JSON Lines that the JSONL reader reads back', async () => {
    const { code, out, err } = await run(['fetch', '--allow-private', '--delay', '0', `${base}/story`, `${base}/notes`]);
    expect(code).toBe(0);
    const records = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toEqual([
      {
        url: `${base}/story`,
        fetchedAt: expect.any(String),
        status: 200,
        contentType: 'text/html',
        html: '<html><head><title>Talks resume</title></head><body><p>Négociations.</p></body></html>',
      },
      { url: `${base}/notes`, fetchedAt: expect.any(String), status: 200, contentType: 'text/plain', text: 'Plain notes.' },
    ]);
    expect(err).toBe('sitrep fetch: 2 pages fetched, 0 failed\n');
    const docs = [];
    for await (const d of readJsonl(Buffer.from(out))) docs.push(d);
    expect(docs.map((d) => (d.ok ? [d.id, d.mode, d.provenance.status] : d.error))).toEqual([
      [`${base}/story`, 'html', 200],
      [`${base}/notes`, 'text', 200],
    ]);
  });

  it('reads --urls, writes --out, reports failures on stderr and exits 1', async () => {
    const dir = tempDir('fetch');
    const list = join(dir, 'links.txt');
    writeFileSync(list, `# today's links\n${base}/story\n\n${base}/private/x   # robots says no\n${base}/gone\n`);
    const outFile = join(dir, 'pages.jsonl');
    const { code, out, err } = await run(['fetch', '--allow-private', '--delay', '0', '--urls', list, '--out', outFile]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      `sitrep fetch: ${base}/private/x: disallowed by ${base}/robots.txt`,
      `sitrep fetch: ${base}/gone: HTTP 404 Not Found`,
      'sitrep fetch: 1 page fetched, 2 failed',
      '',
    ]);
    const lines = readFileSync(outFile, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).url).toBe(`${base}/story`);
  });

  it('refuses a local server without --allow-private', async () => {
    const before = hits;
    const { code, err } = await run(['fetch', '--delay', '0', `${base}/story`]);
    expect(code).toBe(1);
    expect(err).toContain(`sitrep fetch: ${base}/story: refused: 127.0.0.1 is a loopback address`);
    expect(hits).toBe(before);
  });

  it('exits 2 on usage mistakes', async () => {
    expect((await run(['fetch'])).err).toContain('give at least one URL, or --urls FILE');
    expect((await run(['fetch'])).code).toBe(2);
    expect((await run(['fetch', '--delay', 'soon', 'https://example.org/'])).code).toBe(2);
    expect((await run(['fetch', '--format', 'csv', 'https://example.org/'])).code).toBe(2);
    const missing = await run(['fetch', '--urls', '/nonexistent/links.txt']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read --urls /nonexistent/links.txt: no such file');
  });

  it('explains itself in --help', async () => {
    const { code, out } = await run(['fetch', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--allow-private');
    expect(out).toContain('Examples:');
    expect(out).toContain('sitrep fetch --urls links.txt --out pages.jsonl');
  });
});
