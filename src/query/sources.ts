import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter, OutletCount, SourceKindCount, SourcingSummary } from '../store/types.js';

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
}

/**
 * The sources the corpus rests on: the outlets its stories cite (with state-media labels) and how
 * much of what they report rests on unnamed sources.
 *
 * @example
 * const r = await sourcesReport(store, { limit: 10, since: '2024-03-01' });
 * console.log(r.outlets[0]?.name, r.unnamedShare);
 */
export async function sourcesReport(store: CorpusStore, options: CorpusFilter & { readonly limit?: number } = {}): Promise<SourcesReport> {
  const [outlets, summary, kinds] = await Promise.all([
    store.topOutlets(options, options.limit ?? 20),
    store.sourcing(options),
    store.sourceKinds(options),
  ]);
  const share = (n: number) => (summary.claims > 0 ? n / summary.claims : null);
  return {
    outlets,
    summary,
    unnamedShare: share(summary.unnamed),
    unsourcedShare: share(summary.unnamed + summary.unresolved + summary.unattributed),
    kinds,
  };
}
