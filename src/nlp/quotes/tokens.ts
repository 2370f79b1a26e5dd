/**
 * The token view the quote finder works on: the article's tokens in one array, each marked with
 * its sentence, its paragraph, the quotation it lies in and the entity mention it belongs to;
 * and "clauses of speech": sentences joined where the splitter cut inside a quotation.
 */
import type { Entity } from '../entities/entities.js';
import type { Sentence } from '../tokenize/tokenize.js';
import { CUE_VERBS } from './lexicon.js';
import type { Quotation } from './marks.js';

/** "KABUL, Afghanistan—", "WASHINGTON (Reuters) - ", "BEIJING, March 4 (Reuters) - ", "MOSCOW —": a city in capitals, then a dash. */
export const DATELINE =
  /^\p{Lu}[\p{Lu}.'/ ]{2,}(?:,\s*\p{Lu}[\p{L}\p{N}.' ]{1,30})?\s*(?:\([^)]{1,30}\))?(?:\s*[\u2014\u2013]|\s+-{1,2})\s*/u;

/** A token of the article with what the quote finder needs to know about it. */
export interface QToken {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Index of the unit (sentence, joined across quotations) it belongs to. */
  unit: number;
  readonly para: number;
  /** Index of the quotation it lies inside (marks included), or -1. */
  readonly quote: number;
  /** Whether it is a quotation mark of that quotation. */
  readonly mark: boolean;
  /** Index of the entity whose mention covers it, or -1. */
  readonly entity: number;
  /** Index of the mention within that entity. */
  readonly mention: number;
}

/** A unit: a run of tokens `[from, to)` that reads as one sentence even when a quotation holds several. */
export interface Unit {
  readonly from: number;
  readonly to: number;
  readonly para: number;
}

export interface TokenView {
  readonly text: string;
  readonly tokens: readonly QToken[];
  readonly units: readonly Unit[];
  readonly quotations: readonly Quotation[];
  readonly entities: readonly Entity[];
  /** Paragraph spans. */
  readonly paragraphs: readonly { readonly start: number; readonly end: number }[];
  /** Quotations that name a work, a show or a term ("on “Meet the Press”", “Make America Great Again”) rather than report speech. */
  readonly titles: ReadonlySet<number>;
}

function locate<T extends { start: number; end: number }>(spans: readonly T[], at: number, from: number): number {
  let k = from;
  while (k < spans.length && spans[k]!.end <= at) k++;
  return k;
}

/**
 * Builds the token view of an article.
 *
 * @example
 * const v = buildTokenView(text, paragraphs, splitSentences(text), quotations, entities);
 * v.tokens.filter((t) => t.quote >= 0).length; // tokens inside quotations
 */
export function buildTokenView(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  sentences: readonly Sentence[],
  quotations: readonly Quotation[],
  entities: readonly Entity[],
): TokenView {
  const mentions: { start: number; end: number; entity: number; mention: number }[] = [];
  entities.forEach((e, ei) => {
    e.mentions.forEach((m, mi) => {
      mentions.push({ start: m.start, end: m.end, entity: ei, mention: mi });
    });
  });
  mentions.sort((a, b) => a.start - b.start);

  const tokens: QToken[] = [];
  const sentenceFirst: number[] = [];
  let pi = 0;
  let qi = 0;
  let mi = 0;
  for (const s of sentences) {
    sentenceFirst.push(tokens.length);
    for (const t of s.tokens) {
      pi = locate(paragraphs, t.start, pi);
      qi = locate(quotations, t.start, qi);
      mi = locate(mentions, t.start, mi);
      const q = quotations[qi];
      const inQuote = q !== undefined && q.start <= t.start && t.start < q.end;
      const isMark = inQuote && !q.pieces.some(([a, b]) => a <= t.start && t.start < b);
      const m = mentions[mi];
      // ("the Hamas-run health ministry": a name inside a compound qualifies the noun after it)
      const inMention = m !== undefined && m.start <= t.start && t.start < m.end && !(m.end < t.end && t.text[m.end - t.start] === '-');
      tokens.push({
        text: t.text,
        lower: t.text.toLowerCase(),
        start: t.start,
        end: t.end,
        unit: 0,
        para: Math.min(pi, paragraphs.length - 1),
        quote: inQuote ? qi : -1,
        mark: isMark,
        entity: inMention ? m.entity : -1,
        mention: inMention ? m.mention : -1,
      });
    }
  }
  sentenceFirst.push(tokens.length);

  // Join sentences whose boundary falls inside a quotation (a quotation of several sentences),
  // unless the quotation spans paragraphs: then each paragraph stays apart.
  const units: Unit[] = [];
  let from = 0;
  for (let k = 1; k < sentenceFirst.length; k++) {
    const cut = sentenceFirst[k]!;
    if (cut === from) continue;
    const before = tokens[cut - 1];
    const after = tokens[cut];
    const inside =
      after !== undefined &&
      before !== undefined &&
      before.quote >= 0 &&
      before.quote === after.quote &&
      before.para === after.para &&
      !(after.mark && isOpeningMark(quotations[after.quote]!, after.start));
    if (inside || (before !== undefined && after !== undefined && frameFollowsQuotation(tokens, cut, before, after))) continue;
    units.push({ from, to: cut, para: tokens[from]!.para });
    from = cut;
  }
  units.forEach((u, ui) => {
    for (let i = u.from; i < u.to; i++) tokens[i]!.unit = ui;
  });
  return { text, tokens, units, quotations, entities, paragraphs, titles: titleQuotations(text, tokens, quotations) };
}

/**
 * How the entities layer named the mention a token belongs to ("name", "role", "pronoun",
 * "description"), "name" when it did not say; undefined outside mentions.
 */
export function mentionKind(v: TokenView, i: number): string | undefined {
  const t = v.tokens[i];
  if (!t || t.entity < 0) return undefined;
  return v.entities[t.entity]!.mentions[t.mention]?.kind ?? 'name';
}

/**
 * The first token after the wire dateline that opens the paragraph of token `from` ("BELGRADE,
 * Serbia (AP) — Tens of thousands marched …"), or `from` when there is none: where the story was
 * filed is no speaker or subject.
 *
 * @example
 * // "MOSCOW (Reuters) — Russia said …" → the index of "Russia"
 * afterDateline(view, 0);
 */
export function afterDateline(v: TokenView, from: number): number {
  const T = v.tokens;
  const first = T[from];
  if (!first || v.paragraphs[first.para]?.start !== first.start) return from;
  const dateline = DATELINE.exec(v.text.slice(first.start, first.start + 80));
  if (!dateline) return from;
  const end = first.start + dateline[0].length;
  let k = from;
  while (k < T.length && T[k]!.para === first.para && T[k]!.start < end) k++;
  return k < T.length && T[k]!.para === first.para ? k : from;
}

const SMALL_WORDS = new Set('a an the of and or in on at to for with by from as is vs'.split(' '));
const TITLE_LEAD = new Set(
  'on in of the a an published titled entitled called named dubbed labeled labelled nicknamed headlined book film movie show program programme song album column op-ed slogan hashtag term phrase word words'.split(
    ' ',
  ),
);

/** Words that name what follows them, whatever its length. */
const NAMING_LEAD = new Set('published titled entitled headlined'.split(' '));

function titleQuotations(text: string, tokens: readonly QToken[], quotations: readonly Quotation[]): Set<number> {
  const titles = new Set<number>();
  let ti = 0;
  quotations.forEach((q, qi) => {
    if (q.pieces.length !== 1) return;
    const [a, b] = q.pieces[0]!;
    const inner = text.slice(a, b);
    const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    if (words.length === 0 || words.length > 14) return;
    while (ti < tokens.length && tokens[ti]!.end <= q.start) ti++;
    const before = ti > 0 ? tokens[ti - 1] : undefined;
    // (a book's title runs longer: `published "Trumped! The Inside Story of the Real Donald Trump."`)
    const led =
      before !== undefined &&
      before.quote < 0 &&
      (words.length <= 8 || NAMING_LEAD.has(before.lower)) &&
      (TITLE_LEAD.has(before.lower) || before.text === "'s" || before.text === '\u2019s');
    if (words.length > 8 && !led) return;
    const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
    const titleCase = content.length >= 2 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?]["”]?$/u.test(inner.trim());
    if (led || titleCase) titles.add(qi);
  });
  return titles;
}

function isOpeningMark(q: Quotation, at: number): boolean {
  return q.pieces.some(([a]) => at < a && a - at <= 2);
}

/** `"…?" Borger asked.`: the splitter ends a sentence at the quotation, but the frame after it belongs to it. */
function frameFollowsQuotation(tokens: readonly QToken[], cut: number, before: QToken, after: QToken): boolean {
  if (before.quote < 0 || !before.mark || after.quote >= 0 || before.para !== after.para) return false;
  // (`… said Warsaw spends more and that "the threat does not wait." His counterpart agreed.`: a
  // quotation its own sentence leads into is reported there; a frame after it starts a new sentence)
  let open = cut - 1;
  while (open > 0 && tokens[open - 1]!.quote === before.quote) open--;
  const lead = tokens[open - 1];
  if (lead && lead.para === before.para && /^(?:that|and|but|as|of|to|be|was|is|are|were|called)$/u.test(lead.lower)) return false;
  for (let k = cut, seen = 0; k < tokens.length && seen < 8; k++, seen++) {
    const t = tokens[k]!;
    if (t.para !== after.para || t.quote >= 0 || /^[.!?]$/u.test(t.text)) return false;
    if (CUE_VERBS.get(t.lower)?.cls === 'speech') return !refusedBefore(tokens, k, cut) && framesAlone(tokens, k + 1);
    // `"…?" Miller, a retired worker from a nuclear plant, said`: an apposition does not count
    if (t.text === ',' && k > cut) k = appositionEnd(tokens, k);
  }
  return false;
}

/**
 * The comma closing an apposition opened by the comma at `k` (within 15 tokens of the sentence),
 * or `k`: a description ("a retired worker", "the party's chairman") or a relative clause ("who …").
 */
function appositionEnd(tokens: readonly QToken[], k: number): number {
  if (!/^(?:a|an|the|his|her|their|its|who|whose)$/u.test(tokens[k + 1]?.lower ?? '')) return k;
  for (let j = k + 1; j < tokens.length && j <= k + 15; j++) {
    const t = tokens[j]!;
    if (t.para !== tokens[k]!.para || t.quote >= 0 || /^[.!?;]$/u.test(t.text)) return k;
    if (t.text === ',') return j;
  }
  return k;
}

/**
 * Whether the cue at `k` is one the speaker did not make: "did not immediately respond", "never
 * said", "declined to comment". After a quotation it starts a sentence of its own (`"…!" The White
 * House did not respond to a request for comment.`).
 */
function refusedBefore(tokens: readonly QToken[], k: number, floor: number): boolean {
  if (negationBefore(tokens, k, floor) >= 0) return true;
  const j = k - 1;
  return (
    tokens[j]?.lower === 'to' && j - 1 >= floor && /^(?:declined|declines|declining|refused|refuses|refusing)$/u.test(tokens[j - 1]!.lower)
  );
}

/** Auxiliaries a negation hangs on before a cue ("did not say", "has never suggested"). */
const NEGATED_AUXILIARIES = new Set('do does did has have had is are was were will would could should can may might must'.split(' '));

/**
 * The first token of a negation right before the cue at token `cue`, no further back than `floor`
 * ("did not directly criticize", "never mentioned", "doesn't believe"): the auxiliary when there is
 * one, else the negation itself; -1 when the cue is not negated.
 */
export function negationBefore(tokens: readonly QToken[], cue: number, floor: number): number {
  let k = cue - 1;
  if (k >= floor && /^(?:\p{Ll}+ly|always|actually|even|yet)$/u.test(tokens[k]!.lower)) k--;
  if (k < floor || !/^(?:not|n['\u2019]t|never)$/u.test(tokens[k]!.lower)) return -1;
  return k - 1 >= floor && NEGATED_AUXILIARIES.has(tokens[k - 1]!.lower) ? k - 1 : k;
}

/**
 * Whether the words after a cue leave it a frame of its own ("… Trump added during his appearance on
 * Fox.", "… said of Mr. Clinton, who …", "… Carson said: \"…\""), where a clause of its own after it
 * ("accused him of voting with his party \"…\"", "said that …") reports something else.
 */
function framesAlone(tokens: readonly QToken[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return /^[,:\u2014]$/u.test(tokens[k - 1]?.text ?? '');
    if (/^[.!?;,]$/u.test(t.text)) return true;
    if (t.lower === 'that' || CLAUSE_VERB.test(t.lower)) return false;
  }
  return true;
}

/** Words that make a clause: an auxiliary, or a verb's -ing form (not "during", "morning", "nothing"). */
const CLAUSE_VERB =
  /^(?:is|was|were|are|be|been|would|will|had|has|have|could|should|can|may|might|must|(?!during$|morning$|evening$|nothing$|something$|anything$|everything$|thing$|king$|spring$|ring$)\p{Ll}{2,}ing)$/u;

/** Index of the first token that starts at or after `offset` (the token count when none does). */
export function firstTokenAt(v: Pick<TokenView, 'tokens'>, offset: number): number {
  const T = v.tokens;
  let lo = 0;
  let hi = T.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (T[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
