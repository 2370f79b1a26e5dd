import type { CorpusFilter } from '../store/types.js';

/**
 * The corpus filter among a query's options (dates, source, copies), for the store calls that take
 * nothing else.
 *
 * @example
 * const filter = corpusFilterOf(options); // options' since, until, source and allCopies; not its by or limit
 */
export function corpusFilterOf(options: CorpusFilter): CorpusFilter {
  return { since: options.since, until: options.until, source: options.source, allCopies: options.allCopies };
}
