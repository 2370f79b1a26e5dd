/**
 * The store contract: every engine runs this same suite with a one-line test file
 * (`sqlite/sqlite-store.test.ts`), as Hono runs one suite against each router.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { randomStory, repost, SHORT_NOTICE, WIRE_STORY } from '../dedup/test-utils/stories.js';
import { buildBody, type Doc, emptyMeta } from '../doc.js';
import type { CorpusStore } from './store.js';
import type { DocumentInput, LayerInput } from './types.js';

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
  updatedAt?: string | null;
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
      updatedAt: spec.updatedAt ?? null,
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

interface EntitySpec {
  name: string;
  type: string;
  kb?: string;
  /** A person's party as the article gives it (a knowledge-base id). */
  party?: string;
  /** Mention spans. */
  at: Array<[number, number]>;
}

interface QuoteSpec {
  at: [number, number];
  speaker: string | null;
  /** Index into the entities. */
  by?: number;
  kind?: string;
  via?: string;
}

interface SourceSpec {
  name: string;
  kind: string;
  named?: boolean;
  quotes: number[];
  relayed?: number[];
  by?: number;
  outlet?: { name: string; domain: string | null; country: string | null; stateMedia?: { typology: string; label: string } };
}

interface EventSpec {
  cameo: string;
  goldstein: number;
  source: { by?: number; code: string } | null;
  target: { by?: number; code: string } | null;
  hedged?: boolean;
}

/** Layers shaped as the entities, quotes, sources and events annotators write them. */
function layersOf(entities: EntitySpec[], quotes: QuoteSpec[], sources: SourceSpec[], unnamed = 0, events: EventSpec[] = []): LayerInput[] {
  const ents = entities.map((e, i) => ({
    id: `e${i + 1}`,
    name: e.name,
    type: e.type,
    mentions: e.at.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start), kind: 'name' })),
    ...(e.kb ? { kb: { id: e.kb } } : {}),
    ...(e.party ? { party: e.party } : {}),
  }));
  const qs = quotes.map((q) => ({
    start: q.at[0],
    end: q.at[1],
    text: `quote ${q.at[0]}-${q.at[1]}`,
    type: 'direct',
    speaker: q.speaker,
    speakerKind: q.kind ?? (q.speaker ? 'name' : 'none'),
    ...(q.by !== undefined ? { speakerEntity: `e${q.by + 1}` } : {}),
    cue: 'said',
    cueStart: q.at[1] + 2,
    cueEnd: q.at[1] + 6,
    ...(q.via ? { via: q.via } : {}),
  }));
  const srcs = sources.map((x, i) => ({
    id: `s${i + 1}`,
    name: x.name,
    kind: x.kind,
    named: x.named ?? true,
    mentions: [],
    quotes: x.quotes,
    relayed: x.relayed ?? [],
    ...(x.by !== undefined ? { entity: `e${x.by + 1}` } : {}),
    ...(x.outlet ? { outlet: x.outlet } : {}),
  }));
  const summary = {
    claims: quotes.length,
    namedPeople: sources.filter((x) => x.kind === 'person').reduce((n, x) => n + x.quotes.length, 0),
    namedOutlets: sources.filter((x) => x.kind === 'outlet').reduce((n, x) => n + x.quotes.length, 0),
    namedOrganisations: 0,
    documents: 0,
    unnamed,
    unresolved: 0,
    unattributed: 0,
    relayed: sources.reduce((n, x) => n + (x.relayed?.length ?? 0), 0),
    quotationShare: 0.1,
  };
  return [
    { kind: 'entities', version: '2', data: ents },
    { kind: 'quotes', version: '1', data: qs },
    { kind: 'sources', version: '1', data: { sources: srcs, summary } },
    {
      kind: 'events',
      version: '1',
      data: events.map((e, i) => {
        const actor = (a: EventSpec['source']) =>
          a ? { text: a.code, code: a.code, ...(a.by !== undefined ? { entity: `e${a.by + 1}` } : {}) } : null;
        return {
          start: i,
          end: i + 1,
          trigger: { start: i, end: i + 1, text: 'warned' },
          cameo: e.cameo,
          plover: null,
          goldstein: e.goldstein,
          quadClass: 3,
          source: actor(e.source),
          target: actor(e.target),
          negated: false,
          hedged: e.hedged ?? false,
          statement: false,
          sentence: 0,
          evidence: 'test',
        };
      }),
    },
  ];
}

const TASS = { name: 'TASS', domain: 'tass.ru', country: 'RUS', stateMedia: { typology: 'SC', label: 'state-controlled' } };
const REUTERS = { name: 'Reuters', domain: 'reuters.com', country: 'USA' };

/** Merkel and Peskov on gas (two copies), Merkel on oil, Peskov (surname only) on the election. */
const GAS_LAYERS = layersOf(
  [
    {
      name: 'Angela Merkel',
      type: 'PERSON',
      kb: 'person/angela-merkel',
      at: [
        [10, 23],
        [100, 106],
      ],
    },
    { name: 'Russia', type: 'GPE', kb: 'RUS', at: [[60, 66]] },
    { name: 'Dmitry Peskov', type: 'PERSON', at: [[200, 213]] },
    { name: 'Russian', type: 'NORP', kb: 'RUS', at: [[300, 307]] },
  ],
  [
    { at: [40, 80], speaker: 'Angela Merkel', by: 0 },
    { at: [150, 190], speaker: 'Dmitry Peskov', by: 2, via: 'TASS' },
    { at: [400, 450], speaker: 'Some analysts', kind: 'vague' },
  ],
  [
    { name: 'Angela Merkel', kind: 'person', quotes: [0], by: 0 },
    { name: 'Dmitry Peskov', kind: 'person', quotes: [1], by: 2 },
    { name: 'TASS', kind: 'outlet', quotes: [], relayed: [1], outlet: TASS },
    { name: 'Some analysts', kind: 'unnamed', named: false, quotes: [2] },
  ],
  1,
  [
    { cameo: '130', goldstein: -4.4, source: { by: 0, code: 'DEUGOV' }, target: { code: 'RUSGOV' } },
    { cameo: '036', goldstein: 4, source: { by: 2, code: 'RUSGOV' }, target: { by: 0, code: 'DEUGOV' } },
    { cameo: '190', goldstein: -10, source: { code: 'RUSMIL' }, target: { by: 0, code: 'DEUGOV' }, hedged: true },
  ],
);
const OIL_LAYERS = layersOf(
  [
    { name: 'Merkel', type: 'PERSON', kb: 'person/angela-merkel', at: [[0, 6]] },
    { name: 'Reuters', type: 'ORG', kb: 'organisation/reuters', at: [[90, 97]] },
  ],
  [
    { at: [10, 50], speaker: 'Merkel', by: 0, via: 'Reuters' },
    { at: [60, 80], speaker: 'Reuters', by: 1 },
  ],
  [
    { name: 'Merkel', kind: 'person', quotes: [0], by: 0 },
    { name: 'Reuters', kind: 'outlet', quotes: [1], relayed: [0], by: 1, outlet: REUTERS },
  ],
);
const ELECTION_LAYERS = layersOf(
  [
    { name: 'Peskov', type: 'PERSON', at: [[0, 6]] },
    { name: 'Angela Merkel', type: 'PERSON', kb: 'person/angela-merkel', at: [[30, 43]] },
  ],
  [{ at: [20, 60], speaker: 'Peskov', by: 0 }],
  [
    { name: 'Peskov', kind: 'person', quotes: [0], by: 0 },
    { name: 'officials', kind: 'unnamed', named: false, quotes: [] },
  ],
);

const R = 'party/republican-party';
const D = 'party/democratic-party';

/** A person of an entities layer, named once at `at`, with the party the article gives them. */
function person(name: string, at: number, party?: string): EntitySpec {
  return { name, type: 'PERSON', at: [[at, at + name.length]], ...(party ? { party } : {}) };
}

function withLayers(i: number, layers: LayerInput[]): DocumentInput {
  return { ...CORPUS[i]!, layers };
}

/** The corpus with layers: GAS and its repost share a story. */
const LAYERED: DocumentInput[] = [
  withLayers(0, GAS_LAYERS),
  withLayers(1, OIL_LAYERS),
  withLayers(2, ELECTION_LAYERS),
  withLayers(3, GAS_LAYERS),
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
        updatedAt: '2024-03-02T09:15:00Z',
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

  it('lets the event loop run while a long batch is written (workers are not starved)', async () => {
    const store = await fresh();
    const many = Array.from({ length: 100 }, (_, i) => input(`turn-${i}`, { title: `Turn ${i}`, text: `Text of turn ${i}.` }));
    let ranDuringWrite = false;
    let writing = true;
    setImmediate(() => {
      ranDuringWrite = writing;
    });
    await store.write({ documents: many });
    writing = false;
    expect(ranDuringWrite).toBe(true);
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

  describe('corpus queries', () => {
    it('counts entities per story, per document with all copies, and merges names of one linked entity', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const top = await store.topEntities();
      expect(top.map((e) => [e.key, e.name, e.stories, e.documents])).toEqual([
        ['person/angela-merkel', 'Angela Merkel', 3, 4],
        ['RUS', 'Russia', 1, 2],
        ['PERSON:dmitry peskov', 'Dmitry Peskov', 1, 2],
        ['organisation/reuters', 'Reuters', 1, 1],
        ['PERSON:peskov', 'Peskov', 1, 1],
      ]);
      expect(top[0]!.mentions).toBe(2 + 2 + 1 + 1);
      // Russia and Russian are one entity: each article counts once, with both mentions
      expect(top[1]!.mentions).toBe(4);
      const people = await store.topEntities({ type: 'PERSON', limit: 2 });
      expect(people.map((e) => e.name)).toEqual(['Angela Merkel', 'Dmitry Peskov']);
      const copies = await store.topEntities({ allCopies: true, limit: 3 });
      expect(copies.map((e) => [e.name, e.documents])).toEqual([
        ['Angela Merkel', 4],
        ['Russia', 2],
        ['Dmitry Peskov', 2],
      ]);
      expect(await store.topEntities({ limit: 0 })).toEqual([]);
    });

    it('ranks entities of as many stories by their mentions, filtered or not', async () => {
      const store = await fresh();
      await store.write({
        documents: [
          withLayers(
            0,
            layersOf(
              [
                { name: 'Antananarivo', type: 'GPE', at: [[0, 5]] },
                {
                  name: 'Andry Rajoelina',
                  type: 'PERSON',
                  at: [
                    [10, 15],
                    [20, 25],
                    [30, 35],
                  ],
                },
              ],
              [],
              [],
            ),
          ),
        ],
      });
      const names = (rows: readonly { name: string }[]) => rows.map((e) => e.name);
      expect(names(await store.topEntities())).toEqual(['Andry Rajoelina', 'Antananarivo']);
      expect(names(await store.topEntities({ since: '2024-01-01' }))).toEqual(['Andry Rajoelina', 'Antananarivo']);
      expect(names(await store.topEntities({ allCopies: true }))).toEqual(['Andry Rajoelina', 'Antananarivo']);
    });

    it("names a country by its name whatever an article called it, and a place as running text writes it, not a dateline's capitals", async () => {
      const store = await fresh();
      await store.write({
        documents: [
          withLayers(
            0,
            layersOf(
              [
                { name: 'NEW YORK', type: 'GPE', kb: 'place/new-york', at: [[0, 8]] },
                { name: 'Australians', type: 'NORP', kb: 'AUS', at: [[20, 31]] },
              ],
              [],
              [],
            ),
          ),
          withLayers(
            1,
            layersOf(
              [
                { name: 'New York', type: 'GPE', kb: 'place/new-york', at: [[5, 13]] },
                { name: 'Australia', type: 'GPE', kb: 'AUS', at: [[30, 39]] },
              ],
              [],
              [],
            ),
          ),
          withLayers(2, layersOf([{ name: 'NEW YORK', type: 'GPE', kb: 'place/new-york', at: [[0, 8]] }], [], [])),
        ],
      });
      const top = await store.topEntities();
      expect(top.map((e) => [e.key, e.name, e.type, e.stories])).toEqual([
        ['place/new-york', 'New York', 'GPE', 3],
        ['AUS', 'Australia', 'GPE', 2],
      ]);
      expect((await store.matchEntities('Australia')).map((e) => e.key)).toEqual(['AUS']);
    });

    it("names a linked actor by the knowledge base's name as the articles write it, over a longer name run into a headline", async () => {
      const store = await fresh();
      const entity = (name: string, kb: string, texts: string[]) => ({
        kind: 'entities',
        version: '2',
        data: [
          {
            id: 'e1',
            name,
            type: 'PERSON',
            kb: { id: kb },
            mentions: texts.map((text, i) => ({ start: i * 40, end: i * 40 + text.length, text, kind: 'name' })),
          },
        ],
      });
      await store.write({
        documents: [
          withLayers(0, [entity('PMJeb Bush Hits Marco Rubio', 'person/marco-rubio', ['PMJeb Bush Hits Marco Rubio'])]),
          withLayers(1, [entity('Marco Rubio', 'person/marco-rubio', ['Marco Rubio', 'Rubio'])]),
          withLayers(2, [entity('PMJeb Bush Hits Marco Rubio', 'person/marco-rubio', ['PMJeb Bush Hits Marco Rubio'])]),
        ],
      });
      expect((await store.topEntities()).map((e) => [e.key, e.name, e.stories])).toEqual([['person/marco-rubio', 'Marco Rubio', 3]]);
    });

    it('counts a party under its own name as an organisation, whatever word an article used, and finds it by any of its names', async () => {
      const store = await fresh();
      await store.write({
        documents: [
          withLayers(
            0,
            layersOf(
              [
                { name: 'Republicans', type: 'MISC', kb: 'party/republican-party', at: [[0, 11]] },
                { name: 'GOP', type: 'ORG', kb: 'party/republican-party', at: [[20, 23]] },
              ],
              [],
              [],
            ),
          ),
          withLayers(1, layersOf([{ name: 'Republican', type: 'MISC', kb: 'party/republican-party', at: [[4, 14]] }], [], [])),
          // an article that named no country: its "GOP" is not linked
          withLayers(2, layersOf([{ name: 'GOP', type: 'MISC', at: [[4, 7]] }], [], [])),
        ],
      });
      expect((await store.topEntities()).map((e) => [e.key, e.name, e.type, e.stories, e.mentions])).toEqual([
        ['party/republican-party', 'Republican Party', 'ORG', 2, 3],
        ['MISC:gop', 'GOP', 'MISC', 1, 1],
      ]);
      const m = async (name: string) => (await store.matchEntities(name)).map((e) => [e.name, e.match]);
      expect(await m('GOP')).toEqual([
        ['Republican Party', 'name'],
        ['GOP', 'name'],
      ]);
      expect(await m('Republicans')).toEqual([['Republican Party', 'name']]);
    });

    it("finds each country's body of one name by that name, and takes no country for a surname", async () => {
      const store = await fresh();
      await store.write({
        documents: [
          withLayers(
            0,
            layersOf(
              [
                { name: 'Defence Ministry (Russia)', type: 'ORG', at: [[0, 16]] },
                { name: 'Defence Ministry (Ukraine)', type: 'ORG', at: [[40, 56]] },
                { name: 'Defence Ministry spokesman', type: 'ORG', at: [[70, 96]] },
                { name: 'Russia', type: 'GPE', kb: 'RUS', at: [[100, 106]] },
              ],
              [],
              [],
            ),
          ),
        ],
      });
      const m = async (name: string) => (await store.matchEntities(name)).map((e) => [e.name, e.match]);
      expect((await m('Defence Ministry')).sort()).toEqual([
        ['Defence Ministry (Russia)', 'name'],
        ['Defence Ministry (Ukraine)', 'name'],
      ]);
      expect(await m('Russia')).toEqual([['Russia', 'name']]);
      expect(await m("Defence Ministry' OR 1=1 --")).toEqual([]);
    });

    it('ranks speakers by the stories they are quoted in (ties by their quotes), about an entity, among some, of a type', async () => {
      const store = await fresh();
      const who = (name: string, at: number, type = 'PERSON') => ({ name, type, at: [[at, at + 5]] as Array<[number, number]> });
      // NATO named inside the first quote of each document (80-90), not inside the second (100-110)
      const story = (speakers: [number, number]) =>
        layersOf(
          [who('Jens Stoltenberg', 0), who('Sergei Lavrov', 20), who('NATO', 84, 'ORG'), who('Kremlin', 40, 'ORG')],
          [
            { at: [80, 90], speaker: 'x', by: speakers[0] },
            { at: [100, 110], speaker: 'y', by: speakers[1] },
          ],
          [],
        );
      await store.write({
        documents: [withLayers(0, story([0, 1])), withLayers(3, story([0, 1])), withLayers(1, story([1, 1])), withLayers(2, story([3, 0]))],
      });
      const rank = async (...args: Parameters<CorpusStore['topSpeakers']>) =>
        (await store.topSpeakers(...args)).map((s) => [s.name, s.quotedIn, s.quotes]);
      // document 3 is a copy of document 0: no story more and no quote more for anyone, but with all copies
      expect(await rank()).toEqual([
        ['Sergei Lavrov', 2, 3],
        ['Jens Stoltenberg', 2, 2],
        ['Kremlin', 1, 1],
      ]);
      expect(await rank({ allCopies: true })).toEqual([
        ['Sergei Lavrov', 2, 4],
        ['Jens Stoltenberg', 2, 3],
        ['Kremlin', 1, 1],
      ]);
      const [nato] = await store.matchEntities('NATO');
      expect(await rank({}, 20, { aboutIds: [nato!.id] })).toEqual([
        ['Jens Stoltenberg', 1, 1],
        ['Sergei Lavrov', 1, 1],
        ['Kremlin', 1, 1],
      ]);
      // an entity is no speaker of its own subject
      const [lavrov] = await store.matchEntities('Sergei Lavrov');
      expect((await rank({}, 20, { aboutIds: [lavrov!.id] })).map((r) => r[0])).not.toContain('Sergei Lavrov');
      expect(await rank({}, 20, { type: 'ORG' })).toEqual([['Kremlin', 1, 1]]);
      expect(await rank({}, 20, { among: [lavrov!.id] })).toEqual([['Sergei Lavrov', 2, 3]]);
      expect(await rank({ allCopies: true }, 20, { among: [lavrov!.id] })).toEqual([['Sergei Lavrov', 2, 4]]);
      expect(await rank({}, 20, { among: [] })).toEqual([]);
      expect(await rank({}, 1)).toEqual([['Sergei Lavrov', 2, 3]]);
      const [stoltenberg] = await store.matchEntities('Jens Stoltenberg');
      expect(await store.speakerTotals([lavrov!.id, stoltenberg!.id])).toEqual({ quotes: 5, quotedIn: 3 });
      expect(await store.speakerTotals([lavrov!.id, stoltenberg!.id], { allCopies: true })).toEqual({ quotes: 7, quotedIn: 3 });
      expect(await store.speakerTotals([stoltenberg!.id], {}, { aboutIds: [nato!.id] })).toEqual({ quotes: 1, quotedIn: 1 });
      expect(await store.speakerTotals([])).toEqual({ quotes: 0, quotedIn: 0 });
    });

    it("keeps a person's party as each article gives it, and finds a party's members and what they said", async () => {
      const store = await fresh();
      const gop = { name: 'Republicans', type: 'MISC', kb: R, at: [[60, 71]] as Array<[number, number]> };
      // the gas story (two copies): Cruz a Republican, and Obama by one article's slip; the party speaks too
      const gas = layersOf(
        [person('Ted Cruz', 0, R), person('Barack Obama', 20, R), gop],
        [
          { at: [80, 90], speaker: 'Ted Cruz', by: 0 },
          { at: [100, 110], speaker: 'Republicans', by: 2 },
        ],
        [],
      );
      await store.write({
        documents: [
          withLayers(0, gas),
          withLayers(3, gas),
          withLayers(
            1,
            layersOf(
              [person('Ted Cruz', 0, R), person('Barack Obama', 20, D), person('Hillary Clinton', 40, D)],
              [{ at: [80, 90], speaker: 'Barack Obama', by: 1 }],
              [],
            ),
          ),
          withLayers(2, layersOf([person('Ted Cruz', 0), person('Barack Obama', 20)], [{ at: [80, 90], speaker: 'Ted Cruz', by: 0 }], [])),
        ],
      });
      const [cruz] = await store.matchEntities('Ted Cruz');
      const [obama] = await store.matchEntities('Barack Obama');
      const [clinton] = await store.matchEntities('Hillary Clinton');
      const [party] = await store.matchEntities(R);
      expect(await store.entityParties([cruz!.id])).toEqual([{ kbId: R, name: 'Republican Party', stories: 2, documents: 3 }]);
      expect((await store.entityParties([obama!.id])).map((p) => [p.name, p.stories, p.documents])).toEqual([
        ['Democratic Party', 1, 1],
        ['Republican Party', 1, 2],
      ]);
      expect(await store.entityParties([obama!.id], { since: '2024-03-06' })).toEqual([
        { kbId: D, name: 'Democratic Party', stories: 1, documents: 1 },
      ]);
      // as many stories give Obama one party as the other: he is neither's
      expect(await store.partyMembers([R])).toEqual([cruz!.id]);
      expect(await store.partyMembers([D])).toEqual([clinton!.id]);
      expect(await store.partiesOfPeople([cruz!.id, obama!.id, clinton!.id])).toEqual(
        new Map([
          [cruz!.id, R],
          [clinton!.id, D],
        ]),
      );
      expect(await store.partiesOfPeople([])).toEqual(new Map());
      expect((await store.topEntities({ among: await store.partyMembers([R]) })).map((e) => [e.name, e.stories])).toEqual([
        ['Ted Cruz', 3],
      ]);
      expect(await store.topEntities({ among: [] })).toEqual([]);
      const { hits, totals } = await store.quotes({ speakerIds: [party!.id, ...(await store.partyMembers([R]))] });
      expect(totals).toEqual({ quotes: 3, stories: 2 });
      expect(hits.map((h) => h.speaker).sort()).toEqual(['Republicans', 'Ted Cruz', 'Ted Cruz']);

      // one label in fifty-one stories that mention her is a slip, not her party
      await store.write({
        documents: Array.from({ length: 50 }, (_, i) => ({
          ...input(`https://more.example.com/${i}`, { text: randomStory(500 + i, 60), publishedAt: '2024-03-20' }),
          layers: layersOf([person('Hillary Clinton', 0)], [], []),
        })),
      });
      expect(await store.partyMembers([D])).toEqual([]);
      expect(await store.partiesOfPeople([clinton!.id])).toEqual(new Map());
    });

    it('filters entity counts by date and source, the same way as search', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const names = async (o: object) => (await store.topEntities(o)).map((e) => [e.name, e.stories]);
      expect(await names({ since: '2024-03-06' })).toEqual([
        ['Angela Merkel', 2],
        ['Reuters', 1],
        ['Peskov', 1],
      ]);
      expect(await names({ until: '2024-03-05', type: 'PERSON' })).toEqual([
        ['Angela Merkel', 1],
        ['Dmitry Peskov', 1],
      ]);
      expect(await names({ until: '2024-03-05', type: 'PERSON', allCopies: true })).toEqual([
        ['Angela Merkel', 1],
        ['Dmitry Peskov', 1],
      ]);
      expect((await store.topEntities({ until: '2024-03-05', allCopies: true })).map((e) => e.documents)).toEqual([2, 2, 2]);
      expect(await names({ source: 'example news' })).toEqual([
        ['Angela Merkel', 2],
        ['Russia', 1],
        ['Dmitry Peskov', 1],
        ['Peskov', 1],
      ]);
      expect(await names({ source: 'www.oil-daily.example.net' })).toEqual([
        ['Angela Merkel', 1],
        ['Reuters', 1],
      ]);
      expect(await names({ source: "x' OR '1'='1" })).toEqual([]);
      expect(await names({ source: '%' })).toEqual([]);
      await expect(store.topEntities({ since: "2024' OR 1=1 --" })).rejects.toThrow(/ISO 8601/);
      await expect(store.topEntities({ type: "PERSON' OR '1'='1" })).resolves.toEqual([]);
    });

    it('counts the same whether a filter keeps few documents or many', async () => {
      const store = await fresh();
      const fillers = Array.from({ length: 30 }, (_, i) =>
        input(`https://filler.example.com/${i}`, {
          title: `Filler ${i}`,
          text: `Filler story ${i} about harbour cranes number${i}.`,
          publishedAt: '2023-01-01',
        }),
      );
      await store.write({ documents: [...LAYERED, ...fillers] });
      // one document of 34: counted over its rows; 33 of 34: counted entity by entity in order of totals
      const few = await store.topEntities({ source: 'oil-daily.example.net' });
      expect(few.map((e) => [e.name, e.stories, e.documents, e.mentions])).toEqual([
        ['Angela Merkel', 1, 1, 1],
        ['Reuters', 1, 1, 1],
      ]);
      const many = await store.topEntities({ since: '2023-01-01', limit: 3 });
      expect(many.map((e) => [e.name, e.stories, e.documents])).toEqual([
        ['Angela Merkel', 3, 4],
        ['Russia', 1, 2],
        ['Dmitry Peskov', 1, 2],
      ]);
      expect((await store.topEntities({ since: '2023-01-01', type: 'PERSON', allCopies: true })).map((e) => [e.name, e.documents])).toEqual(
        [
          ['Angela Merkel', 4],
          ['Dmitry Peskov', 2],
          ['Peskov', 1],
        ],
      );
      expect(await store.topEntities({ until: '2023-12-31' })).toEqual([]);
    });

    it('matches names whole, by knowledge-base id, and by surname', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const m = async (name: string) => (await store.matchEntities(name)).map((e) => [e.name, e.match]);
      expect(await m('angela MERKEL')).toEqual([['Angela Merkel', 'name']]);
      expect(await m('  Angela  Merkel’s ')).toEqual([['Angela Merkel', 'name']]);
      expect(await m('person/angela-merkel')).toEqual([['Angela Merkel', 'name']]);
      expect(await m('Merkel')).toEqual([['Angela Merkel', 'surname']]);
      expect(await m('Peskov')).toEqual([
        ['Dmitry Peskov', 'surname'],
        ['Peskov', 'name'],
      ]);
      expect(await m('Dmitry')).toEqual([]);
      // another name of a country or body, known to the knowledge base
      expect(await m('Russian Federation')).toEqual([['Russia', 'name']]);
      expect(await m("Merkel' OR 1=1 --")).toEqual([]);
      expect(await m('%')).toEqual([]);
      expect(await m('')).toEqual([]);
    });

    it('finds the forms of a name with middle initials, each way, and not its son', async () => {
      const store = await fresh();
      const person = (name: string) => ({ name, type: 'PERSON', at: [[0, name.length]] as Array<[number, number]> });
      await store.write({
        documents: [
          withLayers(0, layersOf([person('Paul Ryan'), person('Donald Trump Jr.'), person('George W. Bush')], [], [])),
          withLayers(
            1,
            layersOf([person('Paul D. Ryan'), person('Nick Ryan'), person('George H. W. Bush'), person('Donald Trump')], [], []),
          ),
        ],
      });
      const m = async (name: string) => (await store.matchEntities(name)).map((e) => [e.name, e.match]).sort();
      expect(await m('Paul Ryan')).toEqual([
        ['Paul D. Ryan', 'variant'],
        ['Paul Ryan', 'name'],
      ]);
      expect(await m('paul d. ryan')).toEqual([
        ['Paul D. Ryan', 'name'],
        ['Paul Ryan', 'variant'],
      ]);
      expect(await m('Donald Trump')).toEqual([['Donald Trump', 'name']]);
      expect(await m('Donald Trump Jr.')).toEqual([['Donald Trump Jr.', 'name']]);
      expect(await m('George Bush')).toEqual([
        ['George H. W. Bush', 'variant'],
        ['George W. Bush', 'variant'],
      ]);
      expect(await m('Nick Ryan')).toEqual([['Nick Ryan', 'name']]);
      // every form of a surname, and the stories of several taken as one
      const ryans = await store.entitiesBySurname(['ryan'], 'PERSON');
      expect(ryans.map((e) => e.name).sort()).toEqual(['Nick Ryan', 'Paul D. Ryan', 'Paul Ryan']);
      expect(ryans.find((e) => e.name === 'Paul D. Ryan')?.norm).toBe('paul d ryan');
      expect(await store.surnameStories(['ryan', 'nobody'], 'PERSON')).toEqual(new Map([['ryan', 3]]));
      // the full names with two stories or more, and bare surnames whatever theirs
      expect(await store.entitiesBySurname(['ryan'], 'PERSON', { minStories: 2 })).toEqual([]);
      expect(await store.entitiesBySurname(['ryan'], 'ORG')).toEqual([]);
      expect(await store.entitiesBySurname(["ryan' OR 1=1 --"], 'PERSON')).toEqual([]);
      const paul = ryans.filter((e) => e.name.startsWith('Paul')).map((e) => e.id);
      expect(await store.entityTotals(paul)).toEqual({ stories: 2, documents: 2, mentions: 2 });
      const all = ryans.map((e) => e.id);
      expect(await store.entityTotals(all)).toEqual({ stories: 2, documents: 2, mentions: 3 });
      expect(await store.entityTotals(all, { until: '1900-01-01' })).toEqual({ stories: 0, documents: 0, mentions: 0 });
      expect(await store.entityTotals([])).toEqual({ stories: 0, documents: 0, mentions: 0 });
      // the forms of one name beside another entity, each story once
      const nick = ryans.filter((e) => e.name === 'Nick Ryan').map((e) => e.id);
      expect(await store.coMentionedTotals(nick, paul)).toEqual({ stories: 1, documents: 1, mentions: 1 });
      expect(await store.coMentionedTotals(paul, paul)).toEqual({ stories: 0, documents: 0, mentions: 0 });
      expect(await store.coMentionedTotals(nick, [])).toEqual({ stories: 0, documents: 0, mentions: 0 });
    });

    it('lists quotes by speaker and about entities, one copy per story unless all copies', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const [merkel] = await store.matchEntities('Angela Merkel');
      const [russia] = await store.matchEntities('RUS');
      const by = await store.quotes({ speakerIds: [merkel!.id] });
      expect(by.hits.map((q) => [q.docId, q.speaker, q.copies, q.via])).toEqual([
        [OIL, 'Merkel', 1, 'Reuters'],
        [GAS, 'Angela Merkel', 2, null],
      ]);
      expect(by.totals).toEqual({ quotes: 2, stories: 2 });
      const all = await store.quotes({ speakerIds: [merkel!.id], allCopies: true });
      expect(all.hits.map((q) => q.docId)).toEqual([OIL, GAS_REPOST, GAS]);
      expect(all.totals).toEqual({ quotes: 3, stories: 2 });
      const byName = await store.quotes({ speakerNames: ['some analysts'] });
      expect(byName.hits.map((q) => [q.speaker, q.speakerKind])).toEqual([['Some analysts', 'vague']]);
      const about = await store.quotes({ aboutIds: [russia!.id] });
      expect(about.hits.map((q) => [q.docId, q.speaker])).toEqual([[GAS, 'Angela Merkel']]);
      const both = await store.quotes({ speakerIds: [merkel!.id], aboutIds: [russia!.id], since: '2024-03-05' });
      expect(both.hits.map((q) => q.docId)).toEqual([GAS_REPOST]);
      expect((await store.quotes({ speakerIds: [merkel!.id], source: 'oil-daily.example.net' })).hits).toHaveLength(1);
      expect((await store.quotes({ speakerIds: [merkel!.id], limit: 1, offset: 1 })).hits.map((q) => q.docId)).toEqual([GAS]);
      expect(await store.quotes({ speakerIds: [] })).toEqual({ hits: [], totals: { quotes: 0, stories: 0 } });
      expect((await store.quotes({ speakerNames: ["' OR 1=1 --"] })).hits).toEqual([]);
      // what an outlet relayed, by the names its relays go under, in lower case
      const relayed = await store.quotes({ viaNames: ['reuters', 'the reuters'] });
      expect(relayed.hits.map((q) => [q.docId, q.speaker, q.via])).toEqual([[OIL, 'Merkel', 'Reuters']]);
      expect((await store.quotes({ viaNames: ['tass'] })).hits.map((q) => [q.speaker, q.via])).toEqual([['Dmitry Peskov', 'TASS']]);
      expect((await store.quotes({ viaNames: ['xinhua'] })).hits).toEqual([]);
      expect(await store.quotes({ viaNames: [] })).toEqual({ hits: [], totals: { quotes: 0, stories: 0 } });
      expect((await store.quotes({ viaNames: ["reuters' OR 1=1 --"] })).hits).toEqual([]);
    });

    it('gives the dated documents of entities, pairs and quotes for time series', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const [merkel] = await store.matchEntities('Angela Merkel');
      const peskov = (await store.matchEntities('Peskov')).map((e) => e.id);
      const days = (rows: Array<{ day: string | null; count: number }>) => rows.map((r) => [r.day, r.count]).sort();
      expect(days(await store.entityDocs([merkel!.id]))).toEqual([
        ['2024-03-04', 2],
        ['2024-03-05', 2],
        ['2024-03-06', 1],
        ['2024-03-07', 1],
      ]);
      expect(days(await store.bothDocs([merkel!.id], peskov))).toEqual([
        ['2024-03-04', 1],
        ['2024-03-05', 1],
        ['2024-03-07', 1],
      ]);
      expect(days(await store.quoteDocs({ speakerIds: peskov, until: '2024-03-04' }))).toEqual([['2024-03-04', 1]]);
      const co = await store.coMentioned([merkel!.id]);
      expect(co.map((e) => [e.name, e.stories])).toEqual([
        ['Russia', 1],
        ['Dmitry Peskov', 1],
        ['Reuters', 1],
        ['Peskov', 1],
      ]);
      expect((await store.entitySites([merkel!.id])).map((s) => [s.site, s.stories])).toEqual([
        ['Example News', 2],
        ['oil-daily.example.net', 1],
        ['partner.example.org', 1],
      ]);
    });

    it('finds factual events between actors, by entity or by country code', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const [merkel] = await store.matchEntities('Angela Merkel');
      const [peskov] = await store.matchEntities('Dmitry Peskov');
      const rows = (r: Array<{ day: string | null; count: number; score?: number }>) => r.map((x) => [x.day, x.count, x.score]).sort();
      const russia = { ids: [], countries: ['RUS'] };
      expect(rows(await store.eventDocs({ ids: [merkel!.id] }, russia))).toEqual([
        ['2024-03-04', 1, -4.4],
        ['2024-03-05', 1, -4.4],
      ]);
      // the hedged attack is left out
      expect(rows(await store.eventDocs(russia, { ids: [merkel!.id] }))).toEqual([
        ['2024-03-04', 1, 4],
        ['2024-03-05', 1, 4],
      ]);
      expect(rows(await store.eventDocs({ ids: [peskov!.id] }, { ids: [merkel!.id] }, { until: '2024-03-04' }))).toEqual([
        ['2024-03-04', 1, 4],
      ]);
      expect(await store.eventDocs({ ids: [merkel!.id] }, { ids: [], countries: ["RUS' OR 1=1"] })).toEqual([]);
      expect(await store.eventDocs({ ids: [] }, russia)).toEqual([]);
    });

    it('lists every report of the factual events between two actors, each way, with the tone of their sentences', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const [merkel] = await store.matchEntities('Angela Merkel');
      const pair = { source: 'DEUGOV', target: 'RUSGOV', events: 1, goldstein: -4.4, tone: -3.5, valence: -1.2 };
      const article = { tone: -1, positive: 2, negative: 3, valence: -0.5, words: 100 };
      await store.putLayers(LAYERED[0]!.id, [{ kind: 'tone', version: '1', data: { article, pairs: [pair] } }]);
      const russia = { ids: [], countries: ['RUS'] };
      const reports = await store.eventReports({ ids: [merkel!.id] }, russia);
      const view = reports.map((r) => [r.day, r.direction, r.cameo, r.sourceCode, r.targetCode, r.goldstein, r.tone]);
      // the hedged attack is left out; the repost is a report of its own, in the same story
      expect(view).toEqual([
        ['2024-03-04', 'forward', '130', 'DEUGOV', 'RUSGOV', -4.4, -3.5],
        ['2024-03-04', 'back', '036', 'RUSGOV', 'DEUGOV', 4, null],
        ['2024-03-05', 'forward', '130', 'DEUGOV', 'RUSGOV', -4.4, null],
        ['2024-03-05', 'back', '036', 'RUSGOV', 'DEUGOV', 4, null],
      ]);
      expect(new Set(reports.map((r) => r.story)).size).toBe(1);
      expect(reports.map((r) => r.index)).toEqual([0, 1, 0, 1]);
      expect((await store.eventReports(russia, { ids: [merkel!.id] }, { until: '2024-03-04' })).map((r) => r.direction)).toEqual([
        'back',
        'forward',
      ]);
      expect(await store.eventReports({ ids: [merkel!.id] }, { ids: [], countries: ["RUS' OR 1=1"] })).toEqual([]);
      expect(await store.eventReports({ ids: [] }, russia)).toEqual([]);
    });

    it('stores an event between several actors under each pair of them', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      const event = (index: number, cameo: string, source: unknown, target: unknown) => ({
        start: index,
        end: index + 1,
        trigger: { start: index, end: index + 1, text: 'agreed' },
        cameo,
        plover: null,
        goldstein: 4,
        quadClass: 1,
        source,
        target,
        negated: false,
        hedged: false,
        statement: false,
        sentence: index,
        evidence: 'test',
      });
      const compound = (...codes: string[]) => ({
        text: codes.join(' and '),
        code: codes[0],
        members: codes.map((code) => ({ code, text: code })),
      });
      const events = [
        // "Russia and Ukraine agreed to swap prisoners": a joint act, each with the other
        event(0, '030', compound('RUS', 'UKR'), null),
        // "Germany and France warned Russia": each of them warned it
        event(1, '130', compound('DEU', 'FRA'), { text: 'Russia', code: 'RUS' }),
        // one actor listed twice makes no pair with itself
        event(2, '040', compound('USA', 'USA'), null),
      ];
      await store.putLayers(LAYERED[0]!.id, [{ kind: 'events', version: '1', data: events }]);
      const country = (c: string) => ({ ids: [], countries: [c] });
      const view = async (a: string, b: string) =>
        (await store.eventReports(country(a), country(b))).map((r) => [r.direction, r.cameo, r.sourceCode, r.targetCode]);
      expect(await view('RUS', 'UKR')).toEqual([
        ['forward', '030', 'RUS', 'UKR'],
        ['back', '030', 'UKR', 'RUS'],
      ]);
      expect(await view('FRA', 'RUS')).toEqual([['forward', '130', 'FRA', 'RUS']]);
      expect(await view('DEU', 'FRA')).toEqual([]);
      expect(await view('USA', 'USA')).toEqual([]);
    });

    it('ranks an outlet name that several outlets share, unresolved, by its name', async () => {
      const store = await fresh();
      const channel5 = (quotes: number[]) => ({
        name: 'Channel 5',
        kind: 'outlet' as const,
        quotes,
        outlet: { name: 'Channel 5', domain: null, country: null },
      });
      await store.write({
        documents: [
          withLayers(0, layersOf([], [{ at: [0, 10], speaker: 'Channel 5' }], [channel5([0])])),
          withLayers(
            1,
            layersOf(
              [],
              [{ at: [0, 10], speaker: 'Channel 5' }],
              [channel5([0]), { name: 'TASS', kind: 'outlet', quotes: [], outlet: TASS }],
            ),
          ),
        ],
      });
      expect((await store.topOutlets()).map((o) => [o.outlet, o.name, o.country, o.stories, o.claims])).toEqual([
        [null, 'Channel 5', null, 2, 2],
        ['tass.ru', 'TASS', 'RUS', 1, 0],
      ]);
    });

    it('counts the named people the claims rest on by party, in one copy of each story', async () => {
      const store = await fresh();
      const quote = (at: number) => ({ at: [at, at + 5] as [number, number], speaker: 'x' });
      // the gas story (two copies): two claims of Cruz's, one of Clinton's
      const gas = layersOf(
        [person('Ted Cruz', 0, R), person('Hillary Clinton', 20, D)],
        [quote(80), quote(90), quote(100)],
        [
          { name: 'Ted Cruz', kind: 'person', quotes: [0, 1], by: 0 },
          { name: 'Hillary Clinton', kind: 'person', quotes: [2], by: 1 },
        ],
      );
      await store.write({
        documents: [
          withLayers(0, gas),
          withLayers(3, gas),
          withLayers(
            1,
            layersOf(
              [person('Ted Cruz', 0, R), person('Jane Roe', 20)],
              [quote(80), quote(90)],
              [
                { name: 'Ted Cruz', kind: 'person', quotes: [0], by: 0 },
                { name: 'Jane Roe', kind: 'person', quotes: [1], by: 1 },
              ],
            ),
          ),
          withLayers(
            2,
            layersOf(
              [person('Hillary Clinton', 0, D)],
              [quote(80), quote(90)],
              [
                { name: 'Hillary Clinton', kind: 'person', quotes: [0], by: 0 },
                { name: 'officials', kind: 'unnamed', named: false, quotes: [1] },
              ],
            ),
          ),
        ],
      });
      expect(await store.sourcesByParty()).toEqual([
        { party: R, people: 1, stories: 2, claims: 3 },
        { party: D, people: 1, stories: 2, claims: 2 },
        { party: null, people: 1, stories: 1, claims: 1 },
      ]);
      expect(await store.sourcesByParty({ allCopies: true })).toEqual([
        { party: R, people: 1, stories: 3, claims: 5 },
        { party: D, people: 1, stories: 3, claims: 3 },
        { party: null, people: 1, stories: 1, claims: 1 },
      ]);
      expect(await store.sourcesByParty({ source: 'nowhere.example' })).toEqual([]);
      // parties given: Jane Roe counted as Hillary Clinton, a Democrat; Cruz, given none, of no party known
      const [roe] = await store.matchEntities('Jane Roe');
      const [clinton] = await store.matchEntities('Hillary Clinton');
      expect(
        await store.sourcesByParty(
          {},
          {
            partyOf: new Map([
              [roe!.id, D],
              [clinton!.id, D],
            ]),
            personOf: new Map([[roe!.id, clinton!.id]]),
          },
        ),
      ).toEqual([
        { party: D, people: 1, stories: 3, claims: 3 },
        { party: null, people: 1, stories: 2, claims: 3 },
      ]);
    });

    it('shows an outlet by the name the corpus cites it by most', async () => {
      const store = await fresh();
      const nyt = (name: string) => ({
        name,
        kind: 'outlet' as const,
        quotes: [0],
        outlet: { name, domain: 'nytimes.com', country: 'USA' },
      });
      const quote = [{ at: [0, 10] as [number, number], speaker: 'the Times' }];
      await store.write({
        documents: [
          withLayers(0, layersOf([], quote, [nyt('the Times')])),
          withLayers(2, layersOf([], quote, [nyt('The New York Times')])),
          withLayers(3, layersOf([], quote, [nyt('The New York Times')])),
        ],
      });
      expect((await store.topOutlets()).map((o) => [o.outlet, o.name])).toEqual([['nytimes.com', 'The New York Times']]);
    });

    it('ranks cited outlets with state-media labels and sums sourcing per story', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      expect(await store.topOutlets()).toEqual([
        {
          outlet: 'reuters.com',
          name: 'Reuters',
          country: 'USA',
          stateMedia: null,
          stateMediaLabel: null,
          stories: 1,
          documents: 1,
          claims: 2,
        },
        {
          outlet: 'tass.ru',
          name: 'TASS',
          country: 'RUS',
          stateMedia: 'SC',
          stateMediaLabel: 'state-controlled',
          stories: 1,
          documents: 2,
          // (the story's claim on TASS, in its two copies, counts once)
          claims: 1,
        },
      ]);
      expect((await store.topOutlets({ allCopies: true })).map((o) => [o.outlet, o.documents, o.claims])).toEqual([
        ['tass.ru', 2, 2],
        ['reuters.com', 1, 2],
      ]);
      expect(await store.sourcing()).toMatchObject({ stories: 3, claims: 3 + 2 + 1, unnamed: 1, relayed: 2 });
      expect(await store.sourcing({ allCopies: true })).toMatchObject({ stories: 4, claims: 9, unnamed: 2 });
      expect(await store.sourcing({ source: 'nowhere.example' })).toMatchObject({ stories: 0, claims: 0 });
      const kinds = await store.sourceKinds();
      expect(kinds.find((k) => k.kind === 'unnamed' && !k.named)).toEqual({ kind: 'unnamed', named: false, stories: 2, citations: 3 });
    });

    it('rebuilds the facts of a document whose layers are replaced, keeping totals right', async () => {
      const store = await fresh();
      await store.write({ documents: LAYERED });
      await store.putLayers(ELECTION, [{ kind: 'entities', version: '3', data: [] }]);
      const top = await store.topEntities();
      expect(top.find((e) => e.key === 'PERSON:peskov')).toBeUndefined();
      expect(top.find((e) => e.key === 'person/angela-merkel')).toMatchObject({ stories: 2, documents: 3 });
      expect(await store.topEntities({ since: '2024-03-07' })).toEqual([]);
      // the quote stays, without its speaker's entity
      expect((await store.quotes({ speakerNames: ['peskov'] })).hits.map((q) => q.docId)).toEqual([ELECTION]);
      await store.putLayers(ELECTION, ELECTION_LAYERS);
      expect((await store.topEntities()).find((e) => e.key === 'person/angela-merkel')).toMatchObject({ stories: 3, documents: 4 });
    });

    it('keeps the query tables through reopening and a failed batch', async () => {
      let store = await fresh();
      await store.write({ documents: LAYERED.slice(0, 2) });
      const broken = { ...LAYERED[2]!, doc: { ...LAYERED[2]!.doc, text: null as unknown as string } };
      await expect(store.write({ documents: [broken] })).rejects.toThrow();
      store = await reopen(store);
      await store.write({ documents: LAYERED.slice(2) });
      expect((await store.topEntities()).map((e) => [e.name, e.stories, e.documents])[0]).toEqual(['Angela Merkel', 3, 4]);
      expect((await store.quotes({ speakerNames: ['peskov'] })).totals).toEqual({ quotes: 1, stories: 1 });
    });

    it('tolerates layers with missing or malformed fields', async () => {
      const store = await fresh();
      const odd: LayerInput[] = [
        {
          kind: 'entities',
          version: 'x',
          data: [null, 7, { id: 'e1' }, { id: 'e2', name: '  ' }, { id: 'e3', name: 'Kyiv', mentions: 'many' }, { name: 'No Id' }],
        },
        { kind: 'quotes', version: 'x', data: [{ text: 'hello', speakerEntity: 'e3', start: 'a' }, { speaker: 'x' }, 'junk'] },
        { kind: 'sources', version: 'x', data: { sources: [{ name: 'Kyiv', outlet: { name: 'No domain' } }], summary: { claims: 'two' } } },
      ];
      await store.write({ documents: [{ ...CORPUS[1]!, layers: odd }] });
      expect((await store.topEntities()).map((e) => [e.key, e.type, e.mentions])).toEqual([['MISC:kyiv', 'MISC', 1]]);
      const [kyiv] = await store.matchEntities('kyiv');
      expect((await store.quotes({ speakerIds: [kyiv!.id] })).hits.map((q) => [q.text, q.type, q.speakerKind])).toEqual([
        ['hello', 'direct', 'none'],
      ]);
      expect(await store.topOutlets()).toEqual([]);
      expect(await store.sourcing()).toMatchObject({ stories: 1, claims: 0 });
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
