import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { formatBytes } from '../bytes.js';
import { decodeContentEncoding, isHtmlType, looksLikeHtmlBytes, parseContentType } from '../http-body.js';
import { type Provenance, type RawDocResult, rawError } from '../raw-doc.js';
import { blockedAddressReason } from './address.js';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type RobotsRules, robotsPath } from './robots.js';

/** Options of {@link fetchPages}. */
export interface FetchOptions {
  /** Sent as User-Agent; its first token (before `/`) is the name matched in robots.txt. Default `sitrep/0.1`. */
  userAgent?: string;
  /** Time allowed for one request, from connecting to the last byte of the body. Default 15 s. */
  timeoutMs?: number;
  /** Largest body accepted, compressed or decompressed. Default 10 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Least time between two requests to the same host. Default 1000 ms. */
  delayMs?: number;
  /** A robots.txt Crawl-delay is honoured up to this. Default 30 s. */
  maxCrawlDelayMs?: number;
  /** Read and obey robots.txt. Default true. */
  robots?: boolean;
  /** Allow loopback, private and link-local addresses. Default false. */
  allowPrivate?: boolean;
  /**
   * Decides which resolved addresses may be fetched when `allowPrivate` is false: returns why an
   * address is refused, or `null`. Default {@link blockedAddressReason}. For tests and special networks.
   */
  addressPolicy?: (ip: string) => string | null;
  /** Pages fetched at once (from different hosts; one host is always fetched one page at a time). Default 4. */
  concurrency?: number;
  /** Stops all requests in flight. */
  signal?: AbortSignal;
}

interface Settings {
  readonly userAgent: string;
  readonly token: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly delayMs: number;
  readonly maxCrawlDelayMs: number;
  readonly robots: boolean;
  readonly allowPrivate: boolean;
  readonly policy: (ip: string) => string | null;
  readonly signal: AbortSignal;
}

interface Response {
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A page refused because of the address it resolves to. */
class RefusedError extends Error {
  override readonly name = 'RefusedError';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ROBOTS_MAX_BYTES = 512 * 1024;

/**
 * Fetches web pages politely and safely, yielding one RawDoc (the body bytes, the declared charset,
 * mode `html` or `text`) or one {@link RawDocError} per URL, in the order given.
 *
 * - robots.txt is read once per host and obeyed (the groups for our user agent, else `*`),
 *   Crawl-delay included; a robots.txt that fails with 5xx or cannot be reached means "disallow".
 * - One request at a time per host, `delayMs` apart; up to `concurrency` hosts at once.
 * - Timeouts, a body size cap (also after decompression), a redirect limit with loop detection,
 *   gzip/deflate/br decoding, http and https only.
 * - Loopback, private, link-local and other non-public addresses are refused unless
 *   `allowPrivate` is set; the resolved address is checked at every hop, redirects included.
 *
 * @example
 * import { fetchPages } from './ingest/index.js';
 * for await (const page of fetchPages(['https://news.example/story'], { delayMs: 2000 })) {
 *   if (page.ok) console.log(page.id, page.provenance.status, page.charset); // final URL, 200, 'utf-8'
 *   else console.error(`${page.id}: ${page.error}`); // 'disallowed by robots.txt', 'timed out after 15000 ms', …
 * }
 */
export async function* fetchPages(
  urls: Iterable<string> | AsyncIterable<string>,
  options: FetchOptions = {},
): AsyncGenerator<RawDocResult> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const userAgent = options.userAgent ?? 'sitrep/0.1';
  const settings: Settings = {
    userAgent,
    token: userAgent.split(/[/\s]/)[0]!.toLowerCase(),
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    delayMs: options.delayMs ?? 1000,
    maxCrawlDelayMs: options.maxCrawlDelayMs ?? 30_000,
    robots: options.robots ?? true,
    allowPrivate: options.allowPrivate ?? false,
    policy: options.addressPolicy ?? blockedAddressReason,
    signal: controller.signal,
  };
  const session = new Session(settings);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const window: Array<Promise<RawDocResult>> = [];
  try {
    for await (const url of urls) {
      window.push(session.fetchPage(url));
      if (window.length >= concurrency) yield await window.shift()!;
    }
    while (window.length > 0) yield await window.shift()!;
  } finally {
    controller.abort(new Error('fetching stopped'));
    options.signal?.removeEventListener('abort', onAbort);
    await Promise.allSettled(window);
  }
}

interface HostState {
  chain: Promise<void>;
  last: number;
  crawlDelayMs: number;
}

class Session {
  private readonly robotsCache = new Map<string, Promise<RobotsRules>>();
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly s: Settings) {}

  async fetchPage(requested: string): Promise<RawDocResult> {
    const id = requested.trim();
    let url: URL;
    try {
      url = new URL(id);
    } catch {
      return rawError(id, 'not a valid URL', { kind: 'url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return rawError(id, `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, '')}`, { kind: 'url', url: url.href });
    }
    url.hash = '';
    const visited = new Set<string>();
    const chain: string[] = [];
    for (let hop = 0; ; hop++) {
      const base: Provenance = { kind: 'url', url: url.href, ...(url.href !== id ? { requestedUrl: id } : {}) };
      if (visited.has(url.href)) return rawError(id, `redirect loop: ${[...chain, url.href].join(' → ')}`, base);
      visited.add(url.href);
      chain.push(url.href);
      let response: Response;
      try {
        this.checkLiteral(url);
        if (this.s.robots) {
          const rules = await this.robotsFor(url);
          if (!rules.allows(robotsPath(url))) return rawError(id, `disallowed by ${url.origin}/robots.txt`, base);
        }
        await this.slot(url);
        response = await this.request(url, this.s.maxBytes, false, (status, headers) => {
          if (REDIRECTS.has(status) || status < 200 || status > 299) return null;
          const { mediaType } = parseContentType(headers['content-type']);
          if (mediaType !== null && !isHtmlType(mediaType) && mediaType !== 'text/plain') return `not an HTML or text page (${mediaType})`;
          return null;
        });
      } catch (error) {
        return rawError(id, (error as Error).message, base);
      }
      const { status } = response;
      if (REDIRECTS.has(status)) {
        const location = response.headers.location;
        if (!location) return rawError(id, `HTTP ${status} redirect without a Location`, { ...base, status });
        if (hop >= this.s.maxRedirects) return rawError(id, `too many redirects (more than ${this.s.maxRedirects})`, { ...base, status });
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          return rawError(id, `HTTP ${status} redirect to a bad URL "${location.slice(0, 100)}"`, { ...base, status });
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return rawError(id, `redirected to a ${next.protocol.replace(/:$/, '')} URL; only http and https are fetched`, {
            ...base,
            status,
          });
        }
        next.hash = '';
        url = next;
        continue;
      }
      const { mediaType, charset } = parseContentType(response.headers['content-type']);
      const provenance: Provenance = {
        ...base,
        fetchedAt: new Date().toISOString(),
        status,
        ...(mediaType ? { contentType: mediaType } : {}),
      };
      if (status < 200 || status > 299)
        return rawError(id, `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, provenance);
      let mode: 'html' | 'text';
      if (mediaType === null) {
        if (!looksLikeHtmlBytes(response.body)) return rawError(id, 'no Content-Type and the body does not look like HTML', provenance);
        mode = 'html';
      } else mode = mediaType === 'text/plain' ? 'text' : 'html';
      return { ok: true, id: url.href, body: response.body, ...(charset ? { charset } : {}), mode, provenance, warnings: [] };
    }
  }

  private checkLiteral(url: URL): void {
    if (this.s.allowPrivate) return;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) === 0) return;
    const reason = this.s.policy(host);
    if (reason !== null) throw new RefusedError(`refused: ${host} is ${reason} (allow it with allowPrivate / --allow-private)`);
  }

  private robotsFor(url: URL): Promise<RobotsRules> {
    const key = url.origin;
    let rules = this.robotsCache.get(key);
    if (rules === undefined) {
      rules = this.loadRobots(url);
      this.robotsCache.set(key, rules);
    }
    return rules;
  }

  private async loadRobots(page: URL): Promise<RobotsRules> {
    let url = new URL('/robots.txt', page.origin);
    for (let hop = 0; hop <= 5; hop++) {
      let response: Response;
      try {
        this.checkLiteral(url);
        await this.slot(url);
        response = await this.request(url, ROBOTS_MAX_BYTES, true, () => null);
      } catch (error) {
        if (error instanceof RefusedError || this.s.signal.aborted) throw error;
        throw new Error(`robots.txt could not be read (${(error as Error).message}), so the site is not fetched`);
      }
      const location = response.headers.location;
      if (REDIRECTS.has(response.status) && location) {
        url = new URL(location, url);
        continue;
      }
      if (response.status >= 200 && response.status <= 299) {
        const rules = parseRobots(response.body.toString('utf8'), this.s.token);
        if (rules.crawlDelay !== null) this.host(page).crawlDelayMs = Math.min(rules.crawlDelay * 1000, this.s.maxCrawlDelayMs);
        return rules;
      }
      if (response.status >= 400 && response.status <= 499) return ALLOW_ALL;
      throw new Error(`robots.txt answered HTTP ${response.status}, so the site is not fetched`);
    }
    return DISALLOW_ALL;
  }

  private host(url: URL): HostState {
    let state = this.hosts.get(url.host);
    if (state === undefined) {
      state = { chain: Promise.resolve(), last: Number.NEGATIVE_INFINITY, crawlDelayMs: 0 };
      this.hosts.set(url.host, state);
    }
    return state;
  }

  /** Waits for this host's turn: one request at a time, spaced by the delay. */
  private async slot(url: URL): Promise<void> {
    const state = this.host(url);
    const previous = state.chain;
    let release!: () => void;
    state.chain = new Promise((resolve) => {
      release = resolve;
    });
    try {
      await previous;
      const wait = state.last + Math.max(this.s.delayMs, state.crawlDelayMs) - Date.now();
      if (wait > 0) await sleep(wait, this.s.signal);
      state.last = Date.now();
    } finally {
      release();
    }
  }

  private readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((a) => this.s.policy(a.address) === null);
      if (allowed.length === 0) {
        const first = addresses[0];
        const reason = first ? `${hostname} resolves to ${first.address}, ${this.s.policy(first.address)}` : `${hostname} has no address`;
        return callback(new RefusedError(`refused: ${reason} (allow it with allowPrivate / --allow-private)`), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      return callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };

  private request(
    url: URL,
    maxBytes: number,
    truncate: boolean,
    precheck: (status: number, headers: IncomingHttpHeaders) => string | null,
  ): Promise<Response> {
    const s = this.s;
    return new Promise<Response>((resolve, reject) => {
      if (s.signal.aborted) {
        reject(new Error('fetching stopped'));
        return;
      }
      const lib = url.protocol === 'https:' ? https : http;
      let settled = false;
      const finish = (error: Error | null, response?: Response) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        s.signal.removeEventListener('abort', onAbort);
        if (error) {
          req.destroy();
          reject(error);
        } else resolve(response!);
      };
      const onAbort = () => finish(new Error('fetching stopped'));
      const req = lib.request(
        url,
        {
          method: 'GET',
          agent: false,
          headers: {
            'user-agent': s.userAgent,
            accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
          },
          ...(s.allowPrivate ? {} : { lookup: this.lookup }),
        },
        (res) => {
          const status = res.statusCode ?? 0;
          const statusText = res.statusMessage ?? '';
          const problem = precheck(status, res.headers);
          if (problem !== null) return finish(new Error(problem));
          if (REDIRECTS.has(status)) {
            res.resume();
            return finish(null, { status, statusText, headers: res.headers, body: Buffer.alloc(0) });
          }
          const declared = Number(res.headers['content-length']);
          if (!truncate && Number.isFinite(declared) && declared > maxBytes) {
            return finish(new Error(`body of ${formatBytes(declared)} is larger than the ${formatBytes(maxBytes)} limit`));
          }
          const chunks: Buffer[] = [];
          let total = 0;
          res.on('data', (chunk: Buffer) => {
            if (settled) return;
            total += chunk.length;
            if (total > maxBytes) {
              if (truncate) {
                chunks.push(chunk.subarray(0, chunk.length - (total - maxBytes)));
                return deliver();
              }
              return finish(new Error(`body larger than the ${formatBytes(maxBytes)} limit`));
            }
            chunks.push(chunk);
          });
          const deliver = () => {
            let body: Buffer = Buffer.concat(chunks);
            try {
              if (!truncate) body = decodeContentEncoding(body, res.headers['content-encoding'], maxBytes);
            } catch (error) {
              return finish(error as Error);
            }
            finish(null, { status, statusText, headers: res.headers, body });
          };
          res.on('end', deliver);
          res.on('aborted', () => finish(new Error('the connection closed before the body ended')));
          res.on('error', (error) => finish(new Error(`the response failed (${error.message})`)));
        },
      );
      const timer = setTimeout(() => finish(new Error(`timed out after ${s.timeoutMs} ms`)), s.timeoutMs);
      s.signal.addEventListener('abort', onAbort, { once: true });
      req.on('error', (error: NodeJS.ErrnoException) =>
        finish(error instanceof RefusedError ? error : new Error(describeNetError(error, url))),
      );
      req.end();
    });
  }
}

function describeNetError(e: NodeJS.ErrnoException, url: URL): string {
  switch (e.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot resolve ${url.hostname}`;
    case 'ECONNREFUSED':
      return `connection refused by ${url.host}`;
    case 'ECONNRESET':
      return `connection reset by ${url.host}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${url.host} is unreachable`;
    default:
      return e.message;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error('fetching stopped'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error('fetching stopped'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
