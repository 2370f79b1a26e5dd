/**
 * Attribution: finds the cues of reported speech (reporting verbs, "according to", "quoted … as
 * saying", a name and a colon), then for each cue its speaker and its content — an adjacent
 * quotation (direct), or the clause the cue governs (indirect, or mixed when it holds quotation
 * marks). Quotations broken by "he said" and quotations that go on after the frame are joined
 * into one attribution with several pieces.
 */

import { findOutlet, wholeOutlet } from '../sources/outlets.js';
import {
  CARRIED,
  CLAIM_NOUNS,
  CLAUSE_JOINERS,
  CUE_VERBS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  OUTLET_NOUNS,
  PEOPLE_QUANTIFIERS,
  POSSESSIVE_PRONOUNS,
  QUOTE_ONLY,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
  TIME_WORD,
  timeWord,
  WEEKDAYS,
} from './lexicon.js';
import type { Piece } from './marks.js';
import {
  modifiesNoun,
  type Phrase,
  phraseAfter,
  phraseBefore,
  plainWordsTo,
  shareOfPeople,
  skipLeftFillers,
  withNameAfter,
} from './phrases.js';
import { afterDateline, firstTokenAt, type QToken, type TokenView } from './tokens.js';

export type QuoteType = 'direct' | 'indirect' | 'mixed';

/** An attribution before speaker resolution: token ranges and character pieces. */
export interface RawAttribution {
  pieces: Piece[];
  type: QuoteType;
  /** Cue tokens `[from, to)`; for a borrowed cue (a quotation continuing another's) the other's cue; null for none. */
  cue: readonly [number, number] | null;
  speaker: Phrase | null;
  via: Phrase | null;
  /** Quotations whose text this attribution reports. */
  quotations: number[];
  /** How the speaker was found: in the frame, or carried from a neighbouring attribution. */
  carried: boolean;
  /** Where the content stands to the frame: a quotation before it, one after it, or a clause. */
  how: 'before' | 'after' | 'clause';
  /** The unit of the cue. */
  unit: number;
}

type CueKind = 'verb' | 'according' | 'quoted' | 'colon';

interface Cue {
  readonly kind: CueKind;
  readonly from: number;
  readonly to: number;
  readonly lemma: string;
  readonly cls: string;
}

/** Conjunctions that open a clause about when, why or despite what. */
const SUBORDINATORS = /^(?:as|when|while|after|before|if|because|although|though|since|once|until|unless|whereas)$/u;

/** Cues whose past participle often describes what was agreed or put forward ("the truce agreed in Busan"). */
const THING_PARTICIPLES = new Set([
  'agree',
  'announce',
  'propose',
  'unveil',
  'outline',
  'endorse',
  'support',
  'demand',
  'promise',
  'report',
]);

/** Envoys and forces a state calls home ("recalled its ambassador"). */
const ENVOYS = /^(?:ambassadors?|envoys?|diplomats?|consuls?|troops|forces|staff)$/u;

/** Cues that give what they report a name ("called the strike "a murder""). */
const NAMING_CUES = new Set(['call', 'label', 'dub', 'brand', 'describe']);

/** Cues of what crowds say together ("chanting", "shouting"). */
const CROWD_CUES = new Set(['chant', 'shout', 'yell', 'scream', 'sing']);

/** Words in -ly that are no adverb ("demanding early elections"). */
const NOT_ADVERBS = new Set(['early', 'likely', 'elderly', 'friendly']);

/** Whether a word after "early" or "late" makes it a time ("early on Friday", "late last week", "early this month"). */
function timeFollows(word: string): boolean {
  return (
    TIME_NOUNS.has(word) ||
    WEEKDAYS.test(word) ||
    /^(?:on|in|last|this|next|january|february|march|april|june|july|august|september|october|november|december)$/u.test(word)
  );
}

const PASSIVE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const ADDRESSEE_VERBS = new Set(['tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'urge', 'advise', 'reassure', 'caution']);
/** Whom a speaker told, in a word the phrase reader does not take for a speaker ("told him", "told reporters"). */
const BARE_ADDRESSEES = /^(?:him|her|them|us|me|you|reporters)$/u;
const INVERTIBLE = new Set([
  'say',
  'add',
  'write',
  'ask',
  'continue',
  'explain',
  'note',
  'argue',
  'recall',
  'warn',
  'reply',
  'respond',
  'answer',
  'insist',
  'declare',
  'state',
  'suggest',
  'observe',
  'remark',
  'joke',
  'quip',
  'tweet',
  'predict',
  'conclude',
  'admit',
  'acknowledge',
  'counter',
  'concede',
  'complain',
  'caution',
  'boast',
  'lament',
  'muse',
  'exclaim',
  'announce',
  'confirm',
  'report',
  'post',
  'read',
  'add',
]);
const FRAME_PREPS = new Set([
  'in',
  'on',
  'at',
  'during',
  'to',
  'with',
  'from',
  'via',
  'after',
  'before',
  'outside',
  'inside',
  'while',
  'for',
  'by',
  'about',
  'of',
]);

function isWord(text: string): boolean {
  return /^[\p{L}\p{N}]/u.test(text);
}

/** A speaker's acts that may follow "said …, and" ("summoned the envoy", "recalled its ambassador"). */
const SPEAKERS_NEXT_ACTS = /^(?:summoned|recalled|expelled|urged|called|demanded|announced|vowed|pledged|promised|ordered)$/u;

/** Documents and groups a headline may give a claim to before a colon ("Poll: …", "Insiders: …"). */
const HEADLINE_SOURCES = /^(?:poll|polls|survey|report|study|insiders|officials|sources|analysts|experts)$/u;

/**
 * Whether the words `[from, colon)` name who a headline's claim is from: a line that opens with a
 * person's or an organisation's name (or "Poll", "Report") of at most five words, a colon, then a
 * claim of three words or more ("Lynch: No outside influence on FBI probe into Clinton emails").
 */
function headlineSpeaker(v: TokenView, from: number, colon: number, to: number): boolean {
  const T = v.tokens;
  const n = colon - from;
  if (n < 1 || n > 5 || T[from]!.start !== v.paragraphs[T[from]!.para]?.start) return false;
  let words = 0;
  for (let k = colon + 1; k < to && words < 3; k++) if (isWord(T[k]!.text) && T[k]!.quote < 0) words++;
  if (words < 3 || T[colon + 1]?.quote !== -1) return false;
  const phrase = T.slice(from, colon);
  if (!phrase.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.' || t.text === "'s")) return false;
  // (a headline's phrase that is no name: "Big Win For Bernie:")
  if (phrase.some((t) => /^(?:for|of|to|in|on|at|with|the|a|an|and|big|new)$/u.test(t.lower))) return false;
  if (n === 1 && HEADLINE_SOURCES.test(phrase[0]!.lower)) return true;
  return (
    phrase.some((t) => t.entity >= 0 && /^(?:PERSON|ORG)$/u.test(v.entities[t.entity]!.type)) &&
    !IN_CAPITALS_LINE.test(phrase.map((t) => t.text).join(' '))
  );
}

/** A dateline's place in capitals ("WASHINGTON"), which a colon may follow. */
const IN_CAPITALS_LINE = /^[\p{Lu}\s.'-]+$/u;

/** Finds the cues of a unit among the tokens outside quotations. */
/** The "by" of "as reported by" (or "as first reported by") at token `i`, opening its sentence or after a comma; -1 otherwise. */
function asReportedBy(T: readonly QToken[], i: number, to: number): number {
  const opens = i === 0 || T[i - 1]!.unit !== T[i]!.unit || T[i - 1]!.text === ',';
  let k = i + 1;
  if (/^(?:first|previously|earlier|originally)$/u.test(T[k]?.lower ?? '')) k++;
  return opens && k + 1 < to && /^(?:reported|revealed)$/u.test(T[k]!.lower) && T[k + 1]!.lower === 'by' ? k + 1 : -1;
}

function findCues(v: TokenView, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const T = v.tokens;
  for (let i = from; i < to; i++) {
    const t = T[i]!;
    if (t.quote >= 0) continue;
    const prev = i > from ? T[i - 1]! : null;
    const next = i + 1 < to ? T[i + 1]! : null;
    if (t.lower === 'according' && next?.lower === 'to') {
      cues.push({ kind: 'according', from: i, to: i + 2, lemma: 'according to', cls: 'report' });
      i++;
      continue;
    }
    // "As reported by Western Journalism, …", "as first reported by Reuters": a source, as "according to" names one
    const by = t.lower === 'as' ? asReportedBy(T, i, to) : -1;
    if (by > 0) {
      cues.push({ kind: 'according', from: i, to: by + 1, lemma: 'according to', cls: 'report' });
      i = by;
      continue;
    }
    // `The minister was blunt:` closing a paragraph before one that opens with a quotation.
    if (t.text === ':' && i === to - 1 && cues.length === 0 && opensNextParagraph(v, i)) {
      cues.push({ kind: 'colon', from: i, to: i + 1, lemma: ':', cls: 'speech' });
      continue;
    }
    // `Sanders: "…"`, `Trump on Twitter: "…"`, but not the colon of `X said: "…"`.
    if (t.text === ':' && next && next.quote >= 0 && next.mark && prev && prev.quote < 0 && cues.every((c) => c.kind === 'according')) {
      cues.push({ kind: 'colon', from: i, to: i + 1, lemma: ':', cls: 'speech' });
      continue;
    }
    // A headline's `Lynch: No outside influence on FBI probe`, `Poll: Trump a big turnoff for …`
    if (t.text === ':' && cues.length === 0 && headlineSpeaker(v, from, i, to)) {
      cues.push({ kind: 'colon', from: i, to: i + 1, lemma: ':', cls: 'speech' });
      continue;
    }
    if (/^(?:quoted|quotes|cited|cites)$/u.test(t.lower) && !(prev && PASSIVE.has(prev.lower))) {
      // "Reuters quoted Merkel as saying", "The Global Times cited experts as saying"
      for (let k = i + 1; k < Math.min(to, i + 12); k++) {
        if (T[k]!.lower === 'as' && T[k + 1]?.lower === 'saying') {
          cues.push({ kind: 'quoted', from: i, to: k + 2, lemma: 'quote', cls: 'speech' });
          i = k + 1;
          break;
        }
      }
      if (cues[cues.length - 1]?.from === i || cues[cues.length - 1]?.to === i + 1) continue;
    }
    // "Ordash was quoted by RIA Novosti as saying": the agency relays, the subject speaks
    if (/^(?:quoted|cited)$/u.test(t.lower) && prev && PASSIVE.has(prev.lower) && next?.lower === 'by') {
      const as = T.slice(i + 3, Math.min(to, i + 10)).findIndex((x, k) => x.lower === 'as' && T[i + 4 + k]?.lower === 'saying');
      if (as >= 0) {
        cues.push({ kind: 'quoted', from: i - 1, to: i + 5 + as, lemma: 'quote', cls: 'speech' });
        i += 4 + as;
        continue;
      }
    }
    if (/^(?:quoted|cited)$/u.test(t.lower) && prev && PASSIVE.has(prev.lower) && next?.lower === 'as' && T[i + 2]?.lower === 'saying') {
      cues.push({ kind: 'verb', from: i - 1, to: i + 3, lemma: 'say', cls: 'speech' });
      i += 2;
      continue;
    }
    const entry = CUE_VERBS.get(t.lower);
    if (!entry) continue;
    // "the White House expressed doubt North Korea had …", "voiced hope that …": the verb and its noun are the cue
    if (
      prev &&
      i - 1 > (cues.at(-1)?.to ?? from - 1) &&
      /^(?:expressed|expresses|voiced|voices)$/u.test(prev.lower) &&
      /^(?:doubt|doubts|hope|fear|fears|concern)$/u.test(t.lower)
    ) {
      cues.push({ kind: 'verb', from: i - 1, to: i + 1, lemma: entry.lemma, cls: entry.cls });
      continue;
    }
    if (!cueInContext(v, i, from, to, entry.lemma)) continue;
    let end = i + 1;
    if (entry.lemma === 'point' && (next?.lower === 'out' || next?.lower === 'to')) end++;
    if ((entry.lemma === 'call' && (next?.lower === 'for' || next?.lower === 'on')) || (entry.lemma === 'refer' && next?.lower === 'to'))
      end++;
    cues.push({ kind: 'verb', from: i, to: end, lemma: entry.lemma, cls: entry.cls });
    i = end - 1;
  }
  return cues;
}

function opensNextParagraph(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  const next = v.tokens[i + 1];
  return next !== undefined && next.para === t.para + 1 && next.mark && next.quote >= 0 && v.quotations[next.quote]!.start === next.start;
}

/**
 * Whether the cue at `cueAt` follows, after a comma, a relative clause that opened on the speaker of
 * `relative` (`X, who …, said`): the relative pronoun right after that speaker and the comma
 * right before the cue.
 */
function closesRelativeClause(v: TokenView, relative: Frame, cueAt: number, floor: number): boolean {
  const T = v.tokens;
  const speaker = relative.speaker!;
  let j = speaker.to;
  if (T[j]?.text === ',') j++;
  if (!/^(?:who|whom)$/u.test(T[j]?.lower ?? '') || j >= relative.cue.from) return false;
  const left = skipLeftFillers(v, cueAt, floor);
  return left - 1 > relative.cue.to && T[left - 1]!.text === ',';
}

/**
 * `X, who the protesters have proposed as leader, told …`: the phrase before a relative clause whose
 * own subject (the speaker of frame `relative`) follows "who", when a comma closes the clause right
 * before the cue at token `cueAt`.
 */
function objectRelativeAntecedent(v: TokenView, relative: Frame, cueAt: number, floor: number): Phrase | null {
  const T = v.tokens;
  const who = relative.speaker!.from - 1;
  if (who - 1 <= floor || !/^(?:who|whom)$/u.test(T[who]!.lower) || T[who - 1]!.text !== ',') return null;
  const left = skipLeftFillers(v, cueAt, floor);
  if (left - 1 <= relative.cue.to || T[left - 1]!.text !== ',') return null;
  return phraseBefore(v, who - 1, floor);
}

/**
 * "The Kremlin, asked about the dispute, said …", "Merkel, speaking in Berlin, said …": the subject
 * before an aside that a participle opens and a comma closes right before the cue at token `cue`.
 */
function asideSubject(v: TokenView, cue: number, floor: number): Phrase | null {
  const T = v.tokens;
  const close = skipLeftFillers(v, cue, floor) - 1;
  if (close <= floor || T[close]!.text !== ',') return null;
  for (let m = close - 1; m > floor && m >= close - 12; m--) {
    if (T[m]!.quote >= 0) return null;
    if (T[m]!.text !== ',') continue;
    // (not "including …", "according to …": prepositions, whose list or source is no aside of the subject's)
    if (
      !/^\p{Ll}+(?:ed|ing)$/u.test(T[m + 1]!.text) ||
      /^(?:including|according|regarding|concerning|excluding|following)$/u.test(T[m + 1]!.lower)
    )
      return null;
    const subject = phraseBefore(v, m, floor);
    return subject && subject.kind !== 'pronoun' ? subject : null;
  }
  return null;
}

/** Whether a form of "be" stands right before token `i`, perhaps with a negation or an adverb between ("was not", "is widely"). */
function passiveBefore(v: TokenView, i: number, from: number): boolean {
  let j = i - 1;
  for (
    let skipped = 0;
    j >= from && skipped < 2 && /^(?:not|n't|never|also|often|widely|long|once|rightly|wrongly|\p{Ll}+ly)$/u.test(v.tokens[j]!.lower);
    skipped++
  )
    j--;
  return j >= from && PASSIVE.has(v.tokens[j]!.lower);
}

/** Forms of cue verbs that are never a noun after a quantifier ("some said", not "some reports"). */
const VERB_ONLY_CUES =
  /^(?:said|say|says|told|warned|cautioned|argued|argue|insisted|insist|noted|added|wrote|believe|believed|contend|contended|think|thought|suggested|predicted|maintain|maintained)$/u;

/**
 * "Trump Says He Never Pledged To Kill …": a headline's verb of speech in capitals, after a name, in
 * a line whose words are capitalised.
 */
function titleCaseCue(v: TokenView, i: number, from: number, to: number): boolean {
  const T = v.tokens;
  if (!/^(?:Says|Said|Tells|Told|Warns|Urges|Vows|Claims|Insists|Admits)$/u.test(T[i]!.text) || !/^\p{Lu}/u.test(T[i - 1]!.text))
    return false;
  // (a headline's "Name: claim" takes the line: "Wash Post: If Obama Says It, It's True")
  if (T.slice(from, i).some((t) => t.text === ':')) return false;
  let words = 0;
  let capitals = 0;
  for (let k = from; k < to; k++) {
    if (!/^\p{L}{4,}/u.test(T[k]!.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(T[k]!.text)) capitals++;
  }
  return words >= 4 && capitals >= 0.8 * words;
}

/** Whether a reporting-verb form is used as a verb of attribution here. */
function cueInContext(v: TokenView, i: number, from: number, to: number, lemma: string): boolean {
  const T = v.tokens;
  const t = T[i]!;
  const prev = i > from ? T[i - 1]! : null;
  const next = i + 1 < to ? T[i + 1]! : null;
  // A noun after a determiner or possessive: "the report", "his statement", "a call".
  // ("Others said", "Some warned that": a pronoun of people before a verb no noun shares.)
  // ("One in three said": a share of people, not a count of things said)
  if (
    prev &&
    (DETERMINERS.has(prev.lower) || POSSESSIVE_PRONOUNS.has(prev.lower)) &&
    prev.lower !== 'that' &&
    !(PEOPLE_QUANTIFIERS.has(prev.lower) && VERB_ONLY_CUES.test(t.lower)) &&
    !(VERB_ONLY_CUES.test(t.lower) && shareOfPeople(v, i - 1, from))
  )
    return false;
  // ("the candidate's thinking": a form in -ing after a common noun's owner is a noun; not "he's saying")
  if (
    prev &&
    /^['\u2019]s$/u.test(prev.text) &&
    /ing$/u.test(t.lower) &&
    /^\p{Ll}+$/u.test(T[i - 2]?.text ?? '') &&
    !/^(?:he|she|it|that|there|what|who|here|where|one)$/u.test(T[i - 2]!.lower)
  )
    return false;
  if (next && next.lower === 'of' && t.lower === lemma && !/^(?:say|tell|write)$/u.test(lemma)) return false;
  if (next && next.lower === 'of' && /s$/u.test(t.lower) && t.lower !== 'says') return false;
  // Passives have no speaker in the frame ("was told", "is expected", "was not noted for").
  if (/(?:ed|en|told|said|known|found|shown|thought|seen|felt|held|sworn)$/u.test(t.lower) && passiveBefore(v, i, from)) return false;
  if (t.entity >= 0) return false;
  if (/^\p{Lu}/u.test(t.text) && i !== from && !titleCaseCue(v, i, from, to)) return false;
  // "He said acknowledging past abuses is …": a gerund right after a verb of speech opens what was said
  if (prev && /ing$/u.test(t.lower) && CUE_VERBS.has(prev.lower) && !/ing$/u.test(prev.lower)) return false;
  // "too soon to say whether", "hard to tell", "safe to say": the writer's hedge, nobody's statement
  if (prev?.lower === 'to' && i - 2 >= from && /^(?:soon|early|hard|difficult|impossible|safe|fair)$/u.test(T[i - 2]!.lower)) return false;
  // "blasted off in the shuttle", "called off the talks": another verb with its particle;
  // "lashed out at Turkey", "tweeted out his new nickname": at whom or what, not what was said
  if (next?.lower === 'off' || (next?.lower === 'out' && lemma !== 'point')) return false;
  // "Bloomberg reported, citing people familiar with the matter, that …": whom the report rests on,
  // inside its frame (not "McCain said, citing low economic growth": what he pointed to)
  if (t.lower === 'citing' && prev?.text === ',' && i - 2 >= from && CUE_VERBS.has(T[i - 2]!.lower) && citedBeforeThat(v, i, to) > 0)
    return false;
  // "the truce agreed in Busan", "the measures announced on Friday": a participle that describes a
  // thing, which cannot speak, before a phrase of where or when
  if (
    /ed$/u.test(t.lower) &&
    THING_PARTICIPLES.has(lemma) &&
    prev &&
    /^\p{Ll}+$/u.test(prev.text) &&
    !ROLE_NOUNS.has(prev.lower) &&
    !DOCUMENT_NOUNS.has(prev.lower) &&
    i - 2 >= from &&
    /^(?:the|a|an|this|that|these|those)$/u.test(T[i - 2]!.lower) &&
    /^(?:in|at|on|by|last|earlier|during|between|under)$/u.test(next?.lower ?? '')
  )
    return false;
  // "court documents reported previously by The Post": a participle that describes the noun before
  // it, whose agent follows "by"
  const by = next?.lower === 'by' || (/^(?:\p{Ll}+ly|previously|earlier|first)$/u.test(next?.lower ?? '') && T[i + 2]?.lower === 'by');
  if (lemma === 'report' && /ed$/u.test(t.lower) && by && prev && /^\p{Ll}+s$/u.test(prev.text) && !SUBJECT_PRONOUNS.has(prev.lower))
    return false;
  // "a founder of the think tank Third Way": the noun, not the verb
  if (t.lower === 'think' && /^tanks?$/u.test(next?.lower ?? '')) return false;
  switch (lemma) {
    case 'add':
      return !addsThing(v, i, to);
    case 'respond':
    case 'react':
      // "the alliance would respond "swiftly and decisively"": what a body will do, not what it said
      return !(prev && (MODALS.has(prev.lower) || prev.lower === 'to'));
    case 'swear':
      // "swore in the new cabinet", "was sworn in as president": an oath of office taken or given
      return next?.lower !== 'in';
    case 'point':
      // "eight percentage points to the right": a count of points, not a verb
      if (
        prev &&
        (/^\d/u.test(prev.text) ||
          /^(?:percentage|basis|bonus|two|three|four|five|six|seven|eight|nine|ten|few|several)$/u.test(prev.lower))
      )
        return false;
      return next?.lower === 'out' || next?.lower === 'to';
    case 'call':
      // "called into Bill O'Reilly's program", "called back": a telephone call
      if (next && /^(?:into|in|up|back)$/u.test(next.lower)) return false;
      // "called it a day", "called it quits": an end, not a name given
      if (next?.lower === 'it' && /^(?:quits|a day|a night|even)/u.test(`${T[i + 2]?.lower ?? ''} ${T[i + 3]?.lower ?? ''}`)) return false;
      if (phoneCall(v, i, to)) return false;
      return !(
        prev &&
        (prev.lower === 'so' ||
          prev.text === '-' ||
          (/^\p{Ll}+$/u.test(prev.text) &&
            !SUBJECT_PRONOUNS.has(prev.lower) &&
            // ("The Colombian leader called the strike …": a person's role is the subject; not "a
            // website called Real News", "a group called the …": a name given)
            !(t.lower === 'called' && ROLE_NOUNS.has(prev.lower) && definiteRole(v, i - 1, from) && !/^\p{Lu}/u.test(next?.text ?? 'X')) &&
            !/ly$/u.test(prev.lower) &&
            !/^(?:has|have|had|also|then|and|once|repeatedly|publicly)$/u.test(prev.lower)))
      );
    case 'read':
      return (
        t.lower === 'reads' ||
        (prev !== null && /^(?:statement|letter|sign|signs|message|note|post|tweet|headline|memo|caption|banner|ad)$/u.test(prev.lower))
      );
    case 'state':
      return t.lower === 'stated' || t.lower === 'stating';
    case 'report':
    case 'remark':
    case 'claim':
    case 'support':
    case 'view':
    case 'fear':
    case 'hope':
    case 'attack':
    case 'comment':
    case 'promise':
    case 'answer':
    case 'post':
    case 'question':
    case 'demand':
    case 'charge':
    case 'estimate':
    case 'forecast':
    case 'tweet':
    case 'quote':
    case 'dispute':
    case 'protest':
    case 'signal':
    case 'echo':
    case 'volunteer':
      // Bare noun-or-verb forms count only as verbs after a subject ("an Obama campaign volunteer" is no cue).
      if (/(?:ed|ing)$/u.test(t.lower)) return true;
      // "no criminal charges be filed", "his introductory remarks were": a noun, after its adjective, before its verb
      if (next && AUXILIARIES.has(next.lower) && prev && isAdjectiveLike(prev.lower)) return false;
      // "his recent attacks on Trump", "her repeated claims": a possessive and an adjective before a noun
      if (prev && isAdjectiveLike(prev.lower) && i - 2 >= from && POSSESSIVE_PRONOUNS.has(T[i - 2]!.lower)) return false;
      // ("according to a Reuters report": a name after a determiner makes the word a noun.)
      // ("with U.S. support", "a bastion of Trump support": a name after a preposition, too; not
      // "8 in 10 in Alabama support the proposal", where the place ends the subject)
      if (
        prev &&
        prev.entity >= 0 &&
        /^\p{Lu}/u.test(prev.text) &&
        i - 2 >= from &&
        /^(?:a|an|the|with|without|of|for|under|amid)$/u.test(T[i - 2]!.lower)
      )
        return false;
      // ("The ad claims …", "the report says": a noun after a determiner is a subject too.)
      return (
        prev !== null &&
        (SUBJECT_PRONOUNS.has(prev.lower) ||
          (prev.entity >= 0 && !nationalAdjective(v, prev)) ||
          prev.lower === 'also' ||
          (/^\p{Ll}+$/u.test(prev.text) &&
            i - 2 >= from &&
            DETERMINERS.has(T[i - 2]!.lower) &&
            !CUE_VERBS.has(prev.lower) &&
            // "dozens of questions": after a preposition it is the noun
            !OBJECT_PREPOSITIONS.has(prev.lower) &&
            // "In a subsequent tweet, Trump said": a noun phrase that ends at a comma
            next?.text !== ','))
      );
    case 'continue':
      // (not "would continue "for as many days as it takes"": an act going on, with a modal or "to")
      if (prev && (AUXILIARIES.has(prev.lower) || prev.lower === 'to')) return false;
      return next === null || next.text === ',' || next.text === '.' || next.text === ':' || next.quote >= 0;
    case 'recall':
      // "recalled his ambassador from Washington": an envoy called home
      return !T.slice(i + 1, Math.min(to, i + 4)).some((w) => ENVOYS.test(w.lower));
    case 'find':
    case 'show':
      // "results showed the party had won", "…, a new poll showed on Monday", "results from the
      // electoral service showed": a document's findings (not "polls showing a tight race": a
      // participle describes the polls)
      if (prev && documentSubject(v, i, from) && !/ing$/u.test(t.lower) && next?.lower !== 'up') return true;
      return next !== null && (next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower) || next.quote >= 0);
    case 'see':
    case 'know':
    case 'feel':
    case 'hold':
      return next !== null && (next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower) || next.quote >= 0);
    default:
      return true;
  }
}

/**
 * Whether "add" at `i` adds a thing, not words: "added 300 jobs", "adding to his lead", "will add
 * fighter jets and air defences to its mission" (a thing and where it goes, with no verb of a
 * clause between). Not "added that …", "added the talks would go on", "added Russia needs to act".
 */
function addsThing(v: TokenView, i: number, to: number): boolean {
  const T = v.tokens;
  const next = T[i + 1];
  if (!next || i + 1 >= to || next.quote >= 0) return false;
  // (not ""…," Trump added to People": whom he told)
  if (next.lower === 'to') return !/^\p{Lu}/u.test(T[i + 2]?.text ?? '') && T[i + 2]?.lower !== 'reporters';
  if (/^\d/u.test(next.text)) return true;
  if (next.lower === 'that' || SUBJECT_PRONOUNS.has(next.lower)) return false;
  for (let j = i + 1; j < Math.min(to, i + 10); j++) {
    const t = T[j]!;
    if (t.lower === 'to') return j > i + 1;
    if (!/^[\p{L}\p{N}'\u2019-]+$/u.test(t.text) || t.quote >= 0) return false;
    if (AUXILIARIES.has(t.lower) || (verbLike(t) && !/s$/u.test(t.lower))) return false;
    // ("Russia needs to act": a verb after a name)
    if (/s$/u.test(t.lower) && /^\p{Lu}/u.test(T[j - 1]!.text) && j - 1 > i) return false;
  }
  return false;
}

/** Whether a document noun heads the words right before the verb at `i` ("results", "results from the Servel electoral service"). */
function documentSubject(v: TokenView, i: number, from: number): boolean {
  const T = v.tokens;
  if (DOCUMENT_NOUNS.has(T[i - 1]!.lower)) return true;
  // ("A CNN/ORC poll last month showed", "The poll on Sunday found": when, between the document and its verb)
  let k = i - 1;
  while (k > from && (timeWord(T[k]!.lower) || T[k]!.lower === 'in')) k--;
  if (k < i - 1 && DOCUMENT_NOUNS.has(T[k]!.lower)) return true;
  // ("A national poll released Sunday by The Washington Post and ABC News shows": who put it out)
  for (let k = i - 2; k >= from && k >= i - 10; k--) {
    const w = T[k]!;
    if (w.quote >= 0 || !/^[\p{L}-]+$/u.test(w.text) || CUE_VERBS.has(w.lower)) return false;
    if (/^(?:from|by|of)$/u.test(w.lower)) {
      let d = k - 1;
      // (the participle that says how it came out, and when)
      while (
        d > from &&
        d >= k - 3 &&
        (WEEKDAYS.test(T[d]!.lower) || CARRIED.test(T[d]!.lower) || /^(?:conducted|commissioned)$/u.test(T[d]!.lower))
      )
        d--;
      return d >= from && DOCUMENT_NOUNS.has(T[d]!.lower);
    }
  }
  return false;
}

/** The "that" after ", citing <source>," at `citing` ("reported, citing people familiar with the matter, that …"), or -1. */
function citedBeforeThat(v: TokenView, citing: number, ceiling: number): number {
  const T = v.tokens;
  let k = citing + 1;
  while (k < ceiling && k < citing + 13 && T[k]!.text !== ',' && T[k]!.quote < 0) k++;
  return T[k]?.text === ',' && T[k + 1]?.lower === 'that' ? k + 1 : -1;
}

/** Whether the role noun at `i` is a definite one ("The Colombian leader", "many commentators"), not "a website". */
function definiteRole(v: TokenView, i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    const w = v.tokens[k]!.lower;
    if (w === 'a' || w === 'an') return false;
    if (DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w)) return true;
  }
  return true;
}

/**
 * "called both candidates Tuesday night", "called Sanders after the primaries to congratulate him":
 * someone telephoned, as a time or a purpose right after the person called tells, where naming
 * ("called the attack an act of terror", "called him a liar") or asking ("called on", "called for")
 * has a word of its own there.
 */
function phoneCall(v: TokenView, i: number, to: number): boolean {
  const T = v.tokens;
  const next = T[i + 1];
  // the one called is a person: a name, "him", "her", "them", "both candidates"
  const person = next && next.entity >= 0 && v.entities[next.entity]!.type === 'PERSON';
  if (!next || next.quote >= 0 || !(person || /^(?:him|her|them|both|each)$/u.test(next.lower))) return false;
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    const t = T[k]!;
    if (t.quote >= 0 || (k > i + 1 && /^(?:a|an|as|the|"|,)$/u.test(t.lower))) return false;
    if (WEEKDAYS.test(t.lower) || /^(?:after|last|earlier|later)$/u.test(t.lower)) return k > i + 1;
    if (t.lower === 'to' && k > i + 1 && /^\p{Ll}+$/u.test(T[k + 1]?.text ?? '') && !DETERMINERS.has(T[k + 1]!.lower)) return true;
  }
  return false;
}

/** Whether a phrase names a news outlet ("CNN", "The Washington Post"). */
function outletPhrase(v: TokenView, p: Phrase): boolean {
  return findOutlet(v.text.slice(v.tokens[p.from]!.start, v.tokens[p.to - 1]!.end)) !== null;
}

/** Whether the speaker of an attribution is the source an outlet cited, which relays it ("…, dpa reported, citing government sources."). */
export function citedByRelay(v: TokenView, a: RawAttribution): boolean {
  return a.via !== null && a.speaker !== null && v.tokens[a.speaker.from - 1]?.lower === 'citing';
}

/** An outlet by name, or by what it is ("the newspaper", "the news agency"). */
function outletSpeaker(v: TokenView, p: Phrase): boolean {
  const T = v.tokens;
  // ("the Post" after "The Washington Post": the outlet the entities layer tied the short name to)
  const e = T[p.to - 1]!.entity;
  return (
    outletPhrase(v, p) ||
    (e >= 0 && wholeOutlet(v.entities[e]!.name) !== null) ||
    (T[p.from]!.lower === 'the' && p.to - p.from <= 3 && OUTLET_NOUNS.has(T[p.to - 1]!.lower))
  );
}

/**
 * The source an outlet cites for what it reports: "The newspaper, citing unnamed sources, said …",
 * "…, dpa reported on Monday, citing government sources." The cited phrase, when the attribution's
 * speaker is an outlet and "citing" follows it or its cue; else null.
 */
function citedSource(v: TokenView, a: RawAttribution): Phrase | null {
  const T = v.tokens;
  if (!a.cue || !a.speaker || a.via || !outletSpeaker(v, a.speaker)) return null;
  const cls = CUE_VERBS.get(T[a.cue[0]]!.lower)?.cls;
  if (cls !== 'speech' && cls !== 'report') return null;
  const unit = v.units[a.unit]!;
  const citingAfter = (k: number) => T[k]?.text === ',' && T[k + 1]?.lower === 'citing' && k + 2 < unit.to;
  let at = -1;
  if (a.speaker.to < a.cue[0] && citingAfter(a.speaker.to)) at = a.speaker.to + 2;
  else {
    let k = Math.max(a.cue[1], a.speaker.to);
    while (k < unit.to && k < a.cue[1] + 5 && timeWord(T[k]!.lower)) k++;
    if (citingAfter(k)) at = k + 2;
  }
  const p = at < 0 ? null : phraseAfter(v, at, unit.to);
  if (!p || p.kind === 'pronoun') return null;
  // ("citing a source in the defence ministry", "citing officials in Kyiv": where the source sits, to the comma or the end)
  if (/^(?:in|at|within|inside)$/u.test(T[p.to]?.lower ?? '')) {
    const end = plainWordsTo(v, p.to + 1, Math.min(unit.to, p.to + 7));
    if (end > p.to + 1 && /^[,.;!?]$/u.test(T[end]?.text ?? '.')) return { ...p, to: end };
  }
  return withNameAfter(v, p, unit.to);
}

/** Verbs that follow a noun-or-verb cue only when it is the noun: "the charges were", "its claims will". */
const AUXILIARIES = new Set('be is are was were been will would could should can may might must shall has have had do does did'.split(' '));

/** "Russian fears", "Democratic claims": an adjective of nationality or party before a noun-or-verb word makes it the noun. */
function nationalAdjective(v: TokenView, t: QToken): boolean {
  const type = v.entities[t.entity]!.type;
  return (type === 'MISC' || type === 'NORP') && /(?:an|ese|ish|ic|i)$/u.test(t.lower);
}

/** Whether a phrase is the object of the preposition before it (an aside between dashes ends that). */
function prepositionObject(v: TokenView, p: Phrase, floor: number): boolean {
  const T = v.tokens;
  if (p.from - 1 < floor || !OBJECT_PREPOSITIONS.has(T[p.from - 1]!.lower)) return false;
  for (let k = p.from; k < p.to; k++) if (/^(?:-|--|\u2014|\u2013)$/u.test(T[k]!.text)) return false;
  return true;
}

/** A word that reads as an adjective before a noun: "criminal", "big", "introductory", "latest". */
function isAdjectiveLike(word: string): boolean {
  return (
    /(?:al|ive|ous|ic|ary|ory|ent|ant|ful|less|able|ible|est|ing)$/u.test(word) ||
    /^(?:no|big|new|main|real|key|only|first|last|other|same|major|early|late|top|chief|own|few|many|such)$/u.test(word)
  );
}

/** Prepositions whose object stands before a verb without being its subject ("over the past 18 months to explain"). */
const OBJECT_PREPOSITIONS = new Set(['over', 'in', 'on', 'at', 'for', 'with', 'from', 'of', 'during', 'by']);

interface Frame {
  cue: Cue;
  speaker: Phrase | null;
  via: Phrase | null;
  /** Token range of the whole frame (speaker, cue and the words that go with them). */
  from: number;
  to: number;
  /** Tokens after the cue where its content may start. */
  contentFrom: number;
  inverted: boolean;
}

/** Speaker and extent of a cue's frame. */
function frameOf(v: TokenView, cue: Cue, floor: number, ceiling: number): Frame {
  const T = v.tokens;
  let speaker: Phrase | null = null;
  let via: Phrase | null = null;
  let from = cue.from;
  let to = cue.to;
  let inverted = false;
  if (cue.kind === 'according') {
    speaker = phraseAfter(v, cue.to, ceiling);
    if (speaker) speaker = withNameAfter(v, speaker, ceiling);
    if (speaker) to = describedUntil(v, speaker.to, ceiling, onlyOpenersBefore(v, cue.from, floor));
    // "according to a draft seen by Reuters", "according to a readout published by Xinhua": the outlet
    // that saw or published the document relays it
    // "…, according to data released Friday by state gaming regulators.", "…, according to one global
    // index.": after a comma in its sentence, the source runs to the next comma or the sentence's end
    if (T[cue.from - 1]?.text === ',' && !onlyOpenersBefore(v, cue.from, floor)) {
      let end = cue.to;
      while (end < ceiling && (T[end]!.quote >= 0 || !/^[,;:.!?)]$/u.test(T[end]!.text))) end++;
      if (end > cue.to && end - cue.to <= 25) {
        if (!speaker) speaker = { from: cue.to, to: end, kind: 'role' };
        to = Math.max(to, end);
      }
    }
    const seenBy = T[speaker?.to ?? -1]?.lower ?? '';
    if (speaker && (/^(?:seen|obtained|reviewed)$/u.test(seenBy) || CARRIED.test(seenBy)) && T[speaker.to + 1]?.lower === 'by') {
      const outlet = phraseAfter(v, speaker.to + 2, ceiling);
      if (outlet && outletPhrase(v, outlet)) {
        via = outlet;
        to = Math.max(to, outlet.to);
      }
    }
  } else if (cue.kind === 'quoted' && PASSIVE.has(T[cue.from]!.lower)) {
    // `<speaker> was quoted by <via> as saying`
    speaker = phraseBefore(v, skipLeftFillers(v, cue.from, floor), floor);
    via = phraseAfter(v, cue.from + 3, cue.to - 2);
    if (speaker) from = speaker.lead ?? speaker.from;
  } else if (cue.kind === 'quoted') {
    // `<via> quoted <speaker> as saying`
    const asAt = cue.to - 2;
    speaker = phraseAfter(v, cue.from + 1, asAt);
    // "…, Xinhua quoted him as saying."
    if (!speaker && asAt === cue.from + 2 && /^(?:him|her|them)$/u.test(T[cue.from + 1]!.lower))
      speaker = { from: cue.from + 1, to: asAt, kind: 'pronoun' };
    const left = skipLeftFillers(v, cue.from, floor);
    via = phraseBefore(v, left, floor);
    if (via) from = via.from;
  } else if (cue.kind === 'colon') {
    const left = skipLeftFillers(v, cue.from, floor);
    // `Gowdy (R-S.C.): "…"`, or the sentence's subject: `A footnote in the report makes that clear: "…"`.
    speaker = phraseBefore(v, left, floor) ?? phraseAfterStart(v, floor, cue.from, true);
    // `Zeldin gave it a whirl in an interview with CNN on Tuesday: "…"`: the outlet relays, the subject speaks
    if (speaker && speaker.from > floor && /^(?:with|on|to|told)$/u.test(T[speaker.from - 1]!.lower) && outletPhrase(v, speaker)) {
      via = speaker;
      const subject = phraseAfterStart(v, floor, via.from - 1, true);
      speaker = subject && subject.to <= via.from - 1 ? subject : null;
    }
    if (speaker) from = speaker.lead ?? speaker.from;
  } else {
    const left = skipLeftFillers(v, cue.from, floor);
    const before = left - 1 >= floor ? T[left - 1]! : null;
    const afterQuoteOrComma = before === null || before.text === ',' || (before.quote >= 0 && before.mark) || before.text === '\u2014';
    const participle =
      /ing$/u.test(T[cue.from]!.lower) &&
      (before === null || /^(?:,|\u2014|-|--|by|and|while|before|after|in|when|only|also|then)$/u.test(before.lower));
    let sub = participle ? null : phraseBefore(v, left, floor);
    if (sub) sub = pronounAfterDescription(v, sub) ?? sub;
    // "The email goes on to say", "Trump went on to tell": the subject of the verb the infinitive hangs on.
    if (!sub && before?.lower === 'to') {
      let k = left - 2;
      let words = 0;
      let nounPhrase = false;
      while (k >= floor && words < 3 && /^\p{Ll}+$/u.test(T[k]!.text) && !SUBJECT_PRONOUNS.has(T[k]!.lower)) {
        // "The Republican candidate appeared to assert": the noun before the verb ends the subject
        if (words > 0 && (ROLE_NOUNS.has(T[k]!.lower) || DOCUMENT_NOUNS.has(T[k]!.lower))) break;
        // "Beijing has no plans to counter": a noun phrase, not a verb, carries the infinitive
        // ("had this to say": a determiner standing alone is a pronoun)
        if (words > 0 && /^(?:a|an|the|no|this|that|these|those|his|her|their|its|our|my|every|each|some|any)$/u.test(T[k]!.lower))
          nounPhrase = true;
        // "Cruz mentioned CNN five times and seemed to blame": the subject stands before another verb's object
        // ("Her directors and advisers continued to assure" joins the subject)
        if (words === 1 && /^(?:and|or|but)$/u.test(T[k]!.lower)) nounPhrase = true;
        k--;
        words++;
      }
      if (words > 0 && k >= floor && !nounPhrase) sub = phraseBefore(v, skipLeftFillers(v, k + 1, floor), floor);
      // "statements over the past 18 months to explain and defend": the object of a preposition is no subject
      if (sub && sub.kind !== 'pronoun' && prepositionObject(v, sub, floor)) sub = null;
    }
    // `"…," said Carson`: the speaker after the cue, when none stands before it ("said he fully supports"
    // has the pronoun as its clause's subject, not as the speaker).
    const obj = afterQuoteOrComma && !participle && INVERTIBLE.has(cue.lemma) ? phraseAfter(v, cue.to, ceiling) : null;
    const objEnds = obj !== null && (obj.to >= ceiling || /^[,.;:!?]$/u.test(T[obj.to]!.text) || T[obj.to]!.quote >= 0);
    // `…, said the company's chief executive, John J. Ferriola.`: a phrase after the cue that runs to
    // the end of the sentence is the speaker, even when a phrase before a comma could pass for one.
    const closesUnit =
      objEnds &&
      obj !== null &&
      obj.kind !== 'pronoun' &&
      before?.text === ',' &&
      describedUntil(v, obj.to, ceiling) >= lastWordOf(v, ceiling);
    const invert = obj !== null && ((!sub && (obj.kind !== 'pronoun' || objEnds)) || (sub !== null && closesUnit));
    if (sub && !invert) {
      speaker = sub;
      from = sub.lead ?? sub.from;
    } else if (obj && invert) {
      speaker = withNameAfter(v, obj, ceiling);
      to = describedUntil(v, speaker.to, ceiling);
      // ("…, said Mindy Romero, director of the … at the University of California, Davis, Center for …":
      // a name may carry a description with commas of its own to the end)
      if (speaker.kind === 'name' && before?.text === ',' && describedToEnd(v, speaker.to, ceiling)) to = lastWordOf(v, ceiling);
      inverted = true;
      // `"…," wrote Anna Lindqvist in Foreign Affairs`: the outlet that published it.
      if (cue.lemma === 'write' && T[obj.to]?.lower === 'in') {
        const outlet = phraseAfter(v, obj.to + 1, ceiling);
        if (outlet && outletPhrase(v, outlet)) via = outlet;
      }
    }
  }
  return { cue, speaker, via, from, to, contentFrom: to, inverted };
}

/**
 * Where the description of a source that follows its name ends: `said David Wasserman, an
 * analyst at Cook`, `according to people familiar with the plans`. It runs to the end of the
 * unit unless a comma, a quotation or a reporting verb comes first, and then stops there.
 */
function describedUntil(v: TokenView, at: number, ceiling: number, startsUnit = false): number {
  const T = v.tokens;
  let j = at;
  let sawComma = false;
  while (j < ceiling) {
    const t = T[j]!;
    if (t.quote >= 0) return sawComma ? commaBefore(v, j, at) : at;
    if (/^[.!?;]$/u.test(t.text)) return j;
    if (t.text === ',') {
      // `According to Reuters, the talks …`: at the start of its sentence the frame ends at the comma.
      if (sawComma || startsUnit) return j;
      sawComma = true;
    }
    if (CUE_VERBS.get(t.lower)?.cls === 'speech' && j > at) return sawComma ? commaBefore(v, j, at) : at;
    j++;
  }
  return j;
}

/**
 * Whether what follows a name after its cue describes it to the end of the sentence: a comma, then
 * words with no quotation, no reporting verb and no semicolon ("…, said Robert Egge, executive
 * director of the Alzheimer's Impact Movement, whose advocates lean on all campaigns."), and no
 * clause of its own after a comma ("…, said Marcia Smith, senior vice president, Teck wants …").
 */
function describedToEnd(v: TokenView, at: number, ceiling: number): boolean {
  const T = v.tokens;
  if (T[at]?.text !== ',') return false;
  const end = lastWordOf(v, ceiling);
  for (let j = at + 1; j < end; j++) {
    const t = T[j]!;
    if (t.quote >= 0 || t.text === ';' || CUE_VERBS.get(t.lower)?.cls === 'speech') return false;
    const subject = T[j + 1];
    const verb = T[j + 2];
    if (
      t.text === ',' &&
      j > at &&
      j + 2 < end &&
      /^\p{Lu}/u.test(subject!.text) &&
      /^\p{Ll}+$/u.test(verb!.text) &&
      !NAME_JOINERS.test(verb!.lower)
    )
      return false;
  }
  return end > at + 1;
}

/** Small words inside a name or a place ("Center for Regional Change", "University of Oxford"). */
const NAME_JOINERS = /^(?:of|for|in|at|on|and|de|du|la|le|der|von|van|da|del)$/u;

function lastWordOf(v: TokenView, ceiling: number): number {
  let j = ceiling;
  while (j > 0 && !isWord(v.tokens[j - 1]!.text) && v.tokens[j - 1]!.quote < 0) j--;
  return j;
}

function hasWordsBefore(v: TokenView, at: number, floor: number): boolean {
  for (let k = floor; k < at; k++) if (isWord(v.tokens[k]!.text) || v.tokens[k]!.quote >= 0) return true;
  return false;
}

function commaBefore(v: TokenView, j: number, floor: number): number {
  for (let k = j - 1; k >= floor; k--) if (v.tokens[k]!.text === ',') return k;
  return floor;
}

/** Where the content after a frame starts: past the addressee, prepositional phrases, "that", ",", ":". */
function skipRightFillers(v: TokenView, frame: Frame, ceiling: number, cueStops: Set<number>): number {
  const T = v.tokens;
  let j = frame.to;
  // An outlet the statement was made to is the outlet that relays it: "told Reuters", "in an interview with CNN".
  const relayedBy = (p: Phrase) => {
    if (!frame.via && frame.cue.kind === 'verb' && outletPhrase(v, p)) frame.via = p;
  };
  if (frame.cue.kind === 'verb' && ADDRESSEE_VERBS.has(frame.cue.lemma)) {
    // ("warned that anchors drift": "that" right after the verb opens what was said, never an addressee.)
    const obj = opensClause(v, j) ? null : phraseAfter(v, j, ceiling);
    const from = j;
    if (obj) {
      relayedBy(obj);
      j = obj.to;
      // "told The Post and Courier newspaper of Charleston on Saturday that …": a name joined by "and"
      // is still whom they told
      if (T[j]?.lower === 'and' && /^\p{Lu}/u.test(T[j + 1]?.text ?? '')) {
        let k = j + 1;
        while (
          k < ceiling &&
          k < j + 12 &&
          T[k]!.quote < 0 &&
          /^[\p{L}\p{N}]/u.test(T[k]!.text) &&
          T[k]!.lower !== 'that' &&
          !CUE_VERBS.has(T[k]!.lower)
        )
          k++;
        if (T[k]?.lower === 'that') j = k;
      }
      // "told a regular press briefing that …": the addressee's head may be a word no speaker has;
      // "told reporters aboard his plane on Monday that …": where they were told comes before what
      const where = /^(?:aboard|in|at|on|during|outside|after|before|from|via)$/u.test(T[j]?.lower ?? '');
      let k = j;
      while (
        k < ceiling &&
        k < j + (where ? 9 : 3) &&
        (where ? /^[\p{L}\p{N}'\u2019]/u.test(T[k]!.text) : /^\p{Ll}+$/u.test(T[k]!.text)) &&
        T[k]!.quote < 0 &&
        T[k]!.lower !== 'that' &&
        !CUE_VERBS.has(T[k]!.lower)
      )
        k++;
      if (k > j && T[k]?.lower === 'that') j = k;
      else if (frame.cue.lemma === 'tell' && /^\p{Ll}+$/u.test(T[j]?.text ?? '') && T[j]!.lower !== 'that') {
        // "told a Planned Parenthood gathering in Washington she will protect …": the rest of the
        // audience, up to the reported clause's own subject
        let m = j;
        while (
          m < ceiling &&
          m < j + 8 &&
          /^[\p{L}\p{N}]/u.test(T[m]!.text) &&
          T[m]!.quote < 0 &&
          !CUE_VERBS.has(T[m]!.lower) &&
          !/^(?:whether|if|how|what|why)$/u.test(T[m]!.lower)
        ) {
          if (pronounAndModal(v, m)) {
            j = m;
            break;
          }
          m++;
        }
      }
    } else if (j < ceiling && BARE_ADDRESSEES.test(T[j]!.lower)) j++;
    else if (j < ceiling && /^(?:a|an|the)$/u.test(T[j]!.lower)) {
      // "told a news conference (on Monday) that …": an audience no speaker's noun names, then what was said
      let k = j + 1;
      while (k < ceiling && k < j + 9 && /^[\p{L}\p{N}'\u2019]/u.test(T[k]!.text) && T[k]!.quote < 0 && T[k]!.lower !== 'that') {
        if (CUE_VERBS.has(T[k]!.lower) && !modifiesNoun(v, k)) break;
        k++;
      }
      if (k > j + 1 && T[k]?.lower === 'that') j = k;
    }
    // "urged the United States to stop …": whom the speaker addressed and what they were to do
    const verbAt = T[j + 1]?.mark ? j + 2 : j + 1;
    if (j > from && T[j]?.lower === 'to' && startsInfinitive(T[verbAt]) && frame.via === null) return from;
  }
  // "reported, citing people familiar with the matter, that …": what was reported opens at "that"
  if (T[j]?.text === ',' && T[j + 1]?.lower === 'citing') {
    const that = citedBeforeThat(v, j + 1, ceiling);
    if (that > 0) return that + 1;
  }
  let guard = 0;
  while (j < ceiling && guard++ < 16) {
    const t = T[j]!;
    if (t.quote >= 0 || cueStops.has(j)) break;
    // "vowed last month to take …": the infinitive after a time phrase is what was said
    // ("agreed on Wednesday to lift …")
    if (t.lower === 'to' && j > frame.to && (TIME_NOUNS.has(T[j - 1]!.lower) || WEEKDAYS.test(T[j - 1]!.lower))) break;
    // "vowed to ban Muslims from entering …": an infinitive straight after a verb of intent is what was said
    if (t.lower === 'to' && j === frame.to && INTENT_CUES.has(frame.cue.lemma) && startsInfinitive(T[j + 1])) break;
    // "reported at least six planes …": a count, not a place
    if (t.lower === 'at' && /^(?:least|most)$/u.test(T[j + 1]?.lower ?? '')) break;
    // "said about 200 people had gathered": a count, not a topic
    if (/^(?:about|around|over)$/u.test(t.lower) && j === frame.to && /^\p{N}/u.test(T[j + 1]?.text ?? '')) break;
    if (FRAME_PREPS.has(t.lower)) {
      // A dangling preposition before the quotation: `responds to Mills with, "…"`.
      if (j + 1 < ceiling && /^[,:]$/u.test(T[j + 1]!.text)) {
        j++;
        continue;
      }
      const phrase = phraseAfter(v, j + 1, ceiling);
      // "told Reuters", "in an interview with CNN", "wrote in Foreign Affairs".
      // ("was quoted as saying by RIA Novosti that …": the agency that quoted)
      const quotedBy = t.lower === 'by' && PASSIVE.has(T[frame.cue.from]!.lower);
      if (phrase && (/^(?:to|with)$/u.test(t.lower) || (t.lower === 'in' && frame.cue.lemma === 'write') || quotedBy)) relayedBy(phrase);
      // "saying in court files that …", "suggested in a tweet, …": words up to "that" or a comma
      const words = timeOrNoun(v, j + 1, ceiling);
      const closed = words !== null && (T[words.to]?.lower === 'that' || T[words.to]?.text === ',');
      const np = words && closed && (!phrase || words.to > phrase.to) ? words : (phrase ?? words);
      if (np) {
        j = np.to;
        // "in a statement carried by state media that …": the outlet that carried it relays it
        if (CARRIED.test(T[j]?.lower ?? '') && T[j + 1]?.lower === 'by') {
          const carrier = phraseAfter(v, j + 2, ceiling);
          if (carrier) {
            relayedBy(carrier);
            j = carrier.to;
          }
        }
        // "wrote on X, formerly Twitter, that …": what the place was once called, between commas
        if (T[j]?.text === ',' && /^(?:formerly|previously)$/u.test(T[j + 1]?.lower ?? '')) {
          const close = plainWordsTo(v, j + 2, Math.min(ceiling, j + 8));
          if (T[close]?.text === ',') j = close + 1;
        }
        continue;
      }
      break;
    }
    // "stated last week that …", "said earlier this month …"
    const afterTimeWord =
      j > frame.to &&
      /^(?:last|this|next|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow)$/u.test(T[j - 1]!.lower);
    if (
      (/^\p{Ll}+ly$/u.test(t.text) && !NOT_ADVERBS.has(t.text)) ||
      /^(?:on|last|this|next)$/u.test(t.lower) ||
      // "said early on Friday", "late Tuesday"; but "demanding early elections"
      (/^(?:early|late)$/u.test(t.lower) && timeFollows(T[j + 1]?.lower ?? '')) ||
      (afterTimeWord && TIME_NOUNS.has(t.lower)) ||
      WEEKDAYS.test(t.lower) ||
      /^(?:again|also|repeatedly|recently|later|earlier|once|then)$/u.test(t.lower)
    ) {
      j++;
      continue;
    }
    if (t.text === ',' || t.text === ':' || t.text === '\u2014' || t.text === '-' || t.text === '--') {
      j++;
      continue;
    }
    break;
  }
  // "assured the public on Weibo, a Twitter-like site, that …": a long addressee ends at "that"
  if (frame.cue.kind === 'verb' && ADDRESSEE_VERBS.has(frame.cue.lemma) && T[j]?.lower !== 'that') {
    for (let k = j; k < ceiling && k < j + 15; k++) {
      const w = T[k]!;
      if (w.quote >= 0 || cueStops.has(k) || /^[.;!?]$/u.test(w.text)) break;
      if (w.lower === 'that' && T[k - 1]?.text === ',') return k;
    }
  }
  return j;
}

/**
 * Whether "that" at `j` opens what was said rather than pointing at the one addressed: "warned that
 * anchors drift", not "told that reporter".
 */
function opensClause(v: TokenView, j: number): boolean {
  const next = v.tokens[j + 1];
  return v.tokens[j]?.lower === 'that' && !(next && ROLE_NOUNS.has(next.text) && !/s$/u.test(next.text));
}

/** Verbs whose infinitive is what was said: "vowed to ban", "promised to build", "threatened to quit". */
const INTENT_CUES = new Set(['vow', 'promise', 'pledge', 'threaten', 'hope', 'expect', 'want', 'claim', 'agree', 'propose', 'swear']);

/** A lower-case word after "to" that is no article, pronoun or possessive: the verb of an infinitive. */
function startsInfinitive(t: QToken | undefined): boolean {
  return (
    t !== undefined &&
    /^\p{Ll}+$/u.test(t.text) &&
    t.entity < 0 &&
    !DETERMINERS.has(t.lower) &&
    !POSSESSIVE_PRONOUNS.has(t.lower) &&
    !/^(?:him|her|them|us|me|you|it|reporters|supporters|voters|members|lawmakers)$/u.test(t.lower)
  );
}

function timeOrNoun(v: TokenView, at: number, ceiling: number): { to: number } | null {
  let j = at;
  const T = v.tokens;
  while (j < ceiling && j < at + 5) {
    const t = T[j]!;
    if (t.quote >= 0 || /^[,.;:!?]$/u.test(t.text)) break;
    if (!/^[\p{L}\p{N}]/u.test(t.text)) break;
    // a reporting word after a determiner is a noun: "in a tweet", "in his statement"
    const before = j > at ? T[j - 1]!.lower : '';
    // (or a plural straight after the preposition: "in comments carried by …", "in remarks to …")
    const noun =
      /^(?:a|an|the)$/u.test(before) || POSSESSIVE_PRONOUNS.has(before) || (j === at && /[^s]s$/u.test(t.lower) && t.lower !== 'says');
    // ("in comments carried by state media that …": "state" before a noun is no verb)
    if ((CUE_VERBS.has(t.lower) && !noun && !modifiesNoun(v, j)) || t.lower === 'that') break;
    // "said on Tuesday it would impose …": a subject pronoun opens what was said
    if (j > at && SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') break;
    // "said on Friday the plan could …", "said on Monday Russia would …": the day ends the time
    const dayEnds = WEEKDAYS.test(before) || (/^(?:morning|afternoon|evening|night)$/u.test(before) && WEEKDAYS.test(T[j - 2]!.lower));
    if (dayEnds && (DETERMINERS.has(t.lower) || t.entity >= 0)) break;
    // "agreed on Wednesday to lift the debt brake": an infinitive ends the time or place
    if (t.lower === 'to' && j > at && startsInfinitive(T[j + 1])) break;
    j++;
  }
  return j > at ? { to: j } : null;
}

/**
 * Finds the attributions of an article.
 *
 * @example
 * const view = buildTokenView(text, paragraphs, sentences, findQuotations(text, paragraphs), entities);
 * attribute(view).map((a) => a.type); // ['direct', 'indirect']
 */
export function attribute(v: TokenView): RawAttribution[] {
  const T = v.tokens;
  const out: RawAttribution[] = [];
  const claimed = new Map<number, RawAttribution>();
  const frames: Frame[] = [];

  const cueAt = new Set<number>();
  for (const unit of v.units) {
    const cues = findCues(v, unit.from, unit.to);
    if (cues.length === 0) continue;

    const cueStops = new Set<number>();
    for (const c of cues) cueStops.add(c.from);
    const unitFrames: Frame[] = [];
    for (const cue of cues) {
      const prevFrame = unitFrames[unitFrames.length - 1];
      const frame = frameOf(v, cue, Math.max(unit.from, prevFrame ? prevFrame.cue.to : unit.from), unit.to);
      // A participle with no subject of its own ("…, adding that"), or a verb joined to an earlier
      // one ("said it was early but added, …"), takes its sentence's speaker.
      if (!frame.speaker && cue.kind === 'verb') {
        const before = T[skipLeftFillers(v, cue.from, unit.from) - 1];
        const joined = before !== undefined && /^(?:and|but|then|or)$/u.test(before.lower);
        const participle = /ing$/u.test(T[cue.from]!.lower);
        // ("Phumtham said Thailand had agreed to the truce but accused Cambodia …": a plain past after
        // a reported verb with an auxiliary goes with the verb that reported it)
        // ("Kobakhidze said voters wanted "peace" and dismissed the claims", "Zelensky said Putin's words
        // showed … and urged allies …": a verb of speech after one of belief or finding the outer frame
        // reports goes with the outer frame too)
        const parallel =
          joined &&
          prevFrame &&
          (AUXILIARIES.has(T[prevFrame.cue.from - 1]?.lower ?? '') || (prevFrame.cue.cls !== 'speech' && cue.cls === 'speech')) &&
          /^\p{Ll}+ed$/u.test(T[cue.from]!.text);
        if (participle || joined)
          frame.speaker =
            (prevFrame && (participle || parallel ? outermost(v, unitFrames) : prevFrame).speaker) ??
            // ("Thousands of students marched …, chanting "…"": a crowd known by what it is)
            phraseAfterStart(v, unit.from, cue.from, participle && CROWD_CUES.has(cue.lemma));
      }
      // `John Williams, who denied that …, said: "…"`: the main verb after a relative clause that
      // holds a cue of its own has the clause's antecedent as its subject.
      // ("A NATO official, who asked not to be named, said the alliance …": not "said the alliance" inverted)
      // "Republicans who have praised his candidacy warned that …": likewise with no commas, the
      // relative clause's cue reporting up to this verb
      if (
        cue.kind === 'verb' &&
        prevFrame?.speaker &&
        (((!frame.speaker || frame.inverted) && closesRelativeClause(v, prevFrame, cue.from, unit.from)) ||
          followsBareRelativeClause(v, prevFrame, cue.from))
      ) {
        frame.speaker = prevFrame.speaker;
        if (frame.inverted) {
          frame.inverted = false;
          frame.to = cue.to;
          frame.contentFrom = cue.to;
        }
      }
      if (!frame.speaker && cue.kind === 'verb' && prevFrame?.speaker)
        frame.speaker = objectRelativeAntecedent(v, prevFrame, cue.from, unit.from);
      if (!frame.speaker && cue.kind === 'verb') frame.speaker = asideSubject(v, cue.from, unit.from);
      // "The state-run Global Times, citing unnamed experts, said Beijing had …": after an aside the
      // verb's subject is the phrase before it, not the name after the verb
      // (the sentence opens with that phrase: not "…, forcing her to fend off Trump, said Brad Bannon")
      const aside = frame.inverted && cue.kind === 'verb' ? asideSubject(v, cue.from, unit.from) : null;
      if (aside && aside.from === unit.from) {
        frame.speaker = aside;
        frame.inverted = false;
        frame.to = cue.to;
        frame.contentFrom = cue.to;
      }
      // "Some analysts said the pattern of incidents, including …, suggested a deliberate campaign":
      // a verb after a comma inside what an earlier frame reports is that clause's own verb, not a
      // frame with its speaker after it.
      if (
        frame.inverted &&
        prevFrame?.speaker &&
        !prevFrame.inverted &&
        prevFrame.cue.kind === 'verb' &&
        prevFrame.cue.cls === 'speech' &&
        prevFrame.from === unit.from &&
        !T.slice(prevFrame.to, cue.from).some((t) => t.quote >= 0)
      )
        continue;
      if (!frame.speaker && cue.kind === 'verb' && !nextToQuotation(v, frame, unit)) continue;
      unitFrames.push(frame);
    }
    const made: (RawAttribution | null)[] = [];
    unitFrames.forEach((frame, fi) => {
      const floor = fi > 0 ? unitFrames[fi - 1]!.to : unit.from;
      // `…, the commission said, according to Reuters.`: the outlet relays what the frame before reports
      const relayed = fi > 0 ? made[fi - 1] : null;
      if (
        relayed &&
        !relayed.via &&
        frame.speaker &&
        unitFrames[fi - 1]!.cue.kind === 'verb' &&
        frame.from - 1 === addresseeEnd(v, unitFrames[fi - 1]!, frame.from) &&
        sourceNamedLast(v, frame)
      ) {
        relayed.via = frame.speaker;
        made.push(null);
        return;
      }
      // "Lavrov said Russia would respond, TASS quoted him as saying.": the statement before is the one
      // relayed (the relay is read later), not a further one
      if (fi > 0 && frame.cue.kind === 'quoted' && frame.speaker?.kind === 'pronoun' && made.some((m) => m !== null)) {
        made.push(null);
        return;
      }
      // A frame inside this one's complement (`X said (that) Y believes …`) does not end its content.
      let k = fi + 1;
      while (k < unitFrames.length && (nestedIn(v, frame, unitFrames[k]!) || !afterBoundary(v, unitFrames[k]!, frame.to))) k++;
      const ceiling = k < unitFrames.length ? unitFrames[k]!.from : unit.to;
      // "According to the state-run Global Times, Chinese officials want …": the outlet that opens the
      // sentence relays the report that follows its comma
      const opener = fi > 0 && made[fi - 1] === null ? unitFrames[fi - 1]! : null;
      const relayedBy =
        opener?.cue.kind === 'according' &&
        opener.from === unit.from &&
        opener.speaker &&
        frame.cue.kind === 'verb' &&
        T[opener.to]?.text === ',' &&
        frame.from === opener.to + 1 &&
        outletPhrase(v, opener.speaker)
          ? opener.speaker
          : null;
      frames.push(frame);
      let attribution = contentOf(v, frame, unit, floor, Math.max(ceiling, frame.to), cueStops, fi > 0 ? unitFrames[fi - 1]! : null);
      // "who asked not to be named because …": how a source stays anonymous, not a claim
      if (attribution && /^not to be (?:named|identified)\b/u.test(v.text.slice(attribution.pieces[0]![0], attribution.pieces[0]![1])))
        attribution = null;
      made.push(attribution);
      if (!attribution) return;
      if (relayedBy && !attribution.via) attribution.via = relayedBy;
      // the outlet relays what the sources it cites said
      const cited = citedSource(v, attribution);
      if (cited) {
        attribution.via = attribution.speaker;
        attribution.speaker = cited;
      }
      for (const q of attribution.quotations) if (!claimed.has(q)) claimed.set(q, attribution);
      // Frames that report a quotation stop a quotation before them from running on past them.
      if (attribution.quotations.length > 0) cueAt.add(frame.cue.from);
      out.push(attribution);
    });
  }

  settleClaims(v, out, claimed);
  chainQuotations(v, claimed, cueAt);
  carrySentences(v, out, claimed);
  carryParagraphs(v, out, claimed);
  unattributed(v, out, claimed);
  // ("…, Reuters reported, citing two officials.": whom the outlet cites speaks through it, and is no claim of its own)
  const citations = new Set(out.flatMap((a) => (citedByRelay(v, a) ? [a.speaker!.from - 1] : [])));
  return out.filter((a) => !ownBelief(v, a, out) && !(a.cue && citations.has(a.cue[0])));
}

/**
 * "Some European officials said they believed the incursion was deliberate": what the speaker said
 * they believed is one report, theirs; the belief a pronoun opening the reported clause holds is no
 * second one (what the pronoun says or welcomes there stays a report of its own).
 */
function ownBelief(v: TokenView, a: RawAttribution, all: readonly RawAttribution[]): boolean {
  if (!a.cue || a.speaker?.kind !== 'pronoun' || CUE_VERBS.get(v.tokens[a.cue[0]]!.lower)?.cls !== 'belief') return false;
  const at = v.tokens[a.speaker.from]!.start;
  return all.some(
    (b) =>
      b !== a &&
      b.cue !== null &&
      CUE_VERBS.get(v.tokens[b.cue[0]]!.lower)?.cls === 'speech' &&
      b.pieces[0]![0] === at &&
      b.pieces[b.pieces.length - 1]![1] >= a.pieces[a.pieces.length - 1]![1],
  );
}

/**
 * One quotation, one reporter: when several attributions take the same quotation, the frame
 * right after it (`"…," she said`) wins, then a frame in the quotation's own sentence, then the
 * first. A direct attribution that loses all its quotations goes; a reported clause that is
 * mostly the lost quotation goes too.
 */
function settleClaims(v: TokenView, out: RawAttribution[], claimed: Map<number, RawAttribution>): void {
  const byQuote = new Map<number, RawAttribution[]>();
  for (const a of out) for (const q of a.quotations) byQuote.set(q, [...(byQuote.get(q) ?? []), a]);
  const lost = new Map<RawAttribution, Set<number>>();
  for (const [q, list] of byQuote) {
    if (list.length < 2) continue;
    const unit = v.tokens[firstTokenAt(v, v.quotations[q]!.start)]?.unit ?? -1;
    const rank = (a: RawAttribution) => (a.how === 'before' ? 0 : a.unit === unit ? 1 : 2);
    const winner = [...list].sort((a, b) => rank(a) - rank(b))[0]!;
    claimed.set(q, winner);
    for (const a of list) if (a !== winner) lost.set(a, (lost.get(a) ?? new Set()).add(q));
  }
  for (const [a, qs] of lost) {
    const keep = a.quotations.filter((q) => !qs.has(q));
    let drop = false;
    if (a.type === 'direct') {
      a.pieces = keep.flatMap((q) => piecesOf(v, q));
      a.quotations = keep;
      drop = keep.length === 0;
    } else {
      const span = a.pieces[a.pieces.length - 1]![1] - a.pieces[0]![0];
      const quoted = [...qs].reduce((n, q) => n + v.quotations[q]!.end - v.quotations[q]!.start, 0);
      drop = quoted > 0.6 * span;
    }
    if (drop) out.splice(out.indexOf(a), 1);
  }
}

/** How many words stand in tokens `[from, to)` outside quotations. */
function wordsBetween(v: TokenView, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (v.tokens[i]!.quote < 0 && isWord(v.tokens[i]!.text)) n++;
  return n;
}

/** Whether a frame starts a clause of its own (after a comma, a conjunction, a dash or a quotation), not one inside another's complement. */
function afterBoundary(v: TokenView, f: Frame, floor: number): boolean {
  const t = v.tokens[f.from - 1];
  if (!t || f.from - 1 < floor) return true;
  return t.quote >= 0 || /^(?:,|;|:|and|but|while|as|whereas|although|though|\u2014|\u2013|-|--|\(|\))$/u.test(t.lower);
}

/**
 * The frame that the last of a unit's frames reports within, or that frame itself: in "The minister
 * said China would respond, adding that …" the participle's speaker is the minister's, not China's.
 */
function outermost(v: TokenView, frames: readonly Frame[]): Frame {
  let f = frames[frames.length - 1]!;
  for (let i = frames.length - 2; i >= 0; i--) if (frames[i]!.speaker && nestedIn(v, frames[i]!, f)) f = frames[i]!;
  return f;
}

/** Whether `inner` opens the complement of `outer`: only "that", commas or an addressee between them. */
function nestedIn(v: TokenView, outer: Frame, inner: Frame): boolean {
  if (outer.cue.kind !== 'verb' || inner.from < outer.to) return false;
  // "…, the commission said, according to Reuters.": a source named last, for the whole report
  if (sourceNamedLast(v, inner)) return false;
  let j = outer.to;
  if (ADDRESSEE_VERBS.has(outer.cue.lemma)) {
    const obj = phraseAfter(v, j, inner.from);
    if (obj) j = obj.to;
  }
  while (
    j < inner.from &&
    /^(?:that|,|on|in|at|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|night|morning)$/u.test(
      v.tokens[j]!.lower,
    )
  )
    j++;
  return j === inner.from;
}

/** Whether a frame is ", according to X" closing its sentence: nothing but punctuation after it. */
function sourceNamedLast(v: TokenView, f: Frame): boolean {
  const T = v.tokens;
  if (f.cue.kind !== 'according' || T[f.from - 1]?.text !== ',') return false;
  const unit = T[f.to - 1]?.unit;
  for (let i = f.to; i < T.length && T[i]!.unit === unit; i++) if (isWord(T[i]!.text) || T[i]!.quote >= 0) return false;
  return true;
}

/** Whether a quotation closes right before the frame or opens right after it. */
function nextToQuotation(v: TokenView, frame: Frame, unit: { from: number; to: number }): boolean {
  if (quotationEndingBefore(v, frame.from, unit.from) >= 0) return true;
  let j = frame.to;
  while (j < unit.to && /^[,:\u2014-]$/u.test(v.tokens[j]!.text)) j++;
  return quotationStartingAt(v, j) >= 0;
}

/** The subject at the start of a unit, for participle cues: "Blackwell pointed to X, noting that …". */
function phraseAfterStart(v: TokenView, from: number, limit: number, roles = false): Phrase | null {
  const T = v.tokens;
  from = Math.min(afterDateline(v, from), limit);
  // The subject may follow an opening phrase: "In response to X, Clinton's aide rallied supporters, saying".
  const starts = [from];
  for (let i = from; i < limit; i++) if (T[i]!.text === ',' && T[i]!.quote < 0) starts.push(i + 1);
  for (const start of starts) {
    let i = start;
    while (i < limit && (T[i]!.quote >= 0 || !isWord(T[i]!.text))) i++;
    const p = phraseAfter(v, i, limit);
    if (!p) continue;
    // ("Rallying hundreds of workers, Hillary Clinton …": an opening participle names no one)
    if (p.to - p.from === 1 && T[p.from]!.entity < 0 && /^\p{Lu}\p{Ll}+ing$/u.test(T[p.from]!.text)) continue;
    if (p.kind === 'pronoun') return p;
    if (p.kind !== 'name' && !(roles && p.kind === 'role')) continue;
    const pronoun = pronounAfterDescription(v, p);
    if (pronoun) return pronoun;
    // Step over an apposition and a time phrase before the verb: "X, 70, on Thursday ratcheted up"
    // (not when the phrase is the apposition: "The army chief, Gen. Ashok Raj Sigdel, appealed …")
    let j = p.to;
    if (T[j]?.text === ',' && verbLike(T[j + 1]) && !/ing$/u.test(T[j + 1]!.lower) && describedBefore(v, starts, start, limit)) return p;
    if (T[j]?.text === ',') {
      while (j + 1 < limit && T[j + 1]!.text !== ',') j++;
      j += 2;
    }
    while (
      j < limit &&
      /^(?:on|in|at|last|this|also|then|later|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|morning|week)$/u.test(
        T[j]!.lower,
      )
    )
      j++;
    if (verbLike(T[j])) return p;
  }
  return null;
}

/** Whether a role phrase fills the stretch before `start` from the start before it ("The army chief, Gen. X, …"). */
function describedBefore(v: TokenView, starts: readonly number[], start: number, limit: number): boolean {
  const k = starts.indexOf(start);
  if (k < 1) return false;
  let i = starts[k - 1]!;
  while (i < start && !isWord(v.tokens[i]!.text)) i++;
  const role = phraseAfter(v, i, limit);
  return role !== null && role.kind === 'role' && role.to === start - 1;
}

/** Whether a token reads as a finite verb after its subject: a cue, a form in -ed or -s, or a common irregular past. */
function verbLike(t: QToken | undefined): boolean {
  return (
    t !== undefined &&
    (CUE_VERBS.has(t.lower) ||
      /^\p{Ll}+(?:ed|s)$/u.test(t.text) ||
      /^(?:was|is|had|has|went|got|took|gave|made|began|came|held|led|met|ran|sent|spent|won|lost|left|put|set|spoke|saw|flew|struck|fought|brought|bought|sought|stood|rose|fell|broke|chose|froze|hit|kept|knew|paid|sold|threw|withdrew|became|shook|shot|swept|drew|grew|hung|let)$/u.test(
        t.lower,
      ))
  );
}

/**
 * The pronoun a description stands for when it opens a clause before one ("A Libertarian, he
 * backed …", "A former senator, she said …"): the pronoun is the subject. Null otherwise.
 */
function pronounAfterDescription(v: TokenView, p: Phrase): Phrase | null {
  const T = v.tokens;
  if (p.kind === 'pronoun' || !/^(?:a|an)$/u.test(T[p.lead ?? p.from]?.lower ?? '') || T[p.to]?.text !== ',') return null;
  const next = T[p.to + 1];
  return next && SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'who' ? { from: p.to + 1, to: p.to + 2, kind: 'pronoun' } : null;
}

function quotationStartingAt(v: TokenView, i: number): number {
  const t = v.tokens[i];
  if (!t || t.quote < 0 || !t.mark || v.titles.has(t.quote)) return -1;
  const q = v.quotations[t.quote]!;
  return q.start === t.start ? t.quote : -1;
}

/** The quotation that closes right before token `i` (only punctuation between), or -1. */
function quotationEndingBefore(v: TokenView, i: number, floor: number): number {
  let j = i - 1;
  while (j >= floor && /^[,?!\u2014\u2013-]$/u.test(v.tokens[j]!.text) && v.tokens[j]!.quote < 0) j--;
  if (j < floor) return -1;
  const t = v.tokens[j]!;
  if (t.quote < 0 || !t.mark || v.titles.has(t.quote)) return -1;
  const q = v.quotations[t.quote]!;
  return q.end === t.end || (t.end <= q.end && q.end - t.end <= 1) ? t.quote : -1;
}

/** Whether a quotation closes its sentence inside the marks: `"… burden."`, `"… ready?"`. */
function quotationEndsSentence(v: TokenView, q: number): boolean {
  const quotation = v.quotations[q]!;
  return /[.?!]\s*["\u201d'\u2019]*$/u.test(v.text.slice(Math.max(quotation.start, quotation.end - 4), quotation.end));
}

/** Whether two speaker phrases name the same speaker: one entity, or the same last word. */
function samePhrase(v: TokenView, a: Phrase, b: Phrase): boolean {
  const T = v.tokens;
  const ea = T[a.to - 1]!.entity;
  if (ea >= 0 && ea === T[b.to - 1]!.entity) return true;
  return T[a.to - 1]!.lower === T[b.to - 1]!.lower;
}

function piecesOf(v: TokenView, q: number): Piece[] {
  return v.quotations[q]!.pieces.map(([a, b]) => [a, b] as const);
}

function contentOf(
  v: TokenView,
  frame: Frame,
  unit: { from: number; to: number },
  floor: number,
  ceiling: number,
  cueStops: Set<number>,
  prevFrame: Frame | null = null,
): RawAttribution | null {
  const T = v.tokens;
  const make = (pieces: Piece[], type: QuoteType, quotations: number[], how: RawAttribution['how'] = 'clause'): RawAttribution => ({
    how,
    unit: T[frame.cue.from]!.unit,
    pieces,
    type,
    // "quoted Rutte as saying": the cue shown is "as saying", the speaker sits between.
    cue: frame.cue.kind === 'quoted' ? [frame.cue.to - 2, frame.cue.to] : [frame.cue.from, frame.cue.to],
    speaker: frame.speaker,
    via: frame.via,
    quotations,
    carried: false,
  });

  // The quotation the frame follows: `"…," Carson told ABC.`
  let before = quotationEndingBefore(v, frame.from, unit.from);
  // The quotation after the frame: `Carson said: "…"`.
  let afterAt = skipRightFillers(v, frame, unit.to, cueStops);
  if (frame.cue.kind !== 'according' && afterAt < unit.to && T[afterAt]!.lower === 'that') {
    afterAt++;
    // `"… burden." He added that the pledge …`: a frame that opens a sentence of its own after a
    // quotation that ended one reports its own clause; the quotation is someone's before it.
    if (before >= 0 && !frame.inverted && quotationEndsSentence(v, before)) before = -1;
    // `urged Washington to "stop …," adding that …`: a participle reports its own clause, and the
    // quotation before it belongs to the verb it follows.
    if (before >= 0 && frame.from === frame.cue.from && /ing$/u.test(T[frame.cue.from]!.lower)) before = -1;
  }
  // `The Kremlin said Germany was "militarising Europe," RIA Novosti reported`, `Xi told Trump the
  // two should be "partners and friends", according to a readout …`: an outlet's report, or a source
  // named by "according to", after a quotation that ends another frame's clause relays that frame,
  // and takes no quotation of its own
  if (
    before >= 0 &&
    floor > unit.from &&
    ((frame.cue.kind === 'verb' && frame.cue.lemma === 'report' && frame.speaker && outletPhrase(v, frame.speaker)) ||
      frame.cue.kind === 'according') &&
    v.quotations[before]!.start >= T[floor - 1]!.end
  )
    before = -1;
  // `Rubio urged them to "maintain communication," the State Department said.`: a quotation an earlier
  // frame of the sentence reports is only part of what this one reports: the sentence up to here
  // (not `Feinstein said "…," she said`: the same speaker again)
  const earlier = prevFrame?.speaker;
  if (
    before >= 0 &&
    floor > unit.from &&
    frame.cue.kind === 'verb' &&
    frame.speaker &&
    frame.speaker.kind !== 'pronoun' &&
    earlier &&
    earlier.kind !== 'pronoun' &&
    !samePhrase(v, earlier, frame.speaker) &&
    v.quotations[before]!.start >= T[floor - 1]!.end &&
    v.quotations[before]!.end <= T[frame.from]!.start &&
    // (words of the earlier frame lead into the quotation: "urged them to", not "Clinton said. "…"")
    T.slice(floor, firstTokenAt(v, v.quotations[before]!.start)).some((t) => t.quote < 0 && isWord(t.text)) &&
    endsUnit(v, frame, unit.to)
  ) {
    let start = unit.from;
    while (start < floor && !isWord(T[start]!.text)) start++;
    return make([[T[start]!.start, v.quotations[before]!.end]], 'mixed', [before]);
  }
  // `"…?" - Democrats in Iowa who watched the debate said they were unfazed`: a subject described by
  // a relative clause, reporting a clause of its own, is not the quotation's speaker
  if (
    before >= 0 &&
    !frame.inverted &&
    T.slice(frame.from, frame.cue.from).some((t) => t.lower === 'who' && t.quote < 0) &&
    contentRight(v, afterAt, ceiling, frame.cue.from)
  )
    before = -1;
  let after = quotationStartingAt(v, afterAt);
  if (after < 0 && ceiling >= unit.to && frame.speaker && /^[:,]$/u.test(T[unit.to - 1]!.text)) {
    // `X said:` closing a paragraph introduces the quotation that opens the next one.
    const nextUnit = v.units[T[unit.to - 1]!.unit + 1];
    if (nextUnit && nextUnit.para === T[unit.to - 1]!.para + 1) after = quotationStartingAt(v, nextUnit.from);
  }
  if (
    after < 0 &&
    before < 0 &&
    ceiling >= unit.to &&
    frame.speaker &&
    frame.cue.kind === 'verb' &&
    endsUnit(v, frame, unit.to) &&
    !writersClauseBefore(v, frame, unit, floor)
  ) {
    // `Bystrom agreed. "…"`: a frame with nothing to report in its own sentence reports the quotation that follows
    // (not `The stakes are high, Becerra said. "…"`, which reports its own sentence: the quotation is carried)
    const nextUnit = v.units[T[unit.from]!.unit + 1];
    if (nextUnit && nextUnit.para === T[unit.from]!.para) after = quotationStartingAt(v, nextUnit.from);
  }
  if (!frame.speaker && frame.cue.kind !== 'according') {
    if (before >= 0 || after >= 0) {
      // A cue without a speaker next to a quotation: the quotation is reported, by whom we do not know.
    } else return null;
  }

  // `"…," she said, "…"` takes both; `"…?" Mills writes back, "…"` only the one after.
  const quotationEndsClause = (q: number) => {
    const last = v.quotations[q]!.pieces.at(-1)!;
    const tail = v.text.slice(Math.max(last[0], last[1] - 2), v.quotations[q]!.end);
    return /[,\u2014-]\s*["\u201d'\u2019]*$/u.test(tail) || /,/u.test(v.text.slice(last[1] - 1, last[1] + 3));
  };

  if (before >= 0 && (after < 0 || quotationEndsClause(before))) {
    // `The move is "a direct threat to Russia's security," Zakharova told a briefing`: the quotation
    // ends a clause the sentence opened in the writer's words, which report the speaker too
    const q = v.quotations[before]!;
    const opening = firstTokenAt(v, q.start);
    if (
      after < 0 &&
      frame.speaker &&
      floor === unit.from &&
      q.pieces.length === 1 &&
      wordsBetween(v, unit.from, opening) >= 2 &&
      !v.titles.has(before)
    ) {
      let start = unit.from;
      while (start < opening && !isWord(T[start]!.text)) start++;
      const from = afterDateline(v, start);
      let open = from < opening;
      for (let k = from; k < opening && open; k++) if (T[k]!.text === ':' || cueStops.has(k)) open = false;
      if (open) return make([[T[from]!.start, q.end]], 'mixed', [before], 'before');
    }
    const pieces = piecesOf(v, before);
    const quotations = [before];
    if (after >= 0 && after !== before) {
      pieces.push(...piecesOf(v, after));
      quotations.push(after);
    }
    return make(pieces, 'direct', quotations, 'before');
  }
  if (after >= 0 && (!frame.inverted || !hasWordsBefore(v, frame.from, unit.from))) {
    // The quotation may be only the start of the clause: `said "big league" things`.
    const q = v.quotations[after]!;
    const lastTok = lastTokenOfQuotation(v, after);
    const rest = clauseEnd(v, lastTok + 1, ceiling);
    if (rest.words === 0) return make(piecesOf(v, after), 'direct', [after], 'after');
    return make([[q.start, T[rest.end - 1]!.end]], 'mixed', quotationsIn(v, q.start, T[rest.end - 1]!.end), 'after');
  }

  if (frame.cue.kind === 'verb' && QUOTE_ONLY.has(frame.cue.lemma)) return null;
  // Indirect speech: content on the right (`X said (that) …`), or on the left (`…, X said.`).
  const leftFirst =
    frame.inverted ||
    endsUnit(v, frame, ceiling) ||
    subordinateTail(v, frame, ceiling) >= 0 ||
    (frame.cue.kind === 'according' && !startsUnit(v, frame, floor));
  const indirect = (piece: Piece | null) => {
    if (!piece) return null;
    const qs = quotationsIn(v, piece[0], piece[1]);
    return make([piece], qs.length > 0 ? 'mixed' : 'indirect', qs);
  };
  if (leftFirst)
    return indirect(contentLeft(v, frame, floor)) ?? (frame.inverted ? null : indirect(contentRight(v, afterAt, ceiling, frame.cue.from)));
  const right = contentRight(v, afterAt, ceiling, frame.cue.from);
  const subject = right ? subjectBeforeAside(v, frame, unit, floor, right) : null;
  if (right && subject) {
    const qs = quotationsIn(v, subject[0], right[1]);
    return make([subject, right], qs.length > 0 ? 'mixed' : 'indirect', qs);
  }
  const around = right ? null : clauseAroundAside(v, frame, unit, floor, ceiling);
  if (around) {
    const qs = quotationsIn(v, around[0]![0], around[1]![1]);
    return make(around, qs.length > 0 ? 'mixed' : 'indirect', qs);
  }
  return indirect(right) ?? indirect(contentLeft(v, frame, floor));
}

/** Words that carry a clause on past a frame set off by commas ("…, Devine said, by the upcoming calendar"). */
const CLAUSE_GOES_ON = /^(?:by|in|on|at|for|with|to|from|because|if|unless|than|until|once|without)$/u;

/**
 * A clause a frame set off by commas interrupts, when what follows the frame completes it: "The
 * argument would be aided, Devine said, by the upcoming primary calendar." reports "The argument
 * would be aided … by the upcoming primary calendar". The clause opens the sentence with three
 * words or more, and the rest after the frame opens with a preposition or a conjunction and runs
 * to the sentence's end. Its two pieces, or null.
 */
function clauseAroundAside(v: TokenView, frame: Frame, unit: { from: number; to: number }, floor: number, ceiling: number): Piece[] | null {
  const T = v.tokens;
  const comma = frame.from - 1;
  if (frame.inverted || frame.cue.kind !== 'verb' || comma < floor || T[comma]!.text !== ',' || T[frame.to]?.text !== ',') return null;
  const restFrom = frame.to + 1;
  // (not "…, he said, on condition of anonymity …": how the speaker spoke)
  if (!CLAUSE_GOES_ON.test(T[restFrom]?.lower ?? '') || T[restFrom + 1]?.lower === 'condition') return null;
  let start = Math.max(floor, unit.from);
  while (start < comma && !isWord(T[start]!.text)) start++;
  start = afterDateline(v, start);
  let words = 0;
  for (let k = start; k < comma; k++) {
    if (T[k]!.quote >= 0 && !isWord(T[k]!.text)) continue;
    if (isWord(T[k]!.text)) words++;
  }
  if (words < 3 || SUBORDINATORS.test(T[start]!.lower)) return null;
  const rest = clauseEnd(v, restFrom, ceiling);
  if (rest.all < 2 || rest.end < unit.to - 1) return null;
  return [
    [T[start]!.start, T[comma - 1]!.end],
    [T[restFrom]!.start, T[rest.end - 1]!.end],
  ];
}

/** Words in -s that are no verb ("Instead, Trump told CNN, his policy would …"). */
const NOT_VERBS_IN_S = /^(?:his|this|its|hers|ours|yours|theirs|us|as|thus|perhaps|whereas|unless|less|across|ones|others)$/u;

/**
 * The subject a frame set off by commas interrupts: "The opposition, he told the Imedi channel, was
 * trying to drag …" reports "The opposition … was trying to drag …". A phrase of one to eight words
 * that opens the sentence, when what follows the frame goes on with its verb. Null otherwise.
 */
function subjectBeforeAside(v: TokenView, frame: Frame, unit: { from: number; to: number }, floor: number, right: Piece): Piece | null {
  const T = v.tokens;
  const comma = frame.from - 1;
  const first = firstTokenAt(v, right[0]);
  if (frame.inverted || T[comma]?.text !== ',' || T[first - 1]?.text !== ',') return null;
  const verb = T[first]!;
  if (!AUXILIARIES.has(verb.lower) && !(verbLike(verb) && !CUE_VERBS.has(verb.lower) && !NOT_VERBS_IN_S.test(verb.lower))) return null;
  let start = Math.max(floor, unit.from);
  while (start < comma && !isWord(T[start]!.text)) start++;
  start = afterDateline(v, start);
  if (comma - start < 1 || comma - start > 8) return null;
  for (let k = start; k < comma; k++) if (T[k]!.quote >= 0 || !/^[\p{L}\p{N}'\u2019.-]+$/u.test(T[k]!.text)) return null;
  return [T[start]!.start, T[comma - 1]!.end];
}

/** Whether the frame closes a clause of the writer's own words, no quotation in it ("The stakes are high, Becerra said."). */
function writersClauseBefore(v: TokenView, frame: Frame, unit: { from: number; to: number }, floor: number): boolean {
  if (!v.tokens.slice(unit.from, frame.from).some((t) => t.quote < 0 && isWord(t.text))) return false;
  const left = contentLeft(v, frame, floor);
  return left !== null && quotationsIn(v, left[0], left[1]).length === 0;
}

/** The token after a frame and the one it addressed, if any ("told reporters", "warned them"). */
function addresseeEnd(v: TokenView, frame: Frame, ceiling: number): number {
  const T = v.tokens;
  if (frame.cue.kind !== 'verb' || !ADDRESSEE_VERBS.has(frame.cue.lemma) || frame.inverted) return frame.to;
  if (frame.to < ceiling && BARE_ADDRESSEES.test(T[frame.to]!.lower)) return frame.to + 1;
  if (opensClause(v, frame.to)) return frame.to;
  return phraseAfter(v, frame.to, ceiling)?.to ?? frame.to;
}

/** Whether nothing but punctuation and time words follows the frame in its unit. */
function endsUnit(v: TokenView, frame: Frame, ceiling: number): boolean {
  const T = v.tokens;
  let j = frame.to;
  // Time words, and one prepositional phrase ("in a court filing", "on CNN's State of the Union").
  while (j < ceiling && !isWord(T[j]!.text) && T[j]!.quote < 0) j++;
  while (
    j < ceiling &&
    /^(?:on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|night|morning|week|matter-of-factly|early|late|earlier|later|recently)$/u.test(
      T[j]!.lower,
    ) &&
    // ("said on Telegram", "on CNN's State of the Union": a place to say it, which the phrase below takes)
    !(T[j]!.lower === 'on' && /^\p{Lu}/u.test(T[j + 1]?.text ?? '') && !timeFollows(T[j + 1]!.lower))
  )
    j++;
  if (j < ceiling && /^(?:in|on|at|to|during|after|before|with|from)$/u.test(T[j]!.lower)) {
    let k = j + 1;
    while (k < ceiling && k < j + 8 && T[k]!.quote < 0 && (isWord(T[k]!.text) || /^['\u2019]s$/u.test(T[k]!.text))) {
      if (CUE_VERBS.has(T[k]!.lower) || /^(?:that|who|which)$/u.test(T[k]!.lower)) return false;
      // "in a statement carried by state news agency BelTA": the outlet that carried it ends the phrase
      if (CARRIED.test(T[k]!.lower) && T[k + 1]?.lower === 'by') {
        const outlet = phraseAfter(v, k + 2, ceiling);
        if (!outlet) return false;
        k = outlet.to;
        break;
      }
      k++;
    }
    j = k;
  }
  while (j < ceiling && !isWord(T[j]!.text) && T[j]!.quote < 0) j++;
  return j >= ceiling;
}

/** Words that rank an act among others ("the latest of dozens", "the first such strike", "its biggest"). */
const RANKING_WORDS = /^(?:latest|first|second|third|last|biggest|largest|worst|deadliest|heaviest|highest|lowest|most|least)$/u;

/**
 * Whether the word at `i` can open a clause's subject: a name, a capitalised word, a determiner, a
 * subject pronoun, or a word that modifies a speaker's noun ("state broadcaster").
 */
function opensSubject(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || t.quote >= 0) return false;
  // ("…, and there were only eight reported incidents": "there" opens a clause of its own too)
  return (
    t.entity >= 0 ||
    /^\p{Lu}/u.test(t.text) ||
    DETERMINERS.has(t.lower) ||
    SUBJECT_PRONOUNS.has(t.lower) ||
    t.lower === 'there' ||
    modifiesNoun(v, i)
  );
}

/**
 * "…, the ministry said on Tuesday, as a trade war escalated.", "…, the Polish military said, in the
 * first such clash …", "…, the commission said, a result that …": where a clause or phrase about
 * when, why or what it means follows the frame within a few words (the comma before it), which
 * then ends the frame's unit as far as what was said is concerned; -1 when none does. A participle
 * that reports more ("…, the ministry said, calling the move a mistake", "…, adding that …") ends it
 * the same way.
 */
function subordinateTail(v: TokenView, frame: Frame, ceiling: number): number {
  const T = v.tokens;
  // "…, Anwar said after hosting talks between the two sides.": a clause about when, with no comma
  // (not "said after the meeting that …": what was said follows)
  let j = frame.to;
  while (j < ceiling && j < frame.to + 3 && (WEEKDAYS.test(T[j]!.lower) || TIME_WORD.test(T[j]!.lower))) j++;
  if (
    j < ceiling &&
    /^(?:after|before|while|when|following|during|amid|ahead)$/u.test(T[j]!.lower) &&
    // (nor "Trump said during the debate were sparked by …": a verb of what was said after the phrase)
    !T.slice(j, ceiling).some((t) => t.quote >= 0 || t.lower === 'that' || AUXILIARIES.has(t.lower))
  )
    return j;
  for (let k = frame.to; k < ceiling && k <= frame.to + 5; k++) {
    if (T[k]!.quote >= 0) return -1;
    if (T[k]!.text !== ',') continue;
    const next = T[k + 1]?.lower ?? '';
    if (/^(?:as|while|when|after|before|because|since|amid|despite|although|though|citing|in|with|during|following|ahead)$/u.test(next))
      return k;
    if (next.endsWith('ing') && CUE_VERBS.get(next)?.cls === 'speech') return k;
    // "…, Anwar said, ending the deadliest fighting in a decade": the writer's comment on what it means
    // (not "Germany has pledged to bolster its military, reversing …": the act, not the saying, has that comment)
    // ("…, two diplomats told Reuters, speaking on condition of anonymity": after whom it was told, too)
    if (
      (k === j || k === addresseeEnd(v, frame, ceiling)) &&
      /^\p{Ll}+ing$/u.test(T[k + 1]?.text ?? '') &&
      !CUE_VERBS.has(next) &&
      !/^(?:according|including|regarding|concerning)$/u.test(next)
    )
      return k;
    // "…, the Commission said on Wednesday, hours after …"
    if (timeSpanAfterComma(v, k, ceiling) >= 0) return k;
    // "…, Japan's coast guard said, the latest of dozens of such patrols": a phrase that ranks it
    // (not "…, officials said, the first by a consular officer": that goes on with what they said)
    if (
      /^(?:the|its|their)$/u.test(next) &&
      RANKING_WORDS.test(T[k + 2]?.lower ?? '') &&
      /^(?:of|in|such|since)$/u.test(T[k + 3]?.lower ?? '')
    )
      return k;
    // "…, according to Japanese media, and state broadcaster CCTV said …": a clause of its own follows
    // ("…, officials said, and experts say …", "…, records show, and it is worth less now": right after the frame too)
    if ((frame.cue.kind === 'according' || k === j) && CLAUSE_JOINERS.test(next) && opensSubject(v, k + 2)) return k;
    if (commentAfterComma(v, k, ceiling)) return k;
  }
  return -1;
}

/**
 * Whether the comma at `k` opens the writer's comment on what was reported: "…, a result that is
 * likely to …", "…, a figure the government disputed", "…, a claim Moldovan officials rejected".
 */
function commentAfterComma(v: TokenView, k: number, ceiling: number): boolean {
  const T = v.tokens;
  // "…, charges that Kigali denies", "…, accusations the Kremlin called unfounded"
  const plural = T[k + 1]?.lower ?? '';
  if (/s$/u.test(plural) && CLAIM_NOUNS.has(plural.slice(0, -1)) && k + 2 < ceiling) {
    const next = T[k + 2]!;
    return /^(?:that|which|the)$/u.test(next.lower) || (next.entity >= 0 && /^\p{Lu}/u.test(next.text));
  }
  if (!/^(?:a|an)$/u.test(T[k + 1]?.lower ?? '')) return false;
  let j = k + 2;
  while (j < ceiling && j <= k + 4 && /^\p{Ll}+$/u.test(T[j]!.text) && !/^(?:that|which)$/u.test(T[j]!.lower)) j++;
  if (j > k + 2 && /^(?:that|which)$/u.test(T[j]?.lower ?? '')) return true;
  for (const noun of [k + 2, k + 3]) {
    if (noun >= ceiling) break;
    const w = T[noun]!.lower;
    const after = T[noun + 1]?.lower ?? '';
    if (CLAIM_NOUNS.has(w) && after !== 'of') return true;
    // "…, results showed, a blow to Moscow", "…, a setback for the ruling party"
    if (VERDICT_NOUNS.has(w) && /^(?:to|for|that|which)$/u.test(after)) return true;
  }
  return false;
}

/** Nouns of the writer's verdict on what was just reported ("a blow to Moscow", "a boost for Sandu"). */
const VERDICT_NOUNS = new Set('blow setback boost victory defeat rebuke reversal win'.split(' '));

function startsUnit(v: TokenView, frame: Frame, floor: number): boolean {
  return onlyOpenersBefore(v, frame.from, floor);
}

/** Whether nothing but words that open a sentence ("But", "And", "Meanwhile") stands between `floor` and `at`. */
function onlyOpenersBefore(v: TokenView, at: number, floor: number): boolean {
  for (let j = floor; j < at; j++) {
    const t = v.tokens[j]!;
    if (t.quote >= 0 || (/^[\p{L}\p{N}]/u.test(t.text) && !/^(?:and|but|so|yet|also|however|still|now|then|meanwhile)$/u.test(t.lower)))
      return false;
  }
  return true;
}

function lastTokenOfQuotation(v: TokenView, q: number): number {
  const end = v.quotations[q]!.end;
  return firstTokenAt(v, end) - 1;
}

function quotationsIn(v: TokenView, a: number, b: number): number[] {
  const out: number[] = [];
  const Q = v.quotations;
  let lo = 0;
  let hi = Q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Q[mid]!.start < a) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < Q.length && Q[i]!.start <= b; i++) if (Q[i]!.end <= b + 1) out.push(i);
  return out;
}

/** Where the clause that starts at `from` ends: the next cue frame, a semicolon, or the unit's end. */
function clauseEnd(v: TokenView, from: number, ceiling: number): { end: number; words: number; all: number } {
  const T = v.tokens;
  let end = ceiling;
  // Trim the tail: sentence punctuation, a dangling conjunction before the next frame.
  while (end > from && /^[.,;:!?\u2014\u2013-]$/u.test(T[end - 1]!.text) && T[end - 1]!.quote < 0) end--;
  while (end > from && /^(?:and|but|or|while|as|,)$/u.test(T[end - 1]!.lower)) end--;
  let words = 0;
  let all = 0;
  for (let i = from; i < end; i++) {
    if (isWord(T[i]!.text)) {
      all++;
      if (T[i]!.quote < 0) words++;
    }
    if (T[i]!.text === ';' && T[i]!.quote < 0) {
      end = i;
      break;
    }
  }
  return { end, words, all };
}

/** Words that open a clause before the sentence's main one ("When Trump attacked a judge …, Hispanic Americans were outraged"). */
const OPENING_SUBORDINATORS = /^(?:when|after|although|though|while|because|since|once|until|before|as|whenever)$/u;

/**
 * The end of what was said when the cue sits in a subordinate or relative clause ("When Trump
 * attacked a judge …, Hispanic Americans were outraged", "The poll showed that although Clinton
 * has touted her experience, voters …", "Clinton, who declared victory Tuesday, will …"): the
 * comma that closes that clause, where the main clause goes on; `ceiling` otherwise. The search
 * for the clause's opener goes back from the cue, at token `cueFrom`.
 */
function openingClauseCeiling(v: TokenView, at: number, ceiling: number, cueFrom: number): number {
  const T = v.tokens;
  if (at >= ceiling || at >= T.length) return ceiling;
  const unit = v.units[T[at]!.unit]!;
  let opener = -1;
  for (let k = Math.min(cueFrom, at) - 1; k >= unit.from; k--) {
    const t = T[k]!;
    if (t.quote >= 0 || t.text === ',' || t.lower === 'that' || t.text === ':') break;
    if (OPENING_SUBORDINATORS.test(t.lower) || t.lower === 'who' || t.lower === 'which') {
      opener = k;
      break;
    }
  }
  if (opener < 0) return ceiling;
  for (let k = Math.max(opener + 1, at); k < ceiling; k++) {
    if (T[k]!.text !== ',' || T[k]!.quote >= 0 || innerComma(v, k)) continue;
    // a clause too short to be what was said ("he, Christie, was …"): the comma is inside it, unless
    // the main clause's verb follows it ("Mr. McConnell, who has criticized his campaign, offered …")
    let words = 0;
    for (let j = at; j < k; j++) if (isWord(T[j]!.text)) words++;
    const verbAfter = /^\p{Ll}+$/u.test(T[k + 1]?.text ?? '') && !/^(?:and|or|but|who|which|that|a|an|the)$/u.test(T[k + 1]!.lower);
    return words >= 3 || verbAfter ? k : ceiling;
  }
  return ceiling;
}

/** A comma inside a phrase rather than after a clause: "Salem, New Hampshire", "Christie, Bush and Kasich". */
function innerComma(v: TokenView, k: number): boolean {
  const T = v.tokens;
  const next = T[k + 1];
  if (!next) return false;
  if (next.entity >= 0 && /^(?:GPE|LOC)$/u.test(v.entities[next.entity]!.type) && /^\p{Lu}/u.test(T[k - 1]?.text ?? '')) return true;
  // a list: "and" or "or" two or three words after the comma ("Christie, Bush and Kasich")
  for (let j = k + 1; j <= k + 3 && j < T.length; j++) {
    if (T[j]!.text === ',' || T[j]!.quote >= 0) return false;
    if (T[j]!.lower === 'and' || T[j]!.lower === 'or') return j > k + 1;
  }
  return false;
}

/** Words of a time span set after a comma: "a day", "hours", "two weeks", "shortly", "just". */
const TIME_AFTER_COMMA =
  /^(?:a|an|one|two|three|four|five|six|\p{N}+|few|several|day|days|hours?|weeks?|months?|years?|minutes|moments|shortly|just|only|soon)$/u;

/**
 * ", a day after …", ", hours before …": the token of the "after" or "before" that follows a time
 * span set after the comma at token `k` (span words searched below `limit`), or -1.
 */
function timeSpanAfterComma(v: TokenView, k: number, limit: number): number {
  const T = v.tokens;
  let j = k + 1;
  while (j < limit && j <= k + 3 && TIME_AFTER_COMMA.test(T[j]!.lower)) j++;
  return j > k + 1 && /^(?:after|before)$/u.test(T[j]?.lower ?? '') ? j : -1;
}

/**
 * "…, but fighting has continued around Babanusa": after the comma at `k`, "but" and a clause whose
 * subject is a common noun with a perfect verb — the writer setting what was said against what
 * happened since.
 */
function narratorsBut(v: TokenView, k: number, end: number): boolean {
  const T = v.tokens;
  if (T[k + 1]?.lower !== 'but') return false;
  const subject = T[k + 2];
  if (!subject || subject.quote >= 0 || !/^\p{Ll}+$/u.test(subject.text) || SUBJECT_PRONOUNS.has(subject.lower) || subject.lower === 'that')
    return false;
  for (let j = k + 3; j < end && j <= k + 5; j++) {
    // (not "but all the pundits have been trying to convince you": an opinion still held, with "been")
    if (/^(?:has|have|had)$/u.test(T[j]!.lower))
      return /^\p{Ll}+(?:ed|en|un|wn)$/u.test(T[j + 1]?.text ?? '') && T[j + 1]!.lower !== 'been';
    if (!/^\p{Ll}+$/u.test(T[j]!.text)) return false;
  }
  return false;
}

/** "…, as did congressman Johannes Kaiser": the writer adds who else did what the frame's speaker did. */
function othersDid(v: TokenView, k: number): boolean {
  const T = v.tokens;
  return T[k + 1]?.lower === 'as' && /^(?:did|does|do|has|have|had)$/u.test(T[k + 2]?.lower ?? '') && T[k + 3]?.quote === -1;
}

function contentRight(v: TokenView, at: number, ceiling: number, cueFrom: number): Piece | null {
  const T = v.tokens;
  // "argue at Harbhajan's appeal hearing that …": the words after the cue ran on past a name into
  // its possessive; what was said opens at the "that" a few words on, when there is one
  if (/^['\u2019]s$/u.test(T[at]?.text ?? '')) {
    let k = at + 1;
    while (k < ceiling && k <= at + 6 && T[k]!.lower !== 'that' && !/^[,.;:!?]$/u.test(T[k]!.text)) k++;
    // without a "that", the word before it belongs to what was said: "said that's what he would
    // expect", "has said for weeks he's the only candidate", "said Thursday's speeches have …"
    if (k < ceiling && T[k]!.lower === 'that') at = k + 1;
    else at--;
  }
  let { end, all } = clauseEnd(v, at, openingClauseCeiling(v, at, ceiling, cueFrom));
  // ('called it "shameful"': what a speaker called something in their own words is short)
  const named = all === 2 && NAMING_CUES.has(CUE_VERBS.get(T[cueFrom]!.lower)?.lemma ?? '') && T[at + 1]?.quote !== -1;
  if ((all < 3 && !named) || end <= at) return null;
  // "Republicans who have praised his candidacy warned that …": a relative clause's cue reports up to
  // the verb of the clause it hangs on
  if (inRelativeClause(v, cueFrom)) {
    for (let k = at + 1; k < end; k++) {
      if (T[k]!.quote >= 0) break;
      // (not "who says whatever makes sense at the moment he says it": a verb with a subject of its own)
      if (finiteSpeechVerb(T[k]!) && !/^(?:who|that|which|to)$/u.test(T[k - 1]!.lower) && !SUBJECT_PRONOUNS.has(T[k - 1]!.lower)) {
        // (what someone endorsed or praised on the way to what they said is no statement of theirs)
        if (CUE_VERBS.get(T[cueFrom]!.lower)?.cls !== 'speech') return null;
        end = k;
        break;
      }
    }
    if (end - at < 2) return null;
  }
  // "… had been rigged, a day after the ruling party claimed victory": a time set after a comma is the narrator's;
  // so is a comment on the whole ("…, a deal that the AfD called …", "…, a move which …")
  for (let k = at + 3; k < end - 2; k++) {
    if (T[k]!.text !== ',' || T[k]!.quote >= 0) continue;
    const j = timeSpanAfterComma(v, k, end);
    if ((j >= 0 && j < end) || commentAfterComma(v, k, end) || narratorsBut(v, k, end) || othersDid(v, k)) {
      end = k;
      break;
    }
  }
  // "vowed to ban Muslims …, declined at first to …", "vowed to keep abortion legal and celebrated the
  // ruling": an infinitive ends where the speaker's next verb follows a comma or "and"
  if (T[at]!.lower === 'to') {
    // "vows to \"fight to the end\" as U.S. raises tariffs": a clause about when, with a subject of its own
    for (let k = at + 2; k < end - 2; k++) {
      if (!/^(?:as|while|amid)$/u.test(T[k]!.lower) || T[k]!.quote >= 0 || !/^\p{Lu}/u.test(T[k + 1]!.text)) continue;
      let j = k + 1;
      while (j < end && j <= k + 4 && /^\p{Lu}/u.test(T[j]!.text)) j++;
      if (j < end && /^\p{Ll}+(?:s|ed)$/u.test(T[j]!.text) && !/ss$/u.test(T[j]!.text)) {
        end = k;
        break;
      }
    }
    // (not "and" in "to honour those who served and sacrificed": a relative clause's own verbs)
    let relative = false;
    for (let k = at + 2; k < end - 1; k++) {
      if (/^(?:who|which|that)$/u.test(T[k]!.lower)) relative = true;
      const joint = T[k]!.text === ',' || (T[k]!.lower === 'and' && !relative);
      if (joint && T[k]!.quote < 0 && /^\p{Ll}+ed$/u.test(T[k + 1]!.text) && T[k + 2]?.lower !== 'by') {
        end = k;
        break;
      }
    }
  }
  // 'called the strike "a murder" and recalled his ambassador': after a quotation, "and" and a past
  // form with no subject of its own is the speaker's next act
  if (NAMING_CUES.has(CUE_VERBS.get(T[cueFrom]!.lower)?.lemma ?? '')) {
    for (let k = at + 1; k < end - 2; k++) {
      const next = T[k + 1]!;
      if (!T[k]!.mark || T[k]!.quote < 0 || next.quote >= 0 || next.lower !== 'and' || !/^\p{Ll}+ed$/u.test(T[k + 2]!.text)) continue;
      // (not 'passed "hundreds of bills"': a quotation after the next verb is still what was said)
      if (!T.slice(k + 3, end).some((t) => t.quote >= 0)) end = k + 1;
      break;
    }
  }
  // "said the incursion was a provocation and summoned Russia's envoy": a diplomat's act after "and",
  // with no subject of its own, is the speaker's next act, not what was said (not when what was said
  // opens with an actor who may do it: "said Russian troops crossed the border and expelled …")
  if (CUE_VERBS.get(T[cueFrom]!.lower)?.lemma === 'say' && T[at]!.entity < 0 && !SUBJECT_PRONOUNS.has(T[at]!.lower)) {
    for (let k = at + 2; k < end - 1; k++) {
      if (T[k]!.lower !== 'and' || T[k]!.quote >= 0 || !SPEAKERS_NEXT_ACTS.test(T[k + 1]!.lower)) continue;
      if (!T.slice(at, k).some((t) => t.entity >= 0 && /^(?:PERSON|ORG|GPE|NORP)$/u.test(v.entities[t.entity]!.type))) end = k;
      break;
    }
  }
  // ("said that while he received his care there, many of his friends …": after "that" a
  // subordinate clause opens what was said)
  const afterThat = T[at - 1]?.lower === 'that' && at - 1 >= cueFrom;
  if (/^(?:if|unless)$/u.test(T[at]!.lower) && !afterThat && !conditionThenClause(v, at, end)) return null;
  if (/^(?:and|or|but|which|who|whom)$/u.test(T[at]!.lower)) return null;
  if (/^(?:because|when|while)$/u.test(T[at]!.lower) && !afterThat) return null;
  // "warns NATO over Baltic drills", "told reporters about the plan": a topic, not what was said
  if (/^(?:over|about)$/u.test(T[at]!.lower) && !countAfter(v, at + 1) && quotationsIn(v, T[at]!.start, T[end - 1]!.end).length === 0)
    return null;
  return [T[at]!.start, T[end - 1]!.end];
}

/**
 * Whether the cue at `cueAt` is the verb a relative clause with no commas hangs on, the clause
 * holding the cue of `relative` ("Republicans who have praised his candidacy warned …"), and not a
 * verb with a subject of its own after a quotation or a comma ("Candidates who think \"…,\" Clinton
 * said", "analysts who claim …, Bolton said").
 */
function followsBareRelativeClause(v: TokenView, relative: Frame, cueAt: number): boolean {
  const T = v.tokens;
  return (
    relative.cue.kind === 'verb' &&
    inRelativeClause(v, relative.cue.from) &&
    finiteSpeechVerb(T[cueAt]!) &&
    !T.slice(relative.cue.to, cueAt).some((t) => t.quote >= 0 || /^[,;:\u2014]$/u.test(t.text)) &&
    !/^(?:who|that|which|to|and|or|but|,)$/u.test(T[cueAt - 1]!.lower)
  );
}

/** Whether the cue at token `cue` opens a relative clause with no comma before it ("Democrats who have backed …"). */
function inRelativeClause(v: TokenView, cue: number): boolean {
  const T = v.tokens;
  let j = cue - 1;
  if (j >= 0 && AUXILIARIES.has(T[j]!.lower)) j--;
  return j >= 1 && T[j]!.lower === 'who' && T[j]!.quote < 0 && /^[\p{L}\p{N}]/u.test(T[j - 1]!.text);
}

/** A reporting verb of speech, past or present, in lower case ("warned", "says"). */
function finiteSpeechVerb(t: QToken): boolean {
  const e = CUE_VERBS.get(t.text);
  return e?.cls === 'speech' && !/ing$/u.test(t.text) && t.text !== e.lemma;
}

/** "about 5,500 troops", "about half", "over the last quarter": a count or a time, not a topic. */
function countAfter(v: TokenView, i: number): boolean {
  const t = v.tokens[i];
  if (!t) return false;
  if (
    /^\p{N}/u.test(t.text) ||
    /^(?:half|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|millions|twice|three-quarters|two-thirds|a third)$/u.test(
      t.lower,
    )
  )
    return true;
  return t.lower === 'the' && /^(?:last|past|next|coming|weekend|week|month|year)$/u.test(v.tokens[i + 1]?.lower ?? '');
}

/**
 * "said if he were president, DACA would be …": a condition, a comma, then the clause it governs
 * is what was said; "said if asked" is not.
 */
function conditionThenClause(v: TokenView, at: number, end: number): boolean {
  const T = v.tokens;
  for (let i = at + 3; i < end - 3; i++) if (T[i]!.text === ',') return true;
  // ("said if elected president he could work with them": the main clause's subject and its modal)
  for (let i = at + 3; i < end - 2; i++) if (pronounAndModal(v, i)) return true;
  return false;
}

const MODALS = new Set(['would', 'could', 'will', 'can', 'should', 'might', 'may', 'must']);

/** Whether a clause's subject pronoun and its modal stand at `i` ("he could", "she will"). */
function pronounAndModal(v: TokenView, i: number): boolean {
  return /^(?:he|she|they|we|i)$/u.test(v.tokens[i]!.lower) && MODALS.has(v.tokens[i + 1]?.lower ?? '');
}

function contentLeft(v: TokenView, frame: Frame, floor: number): Piece | null {
  const T = v.tokens;
  // `…, X said.` / `…, according to X.`: the frame must end its unit and follow a comma.
  const u = v.units[T[frame.cue.from]!.unit]!;
  // `…, the commission said, according to Reuters.`: the source named last reports this frame too
  const tail = subordinateTail(v, frame, u.to);
  const end = addresseeEnd(v, frame, u.to);
  const trailing = T[end]?.text === ',' && T[end + 1]?.lower === 'according' && T[end + 2]?.lower === 'to' ? end : tail >= 0 ? tail : u.to;
  const restWords = (() => {
    let n = 0;
    for (let i = frame.to; i < trailing; i++) {
      // (the outlet a statement was "carried by" relays it, and is no part of the frame's words)
      if (CARRIED.test(T[i]!.lower) && T[i + 1]?.lower === 'by') break;
      if (T[i]!.quote < 0 && isWord(T[i]!.text)) n++;
    }
    return n;
  })();
  const comma = frame.from - 1;
  if (comma < floor || T[comma]!.text !== ',') return null;
  // `…, reports say.` reports the whole sentence before it, frames inside it included.
  floor = u.from;
  if (restWords > 4 || !endsUnit(v, { ...frame, to: end }, trailing)) return null;
  let start = floor;
  while (start < comma && !isWord(T[start]!.text) && T[start]!.quote < 0) start++;
  let words = 0;
  for (let i = start; i < comma; i++) if (isWord(T[i]!.text)) words++;
  if (words < 3) return null;
  // "As Europe faces pressure from ISIS, Germany has pledged …": a clause about when or why is no report
  if (SUBORDINATORS.test(T[start]!.lower) && !T.slice(start, comma).some((t) => t.text === ',')) return null;
  return [T[start]!.start, T[comma - 1]!.end];
}

/**
 * Quotations nobody claimed that continue a claimed one in the same paragraph, with only the
 * frame between them (`"…," he said. "…"`), become further pieces of it.
 */
function chainQuotations(v: TokenView, claimed: Map<number, RawAttribution>, cueAt: ReadonlySet<number>): void {
  const T = v.tokens;
  const firstToken = (offset: number) => firstTokenAt(v, offset);
  for (let q = 1; q < v.quotations.length; q++) {
    if (claimed.has(q) || v.titles.has(q)) continue;
    // The quotation before, stepping over titles inside the frame (`he said on "Meet the Press."`).
    let p = q - 1;
    while (p > 0 && v.titles.has(p) && !claimed.has(p)) p--;
    const owner = claimed.get(p);
    if (!owner || !endsInQuotation(owner)) continue;
    const prev = v.quotations[p]!;
    const cur = v.quotations[q]!;
    const from = firstToken(prev.end);
    const to = firstToken(cur.start);
    if (to - from > 45 || from >= T.length || T[from]!.para !== T[to]?.para) continue;
    // Between them only the owner's frame: its cue and no other.
    let ownCue = false;
    let otherCue = false;
    for (let i = from; i < to; i++) {
      if (i === owner.cue?.[0]) ownCue = true;
      else if (cueAt.has(i)) otherCue = true;
    }
    if (!ownCue || otherCue) continue;
    owner.pieces.push(...piecesOf(v, q));
    owner.quotations.push(q);
    claimed.set(q, owner);
  }
}

/**
 * A sentence that is nothing but a quotation, right after a sentence of the same paragraph that
 * reports someone's words with no quotation marks (`Gallacher believes Ashley should move fast.
 * "Mark was a star …"`), is that speaker's: the writer goes on from paraphrase to quotation.
 */
function carrySentences(v: TokenView, out: RawAttribution[], claimed: Map<number, RawAttribution>): void {
  const T = v.tokens;
  v.quotations.forEach((q, qi) => {
    if (claimed.has(qi) || v.titles.has(qi)) return;
    const first = firstTokenAt(v, q.start);
    const u = T[first]?.unit;
    if (u === undefined || u === 0) return;
    const unit = v.units[u]!;
    const before = v.units[u - 1]!;
    if (before.para !== unit.para) return;
    for (let i = unit.from; i < unit.to; i++) if (T[i]!.quote !== qi && isWord(T[i]!.text)) return;
    const reported = out.filter((a) => a.unit === u - 1 && a.speaker && a.type !== 'direct' && a.quotations.length === 0);
    const last = reported[reported.length - 1];
    if (!last) return;
    // (what it reports runs to the sentence's end, or its frame closes the sentence: "…, Becerra said.")
    const closes = last.cue !== null && T.slice(last.cue[1], before.to).every((t) => !isWord(t.text) || timeWord(t.lower));
    if (last.pieces[last.pieces.length - 1]![1] < T[before.to - 1]!.start && !closes) return;
    const a: RawAttribution = { ...last, type: 'direct', pieces: piecesOf(v, qi), quotations: [qi], carried: true, how: 'before', unit: u };
    out.push(a);
    claimed.set(qi, a);
  });
}

/**
 * A paragraph that is nothing but a quotation, with no frame of its own, continues the quotation
 * just before it (the newswire convention: it becomes a further piece of it), or else takes the
 * speaker of a quotation that opens the next paragraph with its frame (then marked as carried).
 */
function carryParagraphs(v: TokenView, out: RawAttribution[], claimed: Map<number, RawAttribution>): void {
  let para = 0;
  v.quotations.forEach((q, qi) => {
    if (claimed.has(qi) || v.titles.has(qi)) return;
    while (para < v.paragraphs.length && v.paragraphs[para]!.end <= q.start) para++;
    const p = v.paragraphs[para];
    if (!p || v.text.slice(p.start, q.start).trim() !== '' || v.text.slice(q.end, p.end).trim().length > 2) return;
    const prev = claimed.get(qi - 1);
    const prevPara = v.paragraphs[para - 1];
    const next = claimed.get(qi + 1);
    const nextPara = v.paragraphs[para + 1];
    let from: RawAttribution | undefined;
    if (prev && endsInQuotation(prev) && prevPara && v.quotations[qi - 1]!.end > prevPara.start) from = prev;
    else if (next && next.type === 'direct' && nextPara && v.quotations[qi + 1]!.start === firstNonSpace(v.text, nextPara.start))
      from = next;
    if (!from?.speaker) return;
    if (from === prev) {
      // The speaker goes on: one quotation in several paragraphs, as annotators mark it.
      from.pieces.push(...piecesOf(v, qi));
      from.quotations.push(qi);
      claimed.set(qi, from);
      return;
    }
    const a: RawAttribution = { ...from, pieces: piecesOf(v, qi), quotations: [qi], carried: true };
    out.push(a);
    claimed.set(qi, a);
  });
}

/**
 * Whether an attribution's words end in a quotation before its frame: a direct quotation, or a
 * mixed one the writer opened (`Sooner or later, "…," Burman said.`), which a quotation after the
 * frame goes on.
 */
function endsInQuotation(a: RawAttribution): boolean {
  return a.type === 'direct' || (a.type === 'mixed' && a.how === 'before');
}

function firstNonSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  return at;
}

/**
 * Quotations that no frame claims and that no reported clause contains: reported with no
 * speaker (never guessed), when they read as speech — four words or more, not a title.
 */
function unattributed(v: TokenView, out: RawAttribution[], claimed: Map<number, RawAttribution>): void {
  const spans = out.filter((a) => a.type !== 'direct').map((a) => [a.pieces[0]![0], a.pieces[a.pieces.length - 1]![1]] as const);
  v.quotations.forEach((q, qi) => {
    if (claimed.has(qi) || v.titles.has(qi)) return;
    if (spans.some(([a, b]) => a <= q.start && q.end <= b + 1)) return;
    const words = q.pieces.reduce((n, [a, b]) => n + (v.text.slice(a, b).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
    if (words < 4) return;
    const unit = v.tokens[firstTokenAt(v, q.start)]?.unit ?? 0;
    const a: RawAttribution = {
      pieces: piecesOf(v, qi),
      type: 'direct',
      cue: null,
      speaker: null,
      via: null,
      quotations: [qi],
      carried: false,
      how: 'before',
      unit,
    };
    out.push(a);
    claimed.set(qi, a);
  });
}
