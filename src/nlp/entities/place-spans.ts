import type { TokenSpan } from '../ner/labels.js';

/** Lower-case words inside place names: "Dar es Salaam", "Rio de Janeiro", "Port of Spain". */
const PLACE_PARTICLES = new Set(['es', 'de', 'do', 'da', 'del', 'dos', 'di', 'of', 'al', 'el', 'la', 'le', 'sur', 'am', 'an', 'upon']);

/**
 * A sentence's spans with a place the tagger split at a lower-case particle made whole ("Dar" and
 * "Salaam" of "Dar es Salaam"), where `isPlace` knows the whole name; the parts may be tagged as
 * places or names of any kind, or one of them left untagged when it is capitalised.
 *
 * @example
 * const words = ['in', 'Dar', 'es', 'Salaam', 'today'];
 * acrossPlaceParticles(words, [{ start: 1, end: 2, type: 'LOC' }, { start: 3, end: 4, type: 'LOC' }], (w) => w.join(' ') === 'Dar es Salaam');
 * // [{ start: 1, end: 4, type: 'LOC' }]
 */
export function acrossPlaceParticles(
  words: readonly string[],
  spans: readonly TokenSpan[],
  isPlace: (words: readonly string[]) => boolean,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end + 1 === span.start &&
      PLACE_PARTICLES.has(words[last.end]!) &&
      (last.type === 'LOC' || span.type === 'LOC') &&
      isPlace(words.slice(last.start, span.end))
    ) {
      out[out.length - 1] = { start: last.start, end: span.end, type: 'LOC' };
      continue;
    }
    out.push(span);
  }
  return out;
}
