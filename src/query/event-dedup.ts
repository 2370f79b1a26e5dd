import type { EventReport } from '../store/types.js';

/** The key under which repeated reports of one event collapse. */
function eventKey(r: EventReport): string {
  const actor = (code: string | null, id: number | null) => code ?? `#${id ?? ''}`;
  // an undated report can only be matched with the other reports of its own story
  const when = r.day ?? `story:${r.story}`;
  return `${r.direction}\t${actor(r.sourceCode, r.sourceId)}\t${actor(r.targetCode, r.targetId)}\t${r.cameo.slice(0, 2)}\t${when}`;
}

/**
 * The events to count: with `allCopies`, every report; otherwise the reports of the first stored
 * copy of each story (among the copies that report events between the two), one per event: same
 * way, same source and target actor codes, same CAMEO root, same day. Reports are in document
 * order, so an event is represented by its earliest report, and every later report of it (in
 * another story, or in a copy) adds to its `reports`.
 */
export function distinctEvents(reports: readonly EventReport[], allCopies = false): Array<{ event: EventReport; reports: number }> {
  if (allCopies) return reports.map((event) => ({ event, reports: 1 }));
  const firstCopy = new Map<number, number>();
  for (const r of reports) {
    const seen = firstCopy.get(r.story);
    if (seen === undefined || r.docSeq < seen) firstCopy.set(r.story, r.docSeq);
  }
  const kept = new Map<string, { event: EventReport; reports: number }>();
  for (const r of reports) {
    const key = eventKey(r);
    const k = kept.get(key);
    if (k) k.reports++;
    // a later copy adds no event of its own: what it reports, its story's first copy reported
    else if (firstCopy.get(r.story) === r.docSeq) kept.set(key, { event: r, reports: 1 });
  }
  return [...kept.values()];
}
