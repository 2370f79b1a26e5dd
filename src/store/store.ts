import { type Insertable, type Kysely, type Migration, Migrator, type RawBuilder, type Transaction } from 'kysely';
import { findDuplicate } from '../dedup/duplicates.js';
import { bandKeys, fingerprint, signatureToBytes } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';
import * as aggregates from './aggregates.js';
import { CompiledShapes } from './compiled-shapes.js';
import { TransactionDuplicateIndex } from './duplicate-index.js';
import { docColumns, FactWriter } from './fact-writer.js';
import { FACT_KINDS } from './facts.js';
import { allOf, filterConditions } from './filters.js';
import { hostOf } from './ids.js';
import type { CorpusSchema, DocumentsTable } from './schema.js';
import { parseSearchText, type SearchTerm } from './search-query.js';
import type {
  ActorRef,
  CitedPeople,
  CorpusFilter,
  CorpusStats,
  DatedCount,
  DocumentInput,
  EntityCount,
  EntityMatch,
  EntityTotals,
  EventReport,
  IngestErrorInput,
  IngestErrorRecord,
  LayerInput,
  NamedEntityCount,
  OutletCount,
  PartyCount,
  PartySourceCount,
  QuoteHit,
  QuoteQuery,
  QuoteTotals,
  SearchHit,
  SearchOptions,
  SourceKindCount,
  SourceRecord,
  SourcingSummary,
  SpeakerCount,
  SpeakerQuery,
  StoredDocument,
  StoredLayer,
  TopEntitiesOptions,
  WriteResult,
} from './types.js';

/** A search, ready for an engine to run. @internal */
export interface SearchPlan {
  readonly terms: readonly SearchTerm[];
  /** Extra conditions on `d` (the documents table), already parameterised. */
  readonly where: RawBuilder<unknown>;
  readonly limit: number;
  readonly offset: number;
  readonly allCopies: boolean;
  readonly marks: readonly [string, string];
}

/**
 * What an engine folder (`sqlite/`, `postgres/`) provides: a Kysely instance, its migrations and
 * the full-text search, the one query that differs between engines.
 * @internal
 */
export interface StoreEngine {
  readonly name: string;
  readonly db: Kysely<CorpusSchema>;
  readonly migrations: Readonly<Record<string, Migration>>;
  search(db: Kysely<CorpusSchema>, plan: SearchPlan): Promise<SearchHit[]>;
  /** Called after the Kysely instance is destroyed. */
  close?(): Promise<void>;
}

const MAX_PARAMS = 500;
const MAX_LIMIT = 1000;
/** Documents written between two turns of the event loop inside one write. */
const YIELD_EVERY = 16;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * The corpus: documents with their layers, duplicate groups, full-text index and ingest errors,
 * in one database. Engine-agnostic; open one with an engine's opener (`openSqliteStore`).
 *
 * Writes go in batches, one transaction each ({@link CorpusStore.write}), so that a process
 * killed mid-ingest leaves whole batches and nothing half-written. Storing a document whose id is
 * already stored does nothing: ingest is idempotent.
 *
 * @example
 * import { openSqliteStore } from 'sitrep/store';
 * const store = await openSqliteStore('news.db');
 * await store.write({ documents: [{ id: 'https://example.com/a', doc }] });
 * const hits = await store.search({ query: '"gas price" cap', since: '2024-03-01' });
 * await store.close();
 */
export class CorpusStore {
  readonly #engine: StoreEngine;
  readonly #db: Kysely<CorpusSchema>;
  readonly #shapes = new CompiledShapes();
  readonly #facts = new FactWriter(this.#shapes);
  #closed = false;

  /** @internal Engines construct stores; use `openSqliteStore`. */
  constructor(engine: StoreEngine) {
    this.#engine = engine;
    this.#db = engine.db;
  }

  /** The engine's name (`sqlite`). */
  get engine(): string {
    return this.#engine.name;
  }

  /** Brings the schema to the latest version. Openers call it; safe to call again. */
  async migrate(): Promise<void> {
    const migrations = this.#engine.migrations;
    const migrator = new Migrator({ db: this.#db, provider: { getMigrations: async () => ({ ...migrations }) } });
    const { error } = await migrator.migrateToLatest();
    if (error)
      throw new Error(`could not migrate the ${this.#engine.name} store: ${(error as Error).message ?? String(error)}`, { cause: error });
  }

  /**
   * Stores documents and records errors in one transaction. Documents are taken in order: each is
   * compared with everything stored before it (earlier batches and earlier in this one) and joins
   * the duplicate group of its first-seen copy. Ids already stored are skipped. An input that now
   * yields a document loses its recorded error; an error for an input replaces the earlier one.
   */
  async write(batch: {
    readonly documents?: readonly DocumentInput[];
    readonly errors?: readonly IngestErrorInput[];
  }): Promise<WriteResult> {
    const documents = batch.documents ?? [];
    const errors = batch.errors ?? [];
    try {
      return await this.#write(documents, errors);
    } catch (error) {
      this.#facts.forget();
      throw error;
    }
  }

  async #write(documents: readonly DocumentInput[], errors: readonly IngestErrorInput[]): Promise<WriteResult> {
    return this.#db.transaction().execute(async (trx) => {
      const seen = await this.#existingIds(
        trx,
        documents.map((d) => d.id),
      );
      const index = new TransactionDuplicateIndex(trx, this.#shapes);
      const shapes = this.#shapes;
      const stored: Array<WriteResult['stored'][number]> = [];
      const skipped: string[] = [];
      const seqOf = new Map<string, number>();
      const now = new Date().toISOString();
      let written = 0;
      for (const input of documents) {
        // a long batch lets the event loop run now and then, so that analysis workers waiting on
        // this thread for their next task (or to hand in a result) are not left idle meanwhile
        if (++written % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        if (input.inputId) {
          await shapes.run(trx, 'clear-error', (v) => trx.deleteFrom('ingest_errors').where('input_id', '=', v(0)), [input.inputId]);
        }
        if (seen.has(input.id)) {
          skipped.push(input.id);
          continue;
        }
        seen.add(input.id);
        const fp = input.fingerprint ?? fingerprint(input.doc.text);
        const match = await findDuplicate(fp, index);
        const group = match?.of.group ?? input.id;
        const row = this.#documentRow(input, fp.contentHash, group, now);
        const columns = Object.keys(row) as Array<keyof typeof row>;
        const [inserted] = await shapes.run(
          trx,
          `insert-document:${columns.join(',')}`,
          (v) =>
            trx
              .insertInto('documents')
              .values(Object.fromEntries(columns.map((c, i) => [c, v(i)])) as unknown as Insertable<DocumentsTable>)
              .returning('seq'),
          columns.map((c) => row[c]),
        );
        const seq = inserted!.seq;
        seqOf.set(input.id, seq);
        if (fp.signature) {
          await shapes.run(
            trx,
            'insert-signature',
            (v) =>
              trx.insertInto('dedup_signatures').values({ doc_seq: v(0) as unknown as number, signature: v(1) as unknown as Uint8Array }),
            [seq, Buffer.from(signatureToBytes(fp.signature))],
          );
          const keys = [...new Set(bandKeys(fp.signature))];
          await shapes.run(
            trx,
            `insert-bands:${keys.length}`,
            (v) =>
              trx
                .insertInto('dedup_bands')
                .values(keys.map((_, i) => ({ band_key: v(2 * i) as unknown as number, doc_seq: v(2 * i + 1) as unknown as number }))),
            keys.flatMap((k) => [k, seq]),
          );
        }
        const story = seqOf.get(group) ?? (await this.#seqOf(trx, group));
        const facts = docColumns(seq, story, { published_at: row.published_at ?? null, host: row.host ?? null, site: row.site ?? null });
        await this.#facts.writeDoc(trx, facts);
        if (input.layers && input.layers.length > 0) {
          await this.#putLayers(trx, input.id, input.layers, now);
          if (input.layers.some((l) => FACT_KINDS.has(l.kind))) {
            await this.#facts.write(trx, facts, Object.fromEntries(input.layers.map((l) => [l.kind, l.data])), { newDocument: true });
          }
        }
        stored.push({ id: input.id, dupGroup: group, duplicate: match?.kind ?? null });
      }
      for (const e of errors) {
        await trx
          .insertInto('ingest_errors')
          .values({ input_id: e.inputId, reason: e.reason, source: json(e.source ?? {}), at: now })
          .onConflict((oc) => oc.column('input_id').doUpdateSet({ reason: e.reason, source: json(e.source ?? {}), at: now }))
          .execute();
      }
      await this.#facts.flushCounts(trx);
      return { stored, skipped, errors: errors.length };
    });
  }

  #documentRow(input: DocumentInput, contentHash: string | null, group: string, now: string): Insertable<DocumentsTable> {
    const { doc } = input;
    const m = doc.meta;
    const url = m.url;
    const host = hostOf(url ?? (typeof input.source?.url === 'string' ? input.source.url : null));
    return {
      id: input.id,
      input_id: input.inputId ?? null,
      url,
      host,
      title: m.title,
      authors: json(m.authors),
      published_at: m.publishedAt,
      site: m.siteName ?? host,
      lang: m.lang,
      text: doc.text,
      meta: json({
        siteName: m.siteName,
        updatedAt: m.updatedAt,
        description: m.description,
        imageCredits: m.imageCredits,
        relatedLinks: m.relatedLinks,
        mode: doc.mode,
        warnings: doc.warnings,
        blocks: doc.blocks,
      }),
      source: json(input.source ?? {}),
      content_hash: contentHash,
      dup_group: group,
      ingested_at: now,
    };
  }

  async #seqOf(trx: Transaction<CorpusSchema>, id: string): Promise<number> {
    const [row] = await this.#shapes.run(trx, 'seq-of', (v) => trx.selectFrom('documents').select('seq').where('id', '=', v(0)), [id]);
    if (!row) throw new Error(`no stored document with id ${JSON.stringify(id)}`);
    return row.seq;
  }

  async #existingIds(db: Kysely<CorpusSchema> | Transaction<CorpusSchema>, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(ids)], MAX_PARAMS)) {
      if (part.length === 0) continue;
      const rows = await db.selectFrom('documents').select('id').where('id', 'in', part).execute();
      for (const r of rows) found.add(r.id);
    }
    return found;
  }

  async #putLayers(trx: Transaction<CorpusSchema>, docId: string, layers: readonly LayerInput[], now: string): Promise<void> {
    for (const layer of layers) {
      await this.#shapes.run(
        trx,
        'layer-upsert',
        (v) =>
          trx
            .insertInto('layers')
            .values({ doc_id: v(0), kind: v(1), version: v(2), data: v(3), created_at: v(4) })
            .onConflict((oc) =>
              oc.columns(['doc_id', 'kind']).doUpdateSet((eb) => ({
                version: eb.ref('excluded.version'),
                data: eb.ref('excluded.data'),
                created_at: eb.ref('excluded.created_at'),
              })),
            ),
        [docId, layer.kind, layer.version, json(layer.data), now],
      );
    }
  }

  /** Adds or replaces layers of a stored document (one per kind). Throws when the document is not stored. */
  async putLayers(docId: string, layers: readonly LayerInput[]): Promise<void> {
    await this.#db
      .transaction()
      .execute(async (trx) => {
        const exists = await trx.selectFrom('documents').select('id').where('id', '=', docId).executeTakeFirst();
        if (!exists) throw new Error(`no stored document with id ${JSON.stringify(docId)}`);
        await this.#putLayers(trx, docId, layers, new Date().toISOString());
        if (layers.some((l) => FACT_KINDS.has(l.kind))) await this.#facts.refresh(trx, docId);
      })
      .catch((error: unknown) => {
        this.#facts.forget();
        throw error;
      });
  }

  /** Which of these ids are stored. */
  async hasDocuments(ids: readonly string[]): Promise<Set<string>> {
    return this.#existingIds(this.#db, ids);
  }

  /** Which of these inputs already yielded a stored document (a re-run skips them). */
  async storedInputs(inputIds: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(inputIds)], MAX_PARAMS)) {
      if (part.length === 0) continue;
      const rows = await this.#db.selectFrom('documents').select('input_id').where('input_id', 'in', part).execute();
      for (const r of rows) if (r.input_id !== null) found.add(r.input_id);
    }
    return found;
  }

  /** A stored document, or `undefined`. */
  async getDocument(id: string): Promise<StoredDocument | undefined> {
    const r = await this.#db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    const authors = parseJson<string[]>(r.authors, []);
    const rest = parseJson<Record<string, unknown>>(r.meta, {});
    const doc: Doc = {
      text: r.text,
      blocks: (rest.blocks as Doc['blocks'] | undefined) ?? [],
      mode: (rest.mode as Doc['mode'] | undefined) ?? 'text',
      warnings: (rest.warnings as string[] | undefined) ?? [],
      meta: {
        title: r.title,
        authors,
        publishedAt: r.published_at,
        updatedAt: (rest.updatedAt as string | null | undefined) ?? null,
        siteName: 'siteName' in rest ? (rest.siteName as string | null) : r.site,
        lang: r.lang,
        url: r.url,
        description: (rest.description as string | null | undefined) ?? null,
        imageCredits: (rest.imageCredits as string[] | undefined) ?? [],
        relatedLinks: (rest.relatedLinks as Doc['meta']['relatedLinks'] | undefined) ?? [],
      },
    };
    return {
      id: r.id,
      inputId: r.input_id,
      url: r.url,
      host: r.host,
      title: r.title,
      authors,
      publishedAt: r.published_at,
      site: r.site,
      lang: r.lang,
      text: r.text,
      doc,
      source: parseJson<SourceRecord>(r.source, {}),
      contentHash: r.content_hash,
      dupGroup: r.dup_group,
      ingestedAt: r.ingested_at,
    };
  }

  /** The layers of a stored document, all or of the given kinds, sorted by kind. */
  async getLayers(docId: string, kinds?: readonly string[]): Promise<StoredLayer[]> {
    let q = this.#db.selectFrom('layers').selectAll().where('doc_id', '=', docId);
    if (kinds && kinds.length > 0) q = q.where('kind', 'in', [...kinds]);
    const rows = await q.orderBy('kind').execute();
    return rows.map((r) => ({
      docId: r.doc_id,
      kind: r.kind,
      version: r.version,
      data: parseJson<unknown>(r.data, null),
      createdAt: r.created_at,
    }));
  }

  /** Ids of the documents in a duplicate group, first-seen first. */
  async groupMembers(group: string): Promise<string[]> {
    const rows = await this.#db.selectFrom('documents').select('id').where('dup_group', '=', group).orderBy('seq').execute();
    return rows.map((r) => r.id);
  }

  /**
   * Full-text search over titles and texts, ranked by bm25 (title words weigh more), one hit per
   * duplicate group unless `allCopies`. User text is never passed to the engine as query syntax:
   * see `parseSearchText`. A query without words finds nothing.
   */
  async search(options: SearchOptions): Promise<SearchHit[]> {
    const terms = parseSearchText(options.query);
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 20)));
    if (terms.length === 0 || limit === 0) return [];
    const where = allOf(filterConditions('d', options));
    return this.#engine.search(this.#db, {
      terms,
      where,
      limit,
      offset: Math.max(0, Math.floor(options.offset ?? 0)),
      allCopies: options.allCopies ?? false,
      marks: options.marks ?? ['«', '»'],
    });
  }

  /**
   * The most mentioned entities, counted per story (duplicate group) unless `allCopies`, with
   * their document and mention counts. Without a date or source filter the answer comes from totals
   * kept at write time.
   *
   * @example
   * const people = await store.topEntities({ type: 'PERSON', limit: 10, since: '2024-03-01' });
   * for (const e of people) console.log(e.name, e.stories);
   */
  async topEntities(options: TopEntitiesOptions = {}): Promise<EntityCount[]> {
    return aggregates.topEntities(this.#db, options);
  }

  /**
   * The entities a name can mean, most mentioned first: the same name in any case and without
   * accents, a knowledge-base id (`person/angela-merkel`) or an entity key; failing those, for a
   * one-word name, entities whose name ends with it (`Merkel` → `Angela Merkel`).
   */
  async matchEntities(name: string, limit = 20): Promise<EntityMatch[]> {
    return aggregates.matchEntities(this.#db, name, limit);
  }

  /**
   * The parties the articles give any of the entities (people), most stories first.
   *
   * @example
   * const [party] = await store.entityParties([cruz.id]); // { kbId: 'party/republican-party', name: 'Republican Party', … }
   */
  async entityParties(ids: readonly number[], filter: CorpusFilter = {}): Promise<PartyCount[]> {
    return aggregates.entityParties(this.#db, ids, filter);
  }

  /**
   * The store ids of the people whose party is one of these knowledge-base parties: the party more
   * of the stories that give them one give them than any other, in at least one of fifty stories
   * that mention them. Pass them as `among` to {@link CorpusStore.topEntities} or as
   * `speakerIds` to {@link CorpusStore.quotes}.
   */
  async partyMembers(parties: readonly string[]): Promise<number[]> {
    return aggregates.partyMembers(this.#db, parties);
  }

  /**
   * The party of each of these people that has one (see {@link CorpusStore.partyMembers}'s rule):
   * store id → knowledge-base id.
   */
  async partiesOfPeople(ids: readonly number[]): Promise<Map<number, string>> {
    return aggregates.partiesOfPeople(this.#db, ids);
  }

  /**
   * Entities of a type whose name ends with one of these surnames (normalised: `obama`, `ryan`),
   * bare surnames included, most stories first: every form a person's name takes in the corpus,
   * each with its normalised name. `minStories` leaves out the full names with fewer stories.
   *
   * @example
   * const ryans = await store.entitiesBySurname(['ryan'], 'PERSON'); // Paul Ryan, Paul D. Ryan, Ryan, Nick Ryan …
   */
  async entitiesBySurname(
    surnames: readonly string[],
    type: string,
    options: { readonly limit?: number; readonly minStories?: number } = {},
  ): Promise<NamedEntityCount[]> {
    return aggregates.entitiesBySurname(this.#db, surnames, type, options);
  }

  /**
   * For each of these surnames, the stories of the entities of a type whose fuller name ends with
   * it, summed (how much of a surname's coverage one person has).
   *
   * @example
   * (await store.surnameStories(['obama'], 'PERSON')).get('obama'); // 214: Barack's 209, Michelle's 5
   */
  async surnameStories(surnames: readonly string[], type: string): Promise<Map<string, number>> {
    return aggregates.surnameStories(this.#db, surnames, type);
  }

  /**
   * How many stories, documents and mentions within the filter name any of these entities, each
   * story and document counted once (the forms of one person's name taken together).
   *
   * @example
   * const { stories } = await store.entityTotals([paulRyan.id, paulDRyan.id], { since: '2016-01-01' });
   */
  async entityTotals(ids: readonly number[], filter: CorpusFilter = {}): Promise<EntityTotals> {
    return aggregates.entityTotals(this.#db, ids, filter);
  }

  /** Entities by their store ids. */
  async entitiesById(ids: readonly number[]): Promise<EntityCount[]> {
    return aggregates.entitiesById(this.#db, ids);
  }

  /** The documents that mention any of the entities (with their mention counts), for time series. */
  async entityDocs(ids: readonly number[], filter: CorpusFilter = {}): Promise<DatedCount[]> {
    return aggregates.entityDocs(this.#db, ids, filter);
  }

  /** The documents that mention one of `a` and one of `b`. */
  async bothDocs(a: readonly number[], b: readonly number[], filter: CorpusFilter = {}): Promise<DatedCount[]> {
    return aggregates.bothDocs(this.#db, a, b, filter);
  }

  /** The documents with quotes that match, with their number of such quotes, for time series. */
  async quoteDocs(query: QuoteQuery): Promise<DatedCount[]> {
    return aggregates.quoteDocs(this.#db, query);
  }

  /**
   * Quotes by speaker and/or about entities, newest first, one copy of each story unless
   * `allCopies`, with totals.
   *
   * @example
   * const [merkel] = await store.matchEntities('Angela Merkel');
   * const { hits } = await store.quotes({ speakerIds: [merkel.id], limit: 5 });
   */
  async quotes(query: QuoteQuery): Promise<{ hits: QuoteHit[]; totals: QuoteTotals }> {
    return aggregates.quotes(this.#db, query);
  }

  /** Entities most often mentioned with any of `ids`, over the latest `sample` documents that mention them. */
  async coMentioned(ids: readonly number[], filter: CorpusFilter = {}, limit = 10, sample = 500): Promise<EntityCount[]> {
    return aggregates.coMentioned(this.#db, ids, filter, limit, sample);
  }

  /**
   * How many of the stories (documents) {@link CorpusStore.coMentioned} reads for `ids` also
   * mention any of `others`, each counted once: one co-mentioned person under all their names.
   */
  async coMentionedTotals(
    ids: readonly number[],
    others: readonly number[],
    filter: CorpusFilter = {},
    sample = 500,
  ): Promise<EntityTotals> {
    return aggregates.coMentionedTotals(this.#db, ids, others, filter, sample);
  }

  /** The sites whose documents mention any of `ids`, most stories first. */
  async entitySites(
    ids: readonly number[],
    filter: CorpusFilter = {},
    limit = 10,
  ): Promise<Array<{ site: string; stories: number; documents: number }>> {
    return aggregates.entitySites(this.#db, ids, filter, limit);
  }

  /** The outlets the documents cite most (stories citing them), with state-media labels. */
  async topOutlets(filter: CorpusFilter = {}, limit = 20): Promise<OutletCount[]> {
    return aggregates.topOutlets(this.#db, filter, limit);
  }

  /** How the claims of the stories rest on named, unnamed and no sources (one copy per story unless `allCopies`). */
  async sourcing(filter: CorpusFilter = {}): Promise<SourcingSummary> {
    return aggregates.sourcing(this.#db, filter);
  }

  /**
   * The named people the claims rest on, by party: the one `people` gives each (with the person a
   * form of a name counts as), or else the one of the rule of {@link CorpusStore.partiesOfPeople};
   * `party: null` for the people of no known party.
   *
   * @example
   * const [first] = await store.sourcesByParty({ since: '2024-03-01' });
   * console.log(first?.party, first?.claims); // 'party/republican-party' 412
   */
  async sourcesByParty(filter: CorpusFilter = {}, people?: CitedPeople): Promise<PartySourceCount[]> {
    return aggregates.sourcesByParty(this.#db, filter, people);
  }

  /** Sources cited, by kind and whether they are named. */
  async sourceKinds(filter: CorpusFilter = {}): Promise<SourceKindCount[]> {
    return aggregates.sourceKinds(this.#db, filter);
  }

  /**
   * The entities quoted most: in how many stories (or, with `allCopies`, how many quotes); about
   * some entities, among some speakers or of one type with `query`.
   *
   * @example
   * const [nato] = await store.matchEntities('NATO');
   * const onNato = await store.topSpeakers({ since: '2024-03-01' }, 10, { aboutIds: [nato.id], type: 'PERSON' });
   */
  async topSpeakers(filter: CorpusFilter = {}, limit = 20, query: SpeakerQuery = {}): Promise<SpeakerCount[]> {
    return aggregates.topSpeakers(this.#db, filter, limit, query);
  }

  /** How many quotes any of these speakers gave, and in how many stories (about `query.aboutIds` when given). */
  async speakerTotals(
    ids: readonly number[],
    filter: CorpusFilter = {},
    query: Pick<SpeakerQuery, 'aboutIds'> = {},
  ): Promise<{ quotes: number; quotedIn: number }> {
    return aggregates.speakerTotals(this.#db, ids, filter, query);
  }

  /**
   * Documents with factual events from one actor to another (entities, or countries by their CAMEO
   * code), with their number and summed Goldstein scores, for time series.
   */
  async eventDocs(from: ActorRef, to: ActorRef, filter: CorpusFilter = {}): Promise<DatedCount[]> {
    return aggregates.eventDocs(this.#db, from, to, filter);
  }

  /**
   * Every report of a factual event between two actors (entities, or countries by their CAMEO
   * code), either way, in document order: the rows `sitrep events --between` deduplicates and counts.
   */
  async eventReports(a: ActorRef, b: ActorRef, filter: CorpusFilter = {}): Promise<EventReport[]> {
    return aggregates.eventReports(this.#db, a, b, filter);
  }

  /** Recorded ingest errors, newest first. */
  async errors(options: { readonly limit?: number } = {}): Promise<IngestErrorRecord[]> {
    let q = this.#db.selectFrom('ingest_errors').selectAll().orderBy('at', 'desc').orderBy('input_id');
    if (options.limit !== undefined) q = q.limit(options.limit);
    const rows = await q.execute();
    return rows.map((r) => ({ inputId: r.input_id, reason: r.reason, source: parseJson<SourceRecord>(r.source, {}), at: r.at }));
  }

  /** Corpus totals. */
  async stats(): Promise<CorpusStats> {
    const count = async (table: 'documents' | 'layers' | 'ingest_errors') =>
      Number(
        (
          await this.#db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const stories = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.count('dup_group').distinct().as('n'))
      .executeTakeFirstOrThrow();
    return {
      documents: await count('documents'),
      stories: Number(stories.n),
      layers: await count('layers'),
      errors: await count('ingest_errors'),
    };
  }

  /** Closes the database. The store cannot be used afterwards. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#db.destroy();
    await this.#engine.close?.();
  }
}
