import type { CorpusStore } from '../store/store.js';
import type { CorpusFilter, EventReport } from '../store/types.js';
import { type ResolvedEntity, resolveEntity } from './entities.js';
import { distinctEvents } from './event-dedup.js';
import { corpusFilterOf } from './filter.js';
import { bucketOf, bucketRange, type Period } from './series.js';
import { actorOf, UnknownEntityError } from './timeline.js';

/** The twenty root classes of the CAMEO event codebook, by their two-digit code. */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'make public statement',
  '02': 'appeal',
  '03': 'express intent to cooperate',
  '04': 'consult',
  '05': 'engage in diplomatic cooperation',
  '06': 'engage in material cooperation',
  '07': 'provide aid',
  '08': 'yield',
  '09': 'investigate',
  '10': 'demand',
  '11': 'disapprove',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'exhibit force posture',
  '16': 'reduce relations',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'use unconventional mass violence',
};

/** Which way an event goes: from the first actor to the second, or back. */
export type EventDirection = 'forward' | 'back';

/** Counts and means of a set of events. */
export interface EventTally {
  /** Distinct events (after deduplication). */
  readonly events: number;
  /** The reports they were counted from (every copy and every repeated report). */
  readonly reports: number;
  /** Mean Goldstein score, −10 (conflict) … +10 (cooperation); null without events. */
  readonly goldstein: number | null;
  /** Mean tone of the sentences that report them (GDELT's tone); null when none has one. */
  readonly tone: number | null;
  /** Events by CAMEO quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly quadClasses: readonly [number, number, number, number];
}

/** Events of one category, one way, in one period (or over the whole span when `period` is null). */
export interface EventCategoryRow extends Omit<EventTally, 'quadClasses'> {
  readonly period: string | null;
  readonly direction: EventDirection;
  /** The names of the actors that way round. */
  readonly source: string;
  readonly target: string;
  /** PLOVER category (`CONSULT`, `ASSAULT`); null for events PLOVER leaves out (statements, appeals). */
  readonly plover: string | null;
  /** CAMEO root code (`04`) and its name. */
  readonly cameoRoot: string;
  readonly cameoName: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number;
}

/** One period of {@link EventsBetween}. */
export interface EventsPeriod {
  readonly period: string;
  readonly forward: EventTally;
  readonly back: EventTally;
}

/** What {@link eventsBetween} gives. */
export interface EventsBetween {
  readonly entity: ResolvedEntity;
  readonly entity2: ResolvedEntity;
  readonly by: Period;
  /** Every period from the first to the last with events, quiet ones included. */
  readonly periods: readonly EventsPeriod[];
  /** Events by category, way and period (periods without events of a category left out). */
  readonly categories: readonly EventCategoryRow[];
  /** Over the whole span, undated documents included. */
  readonly totals: {
    readonly forward: EventTally;
    readonly back: EventTally;
    readonly categories: readonly EventCategoryRow[];
  };
}

/** Options of {@link eventsBetween}. */
export interface EventsBetweenOptions extends CorpusFilter {
  /** Period of the series. Default `month`. */
  readonly by?: Period;
}

class Accumulator {
  events = 0;
  reports = 0;
  goldstein = 0;
  tone = 0;
  toned = 0;
  readonly quad: [number, number, number, number] = [0, 0, 0, 0];

  add(e: EventReport, reports: number): void {
    this.events++;
    this.reports += reports;
    this.goldstein += e.goldstein;
    if (e.tone !== null) {
      this.tone += e.tone;
      this.toned++;
    }
    if (e.quadClass >= 1 && e.quadClass <= 4) this.quad[e.quadClass - 1]!++;
  }

  tally(): EventTally {
    const mean = (sum: number, n: number) => (n > 0 ? Math.round((100 * sum) / n) / 100 : null);
    return {
      events: this.events,
      reports: this.reports,
      goldstein: mean(this.goldstein, this.events),
      tone: mean(this.tone, this.toned),
      quadClasses: [...this.quad],
    };
  }
}

/**
 * How two actors acted on each other over time: the events coded between them (the `events`
 * layer; factual events only, neither negated nor hedged), each way, counted by PLOVER category,
 * CAMEO root and quad class, with their mean Goldstein score and tone, by day, week or month.
 *
 * Each event counts once: copies of one story count as one report (the first stored copy), and
 * repeated reports of the same event (same source and target actor codes, same CAMEO root, same
 * day), in one story or in several, count as one event, with its number of reports. `allCopies`
 * counts every report instead. Actors are entities as `sitrep entity` matches them; a country
 * also matches the events of its CAMEO code (`RUS` matches `RUSGOV`, `RUSMIL`). Throws
 * {@link UnknownEntityError} for a name that matches no entity.
 *
 * @example
 * const r = await eventsBetween(store, 'Russia', 'Ukraine', { by: 'week', since: '2024-01-01' });
 * for (const p of r.periods) console.log(p.period, p.forward.events, p.forward.goldstein, p.back.events);
 * for (const c of r.totals.categories) console.log(c.direction, c.plover ?? c.cameoName, c.events);
 */
export async function eventsBetween(
  store: CorpusStore,
  name: string,
  name2: string,
  options: EventsBetweenOptions = {},
): Promise<EventsBetween> {
  const by = options.by ?? 'month';
  const filter: CorpusFilter = corpusFilterOf(options);
  const a = await resolveEntity(store, name);
  if (!a) throw new UnknownEntityError(name);
  const b = await resolveEntity(store, name2);
  if (!b) throw new UnknownEntityError(name2);
  const events = distinctEvents(await store.eventReports(actorOf(a), actorOf(b), filter), filter.allCopies);

  const names = { forward: [a.entity.name, b.entity.name], back: [b.entity.name, a.entity.name] } as const;
  const totals = { forward: new Accumulator(), back: new Accumulator() };
  const byPeriod = new Map<string, { forward: Accumulator; back: Accumulator }>();
  const categories = new Map<string, { row: Omit<EventCategoryRow, keyof EventTally>; acc: Accumulator }>();
  const category = (period: string | null, e: EventReport, reports: number) => {
    const root = e.cameo.slice(0, 2);
    const key = `${period ?? ''}\t${e.direction}\t${e.plover ?? ''}\t${root}\t${e.quadClass}`;
    let c = categories.get(key);
    if (!c) {
      const [source, target] = names[e.direction];
      c = {
        row: {
          period,
          direction: e.direction,
          source,
          target,
          plover: e.plover,
          cameoRoot: root,
          cameoName: CAMEO_ROOTS[root] ?? 'unknown',
          quadClass: e.quadClass,
        },
        acc: new Accumulator(),
      };
      categories.set(key, c);
    }
    c.acc.add(e, reports);
  };
  for (const { event: e, reports } of events) {
    totals[e.direction].add(e, reports);
    category(null, e, reports);
    if (!e.day || !/^\d{4}-\d{2}-\d{2}$/.test(e.day)) continue;
    const period = bucketOf(e.day, by);
    let p = byPeriod.get(period);
    if (!p) byPeriod.set(period, (p = { forward: new Accumulator(), back: new Accumulator() }));
    p[e.direction].add(e, reports);
    category(period, e, reports);
  }
  const empty = new Accumulator().tally();
  const rows = [...categories.values()]
    .map(({ row, acc }) => {
      const { quadClasses: _, ...t } = acc.tally();
      return { ...row, ...t } as EventCategoryRow;
    })
    .sort(
      (x, y) =>
        (x.period ?? '').localeCompare(y.period ?? '') ||
        (x.direction === y.direction ? 0 : x.direction === 'forward' ? -1 : 1) ||
        y.events - x.events ||
        x.cameoRoot.localeCompare(y.cameoRoot) ||
        (x.plover ?? '').localeCompare(y.plover ?? ''),
    );
  return {
    entity: a,
    entity2: b,
    by,
    periods: bucketRange([...byPeriod.keys()], by).map((period) => {
      const p = byPeriod.get(period);
      return { period, forward: p?.forward.tally() ?? empty, back: p?.back.tally() ?? empty };
    }),
    categories: rows.filter((r) => r.period !== null),
    totals: { forward: totals.forward.tally(), back: totals.back.tally(), categories: rows.filter((r) => r.period === null) },
  };
}
