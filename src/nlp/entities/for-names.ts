/**
 * Names that go on with "for …", which the tagger reads as two names or one and a stray word: "the
 * Trump Route for International Peace and Prosperity", "Institute for Science and International
 * Security". A name whose last word heads such names, "for", then a capitalised name: one name.
 */
import type { TokenSpan } from '../ner/labels.js';

/** Nouns that head a name going on with "for …". */
const FOR_HEADS = new Set(
  'route corridor institute center centre council committee foundation alliance coalition commission fund office movement campaign initiative agency league network society association program programme partnership forum'.split(
    ' ',
  ),
);

const CAPITALISED = /^\p{Lu}/u;

/**
 * The spans with each name that goes on with "for …" joined to what follows.
 *
 * @example
 * const words = ['the', 'Trump', 'Route', 'for', 'International', 'Peace', 'and', 'Prosperity'];
 * acrossFor(words, [{ start: 1, end: 3, type: 'LOC' }, { start: 4, end: 6, type: 'MISC' }]);
 * // [{ start: 1, end: 8, type: 'LOC' }]
 * // ("Brennan Center" read as a person, "Justice" as a body: "Brennan Center for Justice", ORG)
 */
export function acrossFor(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const last = out[out.length - 1];
    if (
      last &&
      last.end + 1 === span.start &&
      words[last.end] === 'for' &&
      FOR_HEADS.has(words[last.end - 1]!.toLowerCase()) &&
      CAPITALISED.test(words[span.start] ?? '')
    ) {
      let end = span.end;
      // ("… for International Peace and Prosperity": a capitalised word after "and" that no other name takes)
      const next = spans[i + 1];
      if (words[end] === 'and' && CAPITALISED.test(words[end + 1] ?? '') && (next?.start ?? words.length) > end + 1) end += 2;
      // (a route is a place; an institute, a centre, a fund … a body, whatever the tagger read its first part as)
      const head = words[last.end - 1]!.toLowerCase();
      out[out.length - 1] = { start: last.start, end, type: head === 'route' || head === 'corridor' ? 'LOC' : 'ORG' };
      continue;
    }
    out.push(span);
  }
  return out;
}
