/**
 * The entity type that a word's embedding suggests (`models/ner/word-types.tsv`, made by
 * `npm run train:ner`), for code outside the tagger that asks whether a line reads as a person's
 * name. Loaded on first use, about 4 MB.
 */
import { readFileSync } from 'node:fs';
import { parseWordTypes, type WordTable } from './lexicon.js';

const WORD_TYPES_URL = new URL('../../../models/ner/word-types.tsv', import.meta.url);
let table: WordTable | null | undefined;

/** The shipped word-type table, read once per thread and shared by the tagger and these helpers; null when missing. */
export function shippedWordTypes(): WordTable | null {
  if (table === undefined) {
    try {
      table = parseWordTypes(readFileSync(WORD_TYPES_URL, 'utf8'));
    } catch {
      table = null;
    }
  }
  return table;
}

/** The suggested type of a word and how sure the suggestion is (1-3), or null for a word the table lacks. */
export function wordTypePrior(word: string): { type: string; confidence: number } | null {
  const value = shippedWordTypes()?.get(word.toLowerCase());
  if (value === undefined) return null;
  const tab = value.indexOf('\t');
  return { type: value.slice(0, tab), confidence: Number(value.slice(tab + 1)) };
}

/**
 * The type the table gives a word when it is at least `confidence` sure of it (a closing period or
 * apostrophe left out), else null.
 *
 * @example
 * sureTypeOf('Susan'); // 'PER'
 * sureTypeOf('Controller'); // null: the table takes it for a person's, but only weakly
 */
export function sureTypeOf(word: string, confidence = 2): string | null {
  const prior = wordTypePrior(word.replace(/[.'’]+$/u, ''));
  return prior !== null && prior.confidence >= confidence ? prior.type : null;
}

/**
 * Whether every word of a short line reads as part of a person's name: at least one word that the
 * embeddings take for a person, and none that they take firmly for something else ("Papa Says"
 * passes, "Other Sports" and "The Arizona Republic" do not).
 *
 * @example
 * readsAsPersonName('Spencer McIntyre'); // true
 * readsAsPersonName('CanWest News Service'); // false
 */
export function readsAsPersonName(line: string): boolean {
  let person = false;
  for (const word of line.split(/\s+/)) {
    const prior = wordTypePrior(word.replace(/[.'’]+$/u, ''));
    if (prior === null) continue;
    if (prior.type === 'PER') person = true;
    else if (prior.confidence >= 2) return false;
  }
  return person;
}
