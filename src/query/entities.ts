import { actorById, lookupActors } from '../kb/kb.js';
import { type EntityRole, officesOf } from '../nlp/entities/link.js';
import { lastWord, normalizeName } from '../store/names.js';
import type { CorpusStore } from '../store/store.js';
import type {
  CorpusFilter,
  EntityCount,
  EntityMatch,
  NamedEntityCount,
  PartyCount,
  QuoteHit,
  QuoteTotals,
  TopEntitiesOptions,
} from '../store/types.js';
import { corpusFilterOf } from './filter.js';
import { nameForms } from './name-forms.js';
import { bucketRange, type Period, tally } from './series.js';

/** What a name typed by a user stands for in the corpus. */
export interface ResolvedEntity {
  /** The entity shown: the most mentioned one the name matches (its fullest name). */
  readonly entity: EntityMatch;
  /** Store ids of every entity taken as this one (a bare surname merged into the full name). */
  readonly ids: readonly number[];
  /** Normalised speaker names that count as this entity when a quote's speaker was not linked. */
  readonly names: readonly string[];
  /** Other entities the name also matched (another person of the same surname), most mentioned first. */
  readonly alternatives: readonly EntityMatch[];
  /** The other names counted as this entity ("Obama", "Paul D. Ryan"), most mentioned first. */
  readonly forms: readonly string[];
}

/**
 * Finds the entity a name means: the whole name, a knowledge-base id (`person/angela-merkel`) or,
 * for one word, a surname. When a one-word name matches both a person's full name and articles
 * that only ever give the surname, both count as that person; so do the forms of a name with a
 * middle initial ("Paul Ryan" and "Paul D. Ryan") and, for a full name, the articles that give
 * only the surname when nearly all its stories are that person's (see {@link nameForms}). `null`
 * when nothing matches.
 *
 * @example
 * const merkel = await resolveEntity(store, 'Merkel');
 * merkel?.entity.name; // 'Angela Merkel'
 */
export async function resolveEntity(store: CorpusStore, name: string): Promise<ResolvedEntity | null> {
  const matches = await store.matchEntities(name, 50);
  // the name as typed before its forms with other middle initials ("George Bush", not "George W. Bush")
  const primary = matches.find((m) => m.match !== 'variant') ?? matches[0];
  if (!primary) return null;
  const q = normalizeName(name);
  const isBare = (m: EntityMatch) => m.match === 'name' && !m.kbId && !normalizeName(m.name).includes(' ');
  const fuller = matches.find((m) => m.match === 'surname' && m.type === primary.type);
  const bare = matches.find((m) => isBare(m) && m.type === primary.type);
  let shown: EntityMatch = primary;
  const ids = new Set([primary.id]);
  if (isBare(primary) && fuller) {
    ids.add(fuller.id);
    shown = fuller;
  } else if (primary.match === 'surname' && bare) ids.add(bare.id);
  // the forms of the name across the corpus: with middle initials, unless several
  // share the name ("George W. Bush" and "George H. W. Bush" for "George Bush"), and a person's
  // bare surname where nearly all its stories are theirs
  const shownNorm = normalizeName(shown.name);
  const tail = lastWord(shownNorm);
  const kin = shownNorm.includes(' ') ? await store.entitiesBySurname([tail], shown.type, { limit: 1000 }) : [];
  const surnames = kin.length > 0 ? await store.surnameStories([tail], shown.type) : undefined;
  for (const id of nameForms(kin, surnames).find((g) => g.includes(shown.id)) ?? []) ids.add(id);
  const names = new Set([shownNorm]);
  for (const e of kin) if (ids.has(e.id)) names.add(normalizeName(e.name));
  if (q !== '' && (q === normalizeName(shown.name) || q === lastWord(normalizeName(shown.name)))) names.add(q);
  // the names of the other entities taken as this one, most mentioned first
  const counted = [...matches, ...kin].filter((e) => ids.has(e.id) && e.id !== shown.id).sort((a, b) => b.stories - a.stories);
  const forms = [...new Set(counted.map((e) => e.name))].filter((n) => n !== shown.name);
  return { entity: shown, ids: [...ids], names: [...names], alternatives: matches.filter((m) => !ids.has(m.id)), forms };
}

/** A political party a name typed by a user stands for. */
export interface ResolvedParty {
  /** The knowledge-base id (`party/republican-party`). */
  readonly kbId: string;
  /** The knowledge base's name (`Republican Party`). */
  readonly name: string;
  /** Other parties of that name ("Labour": Britain's and Norway's), the less mentioned ones. */
  readonly alternatives: ReadonlyArray<{ readonly kbId: string; readonly name: string }>;
}

/**
 * Finds the party a name means: any name the knowledge base gives it ("GOP", "Republicans",
 * "Tories", "AfD") or its id. Of several parties of one name, the one the corpus mentions most.
 * `null` when the name is no party's.
 *
 * @example
 * (await resolveParty(store, 'GOP'))?.name; // 'Republican Party'
 */
export async function resolveParty(store: CorpusStore, name: string): Promise<ResolvedParty | null> {
  return (await partyIn(store, name))?.party ?? null;
}

/** The party a name means (see {@link resolveParty}) and the store ids of its entities in the corpus. @internal */
export async function partyIn(store: CorpusStore, name: string): Promise<{ party: ResolvedParty; entityIds: number[] } | null> {
  const raw = name.trim();
  const ids = raw.startsWith('party/') && actorById(raw) ? [raw] : lookupActors(raw).flatMap((a) => (a.kind === 'party' ? [a.id] : []));
  if (ids.length === 0) return null;
  const matches = (await store.matchEntities(raw, 50)).filter((m) => m.kbId !== null && ids.includes(m.kbId));
  const mentioned = new Map(matches.map((m) => [m.kbId!, m.stories]));
  const ranked = [...ids].sort((a, b) => (mentioned.get(b) ?? 0) - (mentioned.get(a) ?? 0));
  const named = (kbId: string) => ({ kbId, name: actorById(kbId)?.name ?? kbId });
  const party = { ...named(ranked[0]!), alternatives: ranked.slice(1).map(named) };
  return { party, entityIds: matches.filter((m) => m.kbId === party.kbId).map((m) => m.id) };
}

/** Options of {@link topEntities}. */
export interface TopEntitiesQuery extends TopEntitiesOptions {
  /** Only the members of this party (see {@link resolveParty}): the people the articles give it. */
  readonly party?: string;
}

/** An entity of a ranking: one person's forms of name counted together. */
export interface RankedEntity extends EntityCount {
  /** The other names counted in this row ("Paul D. Ryan", "Obama"), most mentioned first; empty for most. */
  readonly forms: readonly string[];
  /** The store ids counted in this row: the entity's own first. */
  readonly ids: readonly number[];
}

/**
 * The most mentioned entities of the corpus, counted per story unless `allCopies`; with `party`,
 * the most mentioned of its members. A person is one row whatever form of their name the articles
 * use (see {@link nameForms}: "Paul Ryan" and "Paul D. Ryan"; "Obama" with Barack Obama), each
 * story counted once. A `party` that is no party's name is an error ({@link UnknownPartyError}).
 *
 * @example
 * for (const e of await topEntities(store, { type: 'PERSON', limit: 10, since: '2024-03-01' })) console.log(e.name, e.stories);
 * const republicans = await topEntities(store, { party: 'GOP', limit: 10 });
 */
export async function topEntities(store: CorpusStore, options: TopEntitiesQuery = {}): Promise<RankedEntity[]> {
  const { party, ...rest } = options;
  let among: readonly number[] | undefined;
  if (party !== undefined) {
    const resolved = await resolveParty(store, party);
    if (!resolved) throw new UnknownPartyError(party);
    among = await store.partyMembers([resolved.kbId]);
  }
  const filter = corpusFilterOf(rest);
  return rankFolded(
    store,
    rest.limit ?? 20,
    (n) => store.topEntities({ ...rest, ...(among ? { among } : {}), limit: n }),
    (ids) => store.entityTotals(ids, filter),
    rest.allCopies ? ['documents', 'mentions'] : ['stories', 'mentions'],
  );
}

/**
 * The first `limit` rows (at most 1000) of a ranking the store gives (`fetch`, for a number of rows) with each
 * person's forms of name folded into one row (see {@link foldNameForms}), ranked by the counts `order`
 * names, each breaking the ties of the one before. It asks for ten rows
 * more than it shows, and for more again while folding leaves fewer than `limit` of a full answer.
 * @internal
 */
export async function rankFolded<T extends EntityCount>(
  store: CorpusStore,
  limit: number,
  fetch: (n: number) => Promise<T[]>,
  recount: (ids: readonly number[]) => Promise<Partial<T>>,
  order: ReadonlyArray<keyof T & string>,
): Promise<Array<T & { readonly forms: readonly string[]; readonly ids: readonly number[] }>> {
  const shown = Math.max(0, Math.min(MAX_RANKING, Math.floor(limit)));
  if (shown === 0) return [];
  let asked = Math.min(MAX_RANKING, shown + 10);
  for (;;) {
    const rows = await fetch(asked);
    const folded = await foldNameForms(store, rows, recount);
    if (folded.length >= shown || rows.length < asked || asked >= MAX_RANKING) {
      const byCounts = (a: T, b: T) => {
        for (const key of order) if (Number(b[key]) !== Number(a[key])) return Number(b[key]) - Number(a[key]);
        return a.id - b.id;
      };
      return folded.sort(byCounts).slice(0, shown);
    }
    asked = Math.min(MAX_RANKING, asked + (asked - folded.length) + 10);
  }
}

/** The most rows a ranking asks the store for. */
const MAX_RANKING = 1000;

/**
 * The rows of a ranking with each person's forms of name (see {@link nameForms}) folded into the
 * row of the form shown first, counted again together by `recount`. In the rows' order; the caller
 * sorts by the new counts.
 * @internal
 */
export async function foldNameForms<T extends EntityCount>(
  store: CorpusStore,
  rows: readonly T[],
  recount: (ids: readonly number[]) => Promise<Partial<T>>,
): Promise<Array<T & { readonly forms: readonly string[]; readonly ids: readonly number[] }>> {
  const people = rows.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return rows.map((row) => ({ ...row, forms: [], ids: [row.id] }));
  // a form with a fiftieth of the stories of the least mentioned person shown cannot move the ranking
  const least = Math.floor(Math.min(...people.map((e) => e.stories)) / 50);
  const { people: kin, surnames } = await peopleBySurname(
    store,
    people.map((e) => lastWord(normalizeName(e.name))),
    least,
  );
  const groupOf = new Map<number, number[]>();
  for (const g of nameForms(kin, surnames)) for (const id of g) groupOf.set(id, g);
  const named = new Map(kin.map((e) => [e.id, e]));
  const out: Array<T & { forms: readonly string[]; ids: readonly number[] }> = [];
  const done = new Set<number>();
  for (const row of rows) {
    if (done.has(row.id)) continue;
    const group = row.type === 'PERSON' ? groupOf.get(row.id) : undefined;
    if (!group) {
      out.push({ ...row, forms: [], ids: [row.id] });
      continue;
    }
    for (const id of group) done.add(id);
    const first = named.get(group[0]!);
    const shown = first ? { id: first.id, key: first.key, name: first.name, type: first.type, kbId: first.kbId } : {};
    const forms = [...new Set(group.map((id) => named.get(id)?.name ?? ''))].filter((n) => n !== '' && n !== (first?.name ?? row.name));
    out.push({ ...row, ...shown, ...(await recount(group)), forms, ids: group });
  }
  return out;
}

/**
 * The people of these surnames (with `minStories`, those with that many stories and the bare
 * surnames) and each surname's stories summed over all its people, a few surnames a query so
 * that a common one does not crowd out the rest.
 */
async function peopleBySurname(
  store: CorpusStore,
  tails: readonly string[],
  minStories = 1,
): Promise<{ people: NamedEntityCount[]; surnames: Map<string, number> }> {
  const unique = [...new Set(tails)].filter((t) => t !== '');
  const people: NamedEntityCount[] = [];
  const surnames = new Map<string, number>();
  for (let i = 0; i < unique.length; i += SURNAMES_A_QUERY) {
    const some = unique.slice(i, i + SURNAMES_A_QUERY);
    people.push(...(await store.entitiesBySurname(some, 'PERSON', { limit: PEOPLE_A_QUERY, minStories })));
    for (const [tail, stories] of await store.surnameStories(some, 'PERSON')) surnames.set(tail, stories);
  }
  return { people, surnames };
}

const SURNAMES_A_QUERY = 25;
/** The most people a query reads, the most mentioned first: the forms of a name beyond them are too rare to move a ranking. */
const PEOPLE_A_QUERY = 300;

/**
 * The store ids of these people and of every other form of their names the corpus has (see
 * {@link nameForms}): a party's members as the articles name them, "Mr. Cruz" with "Ted Cruz".
 * @internal
 */
export async function withNameForms(store: CorpusStore, ids: readonly number[]): Promise<number[]> {
  return [...(await nameFormsOf(store, ids)).keys()];
}

/**
 * These people and every other form of their names the corpus has (see {@link nameForms}), each
 * store id mapped to the one of `ids` whose name it is a form of (itself for those of `ids`).
 * @internal
 */
export async function nameFormsOf(store: CorpusStore, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map(ids.map((id) => [id, id] as const));
  if (ids.length === 0) return out;
  const people = (await store.entitiesById(ids)).filter((e) => e.type === 'PERSON');
  const tails = people.map((e) => lastWord(normalizeName(e.name))).filter((t) => t !== '');
  const { people: kin, surnames } = await peopleBySurname(store, tails);
  const wanted = new Set(ids);
  for (const group of nameForms(kin, surnames)) {
    const own = group.find((id) => wanted.has(id));
    if (own !== undefined) for (const id of group) if (!out.has(id)) out.set(id, own);
  }
  return out;
}

/** A name given as a party that no party of the knowledge base goes by. */
export class UnknownPartyError extends Error {
  constructor(readonly party: string) {
    super(`no party known by the name "${party}" (try its usual name or abbreviation: "Republicans", "GOP", "Labour", "AfD")`);
    this.name = 'UnknownPartyError';
  }
}

/** Options of {@link entityProfile}. */
export interface ProfileOptions extends CorpusFilter {
  /** Buckets of the mentions series; default `month`. */
  readonly by?: Period;
  /** Co-mentioned entities, sites and quotes listed; default 10, 10 and 5. */
  readonly related?: number;
  readonly quotes?: number;
}

/** One bucket of a profile's mentions series. */
export interface MentionBucket {
  readonly period: string;
  /** Stories (documents with all copies) that mention the entity. */
  readonly stories: number;
  readonly mentions: number;
}

/** An entity's profile: how much it is mentioned and when, with whom, who quotes it and what it says. */
export interface EntityProfile {
  readonly entity: EntityMatch;
  /** The other names counted as this entity ("Obama" for Barack Obama), most mentioned first. */
  readonly forms: readonly string[];
  readonly alternatives: readonly EntityMatch[];
  /** Within the filter: stories (or documents), documents and mentions. */
  readonly stories: number;
  readonly documents: number;
  readonly mentions: number;
  /** For a person: the parties the articles give them ("Republican Sen. Ted Cruz"), most stories first. */
  readonly parties: readonly PartyCount[];
  /** For a person the knowledge base knows: the offices it lists, first held first. */
  readonly offices: readonly EntityRole[];
  readonly by: Period;
  readonly series: readonly MentionBucket[];
  /** Entities mentioned in the same stories (over its latest 500 documents), a person under all their names (`forms`). */
  readonly coMentioned: ReadonlyArray<EntityCount & { readonly forms: readonly string[] }>;
  /** The sites that published its stories. */
  readonly sites: ReadonlyArray<{ readonly site: string; readonly stories: number; readonly documents: number }>;
  readonly quotesBy: { readonly totals: QuoteTotals; readonly hits: readonly QuoteHit[] };
  readonly quotesAbout: { readonly totals: QuoteTotals; readonly hits: readonly QuoteHit[] };
}

/**
 * The profile of the entity a name means (see {@link resolveEntity}), or `null` when no entity
 * matches.
 *
 * @example
 * const p = await entityProfile(store, 'NATO', { since: '2024-01-01', by: 'week' });
 * p?.coMentioned.map((e) => e.name);
 */
export async function entityProfile(store: CorpusStore, name: string, options: ProfileOptions = {}): Promise<EntityProfile | null> {
  const resolved = await resolveEntity(store, name);
  if (!resolved) return null;
  const by = options.by ?? 'month';
  const related = options.related ?? 10;
  const shown = options.quotes ?? 5;
  const filter: CorpusFilter = corpusFilterOf(options);
  const ids = resolved.ids;
  const [docs, parties, coMentioned, sites, quotesBy, quotesAbout] = await Promise.all([
    store.entityDocs(ids, filter),
    store.entityParties(ids, filter),
    // one person, one row: the forms of a co-mentioned name counted together
    rankFolded(
      store,
      related,
      (n) => store.coMentioned(ids, filter, n),
      (others) => store.coMentionedTotals(ids, others, filter),
      filter.allCopies ? ['documents', 'mentions'] : ['stories', 'mentions'],
    ),
    store.entitySites(ids, filter, related),
    store.quotes({ ...filter, speakerIds: ids, speakerNames: resolved.names, limit: shown }),
    store.quotes({ ...filter, aboutIds: ids, limit: shown }),
  ]);
  const t = tally(docs, by, filter.allCopies);
  const series = bucketRange([...t.items.keys()], by).map((period) => ({
    period,
    stories: t.items.get(period) ?? 0,
    mentions: t.counts.get(period) ?? 0,
  }));
  return {
    entity: resolved.entity,
    forms: resolved.forms,
    alternatives: resolved.alternatives,
    stories: t.totalItems,
    documents: t.documents,
    mentions: docs.reduce((n, d) => n + d.count, 0),
    parties,
    offices: resolved.entity.kbId ? officesOf(resolved.entity.kbId) : [],
    by,
    series,
    coMentioned: coMentioned.map(({ ids: _ids, ...e }) => e),
    sites,
    quotesBy,
    quotesAbout,
  };
}
