/**
 * Parties whose names the tagger breaks apart ("Law and Justice" read as "Justice", "Brothers of
 * Italy" as "Italy", "Servant of the People" as nothing): the knowledge base's party names of
 * several words, found in capitalised runs of a sentence, become one organisation mention in place of
 * the tagger's pieces, when the article names the party's country.
 */
import { findCountry, kbKey, lookupActors, partyNames } from '../../kb/kb.js';
import type { Sentence } from '../tokenize/tokenize.js';
import type { RawMention } from './resolve.js';

/** Words a party's name may hold in lower case between its capitalised words. */
const NAME_JOINERS = new Set(['of', 'and', 'for', 'the', 'in', 'de', 'di', 'du', 'la', 'i', 'e']);

/** Where a mention lies: its sentence and token range. */
export interface MentionPlace {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** The countries the tagger's places and nationalities name (ISO 3166 alpha-3). */
function countriesOf(mentions: readonly RawMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'GPE' && m.kind !== 'LOC' && m.kind !== 'NORP') continue;
    const place = lookupActors(m.text).find((a) => a.kind === 'place');
    const code = findCountry(m.text)?.iso3 ?? (place?.code ?? place?.codes.at(-1)?.code)?.slice(0, 3);
    if (code) out.add(code);
  }
  return out;
}

/**
 * Replaces the tagger's mentions inside each party name of several words the sentences hold by one
 * organisation mention of the whole name; `where` (mention start → place) is kept in step.
 *
 * @example
 * // "Law and Justice lost the vote in Warsaw." → [ORG "Law and Justice", GPE "Warsaw"]
 */
export function wholePartyNames(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RawMention[],
  where: Map<number, MentionPlace>,
): RawMention[] {
  let countries: Set<string> | null = null;
  const found: { start: number; end: number; place: MentionPlace }[] = [];
  const { keys, firstWords } = partyNames();
  sentences.forEach((s, k) => {
    const T = s.tokens;
    for (let i = 0; i < T.length; i++) {
      const first = T[i]!.text;
      if (!/^\p{Lu}/u.test(first)) continue;
      const up = first.toUpperCase();
      if (!firstWords.has(up) && (/^[\x00-\x7f]*$/u.test(first) || !firstWords.has(kbKey(first)))) continue;
      // the longest run of capitalised words and joiners from here that is a party's name
      let best = -1;
      for (let j = i + 1; j < T.length && j < i + 7; j++) {
        const w = T[j]!.text;
        if (!/^\p{Lu}/u.test(w) && !NAME_JOINERS.has(w)) break;
        if (!/^\p{Lu}/u.test(w)) continue;
        const key = kbKey(text.slice(T[i]!.start, T[j]!.end));
        if (!keys.has(key)) continue;
        countries ??= countriesOf(mentions);
        const known = countries;
        if (lookupActors(key).some((a) => a.kind === 'party' && a.code !== undefined && known.has(a.code))) best = j;
      }
      if (best < 0) continue;
      const start = T[i]!.start;
      const end = T[best]!.end;
      // ("Iowa Democratic Party": a body of the party the tagger read whole stays whole; "Christian
      // Democrats and Social Democrats", two parties it ran together, is split)
      const within = mentions.some((m) => m.start <= start && m.end >= end && m.end - m.start > end - start && !/\sand\s/u.test(m.text));
      if (within) continue;
      found.push({ start, end, place: { sentence: k, start: i, end: best + 1 } });
      i = best;
    }
  });
  if (found.length === 0) return [...mentions];
  const out = mentions.filter((m) => !found.some((f) => m.start < f.end && f.start < m.end));
  for (const f of found) {
    const s = sentences[f.place.sentence]!;
    const tokens = s.tokens.slice(f.place.start, f.place.end).map((t) => t.text);
    const next = s.tokens.slice(f.place.end, f.place.end + 2).map((t) => t.text.toLowerCase());
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), tokens, kind: 'ORG', next });
    where.set(f.start, f.place);
  }
  return out.sort((a, b) => a.start - b.start);
}
