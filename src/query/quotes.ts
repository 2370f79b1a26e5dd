import { outletNames } from '../nlp/sources/outlets.js';
import { normalizeName } from '../store/names.js';
import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter, EntityCount, QuoteHit, QuoteTotals, SpeakerCount } from '../store/types.js';
import {
  partyIn,
  type ResolvedEntity,
  type ResolvedParty,
  rankFolded,
  resolveEntity,
  UnknownPartyError,
  withNameForms,
} from './entities.js';
import { corpusFilterOf } from './filter.js';

/** Options of {@link findQuotes}: a speaker, a subject, or both. */
export interface QuoteExplorerOptions extends CorpusFilter {
  /** Who said it: an entity's name (see `resolveEntity`) or a speaker as reported ("some analysts"). */
  readonly speaker?: string;
  /** Whom or what it mentions: an entity's name. */
  readonly about?: string;
  /**
   * Said by a party (see `resolveParty`: "GOP", "Labour"): by its members, the people the articles
   * give it, or by the party itself ("Republicans said"). Not with `speaker`.
   */
  readonly party?: string;
  /**
   * Relayed by this outlet ("RIA", "Reuters"): what it quoted, reported or cited its sources for;
   * any name the outlet table gives the outlet matches ("RIA Novosti" finds what "RIA" relayed).
   */
  readonly via?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** What {@link findQuotes} found. */
export interface QuoteExplorerResult {
  /** The entities the names were taken to mean (`null`: no entity of that name). */
  readonly speaker: ResolvedEntity | null;
  readonly about: ResolvedEntity | null;
  /** The party `party` was taken to mean, with how many of its members the corpus names. */
  readonly party: (ResolvedParty & { readonly members: number }) | null;
  readonly totals: QuoteTotals;
  readonly hits: readonly QuoteHit[];
}

/**
 * The quote explorer: quotes by a speaker (or a party's people) and/or about an entity, newest
 * first, one copy of each story unless `allCopies`. A speaker that is no entity of the corpus is
 * still matched by the name the quotes give ("a spokesman", "some analysts"); a subject must be an
 * entity; a party that is no party's name is an error ({@link UnknownPartyError}).
 *
 * @example
 * const { hits } = await findQuotes(store, { speaker: 'Lavrov', about: 'NATO', since: '2024-03-01' });
 * for (const q of hits) console.log(q.publishedAt, q.speaker, q.text);
 * const gop = await findQuotes(store, { party: 'Republicans', about: 'Trump' });
 */
export async function findQuotes(store: CorpusStore, options: QuoteExplorerOptions): Promise<QuoteExplorerResult> {
  if (options.speaker === undefined && options.about === undefined && options.party === undefined && options.via === undefined)
    throw new TypeError('findQuotes needs a speaker, a party, a subject (about) or an outlet that relayed (via)');
  if (options.speaker !== undefined && options.party !== undefined) throw new TypeError('findQuotes takes a speaker or a party, not both');
  const speaker = options.speaker !== undefined ? await resolveEntity(store, options.speaker) : null;
  const about = options.about !== undefined ? await resolveEntity(store, options.about) : null;
  const party = options.party !== undefined ? await partyAsSpeakers(store, options.party) : null;
  const spoken = options.speaker !== undefined ? normalizeName(options.speaker) : '';
  const { hits, totals } = await store.quotes({
    since: options.since,
    until: options.until,
    source: options.source,
    allCopies: options.allCopies,
    limit: options.limit,
    offset: options.offset,
    ...(options.speaker !== undefined
      ? { speakerIds: speaker?.ids ?? [], speakerNames: [...new Set([...(speaker?.names ?? []), ...(spoken ? [spoken] : [])])] }
      : {}),
    ...(party ? { speakerIds: party.speakerIds } : {}),
    ...(options.about !== undefined ? { aboutIds: about?.ids ?? [] } : {}),
    ...(options.via !== undefined ? { viaNames: relayNames(options.via) } : {}),
  });
  return { speaker, about, party: party ? { ...party.party, members: party.members } : null, totals, hits };
}

/**
 * The names, in lower case, under which quotes relayed by an outlet store it: the name given, with
 * and without "the", and the other names the outlet table gives the outlet.
 *
 * @example
 * relayNames('RIA Novosti'); // ['ria novosti', 'the ria novosti', 'ria', 'the ria', 'rossiya segodnya', …]
 */
export function relayNames(name: string): string[] {
  const names = [name.trim(), ...outletNames(name.trim())].map((n) => n.toLowerCase().replace(/^the\s+/u, ''));
  return [...new Set(names.filter((n) => n !== '').flatMap((n) => [n, `the ${n}`]))];
}

/**
 * A party's people as the corpus names them: the party, its own entities, its members (how many)
 * and their store ids under every form of their names ("Mr. Cruz" in an article that gives no
 * first name). A name no party goes by is an error.
 */
async function partyPeople(
  store: CorpusStore,
  name: string,
): Promise<{ party: ResolvedParty; itself: number[]; members: number; people: number[] }> {
  const found = await partyIn(store, name);
  if (!found) throw new UnknownPartyError(name);
  const members = await store.partyMembers([found.party.kbId]);
  return { party: found.party, itself: found.entityIds, members: members.length, people: await withNameForms(store, members) };
}

/** The store ids that speak for a party: its members and the party itself. */
async function partyAsSpeakers(store: CorpusStore, name: string): Promise<{ party: ResolvedParty; members: number; speakerIds: number[] }> {
  const { party, itself, members, people } = await partyPeople(store, name);
  return { party, members, speakerIds: [...itself, ...people] };
}

/** Options of {@link topSpeakers}. */
export interface TopSpeakersQuery extends CorpusFilter {
  /** Only quotes that mention this entity (resolved as in `sitrep entity`), who is no speaker of it then. */
  readonly about?: string;
  /** Only the members of this party (see `resolveParty`). */
  readonly party?: string;
  /** Only speakers of this type (`PERSON`, `ORG`, …). */
  readonly type?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
}

/** A speaker of the ranking: one person's forms of name counted together. */
export interface RankedSpeaker extends SpeakerCount {
  /** The other names counted in this row ("Obama"); empty for most. */
  readonly forms: readonly string[];
  /** The store ids counted in this row: the shown entity's first. */
  readonly ids: readonly number[];
}

/** What {@link topSpeakers} found: the speakers and what `about` was taken to mean. */
export interface TopSpeakersResult {
  readonly speakers: readonly RankedSpeaker[];
  /** The entity `about` was taken to mean, with the other entities the name also matched; null without `about`. */
  readonly about: ResolvedEntity | null;
  /** The party `party` was taken to mean; null without `party`. */
  readonly party: ResolvedParty | null;
}

/**
 * The entities quoted most: in how many stories they are quoted (quotes with `allCopies`), about
 * an entity, among a party's members or of one type. A person is one row whatever form of their
 * name the articles use ("Obama" with Barack Obama). An `about` that matches nothing gives no
 * speakers; a `party` that is no party's name is an error ({@link UnknownPartyError}).
 *
 * @example
 * const { speakers } = await topSpeakers(store, { about: 'NATO', type: 'PERSON', limit: 5 });
 * speakers.map((s) => `${s.name}: ${s.quotedIn}`);
 */
export async function topSpeakers(store: CorpusStore, options: TopSpeakersQuery = {}): Promise<TopSpeakersResult> {
  const filter: CorpusFilter = corpusFilterOf(options);
  const about = options.about !== undefined ? await resolveEntity(store, options.about) : null;
  const members = options.party !== undefined ? await partyPeople(store, options.party) : null;
  const party = members?.party ?? null;
  if (options.about !== undefined && !about) return { speakers: [], about, party };
  const query = {
    ...(about ? { aboutIds: about.ids } : {}),
    ...(members ? { among: members.people } : {}),
    ...(options.type ? { type: options.type } : {}),
  };
  const speakers = await rankFolded<SpeakerCount>(
    store,
    options.limit ?? 20,
    (n) => store.topSpeakers(filter, n, query),
    (ids) => store.speakerTotals(ids, filter, query),
    options.allCopies ? ['quotes', 'quotedIn'] : ['quotedIn', 'quotes'],
  );
  return { speakers, about, party };
}
