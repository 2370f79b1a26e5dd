/**
 * The forms one name takes across a corpus, taken as one entity: with or without middle initials
 * ("Paul Ryan", "Paul D. Ryan"), a first name short or in full ("Tim Kaine", "Timothy M. Kaine"), and, for a person, the articles that only ever give the surname
 * ("Obama") when nearly every story about someone of that surname is about them. A generational
 * suffix keeps a name apart ("Donald Trump Jr.").
 */
import { firstNameGender } from '../kb/kb.js';
import { lastWord, middleInitials, nameCore, normalizeName } from '../store/names.js';
import type { EntityCount, NamedEntityCount } from '../store/types.js';

/**
 * A bare surname is one person's when at least this share of the stories about people of that
 * surname are theirs: "Obama" is Barack Obama's beside Michelle Obama (209 stories to 5 over the
 * PolNeAR articles); "Clinton" stays apart while Bill Clinton has 70 stories to Hillary Clinton's 458.
 */
export const SURNAME_SHARE = 0.9;

/**
 * A bare word that is also a first name ("John", "Ryan", "Carson") goes to the person of that
 * surname only when they have this many times its stories (Ronald Reagan's 27 to "Reagan"'s 6, not Tom
 * John's 3 to "John"'s 2).
 */
export const FIRST_NAME_MARGIN = 3;

const isFullName = (norm: string) => norm.includes(' ');

/**
 * Groups entities of one type (as {@link CorpusStore.entitiesBySurname} gives them, every entity
 * of the surnames wanted, or the most mentioned of them with `surnameStories`, each surname's
 * stories over all its full names, as {@link CorpusStore.surnameStories} sums them) into the ones
 * that are one entity. Each group is a list of ids, the one to
 * show first: the linked one, else the most mentioned full name. Entities that stand alone are left
 * out. Names with several middle forms ("George W. Bush", "George H. W. Bush", "George Bush") stay
 * apart, and so do two entities linked to two different actors.
 *
 * @example
 * nameForms([paulRyan, paulDRyan, nickRyan]); // [[paulRyan.id, paulDRyan.id]]
 */
export function nameForms(entities: readonly (EntityCount | NamedEntityCount)[], surnameStories?: ReadonlyMap<string, number>): number[][] {
  // each entity's normalised name, as the store keeps it or made here
  const norms = new Map(entities.map((e) => [e.id, 'norm' in e ? e.norm : normalizeName(e.name)]));
  const normOf = (e: EntityCount) => norms.get(e.id) ?? normalizeName(e.name);
  const groups: EntityCount[][] = [];
  const byTail = new Map<string, EntityCount[]>();
  for (const e of entities) {
    const norm = normOf(e);
    if (norm === '') continue;
    const tail = lastWord(norm);
    const list = byTail.get(tail);
    if (list) list.push(e);
    else byTail.set(tail, [e]);
  }
  for (const kin of byTail.values()) {
    const byCore = new Map<string, EntityCount[]>();
    for (const e of kin) {
      const norm = normOf(e);
      if (!isFullName(norm)) continue;
      const core = nameCore(norm);
      const list = byCore.get(core);
      if (list) list.push(e);
      else byCore.set(core, [e]);
    }
    const people: EntityCount[][] = [];
    for (const [core, forms] of byCore) {
      const middles = new Set(forms.map((e) => middleInitials(normOf(e))).filter((m) => m !== ''));
      const actors = new Set(forms.flatMap((e) => (e.kbId ? [e.kbId] : [])));
      if (middles.size <= 1 && actors.size <= 1) people.push(forms);
      else people.push(...sameNames(forms, normOf));
    }
    const bare = kin.filter((e) => !isFullName(normOf(e)) && e.kbId === null);
    if (bare.length > 0 && people.length > 0 && kin[0]!.type === 'PERSON') {
      const storiesOf = (g: readonly EntityCount[]) => g.reduce((n, e) => n + e.stories, 0);
      const ranked = [...people].sort((a, b) => storiesOf(b) - storiesOf(a));
      // (the stories of every full name of the surname, when the store gave some of them only)
      const all = Math.max(
        ranked.reduce((n, g) => n + storiesOf(g), 0),
        surnameStories?.get(lastWord(normOf(kin[0]!))) ?? 0,
      );
      const top = storiesOf(ranked[0]!);
      // "John" alone is more likely someone's first name than Tom John's surname
      const bareStories = storiesOf(bare);
      const firstName = bare.some((e) => firstNameGender(normOf(e)) !== undefined);
      if (top >= SURNAME_SHARE * all && top >= (firstName ? FIRST_NAME_MARGIN : 1) * bareStories) ranked[0]!.push(...bare);
    }
    groups.push(...people);
  }
  return groups.filter((g) => g.length > 1).map((g) => ordered(g, normOf).map((e) => e.id));
}

/** Entities of exactly one name (a linked one and an unlinked one the linker missed), and no two actors. */
function sameNames(forms: readonly EntityCount[], normOf: (e: EntityCount) => string): EntityCount[][] {
  const out = new Map<string, EntityCount[]>();
  for (const e of forms) {
    const key = `${normOf(e)}\u0000${e.kbId ?? ''}`;
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  // an unlinked row joins the one linked row of its name
  for (const [key, list] of out) {
    if (!key.endsWith('\u0000')) continue;
    const norm = key.slice(0, -1);
    const linked = [...out.entries()].filter(([k]) => k.startsWith(`${norm}\u0000`) && !k.endsWith('\u0000'));
    if (linked.length !== 1) continue;
    linked[0]![1].push(...list);
    out.delete(key);
  }
  return [...out.values()];
}

/** The entity to show first: linked, then a full name, then the most stories, then the oldest. */
function ordered(group: readonly EntityCount[], normOf: (e: EntityCount) => string): EntityCount[] {
  const rank = (e: EntityCount) => (e.kbId ? 2 : 0) + (isFullName(normOf(e)) ? 1 : 0);
  return [...group].sort((a, b) => rank(b) - rank(a) || b.stories - a.stories || a.id - b.id);
}
