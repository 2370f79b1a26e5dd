/**
 * Names inside hyphenated compounds: "London-based", "Saudi-led", "Kremlin-backed", "Cook
 * Islands-flagged Eagle S". The tagger reads such a compound as one miscellaneous name (as the
 * CoNLL convention has it); an analyst wants the place, state, body or person it names, and the
 * name after it (the ship "Eagle S") on its own.
 */
import { findCountry, lookupActors } from '../../kb/kb.js';
import type { EntityKind } from './entities.js';

/** Participles that make a name a compound adjective ("London-based", "Hamas-run"). */
const COMPOUND_PARTICIPLES =
  /^(?:based|led|flagged|backed|owned|registered|funded|born|made|controlled|held|run|brokered|sponsored|linked|allied|aligned|affiliated|installed|annexed|occupied|leaning|friendly)$/i;

/** A name found inside a tagged span: its character offsets, words and kind. */
export interface CompoundPart {
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  readonly kind: EntityKind;
}

/**
 * The kind of name the part before the hyphen is, as the knowledge base knows it, and the words
 * to name it by ("Saudi" names Saudi Arabia); null when it knows none.
 */
function prefixKind(name: string, demonyms: ReadonlyMap<string, string>): { kind: EntityKind; words?: string[] } | null {
  if (demonyms.has(name.toLowerCase())) return { kind: 'NORP' };
  const country = findCountry(name);
  if (country) return { kind: 'GPE', words: country.name.split(' ') };
  const found = lookupActors(name);
  if (found.length === 0) return null;
  const kind = found[0]!.kind;
  if (kind === 'place' || kind === 'country') return { kind: 'GPE' };
  if (kind === 'person') return { kind: 'PERSON' };
  return { kind: 'ORG' };
}

/**
 * Splits a tagged span whose words hold a compound ("Cook Islands-flagged Eagle S") into the name
 * before the hyphen, when the knowledge base knows it, and the words after the compound, kept as
 * `kind`. `offsets` are the words' character offsets; null when the span holds no such compound.
 *
 * @example
 * compoundParts(['London-based'], [[2, 14]], 'MISC', demonyms());
 * // [{ start: 2, end: 8, words: ['London'], kind: 'GPE' }]
 * compoundParts(['Saudi-led'], [[4, 13]], 'MISC', demonyms());
 * // [{ start: 4, end: 9, words: ['Saudi', 'Arabia'], kind: 'GPE' }]
 */
export function compoundParts(
  words: readonly string[],
  offsets: readonly (readonly [number, number])[],
  kind: EntityKind,
  demonyms: ReadonlyMap<string, string>,
): CompoundPart[] | null {
  const j = words.findIndex((w) => {
    const dash = w.lastIndexOf('-');
    return dash > 0 && COMPOUND_PARTICIPLES.test(w.slice(dash + 1));
  });
  if (j < 0) return null;
  const dash = words[j]!.lastIndexOf('-');
  const before = [...words.slice(0, j), words[j]!.slice(0, dash)];
  const out: CompoundPart[] = [];
  const prefix = prefixKind(before.join(' '), demonyms);
  if (prefix) out.push({ start: offsets[0]![0], end: offsets[j]![0] + dash, words: prefix.words ?? before, kind: prefix.kind });
  if (j + 1 < words.length) out.push({ start: offsets[j + 1]![0], end: offsets[words.length - 1]![1], words: words.slice(j + 1), kind });
  return out;
}
