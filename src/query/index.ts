/**
 * Corpus queries (`query/`): what an analyst asks of a stored corpus, read through the store.
 * Stories, not copies: copies of one story (syndicated wire stories, re-posts) count once unless
 * `allCopies` is set.
 *
 * @example
 * import { openSqliteStore } from 'sitrep/store';
 * import { entityProfile, findQuotes, sourcesReport, timeline, topEntities } from 'sitrep/query';
 * const store = await openSqliteStore('news.db');
 * const people = await topEntities(store, { type: 'PERSON', limit: 10 });
 * const { hits } = await findQuotes(store, { speaker: 'Lavrov', about: 'NATO' });
 * const { speakers } = await topSpeakers(store, { about: 'NATO', type: 'PERSON', limit: 10 });
 * const { totals } = await eventsBetween(store, 'Russia', 'NATO', { by: 'week' });
 * await store.close();
 */
export {
  type EntityProfile,
  entityProfile,
  type MentionBucket,
  type ProfileOptions,
  type RankedEntity,
  type ResolvedEntity,
  type ResolvedParty,
  resolveEntity,
  resolveParty,
  type TopEntitiesQuery,
  topEntities,
  UnknownPartyError,
} from './entities.js';
export { distinctEvents } from './event-dedup.js';
export {
  CAMEO_ROOTS,
  type EventCategoryRow,
  type EventDirection,
  type EventsBetween,
  type EventsBetweenOptions,
  type EventsPeriod,
  type EventTally,
  eventsBetween,
} from './events.js';
export { nameForms } from './name-forms.js';
export {
  findQuotes,
  type QuoteExplorerOptions,
  type QuoteExplorerResult,
  type RankedSpeaker,
  type TopSpeakersQuery,
  type TopSpeakersResult,
  topSpeakers,
} from './quotes.js';
export { bucketOf, bucketRange, type Period, type Tally, tally } from './series.js';
export { type PartySources, type SourcesReport, sourcesReport } from './sources.js';
export { type Timeline, type TimelineRow, timeline, UnknownEntityError } from './timeline.js';
