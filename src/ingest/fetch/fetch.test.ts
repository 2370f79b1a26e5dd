import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDoc, RawDocError, RawDocResult } from '../raw-doc.js';
import { collect } from '../test-utils/warc-builder.js';
import { blockedAddressReason } from './address.js';
import { type FetchOptions, fetchPages } from './fetch.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;

interface TestServer {
  readonly base: string;
  readonly port: number;
  readonly hits: Array<{ path: string; at: number; ua: string | undefined }>;
  close(): Promise<void>;
}

async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const hits: TestServer['hits'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push({ path, at: Date.now(), ua: req.headers['user-agent'] });
    const route = routes[path] ?? routes[path.replace(/\?.*$/, '')];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/html' }).end('<p>not here</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const html =
  (body: string | Buffer, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
const redirect =
  (to: string, status = 302): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: to }).end();
  };

const oks = (items: RawDocResult[]) => items.filter((i): i is RawDoc => i.ok);
const errs = (items: RawDocResult[]) => items.filter((i): i is RawDocError => !i.ok);
const local: FetchOptions = { allowPrivate: true, delayMs: 0, timeoutMs: 2000 };
const text = (d: RawDoc) => Buffer.from(d.body as Uint8Array).toString('utf8');

let srv: TestServer;
let stalled: ServerResponse[] = [];

beforeAll(async () => {
  const latin = iconv.encode(page('Café'), 'windows-1252');
  srv = await serve({
    '/robots.txt': (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nDisallow: /secret\n\nUser-agent: sitrep\nDisallow: /not-for-sitrep\n');
    },
    '/page': html(page('Plain')),
    '/latin-gzip': html(gzipSync(latin), { 'content-type': 'text/html; charset=windows-1252', 'content-encoding': 'gzip' }),
    '/br': html(brotliCompressSync(Buffer.from(page('Brotli'))), { 'content-encoding': 'br' }),
    '/deflate': html(deflateSync(Buffer.from(page('Deflate'))), { 'content-encoding': 'deflate' }),
    '/notes.txt': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('Plain notes.'),
    '/secret': html(page('Secret')),
    '/not-for-sitrep': html(page('Hidden')),
    '/report.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/page', 307),
    '/loop-a': redirect('/loop-b'),
    '/loop-b': redirect('/loop-a'),
    '/to-hidden': redirect('/not-for-sitrep'),
    '/to-ftp': redirect('ftp://example.org/file'),
    '/big-declared': html(`<p>${'x'.repeat(5113)}</p>`, { 'content-length': '5120' }),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write(`<p>${'y'.repeat(1000)}</p>`);
      res.end();
    },
    '/bomb': html(gzipSync(Buffer.alloc(1_000_000, 0x20)), { 'content-encoding': 'gzip' }),
    '/never': (_req, res) => void stalled.push(res),
    '/stall-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first part');
      stalled.push(res);
    },
  });
});

afterAll(async () => {
  for (const res of stalled) res.destroy();
  stalled = [];
  await srv.close();
});

describe('fetchPages', () => {
  it('fetches pages in order with status, charset, mode and decoded bodies', async () => {
    const urls = ['/page', '/latin-gzip', '/br', '/deflate', '/notes.txt'].map((p) => srv.base + p);
    const items = await collect(fetchPages(urls, local));
    expect(errs(items)).toEqual([]);
    const docs = oks(items);
    expect(docs.map((d) => [d.id, d.mode, d.charset])).toEqual([
      [`${srv.base}/page`, 'html', 'utf-8'],
      [`${srv.base}/latin-gzip`, 'html', 'windows-1252'],
      [`${srv.base}/br`, 'html', 'utf-8'],
      [`${srv.base}/deflate`, 'html', 'utf-8'],
      [`${srv.base}/notes.txt`, 'text', 'utf-8'],
    ]);
    expect(iconv.decode(Buffer.from(docs[1]!.body as Uint8Array), 'windows-1252')).toContain('<title>Café</title>');
    expect(text(docs[2]!)).toContain('Brotli');
    expect(text(docs[3]!)).toContain('Deflate');
    expect(docs[0]!.provenance).toMatchObject({ kind: 'url', url: `${srv.base}/page`, status: 200, contentType: 'text/html' });
    expect(Date.parse(docs[0]!.provenance.fetchedAt!)).not.toBeNaN();
    expect(srv.hits.find((h) => h.path === '/page')!.ua).toBe('sitrep/0.1');
  });

  it('obeys robots.txt for our user agent and for *, including after a redirect', async () => {
    const items = await collect(
      fetchPages(
        ['/secret', '/not-for-sitrep', '/to-hidden', '/page'].map((p) => srv.base + p),
        local,
      ),
    );
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
      'ok',
      `disallowed by ${srv.base}/robots.txt`,
      `disallowed by ${srv.base}/robots.txt`,
      'ok',
    ]);
    const other = await collect(fetchPages([`${srv.base}/not-for-sitrep`, `${srv.base}/secret`], { ...local, userAgent: 'newsbot/2.0' }));
    expect(other.map((i) => (i.ok ? 'ok' : i.error))).toEqual(['ok', `disallowed by ${srv.base}/robots.txt`]);
    const ignoring = await collect(fetchPages([`${srv.base}/secret`], { ...local, robots: false }));
    expect(ignoring[0]!.ok).toBe(true);
  });

  it('treats a robots.txt answering 5xx as disallow and one answering 404 as allow', async () => {
    const down = await serve({ '/robots.txt': (_req, res) => void res.writeHead(503).end(), '/page': html(page('x')) });
    const none = await serve({ '/page': html(page('y')) });
    try {
      const items = await collect(fetchPages([`${down.base}/page`, `${down.base}/other`, `${none.base}/page`], local));
      expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
        'robots.txt answered HTTP 503, so the site is not fetched',
        'robots.txt answered HTTP 503, so the site is not fetched',
        'ok',
      ]);
      expect(down.hits.map((h) => h.path)).toEqual(['/robots.txt']);
    } finally {
      await down.close();
      await none.close();
    }
  });

  it('follows redirects up to the limit and reports loops', async () => {
    const items = await collect(
      fetchPages(
        ['/r1', '/loop-a', '/to-ftp'].map((p) => srv.base + p),
        local,
      ),
    );
    const first = items[0] as RawDoc;
    expect(first.ok).toBe(true);
    expect(first.id).toBe(`${srv.base}/page`);
    expect(first.provenance).toMatchObject({ url: `${srv.base}/page`, requestedUrl: `${srv.base}/r1` });
    expect(errs(items).map((e) => e.error)).toEqual([
      `redirect loop: ${srv.base}/loop-a → ${srv.base}/loop-b → ${srv.base}/loop-a`,
      'redirected to a ftp URL; only http and https are fetched',
    ]);
    const limited = await collect(fetchPages([`${srv.base}/r1`], { ...local, maxRedirects: 1 }));
    expect(errs(limited).map((e) => e.error)).toEqual(['too many redirects (more than 1)']);
  });

  it('refuses oversize bodies, declared or not, and decompression bombs', async () => {
    const items = await collect(
      fetchPages(
        ['/big-declared', '/big-chunked', '/bomb', '/page'].map((p) => srv.base + p),
        { ...local, maxBytes: 4096 },
      ),
    );
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
      'body of 5 KiB is larger than the 4 KiB limit',
      'body larger than the 4 KiB limit',
      'body larger than 4 KiB once decompressed',
      'ok',
    ]);
  });

  it('times out on servers that never answer or stall mid-body', async () => {
    const started = Date.now();
    const items = await collect(fetchPages([`${srv.base}/never`, `${srv.base}/stall-body`], { ...local, timeoutMs: 200, robots: false }));
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual(['timed out after 200 ms', 'timed out after 200 ms']);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('stops requests in flight when the caller stops early', async () => {
    const started = Date.now();
    for await (const item of fetchPages([`${srv.base}/page`, `${srv.base}/never`], {
      ...local,
      timeoutMs: 5000,
      robots: false,
      concurrency: 2,
    })) {
      expect(item.ok).toBe(true);
      break;
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('reports HTTP errors, non-HTML types and bad URLs per item', async () => {
    const items = await collect(fetchPages([`${srv.base}/missing`, `${srv.base}/report.pdf`, 'not a url', 'ftp://example.org/x'], local));
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
      'HTTP 404 Not Found',
      'not an HTML or text page (application/pdf)',
      'not a valid URL',
      'only http and https URLs are fetched, not ftp',
    ]);
  });

  it('refuses loopback addresses without allowPrivate, by literal and by name, and never connects', async () => {
    const before = srv.hits.length;
    const urls = [
      `${srv.base}/page`,
      `http://localhost:${srv.port}/page`,
      `http://[::1]:${srv.port}/page`,
      `http://[::ffff:127.0.0.1]:${srv.port}/page`,
      `http://0x7f.1:${srv.port}/page`,
    ];
    const items = await collect(fetchPages(urls, { delayMs: 0 }));
    expect(oks(items)).toEqual([]);
    const messages = errs(items).map((e) => e.error);
    expect(messages[0]).toBe('refused: 127.0.0.1 is a loopback address (allow it with allowPrivate / --allow-private)');
    expect(messages[1]).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(messages[2]).toBe('refused: ::1 is a loopback address (allow it with allowPrivate / --allow-private)');
    expect(messages[3]).toMatch(/^refused: ::ffff:7f00:1 is a loopback address/);
    expect(messages[4]).toMatch(/^refused: 127\.0\.0\.1 is a loopback address/);
    expect(srv.hits.length).toBe(before);
  });

  it('checks the address again after a redirect', async () => {
    const hop = await serve({
      '/to-private': redirect(`http://10.0.0.1:${srv.port}/page`),
      '/to-loopback': redirect(`http://127.0.0.2:${srv.port}/page`),
      '/to-v6': redirect(`http://[fe80::1]:${srv.port}/page`),
      '/to-name': redirect(`http://localhost:${srv.port}/page`),
      '/fine': html(page('fine')),
    });
    try {
      // 127.0.0.1 stands in for a public address here; everything else follows the real policy
      const policy = (ip: string) => (ip === '127.0.0.1' ? null : blockedAddressReason(ip));
      const items = await collect(
        fetchPages(
          ['/fine', '/to-private', '/to-loopback', '/to-v6', '/to-name'].map((p) => hop.base + p),
          { delayMs: 0, robots: false, addressPolicy: policy },
        ),
      );
      expect(items.map((i) => (i.ok ? 'ok' : i.error.replace(/ \(allow it.*$/, '')))).toEqual([
        'ok',
        'refused: 10.0.0.1 is a private address',
        'refused: 127.0.0.2 is a loopback address',
        'refused: fe80::1 is a link-local address',
        expect.stringMatching(/^ok$|^refused: localhost resolves to ::1, a loopback address$/),
      ]);
    } finally {
      await hop.close();
    }
  });

  it('spaces requests to one host by the delay and by Crawl-delay', async () => {
    const slow = await serve({
      '/robots.txt': (_req, res) => void res.writeHead(200).end('User-agent: *\nCrawl-delay: 0.15\n'),
      '/a': html(page('a')),
      '/b': html(page('b')),
    });
    const plain = await serve({ '/a': html(page('a')), '/b': html(page('b')), '/c': html(page('c')) });
    try {
      await collect(fetchPages([`${slow.base}/a`, `${slow.base}/b`], { ...local, concurrency: 2 }));
      const [r, a, b] = slow.hits.map((h) => h.at);
      expect(a! - r!).toBeGreaterThanOrEqual(0);
      expect(b! - a!).toBeGreaterThanOrEqual(140);
      await collect(
        fetchPages(
          ['/a', '/b', '/c'].map((p) => plain.base + p),
          { ...local, robots: false, delayMs: 80, concurrency: 3 },
        ),
      );
      const at = plain.hits.map((h) => h.at);
      expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(70);
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(70);
    } finally {
      await slow.close();
      await plain.close();
    }
  });
});
