/**
 * The store contract: every engine runs this same suite with a one-line test file
 * (`sqlite/sqlite-store.test.ts`), as Hono runs one suite against each router.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { repost, SHORT_NOTICE, WIRE_STORY } from '../dedup/test-utils/stories.js';
import { buildBody, type Doc, emptyMeta } from '../doc.js';
import type { CorpusStore } from './store.js';
import type { DocumentInput } from './types.js';

/** A fresh, empty corpus of one engine; `open` may be called again after `close` to reopen it. */
export interface StoreFixture {
  open(): Promise<CorpusStore>;
  dispose(): Promise<void>;
}

export interface StoreContractOptions {
  newStore(): Promise<StoreFixture>;
}

interface DocSpec {
  title?: string | null;
  text: string;
  publishedAt?: string | null;
  siteName?: string | null;
  url?: string | null;
  authors?: string[];
}

export function makeDoc(spec: DocSpec): Doc {
  const body = buildBody(spec.text.split('\n\n').map((t) => ({ text: t, kind: 'paragraph' as const })));
  return {
    ...body,
    mode: 'html',
    warnings: [],
    meta: {
      ...emptyMeta(),
      title: spec.title ?? null,
      publishedAt: spec.publishedAt ?? null,
      siteName: spec.siteName ?? null,
      url: spec.url ?? null,
      authors: spec.authors ?? [],
    },
  };
}

function input(id: string, spec: DocSpec, extra: Partial<DocumentInput> = {}): DocumentInput {
  return { id, inputId: `file:${id}`, doc: makeDoc({ url: id.startsWith('http') ? id : null, ...spec }), ...extra };
}

const GAS = 'https://news.example.com/eu-gas-cap';
const GAS_REPOST = 'https://partner.example.org/world/gas-cap';
const OIL = 'https://www.oil-daily.example.net/oil';
const ELECTION = 'https://news.example.com/election';

const CORPUS: DocumentInput[] = [
  input(GAS, { title: 'EU extends gas price cap', text: WIRE_STORY, publishedAt: '2024-03-04T10:00:00Z', siteName: 'Example News' }),
  input(OIL, {
    title: 'Oil prices climb',
    text: 'Oil prices climbed on Wednesday as traders weighed supply cuts. Gas prices in Europe were steady, dealers said, while refiners bought crude for the summer.',
    publishedAt: '2024-03-06',
  }),
  input(ELECTION, {
    title: 'Parliament vote set for May',
    text: 'The parliament will vote in May on the new electoral law, the speaker said on Thursday, after weeks of talks between the parties.',
    publishedAt: '2024-03-07T08:30:00+01:00',
    siteName: 'Example News',
  }),
  input(GAS_REPOST, { title: 'Gas cap stays', text: repost(WIRE_STORY), publishedAt: '2024-03-05' }),
];

/** Runs the store contract against the engine that `newStore` opens. */
export function runStoreContract({ newStore }: StoreContractOptions): void {
  let fixture: StoreFixture | undefined;
  let open: CorpusStore[] = [];

  async function fresh(): Promise<CorpusStore> {
    fixture = await newStore();
    const store = await fixture.open();
    open.push(store);
    return store;
  }

  async function reopen(store: CorpusStore): Promise<CorpusStore> {
    await store.close();
    const again = await fixture!.open();
    open.push(again);
    return again;
  }

  afterEach(async () => {
    for (const s of open) await s.close();
    open = [];
    await fixture?.dispose();
    fixture = undefined;
  });

  describe('documents', () => {
    it('starts empty', async () => {
      const store = await fresh();
      expect(await store.stats()).toEqual({ documents: 0, stories: 0, layers: 0, errors: 0 });
      expect(await store.search({ query: 'gas' })).toEqual([]);
      expect(await store.getDocument(GAS)).toBeUndefined();
    });

    it('stores a document and gives back the same Doc', async () => {
      const store = await fresh();
      const doc = makeDoc({
        title: 'Talks resume',
        text: 'Negotiators met again.\n\n"We are ready," she said.',
        authors: ['Jane Doe'],
        publishedAt: '2024-03-01',
        siteName: null,
        url: 'https://www.example.com/talks',
      });
      const res = await store.write({
        documents: [{ id: 'https://www.example.com/talks', inputId: 'in-1', doc, source: { kind: 'file', path: '/x/talks.html' } }],
      });
      expect(res).toEqual({
        stored: [{ id: 'https://www.example.com/talks', dupGroup: 'https://www.example.com/talks', duplicate: null }],
        skipped: [],
        errors: 0,
      });
      const got = await store.getDocument('https://www.example.com/talks');
      expect(got?.doc).toEqual(doc);
      expect(got).toMatchObject({
        inputId: 'in-1',
        host: 'example.com',
        site: 'example.com',
        title: 'Talks resume',
        authors: ['Jane Doe'],
        source: { kind: 'file', path: '/x/talks.html' },
        dupGroup: 'https://www.example.com/talks',
      });
      expect(got?.contentHash).toMatch(/^[0-9a-f]{32}$/);
      expect(Number.isNaN(Date.parse(got!.ingestedAt))).toBe(false);
    });

    it('stores a document once however often it is written (idempotent)', async () => {
      const store = await fresh();
      const first = await store.write({ documents: [CORPUS[0]!, CORPUS[0]!] });
      expect(first.stored.map((s) => s.id)).toEqual([GAS]);
      expect(first.skipped).toEqual([GAS]);
      const again = await store.write({ documents: CORPUS });
      expect(again.skipped).toEqual([GAS]);
      expect(again.stored.map((s) => s.id)).toEqual([OIL, ELECTION, GAS_REPOST]);
      expect((await store.stats()).documents).toBe(4);
      expect(await store.search({ query: 'ministers', allCopies: true })).toHaveLength(2);
    });

    it('keeps everything across close and reopen, and migrating again changes nothing', async () => {
      let store = await fresh();
      await store.write({ documents: CORPUS });
      store = await reopen(store);
      await store.migrate();
      expect(await store.stats()).toEqual({ documents: 4, stories: 3, layers: 0, errors: 0 });
      expect((await store.getDocument(OIL))?.title).toBe('Oil prices climb');
      expect(await store.storedInputs([`file:${OIL}`, 'file:never'])).toEqual(new Set([`file:${OIL}`]));
    });

    it('writes a batch all or nothing', async () => {
      const store = await fresh();
      const broken = { ...CORPUS[1]!, doc: { ...CORPUS[1]!.doc, text: null as unknown as string } };
      await expect(store.write({ documents: [CORPUS[0]!, broken], errors: [{ inputId: 'x', reason: 'r' }] })).rejects.toThrow();
      expect(await store.stats()).toEqual({ documents: 0, stories: 0, layers: 0, errors: 0 });
      expect(await store.search({ query: 'gas' })).toEqual([]);
      await store.write({ documents: [CORPUS[0]!] });
      expect((await store.stats()).documents).toBe(1);
    });

    it('handles batches larger than a statement can bind', async () => {
      const store = await fresh();
      const many = Array.from({ length: 1200 }, (_, i) =>
        input(`doc-${i}`, { title: `Item ${i}`, text: `Unique marker word${i} and common text ${i}.` }),
      );
      const res = await store.write({ documents: many });
      expect(res.stored).toHaveLength(1200);
      expect((await store.hasDocuments(many.map((d) => d.id))).size).toBe(1200);
      expect((await store.storedInputs(many.map((d) => d.inputId!))).size).toBe(1200);
      expect(await store.search({ query: 'word777' })).toHaveLength(1);
      expect(await store.search({ query: 'common', limit: 5000 })).toHaveLength(1000);
    });
  });

  describe('duplicates', () => {
    it('groups exact and near copies under the first-seen id, across batches and reopening', async () => {
      let store = await fresh();
      await store.write({ documents: [CORPUS[0]!] });
      store = await reopen(store);
      const exact = input('https://mirror.example.com/copy', { title: 'Copy', text: WIRE_STORY.toUpperCase() });
      const res = await store.write({ documents: [CORPUS[3]!, exact, CORPUS[1]!] });
      expect(res.stored).toEqual([
        { id: GAS_REPOST, dupGroup: GAS, duplicate: 'near' },
        { id: 'https://mirror.example.com/copy', dupGroup: GAS, duplicate: 'exact' },
        { id: OIL, dupGroup: OIL, duplicate: null },
      ]);
      expect(await store.groupMembers(GAS)).toEqual([GAS, GAS_REPOST, 'https://mirror.example.com/copy']);
      expect(await store.stats()).toMatchObject({ documents: 4, stories: 2 });
    });

    it('sees copies earlier in the same batch', async () => {
      const store = await fresh();
      const res = await store.write({
        documents: [
          input('a', { text: SHORT_NOTICE }),
          input('b', { text: SHORT_NOTICE }),
          input('c', { text: '' }),
          input('d', { text: '' }),
        ],
      });
      expect(res.stored.map((s) => s.dupGroup)).toEqual(['a', 'a', 'c', 'd']);
    });
  });

  describe('search', () => {
    it('ranks by relevance with title words weighing more, and marks matches in snippets', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      const hits = await store.search({ query: 'gas prices' });
      expect(hits.map((h) => h.id)).toEqual([GAS, OIL]);
      expect(hits[0]).toMatchObject({
        title: 'EU extends gas price cap',
        site: 'Example News',
        host: 'news.example.com',
        copies: 2,
        dupGroup: GAS,
      });
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      expect(hits[1]!.snippet).toContain('«Gas» «prices»');
      const custom = await store.search({ query: 'parliament', marks: ['<b>', '</b>'] });
      expect(custom[0]!.snippet).toContain('<b>parliament</b>');
    });

    it('matches phrases, prefixes and word forms', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      expect((await store.search({ query: '"supply cuts"' })).map((h) => h.id)).toEqual([OIL]);
      expect(await store.search({ query: '"cuts supply"' })).toEqual([]);
      expect((await store.search({ query: 'electo*' })).map((h) => h.id)).toEqual([ELECTION]);
      expect((await store.search({ query: 'climbing' })).map((h) => h.id)).toEqual([OIL]);
    });

    it('gives one hit per story unless all copies are asked for', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      const stories = await store.search({ query: 'ministers' });
      expect(stories.map((h) => [h.id, h.copies])).toEqual([[GAS, 2]]);
      const copies = await store.search({ query: 'ministers', allCopies: true });
      expect(copies.map((h) => h.id).sort()).toEqual([GAS, GAS_REPOST].sort());
      expect(copies.every((h) => h.copies === 1)).toBe(true);
    });

    it('filters by date and source', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      const ids = async (o: object) => (await store.search({ query: 'said', allCopies: true, ...o })).map((h) => h.id).sort();
      expect(await ids({})).toEqual([ELECTION, GAS, GAS_REPOST, OIL].sort());
      expect(await ids({ since: '2024-03-06' })).toEqual([ELECTION, OIL].sort());
      expect(await ids({ until: '2024-03-05' })).toEqual([GAS, GAS_REPOST].sort());
      expect(await ids({ since: '2024-03-05', until: '2024-03-06' })).toEqual([GAS_REPOST, OIL].sort());
      expect(await ids({ source: 'example news' })).toEqual([ELECTION, GAS].sort());
      expect(await ids({ source: 'oil-daily.example.net' })).toEqual([OIL]);
      expect(await ids({ source: 'www.oil-daily.example.net' })).toEqual([OIL]);
      expect(await ids({ source: 'example.net' })).toEqual([OIL]);
      expect(await ids({ source: '%' })).toEqual([]);
      expect(await ids({ source: 'example.org', since: '2024-03-06' })).toEqual([]);
    });

    it('pages with limit and offset', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      const all = await store.search({ query: 'said', allCopies: true });
      expect(all).toHaveLength(4);
      expect(await store.search({ query: 'said', allCopies: true, limit: 2 })).toEqual(all.slice(0, 2));
      expect(await store.search({ query: 'said', allCopies: true, limit: 2, offset: 2 })).toEqual(all.slice(2));
      expect(await store.search({ query: 'said', limit: 0 })).toEqual([]);
    });

    it('treats query syntax and SQL in user text as plain words (no injection)', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      const before = await store.stats();
      const hostile = [
        'gas OR nonexistentword',
        'NEAR(gas cap)',
        'NEAR(gas cap, 5)',
        'gas NOT cap',
        'gas AND NOT oil',
        'title:gas',
        '{title text}: gas',
        '^gas',
        '-gas',
        'gas +cap',
        '"unbalanced quote',
        'unbalanced" quote',
        '((gas',
        'gas))',
        ')',
        '*',
        '**',
        'gas**x',
        '"',
        '""',
        "'",
        "'; DROP TABLE documents; --",
        "gas'); DROP TABLE documents_fts; --",
        'x" OR 1=1 --',
        '\\" OR "',
        'documents_fts',
        '%',
        '\u0000gas',
        'gas\u0000',
        'a'.repeat(5000),
        Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '),
      ];
      for (const q of hostile) {
        const hits = await store.search({ query: q });
        expect(Array.isArray(hits), q).toBe(true);
      }
      expect(await store.search({ query: 'gas OR nonexistentword' })).toEqual([]);
      expect(await store.search({ query: 'NEAR(gas cap)' })).toEqual([]);
      expect(await store.search({ query: 'title:gas' })).toEqual([]);
      expect(await store.search({ query: 'gas NOT oil' })).toEqual([]);
      expect(await store.search({ query: '*' })).toEqual([]);
      expect(await store.search({ query: "'; DROP TABLE documents; --" })).toEqual([]);
      const gas = (await store.search({ query: 'gas' })).map((h) => h.id);
      expect(gas).toHaveLength(2);
      expect((await store.search({ query: '((gas' })).map((h) => h.id)).toEqual(gas);
      expect((await store.search({ query: 'gas))' })).map((h) => h.id)).toEqual(gas);
      expect((await store.search({ query: '"unbalanced' })).map((h) => h.id)).toEqual([]);
      expect(await store.stats()).toEqual(before);
      expect((await store.search({ query: 'gas' })).length).toBe(2);
    });

    it('does not treat source filter text as SQL', async () => {
      const store = await fresh();
      await store.write({ documents: CORPUS });
      expect(await store.search({ query: 'gas', source: "x' OR '1'='1" })).toEqual([]);
      await expect(store.search({ query: 'gas', since: "2024' OR 1=1 --" })).rejects.toThrow(/ISO 8601/);
      await expect(store.search({ query: 'gas', until: '2024-13-45' })).rejects.toThrow(/ISO 8601/);
      expect((await store.stats()).documents).toBe(4);
    });
  });

  describe('layers', () => {
    it('stores layers with a document and replaces them by kind', async () => {
      const store = await fresh();
      await store.write({
        documents: [{ ...CORPUS[0]!, layers: [{ kind: 'entities', version: '1', data: [{ start: 0, end: 8, type: 'LOC' }] }] }],
      });
      await store.putLayers(GAS, [
        { kind: 'quotes', version: '2', data: { items: [] } },
        { kind: 'entities', version: '3', data: [] },
      ]);
      const layers = await store.getLayers(GAS);
      expect(layers.map((l) => [l.kind, l.version, l.data])).toEqual([
        ['entities', '3', []],
        ['quotes', '2', { items: [] }],
      ]);
      expect((await store.getLayers(GAS, ['quotes'])).map((l) => l.kind)).toEqual(['quotes']);
      expect((await store.stats()).layers).toBe(2);
      await expect(store.putLayers('missing', [{ kind: 'x', version: '1', data: 1 }])).rejects.toThrow(/no stored document/);
    });
  });

  describe('errors', () => {
    it('records errors, replaces them per input, and forgets them when the input succeeds', async () => {
      const store = await fresh();
      await store.write({
        errors: [
          { inputId: 'file:bad.html', reason: 'binary data', source: { kind: 'file', path: 'bad.html' } },
          { inputId: `file:${OIL}`, reason: 'permission denied' },
        ],
      });
      await store.write({ errors: [{ inputId: 'file:bad.html', reason: 'still binary' }] });
      let errors = await store.errors();
      expect(errors.map((e) => [e.inputId, e.reason]).sort()).toEqual([
        ['file:bad.html', 'still binary'],
        [`file:${OIL}`, 'permission denied'],
      ]);
      await store.write({ documents: [CORPUS[1]!] });
      errors = await store.errors();
      expect(errors.map((e) => e.inputId)).toEqual(['file:bad.html']);
      expect(errors[0]!.source).toEqual({});
      expect(await store.stats()).toMatchObject({ documents: 1, errors: 1 });
      expect(await store.errors({ limit: 0 })).toEqual([]);
    });
  });
}
