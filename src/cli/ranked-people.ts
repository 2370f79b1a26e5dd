import { actorById } from '../kb/kb.js';
import type { CorpusStore } from '../store/store.js';

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
