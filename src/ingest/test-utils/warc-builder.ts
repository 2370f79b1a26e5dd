import { gzipSync } from 'node:zlib';

/** Builds WARC records in tests. */
export function warcRecord(type: string, headers: Record<string, string>, block: Buffer | string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body, Buffer.from('\r\n\r\n')]);
}

let counter = 0;

/** A `response` record holding an HTTP response. */
export function responseRecord(url: string, status: number, httpHeaders: Record<string, string>, body: Buffer | string): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}`, ...Object.entries(httpHeaders).map(([k, v]) => `${k}: ${v}`)];
  const block = Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
  counter++;
  return warcRecord(
    'response',
    {
      'WARC-Record-ID': `<urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}>`,
      'WARC-Date': '2024-03-01T12:00:00Z',
      'WARC-Target-URI': url,
      'Content-Type': 'application/http; msgtype=response',
    },
    block,
  );
}

/** Each record as its own gzip member, as crawlers write `.warc.gz`. */
export function gzipPerRecord(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

/** Splits bytes into chunks of `size`, to exercise reads across chunk boundaries. */
export function* chunked(bytes: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Collects an async iterable. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
