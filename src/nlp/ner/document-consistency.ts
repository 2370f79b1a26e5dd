/**
 * Types made consistent across one document, after each sentence is tagged: what the document
 * says clearly in one place ("Barack Obama", "Blockstack PBC") settles the type of the same name
 * where the tagger, reading one sentence, guessed otherwise ("the Obama administration",
 * "Blockstack plans to").
 */
import type { NameKnowledge } from './conventional-names.js';
import type { TokenSpan } from './labels.js';

/** Last words of a company's legal name ("Ted Baker Plc", "Rakuten Inc"), lower-cased; entity resolution reads them too. */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  'plc',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'limited',
  'corp',
  'corp.',
  'corporation',
  'incorporated',
  'co',
  'co.',
  'llc',
  'group',
  'holdings',
  'ag',
  'sa',
  'nv',
  'se',
  'spa',
  'gmbh',
  'asa',
  'ab',
  'oyj',
  'bhd',
  'tbk',
  'pbc',
]);

/**
 * Last words (lower-cased) of the names of laws, bills, programmes, treaties and events, which
 * CoNLL's training text tags MISC ("Clean Air Act", "Venice Film Festival", "Hong Kong Open").
 */
const MISC_ENDINGS: ReadonlySet<string> = new Set(
  (
    'act bill programme program agreement accord accords protocol treaty ' +
    'festival championship championships cup classic tournament marathon prize trophy olympics open fair expo'
  ).split(' '),
);
const ACRONYM = /^\p{Lu}[\p{L}]*\p{Lu}s?$/u;

/** Whether the span names a law, programme, treaty or event ("Internal Market Bill"; "Penn Treaty" is too short to tell). */
function miscName(tokens: readonly string[], span: TokenSpan, lastLower = tokens[span.end - 1]!.toLowerCase()): boolean {
  const length = span.end - span.start;
  if (length < 2 || !MISC_ENDINGS.has(lastLower) || !/^\p{Lu}/u.test(tokens[span.end - 1]!)) return false;
  return length >= 3 || lastLower !== 'treaty';
}

/** Words after a person's name that make an office of it ("Biden Administration"), lower-cased. */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['administration', 'government', 'campaign', 'camp']);

const LETTERS = /^\p{L}+$/u;

/** Whether every word of letters in the span is in capitals, and there are two or more ("ROCHELLE WALENSKY"). */
function capitalsName(tokens: readonly string[], span: TokenSpan): boolean {
  let words = 0;
  for (let i = span.start; i < span.end; i++) {
    const t = tokens[i]!;
    if (!LETTERS.test(t)) continue;
    if (t.length < 2 || t !== t.toUpperCase()) return false;
    words++;
  }
  return words >= 2;
}

function text(tokens: readonly string[], span: TokenSpan, from = span.start, to = span.end): string {
  return tokens.slice(from, to).join(' ').toLowerCase();
}

/**
 * Retypes, within one document:
 * - as a person, a one-word name that is the surname of a person the document names in full
 *   with a known given name ("Barack Obama" … "the Obama administration"), and a name in capitals
 *   whose last word is a person's surname elsewhere ("ROCHELLE WALENSKY" … "Walensky said");
 * - as an organisation, a name that the document also gives with a company ending ("Blockstack
 *   PBC" … "Blockstack plans"), unless it names a people or faith ("Islamic Group");
 * - as MISC, the name of a law, programme, treaty or event ("Internal Market Bill", "Firefly Music
 *   Festival"), as CoNLL's training text tags them, and the acronym given for it in brackets
 *   wherever it recurs
 *   ("Pandemic Emergency Purchase Programme ( PEPP )" … "PEPP").
 * A company name wins over a surname ("Ted Baker Plc" … "Ted Baker"). Spans keep their bounds,
 * but for a person's name with an office after it ("the Biden Administration" gives the person
 * "Biden", as CoNLL leaves the office out).
 *
 * @example
 * const doc = [['Barack', 'Obama', 'spoke'], ['The', 'Obama', 'administration']];
 * const spans = [[{ start: 0, end: 2, type: 'PER' }], [{ start: 1, end: 2, type: 'ORG' }]];
 * withConsistentTypes(doc, spans, knowledge);
 * // [[{ start: 0, end: 2, type: 'PER' }], [{ start: 1, end: 2, type: 'PER' }]]
 */
export function withConsistentTypes(sentences: readonly (readonly string[])[], spans: TokenSpan[][], knows: NameKnowledge): TokenSpan[][] {
  const surnames = new Set<string>(); // of people named with a known given name
  const personWords = new Set<string>(); // last words of people's names not in capitals
  const companies = new Set<string>(); // names given with a company ending, without it
  const miscAcronyms = new Set<string>(); // "PEPP" of "Pandemic Emergency Purchase Programme ( PEPP )"
  let miscNames = false;
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s]!;
    for (const span of spans[s]!) {
      if (miscName(tokens, span)) {
        miscNames = true;
        const acronym = tokens[span.end + 1];
        if (tokens[span.end] === '(' && tokens[span.end + 2] === ')' && acronym !== undefined && ACRONYM.test(acronym))
          miscAcronyms.add(acronym);
        continue;
      }
      const last = tokens[span.end - 1]!;
      const lastLower = last.toLowerCase();
      if (span.type === 'PER') {
        if (last !== last.toUpperCase()) personWords.add(lastLower);
        if (span.end - span.start >= 2 && knows.isFirstName(tokens[span.start]!.toLowerCase())) surnames.add(lastLower);
      } else if (span.type === 'ORG' && span.end - span.start >= 2 && COMPANY_ENDINGS.has(lastLower)) {
        const name = text(tokens, span, span.start, span.end - 1);
        if (!knows.isNationality(name)) companies.add(name);
      }
    }
  }
  if (!miscNames && surnames.size === 0 && personWords.size === 0 && companies.size === 0) return spans;
  // last words of the company names without their endings: a span ending otherwise is no such name
  const companyEnds = new Set<string>();
  for (const name of companies) companyEnds.add(name.slice(name.lastIndexOf(' ') + 1));
  let out: TokenSpan[][] | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s]!;
    const list = spans[s]!;
    for (let k = 0; k < list.length; k++) {
      const span = list[k]!;
      let type = span.type;
      const last = tokens[span.end - 1]!.toLowerCase();
      if (miscNames && (miscName(tokens, span, last) || (span.end - span.start === 1 && miscAcronyms.has(tokens[span.start]!))))
        type = 'MISC';
      else if (companyEnds.has(last) && companies.has(text(tokens, span))) type = 'ORG';
      else if (
        span.end - span.start === 1 ? surnames.has(last) : (surnames.has(last) || personWords.has(last)) && capitalsName(tokens, span)
      ) {
        type = 'PER';
      }
      let end = span.end;
      // "the Biden Administration": the person, without the office that bears the name
      if (type === 'ORG' && end - span.start >= 2 && OFFICE_WORDS.has(last) && personWords.has(tokens[end - 2]!.toLowerCase())) {
        type = 'PER';
        end--;
      }
      if (type === span.type) continue;
      out ??= spans.slice();
      if (out[s] === list) out[s] = list.slice();
      out[s]![k] = { start: span.start, end, type };
    }
  }
  return out ?? spans;
}
