/**
 * A learned check on the rules' attributions: boosted trees over what the frame looks like (cue,
 * speaker, where the content stands, how long it is) estimate how likely an attribution is one
 * a careful annotator would mark, and the unlikely ones are dropped. Trained by
 * `scripts/quotes/train-filter.ts`; the model lives in `models/quotes/filter.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Gbdt, type GbdtJson } from '../../ml/gbdt.js';
import { citedByRelay, type RawAttribution } from './attribute.js';
import { CLAUSE_JOINERS, CUE_VERBS, DETERMINERS, SUBJECT_PRONOUNS } from './lexicon.js';
import { plainWordsTo } from './phrases.js';
import { afterDateline, firstTokenAt, type TokenView } from './tokens.js';

/** Lemmas common enough to get a feature value of their own; the rest share one by cue class. */
const LEMMAS = (
  'say tell add write ask according:to call note argue explain suggest warn claim report show find believe think want ' +
  'know continue describe accuse announce insist acknowledge declare urge predict promise praise criticize support oppose ' +
  'endorse reveal confirm deny tweet respond reply recall hope expect fear quote : point state propose admit cite defend ' +
  'blame attack dismiss reject question conclude indicate estimate feel see consider mention complain stress emphasize'
).split(' ');
const LEMMA_ID = new Map(LEMMAS.map((l, i) => [l.replace(':', ' '), i + 1]));
const CLASS_ID: Record<string, number> = { speech: 1, belief: 2, report: 3, stance: 4 };

export const FILTER_FEATURES = [
  'type',
  'how',
  'carried',
  'noCue',
  'cueKind',
  'cueClass',
  'lemma',
  'cueForm',
  'speakerKind',
  'speakerEntity',
  'speakerTokens',
  'speakerAfterCue',
  'contentChars',
  'contentWords',
  'pieces',
  'quotations',
  'quotedShare',
  'contentAfterCue',
  'gapTokens',
  'nextIsThat',
  'nextIsPronoun',
  'nextIsDeterminer',
  'nextIsCapital',
  'nextIsTo',
  'prevIsComma',
  'prevIsQuote',
  'unitTokens',
  'unitQuoted',
  'paragraph',
  'cueAtUnitStart',
  'contentReachesUnitEnd',
] as const;

/** The feature row of one attribution (in {@link FILTER_FEATURES} order). */
export function attributionFeatures(v: TokenView, a: RawAttribution): number[] {
  const T = v.tokens;
  const text = v.text;
  const start = a.pieces[0]![0];
  const end = a.pieces[a.pieces.length - 1]![1];
  const contentChars = a.pieces.reduce((n, [s, e]) => n + e - s, 0);
  const contentWords = a.pieces.reduce((n, [s, e]) => n + (text.slice(s, e).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  let quoted = 0;
  for (const q of a.quotations) for (const [s, e] of v.quotations[q]!.pieces) quoted += Math.max(0, Math.min(e, end) - Math.max(s, start));
  const cue = a.cue;
  const cueTok = cue ? T[cue[0]]! : null;
  const lastCue = cue ? T[cue[1] - 1]! : null;
  const unit = v.units[a.unit]!;
  let unitQuoted = 0;
  for (let i = unit.from; i < unit.to; i++) if (T[i]!.quote >= 0) unitQuoted++;
  const next = cue ? T[cue[1]] : undefined;
  const prev = cue ? T[cue[0] - 1] : undefined;
  const entry = cueTok ? CUE_VERBS.get(cueTok.lower) : undefined;
  const lemma = cueTok ? (cueTok.lower === 'according' ? 'according to' : cueTok.text === ':' ? ':' : (entry?.lemma ?? cueTok.lower)) : '';
  const cueKind = !cueTok ? 0 : cueTok.lower === 'according' ? 2 : cueTok.text === ':' ? 3 : cueTok.lower === 'as' ? 4 : 1;
  const form = !cueTok
    ? 0
    : /ing$/u.test(cueTok.lower)
      ? 1
      : /ed$/u.test(cueTok.lower) || cueTok.lower === 'said' || cueTok.lower === 'told'
        ? 2
        : /s$/u.test(cueTok.lower)
          ? 3
          : 4;
  const sp = a.speaker;
  const speakerKind = !sp ? 0 : sp.kind === 'pronoun' ? 1 : sp.kind === 'name' ? 2 : 3;
  let speakerEntity = 0;
  if (sp) {
    for (let i = sp.from; i < sp.to; i++) {
      const e = T[i]!.entity;
      if (e >= 0) speakerEntity = Math.max(speakerEntity, v.entities[e]!.type === 'PERSON' ? 2 : 1);
    }
  }
  const cueStart = cueTok ? cueTok.start : start;
  const cueEnd = lastCue ? lastCue.end : start;
  const after = start >= cueEnd;
  const gap = after ? countTokensBetween(v, cueEnd, start) : countTokensBetween(v, end, cueStart);
  return [
    a.type === 'direct' ? 0 : a.type === 'mixed' ? 1 : 2,
    a.how === 'before' ? 0 : a.how === 'after' ? 1 : 2,
    a.carried ? 1 : 0,
    cue ? 0 : 1,
    cueKind,
    entry ? (CLASS_ID[entry.cls] ?? 0) : 0,
    LEMMA_ID.get(lemma) ?? (entry ? 100 + (CLASS_ID[entry.cls] ?? 0) : 0),
    form,
    speakerKind,
    speakerEntity,
    sp ? sp.to - sp.from : 0,
    sp && cue ? (sp.from >= cue[1] ? 1 : 0) : -1,
    contentChars,
    contentWords,
    a.pieces.length,
    a.quotations.length,
    contentChars > 0 ? quoted / contentChars : 0,
    after ? 1 : 0,
    gap,
    next?.lower === 'that' ? 1 : 0,
    next && SUBJECT_PRONOUNS.has(next.lower) ? 1 : 0,
    next && DETERMINERS.has(next.lower) ? 1 : 0,
    next && /^\p{Lu}/u.test(next.text) ? 1 : 0,
    next?.lower === 'to' ? 1 : 0,
    prev?.text === ',' ? 1 : 0,
    prev && prev.quote >= 0 ? 1 : 0,
    unit.to - unit.from,
    unit.to > unit.from ? unitQuoted / (unit.to - unit.from) : 0,
    Math.min(T[unit.from]!.para, 30),
    cue && cue[0] === unit.from ? 1 : 0,
    end >= T[unit.to - 1]!.start ? 1 : 0,
  ];
}

function countTokensBetween(v: TokenView, from: number, to: number): number {
  if (to <= from) return 0;
  return firstTokenAt(v, to) - firstTokenAt(v, from);
}

const MODEL_URL = new URL('../../../models/quotes/filter.json', import.meta.url);

interface FilterFile {
  readonly model: GbdtJson;
  /** Attributions scoring below this are dropped. */
  readonly threshold: number;
}

let loaded: { gbdt: Gbdt; threshold: number } | null | undefined;

/** Words of the day an utterance was made on, between "said" and what was said ("on Tuesday", "late on Sunday"). */
const SAID_WHEN = /^(?:on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|morning|evening)$/u;

/** The shipped filter, or null when the model file is absent (the rules alone then decide). */
export function attributionFilter(): { gbdt: Gbdt; threshold: number } | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(MODEL_URL)) {
    loaded = null;
    return loaded;
  }
  const file = JSON.parse(readFileSync(MODEL_URL, 'utf8')) as FilterFile;
  const names = file.model.features.join(',');
  if (names !== FILTER_FEATURES.join(',')) throw new Error(`models/quotes/filter.json was trained on other features (${names})`);
  loaded = { gbdt: new Gbdt(file.model), threshold: file.threshold };
  return loaded;
}

/** Auxiliaries, which cannot open a clause that has its subject ("that would be their reaction"). */
const AUXILIARIES = new Set('would will could can should may might must is was are were has have had'.split(' '));

/** Cues whose reported clause may follow with no "that" ("said the talks had stalled", "denied the jets had strayed"). */
const CLAUSE_CUES = new Set(['say', 'deny', 'insist', 'warn', 'claim', 'confirm', 'announce', 'acknowledge', 'admit']);

/** Documents whose findings are reported: "the poll found", "records show". */
const FINDING_DOCUMENTS =
  /^(?:polls?|surveys?|stud(?:y|ies)|reports?|records|data|analysis|audit|review|investigation|figures|statistics)$/u;

/**
 * Keeps the attributions the filter finds likely enough.
 *
 * @example
 * const kept = filterAttributions(view, attribute(view));
 */
export function filterAttributions(v: TokenView, atts: readonly RawAttribution[]): RawAttribution[] {
  const f = attributionFilter();
  if (!f || atts.length === 0) return [...atts];
  const F = FILTER_FEATURES.length;
  const x = new Float32Array(atts.length * F);
  atts.forEach((a, i) => {
    x.set(attributionFeatures(v, a), i * F);
  });
  // "According to X, …" opening a sentence of reported words names its source in so many words:
  // the frame alone decides
  const according = (a: RawAttribution) =>
    a.cue !== null && a.type === 'indirect' && v.tokens[a.cue[0]]!.lower === 'according' && v.units[a.unit]!.from === a.cue[0];
  /** How many words the text has between two offsets. */
  const wordsIn = (s: number, e: number) => v.text.slice(s, e).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  /** The lemma of an attribution's cue verb ("said" → "say"). */
  const cueLemma = (a: RawAttribution) => (a.cue ? CUE_VERBS.get(v.tokens[a.cue[0]]!.lower)?.lemma : undefined);
  // ("Spain said it would not meet the goal", "An army unit said on Tuesday it had taken power": a
  // pronoun and an auxiliary right after "said", or after the day, open a clause as "that" does)
  // ("Russia's defence ministry denied the jets had strayed from their route": a short subject of its
  // own and an auxiliary after "said", "denied", "insisted" or "warned" do too)
  const saidClause = (cue: readonly [number, number], lemma: string | undefined, content: number) => {
    if (lemma === undefined || !CLAUSE_CUES.has(lemma)) return false;
    for (let k = cue[1]; k < content; k++) if (!SAID_WHEN.test(v.tokens[k]!.lower)) return false;
    if (/^(?:he|she|it|they|we)$/u.test(v.tokens[content]!.lower))
      return lemma === 'say' && AUXILIARIES.has(v.tokens[content + 1]?.lower ?? '');
    // (a finite verb: not "to hear Trump say the country is …", "Trump admitting the plan had …")
    const verb = v.tokens[cue[0]]!.lower;
    if (verb === lemma || verb.endsWith('ing') || !DETERMINERS.has(v.tokens[content]!.lower)) return false;
    // (the subject's plain words, then its auxiliary)
    const end = plainWordsTo(v, content + 1, Math.min(v.tokens.length, content + 5));
    for (let k = content + 1; k < end; k++) if (AUXILIARIES.has(v.tokens[k]!.lower)) return k > content + 1;
    return false;
  };
  // "Georgia's opposition said on Sunday that …", "… told reporters in Washington that …", "Araghchi
  // wrote on X that …": a named speaker, "say", "tell" or "write" and "that" leave no doubt either
  const saidThat = (a: RawAttribution) => {
    if (!a.cue || !a.speaker || a.speaker.to > a.cue[0] || (a.speaker.kind !== 'name' && a.speaker.kind !== 'role')) return false;
    const lemma = cueLemma(a);
    const [s, e] = a.pieces[0]!;
    if (wordsIn(s, e) < 5) return false;
    const content = firstTokenAt(v, s);
    if (saidClause(a.cue, lemma, content)) return true;
    // (a role's report passes by its clause alone)
    if (a.speaker.kind !== 'name') return false;
    // ("told reporters in Washington that …": whom they told, and where, may stand between)
    if (lemma !== 'say' && lemma !== 'tell' && lemma !== 'write') return false;
    // ("said in a speech at her swearing-in that …": where it was said may stand between too)
    const where = /^(?:in|at|on|during)$/u.test(v.tokens[a.cue[1]]?.lower ?? '');
    // ("told a regular news briefing on Thursday that …": the audience, then when)
    const gap = where ? 10 : lemma === 'tell' ? 8 : 4;
    if (content <= a.cue[1] || content - a.cue[1] > gap || v.tokens[content - 1]!.lower !== 'that') return false;
    // a clause with a subject of its own ("that the two men", "that would be their reaction" are not)
    return !AUXILIARIES.has(v.tokens[content]!.lower);
  };
  // "…, Peskov told reporters, according to the Interfax news agency.": a named speaker and the outlet
  // relaying them; "…, the Post reported, citing another anonymous source.": the outlet and whom it cites
  const relayed = (a: RawAttribution) =>
    a.via !== null &&
    a.speaker !== null &&
    a.cue !== null &&
    ((a.speaker.kind === 'name' && a.speaker.to <= a.cue[0]) || citedByRelay(v, a));
  // "…, according to Japanese media, and state broadcaster CCTV said …": the source closes its own
  // clause before the next one opens
  const closingAccording = (a: RawAttribution) => {
    if (!a.cue || !a.speaker || a.type !== 'indirect' || v.tokens[a.cue[0]]!.lower !== 'according') return false;
    const after = v.tokens[a.speaker.to];
    return (
      a.pieces[0]![1] <= v.tokens[a.cue[0]]!.start && after?.text === ',' && CLAUSE_JOINERS.test(v.tokens[a.speaker.to + 1]?.lower ?? '')
    );
  };
  // "Sanders's appeal was greatest among younger voters, according to exit polls reported by CNN.",
  // "The talks had stalled, according to two people familiar with the matter.": a clause of three
  // words or more that opens its sentence, and the source that closes it
  const accordingLast = (a: RawAttribution) => {
    if (!a.cue || !a.speaker || a.type !== 'indirect' || v.tokens[a.cue[0]]!.lower !== 'according' || a.pieces.length !== 1) return false;
    const [s, e] = a.pieces[0]!;
    if (e > v.tokens[a.cue[0]]!.start || v.tokens[a.cue[0] - 1]?.text !== ',') return false;
    if (wordsIn(s, e) < 3) return false;
    return afterDateline(v, v.units[a.unit]!.from) === firstTokenAt(v, s);
  };
  // "The most recent poll shows Cruz has fallen to 27 percent.", "…, the poll found.": what a poll, a
  // study or records show or find, in a clause of five words or more
  const documentFinds = (a: RawAttribution) => {
    if (!a.cue || !a.speaker || a.type !== 'indirect' || a.pieces.length !== 1) return false;
    const lemma = cueLemma(a);
    if (lemma !== 'show' && lemma !== 'find') return false;
    // ("data from the customs office showed": the document before whose it is)
    let h = a.speaker.from;
    while (h < a.speaker.to - 1 && !/^(?:from|of|by|in)$/u.test(v.tokens[h + 1]!.lower)) h++;
    if (!FINDING_DOCUMENTS.test(v.tokens[h]!.lower)) return false;
    const [s, e] = a.pieces[0]!;
    return wordsIn(s, e) >= 5;
  };
  // `"It's a good day," a senior U.S. official told reporters on condition of anonymity, …`: a
  // quotation that opens its sentence, closed by a comma, and the speaker with "said" or "told" right after it
  const quotedThenSaid = (a: RawAttribution) => {
    if (a.type !== 'direct' || a.how !== 'before' || !a.cue || !a.speaker || a.speaker.to > a.cue[0]) return false;
    const lemma = cueLemma(a);
    if (lemma !== 'say' && lemma !== 'tell') return false;
    const q = v.quotations[a.quotations[0] ?? -1];
    if (!q || !/,\s*["\u201d]$/u.test(v.text.slice(q.end - 3, q.end))) return false;
    // (the quotation opens its sentence: not `… will take time to "cool off," Kunin said`)
    return firstTokenAt(v, q.start) === v.units[a.unit]!.from && firstTokenAt(v, q.end) === a.speaker.from;
  };
  // "Russia will respond to any aggression, Dmitry Medvedev, the deputy chairman of the Security
  // Council, wrote on Telegram.": a clause of five words or more, then a named speaker with "said" or
  // "wrote" and the sentence's end
  const saidAfter = (a: RawAttribution) => {
    if (a.type !== 'indirect' || a.how !== 'clause' || !a.cue || a.speaker?.kind !== 'name') return false;
    const lemma = cueLemma(a);
    if (lemma !== 'say' && lemma !== 'write') return false;
    const [s, e] = a.pieces[0]!;
    const words = v.text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (a.pieces.length !== 1 || e > v.tokens[a.speaker.from]!.start || words.length < 5) return false;
    // (a clause, not a phrase about where: "In the text accompanying the video post, Wallnau wrote")
    if (/^(?:in|on|at|after|before|during|from|with|for|to|by|of|as|since|under|over|through)$/iu.test(words[0]!)) return false;
    const unit = v.units[a.unit]!;
    for (let k = a.cue[1]; k < unit.to; k++) {
      const t = v.tokens[k]!;
      if (t.quote >= 0 || t.lower === 'that' || t.text === ',') return false;
    }
    return true;
  };
  return atts.filter(
    (a, i) =>
      according(a) ||
      saidAfter(a) ||
      saidThat(a) ||
      relayed(a) ||
      closingAccording(a) ||
      accordingLast(a) ||
      documentFinds(a) ||
      quotedThenSaid(a) ||
      1 / (1 + Math.exp(-f.gbdt.margin(x, i))) >= f.threshold,
  );
}
