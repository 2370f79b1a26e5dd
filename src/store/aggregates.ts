import { type Kysely, type RawBuilder, sql } from 'kysely';
import { actorById, findCountry, lookupActors } from '../kb/kb.js';
import { isGenericBody } from '../nlp/entities/bodies.js';
import { allOf, filterConditions, narrows } from './filters.js';
import { lastWord, nameCore, normalizeName } from './names.js';
import type { CorpusSchema } from './schema.js';
import type {
  ActorRef,
  CitedPeople,
  CorpusFilter,
  DatedCount,
  EntityCount,
  EntityMatch,
  EntityTotals,
  EventReport,
  NamedEntityCount,
  OutletCount,
  PartyCount,
  PartySourceCount,
  QuoteHit,
  QuoteQuery,
  QuoteTotals,
  SourceKindCount,
  SourcingSummary,
  SpeakerCount,
  SpeakerQuery,
  TopEntitiesOptions,
} from './types.js';

/**
 * The corpus queries over the query tables (`q_*`), in SQL that every engine runs as it is: counts
 * per story are `count(DISTINCT story)`, per document `count(*)`; every user value is a bound
 * parameter. Engine-agnostic; {@link CorpusStore} exposes them.
 * @internal
 */

type Db = Kysely<CorpusSchema>;

const MAX_LIMIT = 1000;

export function clampLimit(limit: number | undefined, fallback = 20): number {
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(limit ?? fallback)));
}

interface EntityRow {
  id: number;
  key: string;
  name: string;
  type: string;
  kb_id: string | null;
  stories: number | string;
  documents: number | string;
  mentions: number | string | null;
}

function entityCount(r: EntityRow): EntityCount {
  return {
    id: Number(r.id),
    key: r.key,
    name: r.name,
    type: r.type,
    kbId: r.kb_id,
    stories: Number(r.stories),
    documents: Number(r.documents),
    mentions: Number(r.mentions ?? 0),
  };
}

function idList(ids: readonly number[]): RawBuilder<unknown> {
  return sql.join(ids.map((i) => sql`${Math.trunc(i)}`));
}

/**
 * The most mentioned entities. Totals kept at write time answer the unfiltered question. With a
 * filter: when it keeps a small part of the corpus, the rows of its documents are counted; else
 * entities are counted in order of their totals (a filtered count never exceeds the total), and
 * counting stops once no entity left can enter the top.
 */
export async function topEntities(db: Db, o: TopEntitiesOptions): Promise<EntityCount[]> {
  const limit = clampLimit(o.limit);
  if (limit === 0) return [];
  const order = o.allCopies ? 'documents' : 'stories';
  if (o.among !== undefined) return topEntitiesAmong(db, o, o.among, limit, order);
  if (!narrows(o)) {
    let q = db
      .selectFrom('q_entities')
      .select(['id', 'key', 'name', 'type', 'kb_id', 'stories', 'documents', 'mentions'])
      .where(order, '>', 0);
    if (o.type) q = q.where('type', '=', o.type);
    const rows = await q.orderBy(order, 'desc').orderBy('mentions', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(entityCount);
  }
  const docFilter = allOf(filterConditions('d', o, true));
  const counted = await sql<{ kept: number | string; total: number | string }>`
    SELECT (SELECT count(*) FROM q_docs AS d WHERE ${docFilter}) AS kept, (SELECT count(*) FROM q_docs) AS total`.execute(db);
  const kept = Number(counted.rows[0]?.kept ?? 0);
  if (kept === 0) return [];
  if (kept <= SMALL_SHARE * Number(counted.rows[0]?.total ?? 0)) {
    const rows = await sql<EntityRow>`
      SELECT t.id, t.key, t.name, t.type, t.kb_id, c.stories, c.documents, c.mentions
      FROM (
        SELECT e.entity_id, count(DISTINCT e.story) AS stories, count(*) AS documents, sum(e.mentions) AS mentions
        FROM q_entity_docs AS e ${o.type ? sql`JOIN q_entities AS t ON t.id = e.entity_id` : sql``}
        WHERE e.doc_seq IN (SELECT d.doc_seq FROM q_docs AS d WHERE ${docFilter}) ${o.type ? sql`AND t.type = ${o.type}` : sql``}
        GROUP BY e.entity_id
        ORDER BY ${sql.ref(order)} DESC, mentions DESC, e.entity_id
        LIMIT ${limit}
      ) AS c JOIN q_entities AS t ON t.id = c.entity_id
      ORDER BY ${sql.ref(`c.${order}`)} DESC, c.mentions DESC, t.id`.execute(db);
    return rows.rows.map(entityCount);
  }
  return topEntitiesByTotals(db, o, limit, order);
}

/** The most mentioned of the entities `ids`, counted over their rows (a party's members: a few thousand at most). */
async function topEntitiesAmong(
  db: Db,
  o: TopEntitiesOptions,
  ids: readonly number[],
  limit: number,
  order: 'stories' | 'documents',
): Promise<EntityCount[]> {
  if (ids.length === 0) return [];
  const rows = await sql<EntityRow>`
    SELECT t.id, t.key, t.name, t.type, t.kb_id, c.stories, c.documents, c.mentions
    FROM (
      SELECT e.entity_id, count(DISTINCT e.story) AS stories, count(*) AS documents, sum(e.mentions) AS mentions
      FROM q_entity_docs AS e
      WHERE e.entity_id IN (${idList(ids)}) AND ${allOf(filterConditions('e', o, true))}
      GROUP BY e.entity_id
    ) AS c JOIN q_entities AS t ON t.id = c.entity_id
    ${o.type ? sql`WHERE t.type = ${o.type}` : sql``}
    ORDER BY ${sql.ref(`c.${order}`)} DESC, c.mentions DESC, t.id
    LIMIT ${limit}`.execute(db);
  return rows.rows.map(entityCount);
}

/** How many of the filter's stories, documents and mentions name any of the entities `ids`, each story or document once. */
export async function entityTotals(db: Db, ids: readonly number[], filter: CorpusFilter): Promise<EntityTotals> {
  if (ids.length === 0) return { stories: 0, documents: 0, mentions: 0 };
  const rows = await sql<{ stories: number | string; documents: number | string; mentions: number | string | null }>`
    SELECT count(DISTINCT e.story) AS stories, count(DISTINCT e.doc_seq) AS documents, sum(e.mentions) AS mentions
    FROM q_entity_docs AS e
    WHERE e.entity_id IN (${idList(ids)}) AND ${allOf(filterConditions('e', filter, true))}`.execute(db);
  const r = rows.rows[0];
  return { stories: Number(r?.stories ?? 0), documents: Number(r?.documents ?? 0), mentions: Number(r?.mentions ?? 0) };
}

/**
 * Entities of `type` whose name ends with one of the normalised surnames `tails`, most stories
 * first (at most `limit`); with `minStories`, only those with that many stories or more, and the
 * bare surnames whatever their stories.
 */
export async function entitiesBySurname(
  db: Db,
  tails: readonly string[],
  type: string,
  o: { readonly limit?: number; readonly minStories?: number } = {},
): Promise<NamedEntityCount[]> {
  if (tails.length === 0) return [];
  let q = db
    .selectFrom('q_entities')
    .select(['id', 'key', 'name', 'type', 'kb_id', 'stories', 'documents', 'mentions', 'norm'])
    .where('tail', 'in', [...new Set(tails)])
    // (as expressions, so that the surname's index is the one used, not a scan of every person by type)
    .where(sql<string>`type || ''`, '=', type)
    .where(sql<number>`documents + 0`, '>', 0);
  const least = Math.floor(o.minStories ?? 1);
  if (least > 1) q = q.where((eb) => eb.or([eb(sql<number>`stories + 0`, '>=', least), eb('norm', '=', eb.ref('tail'))]));
  const rows = await q
    .orderBy('stories', 'desc')
    .orderBy('id')
    .limit(clampLimit(o.limit ?? 200))
    .execute();
  return rows.map((r) => ({ ...entityCount(r), norm: r.norm }));
}

/** For each of the surnames `tails`, the stories of the entities of `type` with a fuller name that ends with it, summed. */
export async function surnameStories(db: Db, tails: readonly string[], type: string): Promise<Map<string, number>> {
  if (tails.length === 0) return new Map();
  const rows = await sql<{ tail: string; stories: number | string }>`
    SELECT tail, sum(stories) AS stories FROM q_entities
    WHERE tail IN (${sql.join([...new Set(tails)].map((t) => sql`${t}`))}) AND type || '' = ${type} AND norm <> tail AND documents + 0 > 0
    GROUP BY tail`.execute(db);
  return new Map(rows.rows.map((r) => [r.tail, Number(r.stories)]));
}

/**
 * The parties the documents give any of the entities `ids` (people: "Republican Sen. Ted Cruz",
 * "Bob Casey (D-Pa.)"), most stories first.
 */
export async function entityParties(db: Db, ids: readonly number[], filter: CorpusFilter): Promise<PartyCount[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ party: string; stories: number | string; documents: number | string }>`
    SELECT e.party, count(DISTINCT e.story) AS stories, count(*) AS documents
    FROM q_entity_docs AS e
    WHERE e.entity_id IN (${idList(ids)}) AND e.party IS NOT NULL AND ${allOf(filterConditions('e', filter, true))}
    GROUP BY e.party`.execute(db);
  const order = filter.allCopies ? 'documents' : 'stories';
  return rows.rows
    .map((r) => ({ kbId: r.party, name: actorById(r.party)?.name ?? r.party, stories: Number(r.stories), documents: Number(r.documents) }))
    .sort((a, b) => b[order] - a[order] || a.kbId.localeCompare(b.kbId));
}

/**
 * A person's party must be given in at least this share of the stories that mention them: the
 * press names a known politician's party in a few of them (John Kasich's in 3 of 80 PolNeAR
 * stories), a slip in one of hundreds (a "Republican Obama" in 1 of 209).
 */
const PARTY_SHARE = 0.02;

/**
 * The people whose party is one of `parties` (knowledge-base ids): see {@link partiesOfPeople}.
 * Store ids, in id order.
 */
export async function partyMembers(db: Db, parties: readonly string[]): Promise<number[]> {
  if (parties.length === 0) return [];
  const of = await partyByPerson(
    db,
    sql`SELECT m.entity_id FROM q_entity_docs AS m WHERE m.party IN (${sql.join(parties.map((p) => sql`${p}`))})`,
  );
  return [...of]
    .filter(([, party]) => parties.includes(party))
    .map(([id]) => id)
    .sort((a, b) => a - b);
}

/**
 * The party of each of the entities `ids` that has one: the party more of the stories that give
 * them one give them than any other, and in at least one story of fifty that mention them, so
 * that one article's slip does not make a Democrat a Republican. Entity id → knowledge-base id.
 */
export async function partiesOfPeople(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  return ids.length === 0 ? new Map() : partyByPerson(db, sql`${idList(ids)}`);
}

async function partyByPerson(db: Db, ids: RawBuilder<unknown>): Promise<Map<number, string>> {
  const rows = await sql<{ entity_id: number | string; party: string; n: number | string; total: number | string }>`
    SELECT e.entity_id, e.party, count(DISTINCT e.story) AS n, max(t.stories) AS total
    FROM q_entity_docs AS e JOIN q_entities AS t ON t.id = e.entity_id
    WHERE e.entity_id IN (${ids}) AND e.party IS NOT NULL
    GROUP BY e.entity_id, e.party`.execute(db);
  const best = new Map<number, { party: string; n: number; second: number; total: number }>();
  for (const r of rows.rows) {
    const id = Number(r.entity_id);
    const n = Number(r.n);
    const b = best.get(id);
    if (!b) best.set(id, { party: r.party, n, second: 0, total: Number(r.total) });
    else if (n > b.n) best.set(id, { ...b, party: r.party, n, second: b.n });
    else b.second = Math.max(b.second, n);
  }
  const out = new Map<number, string>();
  for (const [id, b] of best) if (b.n > b.second && b.n >= PARTY_SHARE * b.total) out.set(id, b.party);
  return out;
}

/** A filter that keeps at most this share of the documents is counted over their rows. */
const SMALL_SHARE = 0.1;

async function topEntitiesByTotals(db: Db, o: TopEntitiesOptions, limit: number, order: 'stories' | 'documents'): Promise<EntityCount[]> {
  const best: EntityCount[] = [];
  const threshold = () => (best.length < limit ? 1 : best[limit - 1]![order]);
  let batch = Math.max(limit, 20);
  let after: { total: number; id: number } | null = null;
  const filter = allOf(filterConditions('e', o, true));
  for (;;) {
    let q = db
      .selectFrom('q_entities')
      .select(['id', 'key', 'name', 'type', 'kb_id', 'stories', 'documents', 'mentions'])
      .where(order, '>=', threshold());
    if (o.type) q = q.where('type', '=', o.type);
    if (after) {
      const { total, id } = after;
      q = q.where((eb) => eb.or([eb(order, '<', total), eb.and([eb(order, '=', total), eb('id', '>', id)])]));
    }
    const candidates = await q.orderBy(order, 'desc').orderBy('id').limit(batch).execute();
    if (candidates.length === 0) break;
    const last = candidates.at(-1)!;
    after = { total: Number(last[order]), id: Number(last.id) };
    const counts = await sql<{ entity_id: number; stories: number | string; documents: number | string; mentions: number | string }>`
      SELECT e.entity_id, count(DISTINCT e.story) AS stories, count(*) AS documents, sum(e.mentions) AS mentions
      FROM q_entity_docs AS e
      WHERE e.entity_id IN (${idList(candidates.map((c) => c.id))}) AND ${filter}
      GROUP BY e.entity_id`.execute(db);
    const byId = new Map(counts.rows.map((r) => [Number(r.entity_id), r]));
    for (const c of candidates) {
      const r = byId.get(Number(c.id));
      if (!r) continue;
      best.push({ ...entityCount(c), stories: Number(r.stories), documents: Number(r.documents), mentions: Number(r.mentions) });
    }
    best.sort((x, y) => y[order] - x[order] || y.mentions - x.mentions || x.id - y.id);
    best.length = Math.min(best.length, limit);
    if (candidates.length < batch) break;
    batch = Math.min(batch * 2, 400);
  }
  return best;
}

/**
 * Entities a name can mean: the whole name (in any case, accents and a leading "the" aside), a
 * knowledge-base id or key; for a one-word name also entities whose name ends with it (a
 * surname); and, when no entity has the name itself, the country or body the knowledge base
 * knows by it ("U.S.", "FBI"); a political party by any of its names ("GOP", "Tories") always.
 * Most mentioned first.
 */
export async function matchEntities(db: Db, name: string, limit = 20): Promise<EntityMatch[]> {
  const norm = normalizeName(name);
  const raw = name.trim();
  if (norm === '' && raw === '') return [];
  const found = await entityMatches(db, norm, raw, [], limit);
  const aliases = knowledgeAliases(raw);
  // another name of a country or body ("U.S.", "FBI"), looked up only when no entity has the name
  // itself; a party's always ("GOP" is the Republican Party, whatever an unlinked "GOP" is)
  const wanted = found.some((m) => m.match === 'name') ? aliases.filter((id) => id.startsWith('party/')) : aliases;
  return wanted.length > 0 ? entityMatches(db, norm, raw, wanted, limit) : found;
}

async function entityMatches(db: Db, norm: string, raw: string, aliases: readonly string[], limit: number): Promise<EntityMatch[]> {
  const oneWord = norm !== '' && !norm.includes(' ');
  // a name of several words also finds its forms with middle initials ("Paul D. Ryan"), and they
  // find it, by surname
  const core = oneWord || norm === '' ? null : nameCore(norm);
  // "Defence Ministry" finds every country's ("Defence Ministry (Russia)", "Defence Ministry (Ukraine)")
  const body = isGenericBody(raw);
  const qualified = (name: string) => /\([^)]*\)$/u.test(name) && normalizeName(name.replace(/\s*\([^)]*\)$/u, '')) === norm;
  const rows = await db
    .selectFrom('q_entities')
    .select(['id', 'key', 'name', 'type', 'kb_id', 'stories', 'documents', 'mentions', 'norm', 'tail'])
    .where((eb) => {
      const any = [eb('norm', '=', norm), eb('kb_id', '=', raw), eb('key', '=', raw)];
      if (aliases.length > 0) any.push(eb('kb_id', 'in', [...aliases]));
      if (oneWord) any.push(eb('tail', '=', lastWord(norm)));
      // the qualified bodies' names run on from the typed one: a range over the index, no pattern of the user's
      if (body) any.push(eb.and([eb('norm', '>', `${norm} `), eb('norm', '<', `${norm} \uffff`)]));
      if (core !== null) any.push(eb('tail', '=', lastWord(core)));
      return eb.or(any);
    })
    .where('documents', '>', 0)
    .orderBy('stories', 'desc')
    .orderBy('id')
    .limit(Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit))))
    .execute();
  const named = (r: (typeof rows)[number]) =>
    r.norm === norm || r.kb_id === raw || r.key === raw || (r.kb_id !== null && aliases.includes(r.kb_id)) || (body && qualified(r.name));
  const variant = (r: (typeof rows)[number]) => core !== null && nameCore(r.norm) === core;
  return (
    rows
      // (the range also finds "Defence Ministry spokesman", which the name does not mean)
      .filter((r) => named(r) || (oneWord && r.tail === lastWord(norm)) || variant(r))
      .map((r) => ({
        ...entityCount(r),
        match: named(r) ? ('name' as const) : variant(r) ? ('variant' as const) : ('surname' as const),
      }))
  );
}

/**
 * The knowledge-base ids a typed name stands for when it is another name of a country or body
 * ("U.S.", "America", "FBI", "F.B.I.", "the Pentagon"), so that it finds the entity stored under
 * the full name. People are left to their names and surnames.
 */
function knowledgeAliases(name: string): string[] {
  if (name === '') return [];
  const ids = new Set<string>();
  const country = findCountry(name);
  if (country) ids.add(country.iso3);
  for (const actor of lookupActors(name)) if (actor.kind !== 'person' && ids.size < 10) ids.add(actor.id);
  return [...ids];
}

/** Entities by store id. */
export async function entitiesById(db: Db, ids: readonly number[]): Promise<EntityCount[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('q_entities')
    .select(['id', 'key', 'name', 'type', 'kb_id', 'stories', 'documents', 'mentions'])
    .where(
      'id',
      'in',
      ids.map((i) => Math.trunc(i)),
    )
    .execute();
  return rows.map(entityCount);
}

interface DatedRow {
  story: number | string;
  doc_seq: number | string;
  day: string | null;
  n: number | string;
}

const dated = (rows: readonly DatedRow[]): DatedCount[] =>
  rows.map((r) => ({ story: Number(r.story), docSeq: Number(r.doc_seq), day: r.day, count: Number(r.n) }));

/** Documents that mention any of the entities, with their mentions. */
export async function entityDocs(db: Db, ids: readonly number[], filter: CorpusFilter): Promise<DatedCount[]> {
  if (ids.length === 0) return [];
  const rows = await sql<DatedRow>`
    SELECT e.story, e.doc_seq, substr(e.published_at, 1, 10) AS day, sum(e.mentions) AS n
    FROM q_entity_docs AS e
    WHERE e.entity_id IN (${idList(ids)}) AND ${allOf(filterConditions('e', filter, true))}
    GROUP BY e.story, e.doc_seq, e.published_at`.execute(db);
  return dated(rows.rows);
}

/** Documents that mention one of `a` and one of `b`. */
export async function bothDocs(db: Db, a: readonly number[], b: readonly number[], filter: CorpusFilter): Promise<DatedCount[]> {
  if (a.length === 0 || b.length === 0) return [];
  const rows = await sql<DatedRow>`
    SELECT x.story, x.doc_seq, substr(x.published_at, 1, 10) AS day, 1 AS n
    FROM q_entity_docs AS x
    WHERE x.entity_id IN (${idList(a)}) AND ${allOf(filterConditions('x', filter, true))}
      AND EXISTS (SELECT 1 FROM q_entity_docs AS y WHERE y.doc_seq = x.doc_seq AND y.entity_id IN (${idList(b)}))
    GROUP BY x.story, x.doc_seq, x.published_at`.execute(db);
  return dated(rows.rows);
}

function speakerCondition(alias: string, ids: readonly number[] = [], names: readonly string[] = []): RawBuilder<unknown> | null {
  const parts: RawBuilder<unknown>[] = [];
  if (ids.length > 0) parts.push(sql`${sql.ref(`${alias}.speaker_id`)} IN (${idList(ids)})`);
  if (names.length > 0) parts.push(sql`${sql.ref(`${alias}.speaker_norm`)} IN (${sql.join(names.map((n) => sql`${n}`))})`);
  return parts.length === 0 ? null : sql`(${sql.join(parts, sql` OR `)})`;
}

function quoteConditions(q: QuoteQuery): RawBuilder<unknown>[] | null {
  const conds = filterConditions('q', q, true);
  const wantsSpeaker = q.speakerIds !== undefined || q.speakerNames !== undefined;
  if (wantsSpeaker) {
    const speaker = speakerCondition('q', q.speakerIds, q.speakerNames);
    if (!speaker) return null;
    conds.push(speaker);
  }
  if (q.aboutIds !== undefined) {
    if (q.aboutIds.length === 0) return null;
    conds.push(sql`q.id IN (SELECT a.quote_id FROM q_quote_about AS a WHERE a.entity_id IN (${idList(q.aboutIds)}))`);
  }
  if (q.viaNames !== undefined) {
    if (q.viaNames.length === 0) return null;
    conds.push(sql`lower(q.via) IN (${sql.join(q.viaNames.map((n) => sql`${n}`))})`);
  }
  return conds;
}

/** Documents with quotes matching the query, with their number of such quotes. */
export async function quoteDocs(db: Db, query: QuoteQuery): Promise<DatedCount[]> {
  const conds = quoteConditions(query);
  if (!conds) return [];
  const rows = await sql<DatedRow>`
    SELECT q.story, q.doc_seq, substr(q.published_at, 1, 10) AS day, count(*) AS n
    FROM q_quotes AS q WHERE ${allOf(conds)}
    GROUP BY q.story, q.doc_seq, q.published_at`.execute(db);
  return dated(rows.rows);
}

interface QuoteRow {
  story: number;
  doc_seq: number;
  id: string;
  url: string | null;
  title: string | null;
  dsite: string | null;
  published_at: string | null;
  dup_group: string;
  speaker: string | null;
  speaker_kind: string;
  type: string;
  cue: string;
  via: string | null;
  text: string;
}

/**
 * Quotes matching the query, newest first. Stories, not copies: only the quotes of the first
 * stored copy (among the documents that match) of each story, unless `allCopies`.
 */
export async function quotes(db: Db, query: QuoteQuery): Promise<{ hits: QuoteHit[]; totals: QuoteTotals }> {
  const limit = clampLimit(query.limit);
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const conds = quoteConditions(query);
  if (!conds) return { hits: [], totals: { quotes: 0, stories: 0 } };
  const where = allOf(conds);
  const matching = quotesOfStories(where, query.allCopies === true);
  const totals = await sql<{ quotes: number | string; stories: number | string }>`
    SELECT count(*) AS quotes, count(DISTINCT k.story) AS stories FROM (${matching}) AS k`.execute(db);
  const rows =
    limit === 0
      ? []
      : (
          await sql<QuoteRow>`
    SELECT k.story, k.doc_seq, d.id, d.url, d.title, d.site AS dsite, k.published_at, d.dup_group,
           k.speaker, k.speaker_kind, k.type, k.cue, k.via, k.text
    FROM (${matching}) AS k JOIN documents AS d ON d.seq = k.doc_seq
    ORDER BY CASE WHEN k.published_at IS NULL THEN 1 ELSE 0 END, k.published_at DESC, k.doc_seq DESC, k.idx
    LIMIT ${limit} OFFSET ${offset}`.execute(db)
        ).rows;
  const copies = new Map<number, number>();
  if (!query.allCopies && rows.length > 0) {
    const stories = [...new Set(rows.map((r) => Number(r.story)))];
    const counted = await sql<{ story: number | string; n: number | string }>`
      SELECT q.story, count(DISTINCT q.doc_seq) AS n FROM q_quotes AS q
      WHERE q.story IN (${idList(stories)}) AND ${where} GROUP BY q.story`.execute(db);
    for (const c of counted.rows) copies.set(Number(c.story), Number(c.n));
  }
  const t = totals.rows[0];
  return {
    hits: rows.map((r) => ({
      docId: r.id,
      url: r.url,
      title: r.title,
      site: r.dsite,
      publishedAt: r.published_at,
      dupGroup: r.dup_group,
      copies: query.allCopies ? 1 : (copies.get(Number(r.story)) ?? 1),
      speaker: r.speaker,
      speakerKind: r.speaker_kind,
      type: r.type,
      cue: r.cue,
      via: r.via,
      text: r.text,
    })),
    totals: { quotes: Number(t?.quotes ?? 0), stories: Number(t?.stories ?? 0) },
  };
}

/**
 * Entities most often mentioned in the same documents as any of `ids` (those left out), over the
 * latest `sample` documents that mention them, so that the cost stays bounded for the most
 * mentioned entities.
 */
export async function coMentioned(
  db: Db,
  ids: readonly number[],
  filter: CorpusFilter,
  limit: number,
  sample: number,
): Promise<EntityCount[]> {
  if (ids.length === 0 || limit <= 0) return [];
  const order = filter.allCopies ? 'documents' : 'stories';
  const rows = await sql<EntityRow>`
    SELECT t.id, t.key, t.name, t.type, t.kb_id, c.stories, c.documents, c.mentions
    FROM (
      SELECT b.entity_id, count(DISTINCT b.story) AS stories, count(*) AS documents, sum(b.mentions) AS mentions
      FROM (
        SELECT DISTINCT e.doc_seq FROM q_entity_docs AS e
        WHERE e.entity_id IN (${idList(ids)}) AND ${allOf(filterConditions('e', filter, true))}
        ORDER BY e.doc_seq DESC LIMIT ${Math.max(1, Math.floor(sample))}
      ) AS a JOIN q_entity_docs AS b ON b.doc_seq = a.doc_seq
      WHERE b.entity_id NOT IN (${idList(ids)})
      GROUP BY b.entity_id
      ORDER BY ${sql.ref(order)} DESC, b.entity_id
      LIMIT ${clampLimit(limit)}
    ) AS c JOIN q_entities AS t ON t.id = c.entity_id
    ORDER BY ${sql.ref(`c.${order}`)} DESC, t.id`.execute(db);
  return rows.rows.map(entityCount);
}

/**
 * How many of the latest `sample` documents that mention any of `ids` (within the filter) also
 * mention any of `others`: stories and documents counted once, and the mentions of `others`.
 */
export async function coMentionedTotals(
  db: Db,
  ids: readonly number[],
  others: readonly number[],
  filter: CorpusFilter,
  sample: number,
): Promise<EntityTotals> {
  if (ids.length === 0 || others.length === 0) return { stories: 0, documents: 0, mentions: 0 };
  const rows = await sql<{ stories: number | string; documents: number | string; mentions: number | string | null }>`
    SELECT count(DISTINCT b.story) AS stories, count(DISTINCT b.doc_seq) AS documents, sum(b.mentions) AS mentions
    FROM (
      SELECT DISTINCT e.doc_seq FROM q_entity_docs AS e
      WHERE e.entity_id IN (${idList(ids)}) AND ${allOf(filterConditions('e', filter, true))}
      ORDER BY e.doc_seq DESC LIMIT ${Math.max(1, Math.floor(sample))}
    ) AS a JOIN q_entity_docs AS b ON b.doc_seq = a.doc_seq
    WHERE b.entity_id IN (${idList(others)}) AND b.entity_id NOT IN (${idList(ids)})`.execute(db);
  const r = rows.rows[0];
  return { stories: Number(r?.stories ?? 0), documents: Number(r?.documents ?? 0), mentions: Number(r?.mentions ?? 0) };
}

/** The sites that published the documents that mention any of `ids`. */
export async function entitySites(
  db: Db,
  ids: readonly number[],
  filter: CorpusFilter,
  limit: number,
): Promise<Array<{ site: string; stories: number; documents: number }>> {
  if (ids.length === 0 || limit <= 0) return [];
  // (grouped by the lower-cased name the rows keep for filtering, shown as one of its documents writes it)
  const rows = await sql<{ site: string; stories: number | string; documents: number | string }>`
    SELECT coalesce((SELECT coalesce(d.site, d.host) FROM documents AS d WHERE d.seq = g.doc), g.site_key) AS site, g.stories, g.documents
    FROM (
      SELECT coalesce(e.site, e.host) AS site_key, max(e.doc_seq) AS doc, count(DISTINCT e.story) AS stories,
        count(DISTINCT e.doc_seq) AS documents
      FROM q_entity_docs AS e
      WHERE e.entity_id IN (${idList(ids)}) AND coalesce(e.site, e.host) IS NOT NULL AND ${allOf(filterConditions('e', filter, true))}
      GROUP BY coalesce(e.site, e.host)
      ORDER BY ${sql.ref(filter.allCopies ? 'documents' : 'stories')} DESC, site_key
      LIMIT ${clampLimit(limit)}
    ) AS g
    ORDER BY ${sql.ref(filter.allCopies ? 'g.documents' : 'g.stories')} DESC, g.site_key`.execute(db);
  return rows.rows.map((r) => ({ site: r.site, stories: Number(r.stories), documents: Number(r.documents) }));
}

/**
 * The outlets the documents cite most, with their state-media labels; a story's claims are those of
 * its copy that cites the outlet most (every copy's with `allCopies`).
 */
export async function topOutlets(db: Db, filter: CorpusFilter, limit: number): Promise<OutletCount[]> {
  const n = clampLimit(limit);
  if (n === 0) return [];
  const rows = await sql<{
    outlet: string | null;
    name: string | null;
    country: string | null;
    state_media: string | null;
    state_media_label: string | null;
    stories: number | string;
    documents: number | string;
    claims: number | string;
  }>`
    SELECT max(g.outlet) AS outlet, max(g.name) AS name, max(g.country) AS country, max(g.state_media) AS state_media,
           max(g.state_media_label) AS state_media_label, count(*) AS stories, sum(g.documents) AS documents,
           sum(${filter.allCopies ? sql`g.all_claims` : sql`g.claims`}) AS claims
    FROM (
      SELECT d.k, max(d.outlet) AS outlet, max(d.name) AS name, max(d.country) AS country, max(d.state_media) AS state_media,
             max(d.state_media_label) AS state_media_label, count(*) AS documents, max(d.claims) AS claims, sum(d.claims) AS all_claims
      FROM (
        SELECT coalesce(s.outlet, lower(s.outlet_name)) AS k, s.story, s.doc_seq, max(s.outlet) AS outlet, max(s.outlet_name) AS name,
               max(s.outlet_country) AS country, max(s.state_media) AS state_media, max(s.state_media_label) AS state_media_label,
               sum(s.claims + s.relayed) AS claims
        FROM q_sources AS s
        WHERE (s.outlet IS NOT NULL OR (s.kind = 'outlet' AND s.outlet_name IS NOT NULL)) AND ${allOf(filterConditions('s', filter, true))}
        GROUP BY coalesce(s.outlet, lower(s.outlet_name)), s.story, s.doc_seq
      ) AS d
      GROUP BY d.k, d.story
    ) AS g
    GROUP BY g.k
    ORDER BY ${sql.ref(filter.allCopies ? 'documents' : 'stories')} DESC, g.k
    LIMIT ${n}`.execute(db);
  // an outlet is shown by the name the corpus cites it by most ("The New York Times", not "the Times")
  const domains = rows.rows.flatMap((r) => (r.outlet ? [r.outlet] : []));
  const shown = new Map<string, string>();
  if (domains.length > 0) {
    const names = await sql<{ outlet: string; name: string; n: number | string }>`
      SELECT s.outlet AS outlet, s.outlet_name AS name, count(*) AS n FROM q_sources AS s
      WHERE s.outlet IN (${sql.join(domains)}) AND s.outlet_name IS NOT NULL
      GROUP BY s.outlet, s.outlet_name
      ORDER BY n DESC, name`.execute(db);
    for (const r of names.rows) if (!shown.has(r.outlet)) shown.set(r.outlet, r.name);
  }
  return rows.rows.map((r) => ({
    outlet: r.outlet,
    name: (r.outlet ? shown.get(r.outlet) : undefined) ?? r.name,
    country: r.country,
    stateMedia: r.state_media,
    stateMediaLabel: r.state_media_label,
    stories: Number(r.stories),
    documents: Number(r.documents),
    claims: Number(r.claims),
  }));
}

/** How the claims rest on sources: one copy per story (the first stored), unless `allCopies`. */
export async function sourcing(db: Db, filter: CorpusFilter): Promise<SourcingSummary> {
  const where = allOf(filterConditions('c', filter, true));
  // without a filter the first stored copy of a story is the one whose seq is the story's
  const rows = filter.allCopies
    ? sql`SELECT c.* FROM q_claims AS c WHERE ${where}`
    : !narrows(filter)
      ? sql`SELECT c.* FROM q_claims AS c WHERE c.doc_seq = c.story`
      : sql`SELECT m.* FROM (SELECT c.*, min(c.doc_seq) OVER (PARTITION BY c.story) AS first_seq FROM q_claims AS c WHERE ${where}) AS m
          WHERE m.doc_seq = m.first_seq`;
  const r = (
    await sql<Record<string, number | string | null>>`
    SELECT count(*) AS stories, sum(k.claims) AS claims, sum(k.named_people) AS named_people, sum(k.named_outlets) AS named_outlets,
           sum(k.named_organisations) AS named_organisations, sum(k.documents) AS documents, sum(k.unnamed) AS unnamed,
           sum(k.unresolved) AS unresolved, sum(k.unattributed) AS unattributed, sum(k.relayed) AS relayed
    FROM (${rows}) AS k`.execute(db)
  ).rows[0];
  const n = (k: string) => Number(r?.[k] ?? 0);
  return {
    stories: n('stories'),
    claims: n('claims'),
    namedPeople: n('named_people'),
    namedOutlets: n('named_outlets'),
    namedOrganisations: n('named_organisations'),
    documents: n('documents'),
    unnamed: n('unnamed'),
    unresolved: n('unresolved'),
    unattributed: n('unattributed'),
    relayed: n('relayed'),
  };
}

/**
 * The named people the claims rest on, by party (as `people` gives it, or else by the rule of
 * {@link partiesOfPeople}; null for people of no known party): how many people, the stories that cite one of them (documents with
 * `allCopies`) and their claims, counted in one copy of each story unless `allCopies`. Most cited
 * first, the people of no known party last.
 */
export async function sourcesByParty(db: Db, filter: CorpusFilter, people?: CitedPeople): Promise<PartySourceCount[]> {
  const conds = allOf([sql`s.kind = 'person'`, sql`s.named = 1`, sql`s.entity_id IS NOT NULL`, ...filterConditions('s', filter, true)]);
  // a person's claims in each document, then in the copy of each story that gives them most
  const perDocument = sql`SELECT s.entity_id, s.story, s.doc_seq, sum(s.claims) AS claims FROM q_sources AS s WHERE ${conds}
    GROUP BY s.entity_id, s.story, s.doc_seq`;
  const [cited, parties] = await Promise.all([
    sql<{ entity_id: number | string; unit: number | string; claims: number | string }>`${
      filter.allCopies
        ? sql`SELECT k.entity_id, k.doc_seq AS unit, k.claims FROM (${perDocument}) AS k`
        : sql`SELECT k.entity_id, k.story AS unit, max(k.claims) AS claims FROM (${perDocument}) AS k GROUP BY k.entity_id, k.story`
    }`.execute(db),
    people?.partyOf ?? partyByPerson(db, sql`SELECT s.entity_id FROM q_sources AS s WHERE ${conds}`),
  ]);
  const byParty = new Map<string | null, { people: Set<number>; units: Set<number>; claims: number }>();
  for (const r of cited.rows) {
    const id = Number(r.entity_id);
    const party = parties.get(id) ?? null;
    let p = byParty.get(party);
    if (!p) byParty.set(party, (p = { people: new Set(), units: new Set(), claims: 0 }));
    p.people.add(people?.personOf?.get(id) ?? id);
    p.units.add(Number(r.unit));
    p.claims += Number(r.claims);
  }
  return [...byParty]
    .map(([party, p]) => ({ party, people: p.people.size, stories: p.units.size, claims: p.claims }))
    .sort(
      (a, b) =>
        Number(a.party === null) - Number(b.party === null) ||
        b.stories - a.stories ||
        b.claims - a.claims ||
        String(a.party).localeCompare(String(b.party)),
    );
}

/** Sources by kind, named or not: in how many stories, and how many citations. */
export async function sourceKinds(db: Db, filter: CorpusFilter): Promise<SourceKindCount[]> {
  const rows = await sql<{ kind: string; named: number | string; stories: number | string; citations: number | string }>`
    SELECT s.kind, s.named, count(DISTINCT s.story) AS stories, count(*) AS citations
    FROM q_sources AS s WHERE ${allOf(filterConditions('s', filter, true))}
    GROUP BY s.kind, s.named
    ORDER BY ${sql.ref(filter.allCopies ? 'citations' : 'stories')} DESC, s.kind, s.named`.execute(db);
  return rows.rows.map((r) => ({ kind: r.kind, named: Number(r.named) === 1, stories: Number(r.stories), citations: Number(r.citations) }));
}

/**
 * The quotes that match `conds`, one copy of each story: the first stored copy among the matching
 * quotes of each story (of each speaker, with `perSpeaker`), unless `allCopies`. Every column of
 * `q_quotes`, or with `speakersOnly` the speaker and the story; `joinSpeaker` joins the speaker's
 * entity as `s` for conditions on it.
 */
function quotesOfStories(
  conds: RawBuilder<unknown>,
  allCopies: boolean,
  o: { readonly joinSpeaker?: boolean; readonly perSpeaker?: boolean; readonly speakersOnly?: boolean } = {},
): RawBuilder<unknown> {
  const from = sql`q_quotes AS q ${o.joinSpeaker ? sql`JOIN q_entities AS s ON s.id = q.speaker_id` : sql``}`;
  const columns = o.speakersOnly ? sql`q.speaker_id, q.story, q.doc_seq` : sql`q.*`;
  if (allCopies) return sql`SELECT ${columns} FROM ${from} WHERE ${conds}`;
  const partition = o.perSpeaker ? sql`q.speaker_id, q.story` : sql`q.story`;
  return sql`SELECT m.* FROM (
      SELECT ${columns}, min(q.doc_seq) OVER (PARTITION BY ${partition}) AS first_seq FROM ${from} WHERE ${conds}
    ) AS m WHERE m.doc_seq = m.first_seq`;
}

/**
 * The entities quoted most (stories in which they are quoted, then quotes; with `allCopies` the other way round); with
 * `aboutIds`, in quotes that mention one of those entities (which do not count as their own
 * speakers); with `among`, only those speakers; with `type`, only entities of that type. A story's
 * quotes are counted in one copy of it, unless `allCopies`.
 */
export async function topSpeakers(db: Db, filter: CorpusFilter, limit: number, o: SpeakerQuery = {}): Promise<SpeakerCount[]> {
  const n = clampLimit(limit);
  if (n === 0) return [];
  const conds = speakerConditions(filter, o);
  if (!conds) return [];
  // (ties on the first count ranked by the other: "Donald Trump, 2 stories, 7 quotes" before "2 stories, 2 quotes")
  const [order, then] = filter.allCopies ? ['quotes', 'quoted_in'] : ['quoted_in', 'quotes'];
  const rows = await sql<EntityRow & { quotes: number | string; quoted_in: number | string }>`
    SELECT t.id, t.key, t.name, t.type, t.kb_id, t.stories, t.documents, t.mentions, c.quotes, c.quoted_in
    FROM (
      SELECT k.speaker_id, count(*) AS quotes, count(DISTINCT k.story) AS quoted_in
      FROM (${quotesOfStories(conds, filter.allCopies === true, { joinSpeaker: o.type !== undefined, perSpeaker: true, speakersOnly: true })}) AS k
      GROUP BY k.speaker_id ORDER BY ${sql.ref(order)} DESC, ${sql.ref(then)} DESC, k.speaker_id LIMIT ${n}
    ) AS c JOIN q_entities AS t ON t.id = c.speaker_id
    ORDER BY ${sql.ref(`c.${order}`)} DESC, ${sql.ref(`c.${then}`)} DESC, t.id`.execute(db);
  return rows.rows.map((r) => ({ ...entityCount(r), quotes: Number(r.quotes), quotedIn: Number(r.quoted_in) }));
}

/**
 * How many quotes, and in how many stories, any of the speakers `ids` gave (about `aboutIds`, when
 * given), a story's quotes counted in one copy of it unless `allCopies`.
 */
export async function speakerTotals(
  db: Db,
  ids: readonly number[],
  filter: CorpusFilter,
  o: Pick<SpeakerQuery, 'aboutIds'> = {},
): Promise<{ quotes: number; quotedIn: number }> {
  const conds = ids.length === 0 ? null : speakerConditions(filter, { ...(o.aboutIds ? { aboutIds: o.aboutIds } : {}), among: ids });
  if (!conds) return { quotes: 0, quotedIn: 0 };
  const rows = await sql<{ quotes: number | string; quoted_in: number | string }>`
    SELECT count(*) AS quotes, count(DISTINCT k.story) AS quoted_in FROM (${quotesOfStories(conds, filter.allCopies === true, { speakersOnly: true })}) AS k`.execute(
    db,
  );
  return { quotes: Number(rows.rows[0]?.quotes ?? 0), quotedIn: Number(rows.rows[0]?.quoted_in ?? 0) };
}

function speakerConditions(filter: CorpusFilter, o: SpeakerQuery): RawBuilder<unknown> | null {
  const conds = [sql`q.speaker_id IS NOT NULL`, allOf(filterConditions('q', filter, true))];
  if (o.among !== undefined) {
    if (o.among.length === 0) return null;
    conds.push(sql`q.speaker_id IN (${idList(o.among)})`);
  }
  if (o.aboutIds !== undefined) {
    if (o.aboutIds.length === 0) return null;
    conds.push(sql`q.id IN (SELECT a.quote_id FROM q_quote_about AS a WHERE a.entity_id IN (${idList(o.aboutIds)}))`);
    conds.push(sql`q.speaker_id NOT IN (${idList(o.aboutIds)})`);
  }
  if (o.type) conds.push(sql`s.type = ${o.type}`);
  return allOf(conds);
}

function actorCondition(side: 'source' | 'target', actor: ActorRef): RawBuilder<unknown> | null {
  const parts: RawBuilder<unknown>[] = [];
  if (actor.ids.length > 0) parts.push(sql`${sql.ref(`e.${side}_id`)} IN (${idList(actor.ids)})`);
  const countries = (actor.countries ?? []).filter((c) => /^[A-Z]{3}$/.test(c));
  if (countries.length > 0) parts.push(sql`${sql.ref(`e.${side}_country`)} IN (${sql.join(countries.map((c) => sql`${c}`))})`);
  return parts.length === 0 ? null : sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * Documents with factual events (neither negated nor hedged) whose source is `from` and target is
 * `to`, with their number and summed Goldstein scores.
 */
export async function eventDocs(db: Db, from: ActorRef, to: ActorRef, filter: CorpusFilter): Promise<DatedCount[]> {
  const source = actorCondition('source', from);
  const target = actorCondition('target', to);
  if (!source || !target) return [];
  const rows = await sql<DatedRow & { score: number | string }>`
    SELECT e.story, e.doc_seq, substr(e.published_at, 1, 10) AS day, count(*) AS n, sum(e.goldstein) AS score
    FROM q_events AS e
    WHERE e.factual = 1 AND ${source} AND ${target} AND ${allOf(filterConditions('e', filter, true))}
    GROUP BY e.story, e.doc_seq, e.published_at`.execute(db);
  return rows.rows.map((r) => ({
    story: Number(r.story),
    docSeq: Number(r.doc_seq),
    day: r.day,
    count: Number(r.n),
    score: Number(r.score),
  }));
}

/** The conditions an actor sets on one side of an event: its entities, its countries (each one index-friendly term). */
function actorTerms(side: 'source' | 'target', actor: ActorRef): RawBuilder<unknown>[] {
  const terms: RawBuilder<unknown>[] = [];
  if (actor.ids.length > 0) terms.push(sql`${sql.ref(`e.${side}_id`)} IN (${idList(actor.ids)})`);
  const countries = (actor.countries ?? []).filter((c) => /^[A-Z]{3}$/.test(c));
  if (countries.length > 0) terms.push(sql`${sql.ref(`e.${side}_country`)} IN (${sql.join(countries.map((c) => sql`${c}`))})`);
  return terms;
}

/** Events from one actor to another, as an OR of AND pairs, so that the engine can answer each pair from an index. */
function pairCondition(from: ActorRef, to: ActorRef): RawBuilder<unknown> | null {
  const terms = actorTerms('source', from).flatMap((s) => actorTerms('target', to).map((t) => sql`(${s} AND ${t})`));
  return terms.length === 0 ? null : sql`(${sql.join(terms, sql` OR `)})`;
}

/**
 * Every report of a factual event (neither negated nor hedged) between `a` and `b`, either way, in
 * document and event order. An event that matches both ways (the two actors overlap) is `forward`.
 */
export async function eventReports(db: Db, a: ActorRef, b: ActorRef, filter: CorpusFilter): Promise<EventReport[]> {
  const forward = pairCondition(a, b);
  const back = pairCondition(b, a);
  if (!forward || !back) return [];
  const rows = await sql<{
    story: number | string;
    doc_seq: number | string;
    idx: number | string;
    day: string | null;
    forward: number | string;
    cameo: string;
    plover: string | null;
    goldstein: number | string;
    quad_class: number | string;
    source_id: number | string | null;
    target_id: number | string | null;
    source_code: string | null;
    target_code: string | null;
    tone: number | string | null;
  }>`
    SELECT e.story, e.doc_seq, e.idx, substr(e.published_at, 1, 10) AS day,
           CASE WHEN ${forward} THEN 1 ELSE 0 END AS forward,
           e.cameo, e.plover, e.goldstein, e.quad_class, e.source_id, e.target_id, e.source_code, e.target_code, e.tone
    FROM q_events AS e
    WHERE (${forward} OR ${back}) AND e.factual = 1 AND ${allOf(filterConditions('e', filter, true))}
    ORDER BY e.doc_seq, e.idx`.execute(db);
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return rows.rows.map((r) => ({
    story: Number(r.story),
    docSeq: Number(r.doc_seq),
    index: Number(r.idx),
    day: r.day,
    direction: Number(r.forward) === 1 ? 'forward' : 'back',
    cameo: r.cameo,
    plover: r.plover,
    goldstein: Number(r.goldstein),
    quadClass: Number(r.quad_class),
    sourceId: num(r.source_id),
    targetId: num(r.target_id),
    sourceCode: r.source_code,
    targetCode: r.target_code,
    tone: num(r.tone),
  }));
}
