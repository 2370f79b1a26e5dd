import type { CorpusStore } from '../store/store.js';
import type { ActorRef, CorpusFilter } from '../store/types.js';
import { type ResolvedEntity, resolveEntity } from './entities.js';
import { distinctEvents } from './event-dedup.js';
import { corpusFilterOf } from './filter.js';
import { bucketRange, type Period, type Tally, tally } from './series.js';

/** One period of a {@link Timeline}. */
export interface TimelineRow {
  readonly period: string;
  /** Stories (documents with all copies) that mention the first entity. */
  readonly mentions: number;
  /** Quotes by the first entity (in the first copy of each story). */
  readonly quotes: number;
  /** With a second entity: the same for it, stories that mention both, and quotes of each that mention the other. */
  readonly mentions2?: number;
  readonly quotes2?: number;
  readonly both?: number;
  readonly quotesOn2?: number;
  readonly quotes2On1?: number;
  /**
   * Factual events (neither negated nor hedged) from the first entity to the second, and back, each
   * counted once as `sitrep events --between` counts them (one copy per story, one report per
   * source and target codes, CAMEO root and day; every report with `allCopies`).
   */
  readonly events?: number;
  readonly events2?: number;
  /** The mean Goldstein score of those events, −10 (conflict) … +10 (cooperation); null without events. */
  readonly tone?: number | null;
}

/** What {@link timeline} gives. */
export interface Timeline {
  readonly entity: ResolvedEntity;
  readonly entity2: ResolvedEntity | null;
  readonly by: Period;
  readonly rows: readonly TimelineRow[];
  /** The same counts over the whole span (undated documents included). */
  readonly totals: Omit<TimelineRow, 'period'>;
}

/** An entity as an event actor: its store ids, and its CAMEO country code when it is a country. @internal */
export function actorOf(r: ResolvedEntity): ActorRef {
  const kb = r.entity.kbId;
  return { ids: r.ids, countries: kb && /^[A-Z]{3}$/.test(kb) ? [kb] : [] };
}

/** A name that matches no entity of the corpus. */
export class UnknownEntityError extends Error {
  override readonly name = 'UnknownEntityError';
  constructor(readonly entityName: string) {
    super(`no entity named ${JSON.stringify(entityName)} in the corpus`);
  }
}

/**
 * How the coverage of one entity, or of two and what lies between them, moved over time: stories
 * that mention each, stories that mention both, quotes by each, quotes of each about the other,
 * and the events between them (from the `events` layer: each way, and their mean Goldstein score).
 * Stories, not copies, unless `allCopies`. Throws {@link UnknownEntityError} for a name that
 * matches no entity.
 *
 * @example
 * const t = await timeline(store, 'Russia', 'Ukraine', { by: 'week', since: '2024-01-01' });
 * for (const r of t.rows) console.log(r.period, r.both, r.quotesOn2);
 */
export async function timeline(
  store: CorpusStore,
  name: string,
  name2: string | null,
  options: CorpusFilter & { readonly by?: Period } = {},
): Promise<Timeline> {
  const by = options.by ?? 'month';
  const filter: CorpusFilter = corpusFilterOf(options);
  const a = await resolveEntity(store, name);
  if (!a) throw new UnknownEntityError(name);
  const b = name2 === null ? null : await resolveEntity(store, name2);
  if (name2 !== null && !b) throw new UnknownEntityError(name2);
  const byA = { speakerIds: a.ids, speakerNames: a.names };
  const reduce = (rows: Parameters<typeof tally>[0]) => tally(rows, by, filter.allCopies);
  const series: Record<string, Tally> = {
    mentions: reduce(await store.entityDocs(a.ids, filter)),
    quotes: reduce(await store.quoteDocs({ ...filter, ...byA })),
  };
  if (b) {
    const byB = { speakerIds: b.ids, speakerNames: b.names };
    series.mentions2 = reduce(await store.entityDocs(b.ids, filter));
    series.quotes2 = reduce(await store.quoteDocs({ ...filter, ...byB }));
    series.both = reduce(await store.bothDocs(a.ids, b.ids, filter));
    series.quotesOn2 = reduce(await store.quoteDocs({ ...filter, ...byA, aboutIds: b.ids }));
    series.quotes2On1 = reduce(await store.quoteDocs({ ...filter, ...byB, aboutIds: a.ids }));
    const events = distinctEvents(await store.eventReports(actorOf(a), actorOf(b), filter), filter.allCopies);
    // each distinct event a row of its own, already deduplicated: tallied as they are
    const eventRows = (way: 'forward' | 'back') =>
      events
        .filter((d) => d.event.direction === way)
        .map((d) => ({ story: d.event.story, docSeq: d.event.docSeq, day: d.event.day, count: 1, score: d.event.goldstein }));
    series.events = tally(eventRows('forward'), by, true);
    series.events2 = tally(eventRows('back'), by, true);
  }
  // quotes and events count quotes and events; the other series count stories
  const value = (key: string, t: Tally, period: string | null) =>
    key.startsWith('quotes') || key.startsWith('events')
      ? period === null
        ? t.totalCounts
        : (t.counts.get(period) ?? 0)
      : period === null
        ? t.totalItems
        : (t.items.get(period) ?? 0);
  const periods = bucketRange(
    Object.values(series).flatMap((t) => [...t.items.keys()]),
    by,
  );
  const row = (period: string | null) => {
    const r: Record<string, number | null> = Object.fromEntries(Object.entries(series).map(([k, t]) => [k, value(k, t, period)]));
    if (series.events && series.events2) {
      const n = (r.events ?? 0) + (r.events2 ?? 0);
      const sum = [series.events, series.events2].reduce((x, t) => x + (period === null ? t.totalScore : (t.scores.get(period) ?? 0)), 0);
      r.tone = n > 0 ? Math.round((100 * sum) / n) / 100 : null;
    }
    return r;
  };
  return {
    entity: a,
    entity2: b,
    by,
    rows: periods.map((period) => ({ period, ...row(period) }) as TimelineRow),
    totals: row(null) as unknown as Timeline['totals'],
  };
}
