import { actorById } from '../kb/kb.js';
import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter, OutletCount, PartySourceCount, SourceKindCount, SourcingSummary } from '../store/types.js';
import { nameFormsOf } from './entities.js';

/** The named people the claims rest on who belong to one party (or to none known), with its name and share. */
export interface PartySources extends PartySourceCount {
  /** The party's name ("Republican Party"); null for the people of no known party. */
  readonly name: string | null;
  /** Share of the claims resting on named people (of any party or none) that rest on these, 0-1. */
  readonly share: number;
}

/** What {@link sourcesReport} gives. */
export interface SourcesReport {
  /** The cited outlets, most cited first, with their state-media labels. */
  readonly outlets: readonly OutletCount[];
  /** Claims by how they are sourced, one copy per story unless `allCopies`. */
  readonly summary: SourcingSummary;
  /** Share of the claims that rest on vague, unnamed sources ("officials said"), 0-1; null without claims. */
  readonly unnamedShare: number | null;
  /** Share of the claims with no attributable source: unnamed, unresolved or unattributed. */
  readonly unsourcedShare: number | null;
  /** The kinds of sources cited, named or not. */
  readonly kinds: readonly SourceKindCount[];
  /** The named people the claims rest on, by party, the people of no known party last. */
  readonly parties: readonly PartySources[];
}

/**
 * The sources the corpus rests on: the outlets its stories cite (with state-media labels), how
 * much of what they report rests on unnamed sources, and on the people of which parties.
 *
 * @example
 * const r = await sourcesReport(store, { limit: 10, since: '2024-03-01' });
 * console.log(r.outlets[0]?.name, r.unnamedShare, r.parties[0]?.name, r.parties[0]?.share);
 */
export async function sourcesReport(store: CorpusStore, options: CorpusFilter & { readonly limit?: number } = {}): Promise<SourcesReport> {
  const [outlets, summary, kinds, byParty] = await Promise.all([
    store.topOutlets(options, options.limit ?? 20),
    store.sourcing(options),
    store.sourceKinds(options),
    partySources(store, options),
  ]);
  const peopleClaims = byParty.reduce((n, p) => n + p.claims, 0);
  const share = (n: number) => (summary.claims > 0 ? n / summary.claims : null);
  return {
    outlets,
    summary,
    unnamedShare: share(summary.unnamed),
    unsourcedShare: share(summary.unnamed + summary.unresolved + summary.unattributed),
    kinds,
    parties: byParty.map((p) => ({
      ...p,
      name: p.party === null ? null : (actorById(p.party)?.name ?? p.party),
      share: peopleClaims > 0 ? p.claims / peopleClaims : 0,
    })),
  };
}

/**
 * The named people cited, by party, each party's members counted under every form of their
 * names ("Mr. Cruz" in an article that gives no party is Ted Cruz's, a Republican).
 */
async function partySources(store: CorpusStore, filter: CorpusFilter): Promise<PartySourceCount[]> {
  const first = await store.sourcesByParty(filter);
  const parties = first.flatMap((p) => (p.party === null ? [] : [p.party]));
  if (parties.length === 0) return first;
  const partyOf = new Map<number, string>();
  const personOf = new Map<number, number>();
  for (const party of parties) {
    for (const [id, person] of await nameFormsOf(store, await store.partyMembers([party]))) {
      if (partyOf.has(id)) continue;
      partyOf.set(id, party);
      personOf.set(id, person);
    }
  }
  return store.sourcesByParty(filter, { partyOf, personOf });
}
