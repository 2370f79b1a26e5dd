import { closeSync, createReadStream, openSync, readFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Command, InvalidArgumentError } from 'commander';
import { decodeBytes } from '../../extract/decode.js';
import { fetchPages } from '../../ingest/fetch/fetch.js';
import { UsageError } from '../inputs.js';
import { type CliIo, choice } from '../io.js';

interface FetchCliOptions {
  urls?: string;
  out?: string;
  format: 'jsonl';
  allowPrivate: boolean;
  robots: boolean;
  delay: number;
  timeout: number;
  maxBytes: number;
  maxRedirects: number;
  concurrency: number;
  userAgent?: string;
}

function whole(min: number): (v: string) => number {
  return (v: string) => {
    if (!/^\d+$/.test(v.trim()) || Number(v) < min) throw new InvalidArgumentError(`expected a whole number of at least ${min}`);
    return Number(v);
  };
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

async function* urlList(args: readonly string[], file: string | undefined): AsyncGenerator<string> {
  yield* args;
  if (file === undefined) return;
  const lines = createInterface({ input: file === '-' ? process.stdin : createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const url = line.replace(/#.*$/, '').trim();
    if (url.length > 0) yield url;
  }
}

export function registerFetch(program: Command, io: CliIo): void {
  program
    .command('fetch')
    .summary('fetch web pages politely, for ingest')
    .description(
      'Fetch news pages and write them as JSON Lines, one {"url","fetchedAt","status","contentType","html"} object\n' +
        'a page (a plain-text page gets "text" instead of "html"): the input format of `sitrep ingest`.\n\n' +
        'Polite and safe by default: robots.txt is obeyed (and its Crawl-delay), one request at a time per host\n' +
        'with a pause between them, timeouts, a size cap and a redirect limit. Loopback, private and\n' +
        'link-local addresses are refused, also after redirects, unless --allow-private is given.',
    )
    .argument('[url...]', 'page URLs (http or https)')
    .option('--urls <file>', 'read more URLs from a file, one a line (# starts a comment); - for stdin')
    .option('-o, --out <file>', 'write the pages to this file instead of stdout')
    .option('-f, --format <format>', 'jsonl (one object per page)', choice(['jsonl']), 'jsonl')
    .option('--allow-private', 'allow loopback, private and link-local addresses (a local test server, an intranet)', false)
    .option('--no-robots', 'do not read robots.txt (only for sites you own)')
    .option('--delay <ms>', 'least milliseconds between two requests to the same host', whole(0), 1000)
    .option('--timeout <ms>', 'milliseconds allowed for one request, body included', whole(1), 15000)
    .option('--max-bytes <n>', 'largest page accepted, in bytes (also after decompression)', whole(1), 10 * 1024 * 1024)
    .option('--max-redirects <n>', 'redirects followed before giving up', whole(0), 5)
    .option('--concurrency <n>', 'hosts fetched at once (one host is always fetched one page at a time)', whole(1), 4)
    .option('--user-agent <ua>', 'User-Agent header; its first word is the name looked up in robots.txt')
    .addHelpText(
      'after',
      `
Examples:
  $ sitrep fetch https://example.com/news/story > pages.jsonl
  $ sitrep fetch --urls links.txt --out pages.jsonl --delay 2000
  $ sitrep fetch --allow-private --no-robots http://localhost:8080/test-page
  $ sitrep fetch --urls links.txt --out pages.jsonl && sitrep ingest pages.jsonl

A page that cannot be fetched (refused by robots.txt, an HTTP error, a timeout, too large, a
private address, not HTML or text) is reported on stderr as "sitrep fetch: URL: reason" and left
out of the output; the others go on, and the exit status is then 1. Usage mistakes exit with 2.`,
    )
    .action(async (args: string[], opts: FetchCliOptions) => {
      if (args.length === 0 && opts.urls === undefined) throw new UsageError('give at least one URL, or --urls FILE');
      if (opts.urls !== undefined && opts.urls !== '-') {
        try {
          closeSync(openSync(opts.urls, 'r'));
        } catch (error) {
          throw new UsageError(
            `cannot read --urls ${opts.urls}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
          );
        }
      }
      let fd: number | null = null;
      if (opts.out !== undefined) {
        try {
          fd = openSync(opts.out, 'w');
        } catch (error) {
          throw new UsageError(`cannot write --out ${opts.out}: ${(error as Error).message}`);
        }
      }
      const write = (line: string) => {
        if (fd === null) io.out(line);
        else writeSync(fd, line);
      };
      let fetched = 0;
      let failed = 0;
      try {
        const pages = fetchPages(urlList(args, opts.urls), {
          userAgent: opts.userAgent ?? `sitrep/${version()}`,
          allowPrivate: opts.allowPrivate,
          robots: opts.robots,
          delayMs: opts.delay,
          timeoutMs: opts.timeout,
          maxBytes: opts.maxBytes,
          maxRedirects: opts.maxRedirects,
          concurrency: opts.concurrency,
        });
        for await (const page of pages) {
          if (!page.ok) {
            failed++;
            io.err(`sitrep fetch: ${page.id}: ${page.error}\n`);
            continue;
          }
          let content: string;
          try {
            content = typeof page.body === 'string' ? page.body : decodeBytes(page.body, page.charset ?? null).text;
          } catch (error) {
            failed++;
            io.err(`sitrep fetch: ${page.id}: ${(error as Error).message}\n`);
            continue;
          }
          const p = page.provenance;
          const record = {
            url: page.id,
            ...(p.requestedUrl ? { requestedUrl: p.requestedUrl } : {}),
            fetchedAt: p.fetchedAt ?? null,
            status: p.status ?? null,
            contentType: p.contentType ?? null,
            [page.mode === 'text' ? 'text' : 'html']: content,
          };
          write(`${JSON.stringify(record)}\n`);
          fetched++;
        }
      } finally {
        if (fd !== null) closeSync(fd);
      }
      io.err(`sitrep fetch: ${fetched} page${fetched === 1 ? '' : 's'} fetched, ${failed} failed\n`);
      io.setExitCode(failed > 0 ? 1 : 0);
    });
}
