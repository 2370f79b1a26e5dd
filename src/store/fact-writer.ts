import type { Kysely } from 'kysely';
import { CompiledShapes } from './compiled-shapes.js';
import { type DocFacts, docFacts, FACT_KINDS, nameRankOf } from './facts.js';
import type { CorpusSchema, DocColumns } from './schema.js';

const ENTITY_CACHE = 50_000;

type Db = Kysely<CorpusSchema>;

/**
 * Fills the query tables (`q_*`) from a document's layers inside the writing transaction, and
 * keeps each entity's running totals (documents, stories, mentions) so that the most mentioned
 * entities of the whole corpus are one index read away.
 * @internal
 */
export class FactWriter {
  readonly #shapes: CompiledShapes;
  /** Entity key → id; only ids of committed transactions survive {@link FactWriter.forget}. */
  readonly #ids = new Map<string, { id: number; nameRank: number }>();
  /** Entity id → totals written to the query tables but not yet added to `q_entities`. */
  readonly #counts = new Map<number, { documents: number; stories: number; mentions: number }>();

  readonly #parties: boolean;

  /** `parties: false` leaves out the party column (for the migrations that ran before it existed). */
  constructor(shapes: CompiledShapes = new CompiledShapes(), options: { readonly parties?: boolean } = {}) {
    this.#shapes = shapes;
    this.#parties = options.parties ?? true;
  }

  /** Drops cached entity ids and unwritten totals (after a transaction rolled back, they may not exist). */
  forget(): void {
    this.#ids.clear();
    this.#counts.clear();
  }

  /**
   * Adds the entity totals gathered by {@link FactWriter.write} to `q_entities`. Call it before the
   * transaction commits: one update per entity and transaction instead of one per document, since
   * every update also rewrites the entity's entries in four ranking indexes.
   */
  async flushCounts(db: Db): Promise<void> {
    const pending = [...this.#counts];
    this.#counts.clear();
    for (const [id, c] of pending) {
      await this.#shapes.run(
        db,
        'entity-count',
        (v) =>
          db
            .updateTable('q_entities')
            .set((eb) => ({
              documents: eb('documents', '+', v(0) as unknown as number),
              stories: eb('stories', '+', v(1) as unknown as number),
              mentions: eb('mentions', '+', v(2) as unknown as number),
            }))
            .where('id', '=', v(3) as unknown as number),
        [c.documents, c.stories, c.mentions, id],
      );
    }
  }

  /**
   * The entity's id, inserting the entity when it is new; a new entity is written with this
   * document's totals (`created` is then true), so that it needs no update at the flush.
   */
  async #entityId(db: Db, e: DocFacts['entities'][number]): Promise<{ id: number; created: boolean }> {
    const cached = this.#ids.get(e.key);
    if (cached && cached.nameRank >= e.nameRank) return { id: cached.id, created: false };
    const s = this.#shapes;
    let row = cached
      ? { id: cached.id, name: '' }
      : (await s.run(db, 'entity-by-key', (v) => db.selectFrom('q_entities').select(['id', 'name']).where('key', '=', v(0)), [e.key]))[0];
    let created = false;
    if (!row) {
      [row] = await s.run(
        db,
        'entity-insert',
        (v) =>
          db
            .insertInto('q_entities')
            .values({
              key: v(0),
              name: v(1),
              type: v(2),
              kb_id: v(3),
              norm: v(4),
              tail: v(5),
              documents: v(6) as unknown as number,
              stories: v(7) as unknown as number,
              mentions: v(8) as unknown as number,
            })
            .returning(['id', 'name']),
        [e.key, e.name, e.type, e.kbId, e.norm, e.tail, 1, 1, e.mentions],
      );
      created = true;
    } else if (cached ? cached.nameRank < e.nameRank : nameRankOf(row.name) < e.nameRank && row.name !== e.name) {
      // the best name seen (see EntityFact.nameRank) is the one shown and looked up
      await s.run(
        db,
        'entity-rename',
        (v) =>
          db
            .updateTable('q_entities')
            .set({ name: v(0), norm: v(1), tail: v(2) })
            .where('id', '=', v(3) as unknown as number),
        [e.name, e.norm, e.tail, row.id],
      );
      row = { id: row.id, name: e.name };
    }
    if (this.#ids.size >= ENTITY_CACHE) this.#ids.clear();
    this.#ids.set(e.key, { id: row!.id, nameRank: Math.max(cached?.nameRank ?? nameRankOf(row!.name), e.nameRank) });
    return { id: row!.id, created };
  }

  async #storyHas(db: Db, entityId: number, story: number): Promise<boolean> {
    const rows = await this.#shapes.run(
      db,
      'entity-story-exists',
      (v) =>
        db
          .selectFrom('q_entity_docs')
          .select('doc_seq')
          .where('entity_id', '=', v(0) as unknown as number)
          .where('story', '=', v(1) as unknown as number)
          .limit(v(2) as unknown as number),
      [entityId, story, 1],
    );
    return rows.length > 0;
  }

  /** Writes the row of a new document in `q_docs`, the slim table that filters read. */
  async writeDoc(db: Db, doc: DocColumns): Promise<void> {
    await this.#shapes.run(
      db,
      'doc-insert',
      (v) =>
        db.insertInto('q_docs').values({
          doc_seq: v(0) as unknown as number,
          story: v(1) as unknown as number,
          published_at: v(2),
          host: v(3),
          site: v(4),
        }),
      [doc.doc_seq, doc.story, doc.published_at, doc.host, doc.site],
    );
  }

  /**
   * Writes the facts of one document's layers (by kind). The document must have none yet;
   * `newDocument` says it was stored in this transaction, so no copy of its story came after it.
   * The entity totals wait for {@link FactWriter.flushCounts}.
   */
  async write(db: Db, doc: DocColumns, layers: Readonly<Record<string, unknown>>, options: { newDocument?: boolean } = {}): Promise<void> {
    const facts = docFacts(layers);
    if (
      facts.entities.length === 0 &&
      facts.quotes.length === 0 &&
      facts.sources.length === 0 &&
      facts.claims === null &&
      facts.events.length === 0
    )
      return;
    const s = this.#shapes;
    const ids = new Map<string, number>();
    const base = { doc_seq: doc.doc_seq, story: doc.story, published_at: doc.published_at, host: doc.host, site: doc.site };
    // a new document that starts its own story cannot find the story among earlier rows
    const ownStory = options.newDocument === true && doc.story === doc.doc_seq;
    for (const e of facts.entities) {
      const { id, created } = await this.#entityId(db, e);
      const seen = ids.has(e.key);
      ids.set(e.key, id);
      const newStory = created || (ownStory ? !seen : !(await this.#storyHas(db, id, doc.story)));
      await s.run(
        db,
        this.#parties ? 'entity-doc-insert' : 'entity-doc-insert-no-party',
        (v) =>
          db.insertInto('q_entity_docs').values({
            entity_id: v(0) as unknown as number,
            story: v(1) as unknown as number,
            doc_seq: v(2) as unknown as number,
            published_at: v(3),
            host: v(4),
            site: v(5),
            mentions: v(6) as unknown as number,
            ...(this.#parties ? { party: v(7) } : {}),
          }),
        [id, doc.story, doc.doc_seq, doc.published_at, doc.host, doc.site, e.mentions, ...(this.#parties ? [e.party] : [])],
      );
      if (created) continue;
      const counts = this.#counts.get(id);
      if (counts) {
        counts.documents++;
        counts.stories += newStory ? 1 : 0;
        counts.mentions += e.mentions;
      } else {
        this.#counts.set(id, { documents: 1, stories: newStory ? 1 : 0, mentions: e.mentions });
      }
    }
    for (const q of facts.quotes) {
      const [row] = await s.run(
        db,
        'quote-insert',
        (v) =>
          db
            .insertInto('q_quotes')
            .values({
              doc_seq: v(0) as unknown as number,
              story: v(1) as unknown as number,
              published_at: v(2),
              host: v(3),
              site: v(4),
              idx: v(5) as unknown as number,
              speaker: v(6),
              speaker_norm: v(7),
              speaker_id: v(8) as unknown as number,
              speaker_kind: v(9),
              type: v(10),
              cue: v(11),
              via: v(12),
              text: v(13),
            })
            .returning('id'),
        [
          base.doc_seq,
          base.story,
          base.published_at,
          base.host,
          base.site,
          q.index,
          q.speaker,
          q.speakerNorm,
          q.speakerKey ? (ids.get(q.speakerKey) ?? null) : null,
          q.speakerKind,
          q.type,
          q.cue,
          q.via,
          q.text,
        ],
      );
      for (const key of q.about) {
        const entityId = ids.get(key);
        if (entityId === undefined) continue;
        await s.run(
          db,
          'quote-about-insert',
          (v) =>
            db.insertInto('q_quote_about').values({
              entity_id: v(0) as unknown as number,
              quote_id: v(1) as unknown as number,
              story: v(2) as unknown as number,
            }),
          [entityId, row!.id, doc.story],
        );
      }
    }
    for (const src of facts.sources) {
      await s.run(
        db,
        'source-insert',
        (v) =>
          db.insertInto('q_sources').values({
            doc_seq: v(0) as unknown as number,
            story: v(1) as unknown as number,
            published_at: v(2),
            host: v(3),
            site: v(4),
            name: v(5),
            norm: v(6),
            kind: v(7),
            named: v(8) as unknown as number,
            outlet: v(9),
            outlet_name: v(10),
            outlet_country: v(11),
            state_media: v(12),
            state_media_label: v(13),
            claims: v(14) as unknown as number,
            relayed: v(15) as unknown as number,
            entity_id: v(16) as unknown as number,
          }),
        [
          base.doc_seq,
          base.story,
          base.published_at,
          base.host,
          base.site,
          src.name,
          src.norm,
          src.kind,
          src.named ? 1 : 0,
          src.outlet,
          src.outletName,
          src.outletCountry,
          src.stateMedia,
          src.stateMediaLabel,
          src.claims,
          src.relayed,
          src.entityKey ? (ids.get(src.entityKey) ?? null) : null,
        ],
      );
    }
    if (facts.claims) {
      const c = facts.claims;
      await db
        .insertInto('q_claims')
        .values({
          ...base,
          claims: c.claims,
          named_people: c.namedPeople,
          named_outlets: c.namedOutlets,
          named_organisations: c.namedOrganisations,
          documents: c.documents,
          unnamed: c.unnamed,
          unresolved: c.unresolved,
          unattributed: c.unattributed,
          relayed: c.relayed,
        })
        .execute();
    }

    for (const e of facts.events) {
      const id = (key: string | null) => (key ? (ids.get(key) ?? null) : null);
      await s.run(
        db,
        'event-insert',
        (v) =>
          db.insertInto('q_events').values({
            doc_seq: v(0) as unknown as number,
            story: v(1) as unknown as number,
            published_at: v(2),
            host: v(3),
            site: v(4),
            idx: v(5) as unknown as number,
            cameo: v(6),
            plover: v(7),
            goldstein: v(8) as unknown as number,
            quad_class: v(9) as unknown as number,
            source_id: v(10) as unknown as number,
            target_id: v(11) as unknown as number,
            source_code: v(12),
            target_code: v(13),
            source_country: v(14),
            target_country: v(15),
            factual: v(16) as unknown as number,
            statement: v(17) as unknown as number,
            trigger: v(18),
            tone: v(19) as unknown as number,
          }),
        [
          base.doc_seq,
          base.story,
          base.published_at,
          base.host,
          base.site,
          e.index,
          e.cameo,
          e.plover,
          e.goldstein,
          e.quadClass,
          id(e.sourceKey),
          id(e.targetKey),
          e.sourceCode,
          e.targetCode,
          countryOf(e.sourceCode),
          countryOf(e.targetCode),
          e.factual ? 1 : 0,
          e.statement ? 1 : 0,
          e.trigger,
          e.tone,
        ],
      );
    }
  }

  /** Removes a document's facts, and its share of the entity totals. */
  async remove(db: Db, docSeq: number): Promise<void> {
    const rows = await db.selectFrom('q_entity_docs').select(['entity_id', 'story', 'mentions']).where('doc_seq', '=', docSeq).execute();
    await db.deleteFrom('q_entity_docs').where('doc_seq', '=', docSeq).execute();
    for (const r of rows) {
      const stillInStory = await this.#storyHas(db, r.entity_id, r.story);
      await db
        .updateTable('q_entities')
        .set((eb) => ({
          documents: eb('documents', '-', 1),
          stories: eb('stories', '-', stillInStory ? 0 : 1),
          mentions: eb('mentions', '-', r.mentions),
        }))
        .where('id', '=', r.entity_id)
        .execute();
    }
    await db
      .deleteFrom('q_quote_about')
      .where('quote_id', 'in', (eb) => eb.selectFrom('q_quotes').select('id').where('doc_seq', '=', docSeq))
      .execute();
    await db.deleteFrom('q_quotes').where('doc_seq', '=', docSeq).execute();
    await db.deleteFrom('q_sources').where('doc_seq', '=', docSeq).execute();
    await db.deleteFrom('q_claims').where('doc_seq', '=', docSeq).execute();
    await db.deleteFrom('q_events').where('doc_seq', '=', docSeq).execute();
  }

  /** Empties the query tables and fills them again from every stored document's layers. */
  async rebuild(db: Db): Promise<void> {
    for (const t of ['q_docs', 'q_quote_about', 'q_quotes', 'q_entity_docs', 'q_entities', 'q_sources', 'q_claims', 'q_events'] as const) {
      await db.deleteFrom(t).execute();
    }
    this.forget();
    await this.backfill(db);
  }

  /** Rewrites a stored document's facts from its stored layers (after some were replaced). */
  async refresh(db: Db, docId: string): Promise<void> {
    const doc = await db
      .selectFrom('documents as d')
      .innerJoin('documents as g', 'g.id', 'd.dup_group')
      .select(['d.seq', 'g.seq as story', 'd.published_at', 'd.host', 'd.site'])
      .where('d.id', '=', docId)
      .executeTakeFirst();
    if (!doc) return;
    const layers = await db
      .selectFrom('layers')
      .select(['kind', 'data'])
      .where('doc_id', '=', docId)
      .where('kind', 'in', [...FACT_KINDS])
      .execute();
    await this.remove(db, doc.seq);
    await this.write(db, docColumns(doc.seq, doc.story, doc), parsedLayers(layers));
    await this.flushCounts(db);
  }

  /** Fills the query tables for every stored document (a corpus stored before they existed). */
  async backfill(db: Db, pageSize = 500): Promise<void> {
    let after = 0;
    for (;;) {
      const docs = await db
        .selectFrom('documents as d')
        .innerJoin('documents as g', 'g.id', 'd.dup_group')
        .select(['d.seq', 'd.id', 'g.seq as story', 'd.published_at', 'd.host', 'd.site'])
        .where('d.seq', '>', after)
        .orderBy('d.seq')
        .limit(pageSize)
        .execute();
      if (docs.length === 0) return;
      after = docs.at(-1)!.seq;
      const layers = await db
        .selectFrom('layers')
        .select(['doc_id', 'kind', 'data'])
        .where(
          'doc_id',
          'in',
          docs.map((d) => d.id),
        )
        .where('kind', 'in', [...FACT_KINDS])
        .execute();
      const byDoc = new Map<string, Array<{ kind: string; data: string }>>();
      for (const l of layers) byDoc.set(l.doc_id, [...(byDoc.get(l.doc_id) ?? []), l]);
      for (const d of docs) {
        const columns = docColumns(d.seq, d.story, d);
        await this.writeDoc(db, columns);
        const own = byDoc.get(d.id);
        if (own) await this.write(db, columns, parsedLayers(own));
      }
      await this.flushCounts(db);
    }
  }
}

/** The country of a CAMEO actor code (`RUS` of `RUSGOV`), or null. */
function countryOf(code: string | null): string | null {
  return code && /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
}

/** The document columns of the query tables. @internal */
export function docColumns(
  seq: number,
  story: number,
  d: { readonly published_at: string | null; readonly host: string | null; readonly site: string | null },
): DocColumns {
  return { doc_seq: seq, story, published_at: d.published_at, host: d.host, site: d.site?.toLowerCase() ?? null };
}

function parsedLayers(rows: ReadonlyArray<{ kind: string; data: string }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of rows) {
    try {
      out[r.kind] = JSON.parse(r.data);
    } catch {
      // an unreadable layer adds no facts
    }
  }
  return out;
}

/**
 * For the migrations: fills the query tables from the stored layers when a corpus has documents
 * but no facts yet (it was stored before the tables existed), or has events layers whose facts
 * may lack what later versions keep (stored before the events table, or its tone column, existed).
 * `parties: false` for the steps before the entity rows had a party column.
 * @internal
 */
export async function rebuildFactsIfNeeded(db: Db, options: { readonly parties?: boolean } = {}): Promise<void> {
  const any = async (q: Promise<unknown[]>) => (await q).length > 0;
  const docs = await any(db.selectFrom('documents').select('seq').limit(1).execute());
  if (!docs) return;
  const facts =
    (await any(db.selectFrom('q_claims').select('doc_seq').limit(1).execute())) ||
    (await any(db.selectFrom('q_entity_docs').select('doc_seq').limit(1).execute()));
  const events = await any(db.selectFrom('layers').select('doc_id').where('kind', '=', 'events').limit(1).execute());
  if (!facts || events) await new FactWriter(undefined, options).rebuild(db);
}

/**
 * For the migration that gave the entity rows a party column: the party each stored entities
 * layer gives a person, written on the rows the corpus has, a page of documents at a time.
 * @internal
 */
export async function fillParties(db: Db, pageSize = 500): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('layers as l')
      .innerJoin('documents as d', 'd.id', 'l.doc_id')
      .select(['d.seq', 'l.data'])
      .where('l.kind', '=', 'entities')
      .where('d.seq', '>', after)
      .where('l.data', 'like', '%"party":"party/%')
      .orderBy('d.seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    after = rows.at(-1)!.seq;
    for (const r of rows) {
      for (const e of docFacts(parsedLayers([{ kind: 'entities', data: r.data }])).entities) {
        if (!e.party) continue;
        await db
          .updateTable('q_entity_docs')
          .set({ party: e.party })
          .where('doc_seq', '=', r.seq)
          .where('entity_id', 'in', (eb) => eb.selectFrom('q_entities').select('id').where('key', '=', e.key))
          .execute();
      }
    }
  }
}
