import { normalizeName } from '../store/names.js';
import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter, EntityCount, QuoteHit, QuoteTotals } from '../store/types.js';
import { type ResolvedEntity, resolveEntity } from './entities.js';

/** Options of {@link findQuotes}: a speaker, a subject, or both. */
export interface QuoteExplorerOptions extends CorpusFilter {
  /** Who said it: an entity's name (see `resolveEntity`) or a speaker as reported ("some analysts"). */
  readonly speaker?: string;
  /** Whom or what it mentions: an entity's name. */
  readonly about?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** What {@link findQuotes} found. */
export interface QuoteExplorerResult {
  /** The entities the names were taken to mean (`null`: no entity of that name). */
  readonly speaker: ResolvedEntity | null;
  readonly about: ResolvedEntity | null;
  readonly totals: QuoteTotals;
  readonly hits: readonly QuoteHit[];
}

/**
 * The quote explorer: quotes by a speaker and/or about an entity, newest first, one copy of each
 * story unless `allCopies`. A speaker that is no entity of the corpus is still matched by the name
 * the quotes give ("a spokesman", "some analysts"); a subject must be an entity.
 *
 * @example
 * const { hits } = await findQuotes(store, { speaker: 'Lavrov', about: 'NATO', since: '2024-03-01' });
 * for (const q of hits) console.log(q.publishedAt, q.speaker, q.text);
 */
export async function findQuotes(store: CorpusStore, options: QuoteExplorerOptions): Promise<QuoteExplorerResult> {
  if (options.speaker === undefined && options.about === undefined) throw new TypeError('findQuotes needs a speaker or a subject (about)');
  const speaker = options.speaker !== undefined ? await resolveEntity(store, options.speaker) : null;
  const about = options.about !== undefined ? await resolveEntity(store, options.about) : null;
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
    ...(options.about !== undefined ? { aboutIds: about?.ids ?? [] } : {}),
  });
  return { speaker, about, totals, hits };
}

/**
 * The entities quoted most, in how many stories (quotes with `allCopies`).
 *
 * @example
 * (await topSpeakers(store, { limit: 5 })).map((s) => `${s.name}: ${s.quotedIn}`);
 */
export async function topSpeakers(
  store: CorpusStore,
  options: CorpusFilter & { readonly limit?: number } = {},
): Promise<Array<EntityCount & { readonly quotes: number; readonly quotedIn: number }>> {
  return store.topSpeakers(options, options.limit ?? 20);
}
