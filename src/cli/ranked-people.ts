import { actorById } from '../kb/kb.js';
import type { CorpusStore } from '../store/store.js';
import { textTable } from './corpus-query.js';

/**
 * The party of each person of a ranking, by name ("Republican Party"), by the rule of
 * `store.partiesOfPeople`; other entities and people without one get null.
 */
export async function partyNamesOf(
  store: CorpusStore,
  rows: ReadonlyArray<{ readonly id: number; readonly type: string }>,
): Promise<(id: number) => string | null> {
  const parties = await store.partiesOfPeople(rows.filter((e) => e.type === 'PERSON').map((e) => e.id));
  return (id) => {
    const kbId = parties.get(id);
    return kbId ? (actorById(kbId)?.name ?? kbId) : null;
  };
}

/** The other forms of a name for a table cell: the first two, and an ellipsis for the rest. */
export function formsCell(forms: readonly string[]): string {
  return forms.slice(0, 2).join(', ') + (forms.length > 2 ? ', …' : '');
}

/** A row of a ranking of entities as the commands print it. */
export interface RankedRow {
  readonly rank: number;
  readonly name: string;
  readonly type: string;
  readonly party: string | null;
  readonly forms: readonly string[];
}

/**
 * A ranking as a text table: rank, the entity (headed `label`), its type, the `counts` columns,
 * then a person's party when `parties` and some row has one, and the other forms of the name
 * when some row has them.
 */
export function rankedTable<R extends RankedRow>(
  label: string,
  counts: ReadonlyArray<readonly [string, (row: R) => number]>,
  rows: readonly R[],
  parties: boolean,
): string {
  const withParty = parties && rows.some((r) => r.party !== null);
  const withForms = rows.some((r) => r.forms.length > 0);
  return textTable(
    ['#', label, 'type', ...counts.map(([head]) => head), ...(withParty ? ['party'] : []), ...(withForms ? ['also as'] : [])],
    rows.map((r) => [
      r.rank,
      r.name,
      r.type,
      ...counts.map(([, count]) => count(r)),
      ...(withParty ? [r.party ?? ''] : []),
      ...(withForms ? [formsCell(r.forms)] : []),
    ]),
  );
}
