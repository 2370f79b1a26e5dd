import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * Where a reader takes its bytes from: a file path, bytes in memory, or a stream of chunks
 * (a Node `Readable`, `process.stdin`, an async generator).
 */
export type ByteInput = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const EMPTY = Buffer.alloc(0);
const CHUNK = 64 * 1024;

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

function chunksOf(input: ByteInput): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  if (typeof input === 'string') return createReadStream(input, { highWaterMark: CHUNK });
  if (input instanceof Uint8Array) return [input];
  return input;
}

/**
 * Streams the bytes of `input`, gunzipping them when they start with the gzip magic number.
 * Concatenated gzip members (one per WARC record) come out as one stream. Corrupt or truncated
 * gzip data makes the iteration throw.
 * @internal
 */
export async function* readBytes(input: ByteInput): AsyncGenerator<Buffer> {
  const source = chunksOf(input);
  const it: AsyncIterator<Uint8Array> | Iterator<Uint8Array> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  let first: Buffer | null = null;
  try {
    while (first === null) {
      const r = await it.next();
      if (r.done) return;
      if (r.value.length > 0) first = asBuffer(r.value);
    }
    if (first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b) {
      yield* gunzipChunks(first, it);
      return;
    }
    yield first;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      if (r.value.length > 0) yield asBuffer(r.value);
    }
  } finally {
    await it.return?.();
  }
}

const GUNZIP_INPUT = 16 * 1024;

/**
 * Gunzips a chunk stream. Output that came out before a gzip error is handed on before the error
 * is thrown. Input goes in one small piece at a time, the next only after zlib has taken the
 * previous one and its output has been handed on, so memory holds at most one piece and its
 * output, however large or compressed the stream.
 */
async function* gunzipChunks(first: Buffer, it: AsyncIterator<Uint8Array> | Iterator<Uint8Array>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip({ chunkSize: CHUNK });
  const queue: Buffer[] = [];
  let failure: Error | null = null;
  let finished = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  gunzip.on('data', (chunk: Buffer) => {
    queue.push(chunk);
  });
  gunzip.on('error', (error: Error) => {
    failure = error;
    signal();
  });
  gunzip.on('end', () => {
    finished = true;
    signal();
  });
  let pending: Buffer | null = first;
  let inputDone = false;
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift()!;
      if (failure !== null) throw failure;
      if (finished) return;
      if (inputDone) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if (pending === null) {
        const r = await it.next();
        if (r.done) {
          inputDone = true;
          gunzip.end();
          continue;
        }
        pending = asBuffer(r.value);
      }
      const piece: Buffer = pending.subarray(0, GUNZIP_INPUT);
      pending = pending.length > GUNZIP_INPUT ? pending.subarray(GUNZIP_INPUT) : null;
      // the write callback runs once zlib has consumed the piece (or failed on it)
      await new Promise<void>((resolve) => {
        wake = resolve;
        gunzip.write(piece, () => signal());
      });
    }
  } finally {
    gunzip.destroy();
  }
}

/** A line read by {@link ByteReader.readLine}. @internal */
export interface ByteLine {
  /** The line without its CR LF (only the first `max` bytes when `tooLong`). */
  readonly line: Buffer;
  /** The line was longer than the limit; the rest of it was skipped. */
  readonly tooLong: boolean;
  /** Bytes consumed, line ending included. */
  readonly bytes: number;
}

/**
 * Pulls bytes, lines and peeks out of a stream of chunks, holding only what the current read
 * needs in memory.
 * @internal
 */
export class ByteReader {
  private buf: Buffer = EMPTY;
  private pos = 0;
  private ended = false;
  /** Bytes consumed so far. */
  offset = 0;
  /**
   * The error the source failed with (a read error, corrupt gzip). The bytes that came before it
   * are still served; after them the stream looks ended, and the caller reports this error.
   */
  failure: Error | null = null;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  private get available(): number {
    return this.buf.length - this.pos;
  }

  private async nextChunk(): Promise<Buffer | null> {
    while (!this.ended) {
      let r: IteratorResult<Uint8Array>;
      try {
        r = await this.source.next();
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.ended = true;
        return null;
      }
      if (r.done) {
        this.ended = true;
        return null;
      }
      if (r.value.length > 0) return asBuffer(r.value);
    }
    return null;
  }

  private async pull(): Promise<boolean> {
    const chunk = await this.nextChunk();
    if (chunk === null) return false;
    this.buf = this.available === 0 ? chunk : Buffer.concat([this.buf.subarray(this.pos), chunk]);
    this.pos = 0;
    return true;
  }

  /** Up to `n` bytes from the current position, without consuming them (fewer at the end). */
  async peek(n: number): Promise<Buffer> {
    while (this.available < n && (await this.pull())) {}
    return this.buf.subarray(this.pos, this.pos + Math.min(n, this.available));
  }

  /** The next line (LF or CR LF ended), or `null` at the end of the stream. */
  async readLine(max: number): Promise<ByteLine | null> {
    const parts: Buffer[] = [];
    let held = 0;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.pos);
      if (nl >= 0 && held + nl - this.pos <= max) {
        parts.push(this.buf.subarray(this.pos, nl));
        const bytes = held + nl + 1 - this.pos;
        this.pos = nl + 1;
        this.offset += bytes;
        const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
        return { line: stripCr(line), tooLong: false, bytes };
      }
      if (held + this.available > max) {
        const head = Buffer.concat([...parts, this.buf.subarray(this.pos, this.pos + Math.max(0, max - held))]);
        this.offset += held;
        const rest = await this.skipRestOfLine();
        return { line: head.subarray(0, max), tooLong: true, bytes: held + rest };
      }
      if (this.available > 0) {
        parts.push(this.buf.subarray(this.pos));
        held += this.available;
      }
      this.buf = EMPTY;
      this.pos = 0;
      const chunk = await this.nextChunk();
      if (chunk === null) {
        if (held === 0) return null;
        this.offset += held;
        return { line: stripCr(Buffer.concat(parts)), tooLong: false, bytes: held };
      }
      this.buf = chunk;
    }
  }

  /** Skips to just past the next LF (or the end); resolves to the bytes skipped. */
  private async skipRestOfLine(): Promise<number> {
    let bytes = 0;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.pos);
      if (nl >= 0) {
        bytes += nl + 1 - this.pos;
        this.pos = nl + 1;
        this.offset += bytes;
        return bytes;
      }
      bytes += this.available;
      this.buf = EMPTY;
      this.pos = 0;
      const chunk = await this.nextChunk();
      if (chunk === null) {
        this.offset += bytes;
        return bytes;
      }
      this.buf = chunk;
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Buffer> {
    if (this.available >= n) {
      const out = this.buf.subarray(this.pos, this.pos + n);
      this.pos += n;
      this.offset += n;
      return out;
    }
    const parts: Buffer[] = [this.buf.subarray(this.pos)];
    let have = this.available;
    this.buf = EMPTY;
    this.pos = 0;
    while (have < n) {
      const chunk = await this.nextChunk();
      if (chunk === null) break;
      const need = n - have;
      if (chunk.length > need) {
        parts.push(chunk.subarray(0, need));
        this.buf = chunk;
        this.pos = need;
        have = n;
      } else {
        parts.push(chunk);
        have += chunk.length;
      }
    }
    this.offset += have;
    return Buffer.concat(parts, have);
  }

  /** Skips `n` bytes without keeping them; resolves to the number skipped (fewer at the end). */
  async skip(n: number): Promise<number> {
    let done = Math.min(n, this.available);
    this.pos += done;
    while (done < n) {
      const chunk = await this.nextChunk();
      if (chunk === null) break;
      const need = n - done;
      if (chunk.length > need) {
        this.buf = chunk;
        this.pos = need;
        done = n;
      } else {
        done += chunk.length;
      }
    }
    if (this.available === 0) {
      this.buf = EMPTY;
      this.pos = 0;
    }
    this.offset += done;
    return done;
  }
}

function stripCr(b: Buffer): Buffer {
  return b.length > 0 && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b;
}

/** A short, readable name for a byte input in ids and messages. @internal */
export function inputName(input: ByteInput, fallback: string): string {
  return typeof input === 'string' ? input : fallback;
}

/** `1.5 MiB`-style sizes for messages. @internal */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(n % 1024 ** 2 === 0 ? 0 : 1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(1)} GiB`;
}
