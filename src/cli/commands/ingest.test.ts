import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipPerRecord, responseRecord } from '../../ingest/test-utils/warc-builder.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { main } from '../main.js';
import { articleHtml, type FixtureCorpus, writeFixtureCorpus } from '../test-utils/corpus-fixture.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

let tmp: string;
let fixture: FixtureCorpus;
let db: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'sitrep-ingest-'));
  fixture = await writeFixtureCorpus(join(tmp, 'corpus'));
  db = join(tmp, 'corpus.db');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sitrep ingest', () => {
  it('stores every readable document, records the failures and goes on', async () => {
    const res = await run(['ingest', fixture.dir, '--db', db, '--workers', '0', '--json']);
    expect(res.code).toBe(1);
    const summary = JSON.parse(res.out);
    expect(summary).toMatchObject({
      read: fixture.documents + fixture.failures,
      stored: fixture.documents,
      duplicates: fixture.copies,
      alreadyStored: 0,
      errors: fixture.failures,
      corpus: { documents: fixture.documents, stories: fixture.documents - fixture.copies, errors: fixture.failures },
    });
    const reasons = summary.failures.map((f: { inputId: string; reason: string }) => `${f.inputId}: ${f.reason}`).join('\n');
    expect(reasons).toMatch(/junk\.html: .*binary/);
    expect(reasons).toMatch(/broken\.html\.gz: .*gzip/);
    expect(reasons).toMatch(/feed\.jsonl#2: .*JSON/);
  });

  it('stores nothing twice when run again, and retries only the failures', async () => {
    const res = await run(['ingest', fixture.dir, '--db', db, '--workers', '0', '--json']);
    const summary = JSON.parse(res.out);
    expect(summary).toMatchObject({ stored: 0, alreadyStored: fixture.documents, errors: fixture.failures });
    expect(summary.corpus).toMatchObject({
      documents: fixture.documents,
      stories: fixture.documents - fixture.copies,
      errors: fixture.failures,
    });
    expect(summary.corpus.layers).toBeGreaterThanOrEqual(fixture.documents);
  });

  it('stores the annotation layers of every document (not sentences), unless --no-nlp', async () => {
    const store = await openSqliteStore(db, { mustExist: true });
    try {
      const [hit] = await store.search({ query: 'commissioner', limit: 1 });
      const layers = await store.getLayers(hit!.id);
      expect(layers.map((l) => l.kind)).toContain('entities');
      expect(layers.map((l) => l.kind)).not.toContain('sentences');
      const layer = layers.find((l) => l.kind === 'entities');
      expect(layer?.version).toEqual(expect.any(String));
      const names = (layer!.data as Array<{ name: string; type: string }>).map((e) => e.name);
      expect(names.some((n) => /Brussels|European Union|Germany/.test(n))).toBe(true);
    } finally {
      await store.close();
    }
    const bare = join(tmp, 'bare.db');
    const res = await run(['ingest', join(fixture.dir, 'pages'), '--db', bare, '--workers', '0', '--no-nlp', '--json']);
    expect(JSON.parse(res.out).corpus).toMatchObject({ documents: 10, layers: 0 });
  });

  it('prints a one-line summary and the failures when not asked for JSON', async () => {
    const res = await run(['ingest', join(fixture.dir, 'pages'), '--db', db, '--workers', '0']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^10 read: 0 stored \(0 copies of earlier stories\), 10 already stored, 0 errors in [\d.]+ s/);
    expect(res.out).toContain(`corpus ${db}: 14 documents, 12 stories, 3 recorded errors`);
    // one of each reads in the singular
    const single = join(tmp, 'single.db');
    const one = await run([
      'ingest',
      join(fixture.dir, 'pages', readdirSync(join(fixture.dir, 'pages')).sort()[0]!),
      '--db',
      single,
      '--workers',
      '0',
      '--no-nlp',
    ]);
    expect(one.out).toContain(`corpus ${single}: 1 document, 1 story, 0 recorded errors`);
    const bad = await run(['ingest', join(fixture.dir, 'bad'), '--db', db, '--workers', '0']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('junk.html');
    expect(bad.err).toContain('run `sitrep errors`');
  });

  it('gives the same corpus with worker threads as on the main thread', async () => {
    const threaded = join(tmp, 'threaded.db');
    const res = await run(['ingest', fixture.dir, '--db', threaded, '--workers', '2', '--batch-size', '3', '--json']);
    expect(JSON.parse(res.out)).toMatchObject({
      stored: fixture.documents,
      duplicates: fixture.copies,
      errors: fixture.failures,
      workers: 2,
    });
    const a = await openSqliteStore(db, { mustExist: true });
    const b = await openSqliteStore(threaded, { mustExist: true });
    try {
      const hitsA = await a.search({ query: 'said', allCopies: true, limit: 100 });
      const hitsB = await b.search({ query: 'said', allCopies: true, limit: 100 });
      expect(hitsB.map((h) => [h.id, h.dupGroup]).sort()).toEqual(hitsA.map((h) => [h.id, h.dupGroup]).sort());
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps what a truncated archive held before the cut, and records the cut and missing paths', async () => {
    const page = (n: number) =>
      articleHtml({
        title: `Cut ${n}`,
        site: 'Cut News',
        url: `https://cut.example.com/${n}`,
        date: '2024-04-01',
        text: `Story number ${n} about a harbour crane. `.repeat(30),
      });
    const whole = gzipPerRecord([
      responseRecord('https://cut.example.com/1', 200, { 'Content-Type': 'text/html' }, page(1)),
      responseRecord('https://cut.example.com/2', 200, { 'Content-Type': 'text/html' }, page(2)),
    ]);
    const first = gzipPerRecord([responseRecord('https://cut.example.com/1', 200, { 'Content-Type': 'text/html' }, page(1))]);
    const warc = join(tmp, 'cut.warc.gz');
    await writeFile(warc, whole.subarray(0, first.length + Math.floor((whole.length - first.length) / 2)));
    const cutDb = join(tmp, 'cut.db');
    const res = await run(['ingest', warc, join(tmp, 'no-such-dir'), '--db', cutDb, '--workers', '0', '--json']);
    expect(res.code).toBe(1);
    const summary = JSON.parse(res.out);
    expect(summary).toMatchObject({ stored: 1, errors: 2 });
    const errors = JSON.parse((await run(['errors', '--db', cutDb, '--format', 'json'])).out) as Array<{ input: string; reason: string }>;
    expect(errors.map((e) => e.reason).join('\n')).toMatch(/no such file or directory/);
    expect(errors.map((e) => e.reason).join('\n')).toMatch(/truncat|gzip|unexpected end/i);
    expect((await run(['search', 'crane', '--db', cutDb, '--format', 'json'])).out).toContain('https://cut.example.com/1');
  });

  it('takes a JSON line\'s "id" as the document id, else its URL', async () => {
    const file = join(tmp, 'own-ids.jsonl');
    await writeFile(
      file,
      `${JSON.stringify({ id: 'desk-42', url: 'https://ids.example.com/a', text: 'Harbour cranes stood still on Monday. '.repeat(20) })}\n` +
        `${JSON.stringify({ url: 'https://ids.example.com/b', text: 'Ferry services resumed on Tuesday morning. '.repeat(20) })}\n`,
    );
    const idDb = join(tmp, 'ids.db');
    expect((await run(['ingest', file, '--db', idDb, '--workers', '0', '--no-nlp', '--json'])).code).toBe(0);
    const store = await openSqliteStore(idDb, { mustExist: true });
    try {
      expect([...(await store.hasDocuments(['desk-42', 'https://ids.example.com/a', 'https://ids.example.com/b']))].sort()).toEqual([
        'desk-42',
        'https://ids.example.com/b',
      ]);
      expect((await store.getDocument('desk-42'))?.url).toBe('https://ids.example.com/a');
    } finally {
      await store.close();
    }
  });

  it('refuses bad usage with status 2', async () => {
    expect((await run(['ingest'])).code).toBe(2);
    expect((await run(['ingest', fixture.dir, '--workers', 'many'])).code).toBe(2);
  });
});

describe('sitrep search', () => {
  it('finds a story once, with its copies counted, ranked and with a snippet', async () => {
    const res = await run(['search', 'gas', 'price', 'cap', '--db', db]);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^1\. .* \[3 copies\]\n {3}https:\/\/\S+\n {3}.*«gas» «price»/i);
    expect(res.out).not.toMatch(/^2\./m);
  });

  it('lists every copy with --all-copies, in every format', async () => {
    const json = JSON.parse((await run(['search', 'commissioner', '--db', db, '--all-copies', '--format', 'json'])).out);
    expect(json).toHaveLength(3);
    expect(new Set(json.map((h: { dupGroup: string }) => h.dupGroup)).size).toBe(1);
    expect(json[0]).toMatchObject({ rank: 1, copies: 1 });
    expect(json[0].snippet).not.toContain('«');
    const jsonl = (await run(['search', 'commissioner', '--db', db, '--all-copies', '--format', 'jsonl'])).out.trim().split('\n');
    expect(jsonl.map((l) => JSON.parse(l).id)).toEqual(json.map((h: { id: string }) => h.id));
    const csv = parseCsv((await run(['search', 'commissioner', '--db', db, '--all-copies', '--format', 'csv'])).out);
    expect(csv[0]).toEqual(['rank', 'id', 'title', 'site', 'publishedAt', 'url', 'copies', 'score', 'snippet']);
    expect(csv.slice(1).map((r) => r[1])).toEqual(json.map((h: { id: string }) => h.id));
  });

  it('filters by date and source', async () => {
    const ids = async (...args: string[]) =>
      JSON.parse((await run(['search', 'commissioner', '--db', db, '--all-copies', '--format', 'json', ...args])).out).map(
        (h: { url: string }) => h.url,
      );
    expect((await ids('--since', '2024-03-05')).sort()).toEqual([
      'https://archive.example.com/gas-copy',
      'https://www.partner-daily.example.org/world/gas',
    ]);
    expect(await ids('--until', '2024-03-04')).toEqual(['https://news.example.com/2024/03/gas-cap']);
    expect(await ids('--source', 'partner-daily.example.org')).toEqual(['https://www.partner-daily.example.org/world/gas']);
    expect(await ids('--source', 'Archive Times')).toEqual(['https://archive.example.com/gas-copy']);
  });

  it('searches JSON Lines and WARC documents, and text files', async () => {
    expect((await run(['search', 'ceasefire', '--db', db])).out).toContain('Ceasefire talks resume');
    expect((await run(['search', 'budget', 'vote', '--db', db])).out).toContain('https://archive.example.com/budget');
    expect((await run(['search', 'harbour', '--db', db])).out).toContain('Harbour strike ends');
    expect((await run(['search', 'storm', '--db', db])).out).toContain('Storm closes schools');
  });

  it('takes hostile query text as plain words', async () => {
    for (const q of ["'; DROP TABLE documents; --", 'gas OR zzz', 'NEAR(gas cap)', '"unbalanced', '*', '(((']) {
      const res = await run(['search', q, '--db', db, '--format', 'json']);
      expect(res.code, q).toBe(0);
      expect(JSON.parse(res.out), q).toEqual([]);
    }
    expect((await run(['search', 'gas', '--db', db, '--format', 'json'])).out).toContain('gas');
  });

  it('reports usage errors with status 2 and a missing corpus with status 1', async () => {
    expect((await run(['search', 'gas', '--db', db, '--since', 'yesterday'])).code).toBe(2);
    expect((await run(['search', 'gas', '--db', db, '--since', '2024-02-30'])).code).toBe(2);
    expect((await run(['search', 'gas', '--db', db, '--since', '2024-03-10', '--until', '2024-03-01'])).code).toBe(2);
    expect((await run(['search', 'gas', '--db', db, '--format', 'xml'])).code).toBe(2);
    expect((await run(['search', '  ', '--db', db])).code).toBe(2);
    const missing = await run(['search', 'gas', '--db', join(tmp, 'nope.db')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no corpus at');
  });
});

describe('sitrep errors', () => {
  it('lists the failed inputs with their reasons', async () => {
    const res = await run(['errors', '--db', db, '--format', 'json']);
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.out) as Array<{ input: string; reason: string }>;
    expect(rows.map((r) => r.input.replace(/^.*[/\\]/, '')).sort()).toEqual(['broken.html.gz', 'feed.jsonl#2', 'junk.html']);
    const text = (await run(['errors', '--db', db])).out;
    expect(text).toMatch(/junk\.html\n {2}.*binary/);
    const csv = parseCsv((await run(['errors', '--db', db, '--format', 'csv', '--limit', '1'])).out);
    expect(csv).toHaveLength(2);
  });
});
