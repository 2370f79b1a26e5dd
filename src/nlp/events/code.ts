/**
 * The event coder: who did what to whom in one sentence. Trigger verbs and event nouns from the
 * lexicon, a light clause finder (clauses.ts) and actor phrases (actors.ts) give predicates with
 * subjects and objects; verbs that govern others (intent, refusal, demand, threat, speech) compose
 * their codes the way CAMEO does ("will support" → intent to cooperate, "refused to meet" →
 * reject), and every event records the steps that made it.
 */
import { findCountry } from '../../kb/kb.js';
import type { Token } from '../tokenize/tokenize.js';
import { type ActorMention, findActorMentions } from './actors.js';
import {
  type ActorTokens,
  ASIDE_DASHES,
  AUXILIARY_AFTER,
  DETERMINERS,
  DOCUMENTS,
  type EventNoun,
  findPredicates,
  INTENT_ADJECTIVES,
  lowerTokens,
  PREPOSITIONS,
  type Predicate,
  RELATIVES,
  SUBORDINATORS,
} from './clauses.js';
import { askedQuestion, creditLine, datedEntry, electionTalk, figurativeObject, sportsReport, thingDoes, wonRace } from './everyday.js';
import { type EventFilter, eventFilterFor } from './filter.js';
import { cameoCode, type EventLexicon, eventLexicon, type Trigger } from './lexicon.js';

/** One actor of a phrase (a compound phrase has several). */
export interface PhraseMember {
  /** CAMEO actor code; `---` + sector when only the role is known (`---MIL`). */
  readonly code: string;
  /** Tokens `[start, end)` of the member's name. */
  readonly start: number;
  readonly end: number;
}

/**
 * An actor phrase: a noun phrase with one or more actors ("Senior Hungarian and Romanian officials").
 * An empty span (`start === end`) is an actor the sentence implies but does not name.
 */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly members: readonly PhraseMember[];
  readonly pronoun: boolean;
  /** The phrase names several ("Islamic extremists", "Hungary and Romania"); unset when not known. */
  readonly plural?: boolean;
  /** The phrase is a country's own name ("Turkey", "the United States"), not a word for its people ("the Australian"). */
  readonly state?: true;
}

/** A coded event of one sentence, with token offsets. */
export interface SentenceEvent {
  readonly cameo: string;
  readonly plover: string | null;
  /** Tokens of the trigger `[start, end)`. */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly source: Phrase | null;
  readonly target: Phrase | null;
  readonly negated: boolean;
  readonly hedged: boolean;
  /** A statement event that goes with a reported event ("X said Y attacked Z"). */
  readonly statement: boolean;
  readonly evidence: string;
}

/** Options of {@link codeSentence}. */
export interface CodeSentenceOptions {
  /** ISO date of the report: picks people's codes in effect (`2010-01-01`). */
  readonly date?: string;
  /** The main actor of the previous sentence, for a pronoun that opens this one. */
  readonly previousSubject?: Phrase | null;
  /** The speaker of the previous sentence when it coded no act ("Pakistan said …"), for an "its" that opens this one. */
  readonly previousSpeaker?: Phrase | null;
  /**
   * The speaker of the previous sentence whatever it coded, for an "it" that no actor before agrees
   * with ("Russia's defence ministry said its forces had struck … It said it was ready …").
   */
  readonly lastSpeaker?: Phrase | null;
  /** The country of the article, asked for only when an actor named by role has none in the sentence. */
  readonly articleCountry?: () => string | null;
  /** The country of the article's dateline ("BELGRADE, Serbia (AP) —"), if it has one. */
  readonly datelineCountry?: () => string | null;
  /** People's shorter names as the article's entities resolve them (`xi` → `Xi Jinping`), see {@link findActorMentions}. */
  readonly fullNames?: ReadonlyMap<string, string>;
  /** What "the alliance" and "the bloc" stand for in the article (see `articleBlocs` in actors.ts). */
  readonly blocs?: ReadonlyMap<string, string>;
  /**
   * Tokens `[start, end)` of the people and organisations the article's entities name that the
   * actor dictionary does not know ("WeWork", "Julian Assange"): such a name right after a verb is
   * the act's target, with no code.
   */
  readonly names?: readonly { readonly start: number; readonly end: number }[];
  /**
   * Called with the subject of the sentence's first reporting verb when it names a coded actor
   * ("Pakistan said the strikes killed …"), whether or not the sentence codes an event: the actor an
   * "its" or "their" opening the next sentence most likely stands for.
   */
  readonly onSpeaker?: (speaker: Phrase) => void;
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'ELI']);
const NON_STATE = /(?:REB|UAF|INS|SEP|RAD|OPP|CVL|EDU|LAB|AGR|REF|PPL|CRM|MOS|HLH|BUS|MED)$/;

/** Whether an actor code names a state or its forces (for FIGHT against ASSAULT, DISAPPROVE against PROTEST). */
function isStateActor(code: string | undefined): boolean {
  if (!code) return false;
  if (code.startsWith('IGO')) return true;
  if (code.startsWith('---')) return STATE_SECTORS.has(code.slice(3, 6));
  if (/^(?:IMG|NGM|NGO|MNC)/.test(code)) return false;
  if (code.length === 3) return true;
  const sector = code.slice(3, 6);
  if (STATE_SECTORS.has(sector)) return true;
  return !NON_STATE.test(code) && !/REB|UAF|INS|SEP|RAD/.test(code.slice(3));
}

function root(code: string): number {
  return Number(code.slice(0, 2));
}

/** Intent to do an act: cooperative acts become 03x (AGREE), hostile ones 13x (THREATEN). */
export function intentCode(code: string): string {
  const r = root(code);
  const base = code.slice(0, 3);
  if (r <= 2) return '030';
  if (r === 3) return code;
  if (r === 4) return '036';
  if (r === 5) return '032';
  if (r === 6) return '031';
  if (r === 7) return '033';
  if (r === 8) return '035';
  if (r === 9) return '030';
  if (r <= 12 || r === 13) return code;
  if (r === 14) return '133';
  if (r === 15) return '138';
  if (r === 16) return base === '161' ? '1313' : base === '163' ? '1312' : base === '162' ? '1311' : '131';
  if (r === 17) return base === '172' ? '132' : '137';
  if (r === 18) return '1383';
  if (base === '191') return '1381';
  if (base === '192') return '1382';
  return '138';
}

/** Refusal to do an act (12x). */
export function refusalCode(code: string): string {
  const r = root(code);
  if (r === 4) return '125';
  if (r === 6) return '121';
  if (r === 7) return '122';
  if (r === 8) return '124';
  return '120';
}

/** A demand that the target act (10x). */
export function demandCode(code: string): string {
  const r = root(code);
  if (r === 3 || r === 5) return '102';
  if (r === 4) return '108';
  if (r === 6) return '101';
  if (r === 7) return '103';
  if (r === 8) return '105';
  return '100';
}

/**
 * Whether an appeal asks someone named to act ("urged Israel to halt", "asked Syria to withdraw"):
 * the PLOVER manual files all requests, demands and orders as REQUEST (DEMAND in 0.5), where the
 * CAMEO-to-PLOVER table drops appeals; an appeal with no one asked ("appealed for aid") stays one.
 */
function isRequest(node: Node): boolean {
  return !!node.inner?.p.infinitive && !!node.innerSubject && node.innerSubject !== UNKNOWN;
}

/** An appeal that the target act (02x). */
export function appealCode(code: string): string {
  const r = root(code);
  if (r === 4) return '026';
  if (r === 5) return '022';
  if (r === 6) return '021';
  if (r === 7) return '023';
  if (r === 8) return '025';
  return '020';
}

interface Node {
  readonly p: Predicate;
  /** The act this predicate governs (infinitive, that-clause, "of" + gerund). */
  inner: Node | null;
  /** The subject of a governed clause when it has its own ("demanded that the DPRK forsake"). */
  innerSubject: Phrase | null;
  governed: boolean;
  /** In a relative or subordinate clause, or an attribution ("…, officials said"). */
  background: boolean;
  attribution: boolean;
  /** "is ready to", "are prepared to". */
  intentAdjective: boolean;
  /** "is not ready to": the intent adjective denied. */
  adjectiveNegated?: boolean;
  /** The modal before an intent adjective ("must be ready to"). */
  adjectiveModal: string | null;
  /** An adjunct: a participle after a comma (", killing one person") or an infinitive of purpose. */
  adjunct: boolean;
  /** The subordinator that opens the predicate's background clause ("as", "after"), if one does. */
  subordinator: string | null;
  /** A text's -ing form ("a resolution condemning"): the verb that adopts or issues the text, whose subject it takes. */
  issuedBy: Node | null;
  /** A verb that only adopts or issues a text whose act is coded instead ("adopted a resolution condemning"). */
  vehicle: boolean;
}

interface Ctx {
  readonly low: readonly string[];
  readonly tokens: readonly Token[];
  readonly lex: EventLexicon;
  readonly phrases: readonly Phrase[];
  readonly phraseAt: Int32Array;
  readonly nodes: readonly Node[];
  readonly nodeAt: Int32Array;
  readonly nouns: readonly EventNoun[];
  readonly barrier: Uint8Array;
  readonly conditional: boolean;
  readonly previousSubject: Phrase | null;
  readonly previousSpeaker: Phrase | null;
  readonly lastSpeaker: Phrase | null;
  readonly articleCountry: (() => string | null) | null;
  readonly datelineCountry: (() => string | null) | null;
  /** Tokens inside the name of a person. */
  readonly person: Uint8Array;
  /** Where an attribution ("…, police said") begins, or the sentence's length. */
  attributionAt: number;
  /** The comma closing an aim put before the subject ({@link frontedAimEnd}), or -1. */
  frontedAim: number;
  /** Verbs of saying with a second that-clause joined to their first, as copies governing it ({@link linkSecondClauses}). */
  readonly secondReports: Node[];
  /** The comma closing the phrase the sentence opens with ({@link openingPhraseEnd}), or -1. */
  opening: number;
  /** Where the clause a verb of saying reports begins ("… said in Berlin that |Iran …"), and that verb's first word; 0 and -1 when none. */
  reported: { from: number; sayer: number };
  /** The actor mentions the phrases were built from. */
  readonly mentions: readonly ActorMention[];
  /** Named people and organisations the dictionary does not know (see {@link CodeSentenceOptions.names}). */
  readonly names: readonly { readonly start: number; readonly end: number }[];
}

const TIME_WORDS = new Set(
  'on monday tuesday wednesday thursday friday saturday sunday today tonight yesterday here there this last next week month year morning afternoon evening night earlier later again now also in late early'.split(
    ' ',
  ),
);

/** Whether the participle at `verb` tells the state an act left people in ("…, leaving 50 people injured"). */
function resultState(ctx: Ctx, verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 7); k--) {
    const w = ctx.low[k]!;
    if (w === 'leaving') return k < verb - 1;
    if (ctx.barrier[k] || ctx.nodeAt[k]! >= 0) return false;
  }
  return false;
}

/** Nouns of seeking to join a body ("NATO bid", "EU membership"). */
const JOINING = new Set(['bid', 'bids', 'membership', 'application', 'accession', 'candidacy', 'entry']);

/** Builds actor phrases from mentions: adjacent mentions joined by modifiers, "of", "'s", "and". */
/** Adjectives of a stance towards someone, before "of" ("supportive of", "critical of"). */
const STANCES = new Set([
  'supportive',
  'critical',
  'wary',
  'suspicious',
  'fearful',
  'tolerant',
  'contemptuous',
  'respectful',
  'protective',
  'independent',
]);

function buildPhrases(
  low: readonly string[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  verbAt: Uint8Array,
  actAt: Uint8Array,
): Phrase[] {
  const phrases: Phrase[] = [];
  const n = low.length;
  const mentionAt = new Int32Array(n).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.start; i < m.end; i++) mentionAt[i] = k;
  });
  let i = 0;
  while (i < n) {
    if (mentionAt[i]! < 0) {
      i++;
      continue;
    }
    const first = mentions[mentionAt[i]!]!;
    if (first.kind === 'pronoun') {
      if (['he', 'she', 'it', 'they', 'we', 'its', 'their', 'his', 'her'].includes(low[i]!)) {
        phrases.push({ start: i, end: i + 1, members: [], pronoun: true });
      }
      i++;
      continue;
    }
    // Extend over modifiers and further mentions.
    const included: ActorMention[] = [first];
    let end = first.end;
    let j = end;
    while (j < n) {
      const w = low[j]!;
      if (mentionAt[j]! >= 0) {
        const m = mentions[mentionAt[j]!]!;
        if (m.kind === 'pronoun') {
          // "The Indian prime minister and his Pakistani counterpart": "and his" + an actor joins it.
          const after = mentionAt[j + 1] ?? -1;
          const joins = low[j - 1] === 'and' && /^(?:his|her|its|their)$/.test(w) && after >= 0 && mentions[after]!.kind !== 'pronoun';
          if (!joins) break;
          j++;
          continue;
        }
        // "Israel's ambassador to the UN": the body after "envoy to" is the posting, not the actor.
        if (low[included[included.length - 1]!.end - 1] === 'to') break;
        // "Sweden's NATO bid", "Ukraine's EU membership": the body is what the owner seeks to join.
        if (low[j - 1] === "'s" && m.kind === 'organisation' && JOINING.has(low[m.end] ?? '')) break;
        included.push(m);
        j = m.end;
        end = j;
        continue;
      }
      if (verbAt[j] || actAt[j]) break;
      // "accused Ghana of harbouring rebels": a gerund after "of" ends the name.
      if (w === 'of' && /^[a-z]+ing$/.test(low[j + 1] ?? '')) break;
      // "countries supportive of the Syrian rebels", "governments critical of Syria": "of" after a
      // stance says what they stand towards, not whose they are.
      if (w === 'of' && STANCES.has(low[j - 1] ?? '')) break;
      // "warned Belgrade of NATO air strikes": no country or town is "of" anyone.
      if (
        w === 'of' &&
        included.length > 0 &&
        included[included.length - 1]!.kind === 'country' &&
        included[included.length - 1]!.end === j
      )
        break;
      const tok = tokens[j]!.text;
      const joiner =
        w === "'s" ||
        w === "'" ||
        w === 'and' ||
        w === '-' ||
        w === '/' ||
        w === 'of' ||
        w === 'the' ||
        listComma(low, mentions, mentionAt, verbAt, j);
      const modifier =
        /^[a-z][a-z-]*$/.test(w) &&
        !PREPOSITIONS.has(w) &&
        !SUBORDINATORS.has(w) &&
        !RELATIVES.has(w) &&
        w !== 'that' &&
        !TIME_WORDS.has(w) &&
        // "pulled its troops out of Chechnya": the particle of a verb ends the phrase.
        !/^(?:who|said|says|but|or|nor|than|to|not|is|are|was|were|has|have|had|will|would|be|been|off|out|back|away)$/.test(w);
      const name = /^\p{Lu}/u.test(tok) && !/^(?:On|In|At|The)$/.test(tok);
      if (joiner || modifier || name) {
        j++;
        continue;
      }
      break;
    }
    // "Nick Everhart, a Columbus-based ad maker, blamed …": someone of a place, not its state, as
    // the doer (as the one acted on, "sued a Virginia-based contractor", its country stands).
    const opening =
      first.start === 0 ||
      low[first.start - 1] === ',' ||
      (DETERMINERS.has(low[first.start - 1] ?? '') && (first.start === 1 || low[first.start - 2] === ','));
    if (included.length === 1 && opening && /-(?:based|born)$/i.test(tokens[first.start]!.text)) {
      i = end;
      continue;
    }
    // "the embassy in Belize": where a mission stands is not whose it is.
    const owners = included.filter((m, k) => !(k > 0 && m.kind === 'country' && missionIn(low, included[k - 1]!)));
    // A phrase runs to its last mention (trailing modifiers are not part of it).
    const members = proxies(low, owners, end, phraseMembers(low, owners));
    // ("Hamas" is one group: the name of an armed group or organisation in -s is no plural, unless a
    // people's word, "Islamists", "Shiites")
    const code = members[0]?.code ?? '';
    const groupName =
      /^\p{Lu}/u.test(tokens[end - 1]!.text) && code.length > 3 && !/MED$/.test(code) && !PEOPLE_ENDINGS.test(low[end - 1]!);
    const plural = members.length > 1 || (/^[a-z]+[^su']s$/.test(low[end - 1]!) && !groupName);
    const named = owners[owners.length - 1];
    const state =
      owners.length === 1 &&
      named?.kind === 'country' &&
      !named.place &&
      named.name?.toLowerCase() === low.slice(named.start, named.end).join(' ');
    phrases.push({ start: i, end, members, pronoun: false, plural, ...(state ? { state: true as const } : {}) });
    i = end;
  }
  return phrases;
}

/** Endings of a capitalised plural for people ("Republicans", "Democrats", "Islamists", "Shiites", "Israelis"). */
const PEOPLE_ENDINGS = /(?:ans|is|ers|ists|ats|ites)$/;

/** Nouns for an armed group that fights for a state not its own ("Israel's militia ally in southern Lebanon"). */
const PROXY_NOUNS = new Set(['ally', 'allies', 'proxy', 'proxies']);

/**
 * "the deputy chief of Israel's militia ally in southern Lebanon", "Iran's militia proxies": an
 * armed group called a state's ally or proxy is not that state's; it keeps its role, and takes its
 * country from the sentence (where it is).
 */
function proxies(low: readonly string[], mentions: readonly ActorMention[], end: number, members: PhraseMember[]): PhraseMember[] {
  if (!PROXY_NOUNS.has(low[end] ?? '') || members.length !== 1) return members;
  const owner = mentions.find((m) => m.kind === 'country' && low[m.end] === "'s");
  const code = members[0]!.code;
  if (!owner || code.length <= 3 || code.slice(0, 3) !== owner.code) return members;
  return [{ ...members[0]!, code: `---${code.slice(3)}` }];
}

/**
 * A comma inside a list of countries or organisations ("The US, Russia, and Switzerland met"): the
 * names on both sides are countries or organisations, and the list ends with "and" before a verb.
 */
function listComma(
  low: readonly string[],
  mentions: readonly ActorMention[],
  mentionAt: Int32Array,
  verbAt: Uint8Array,
  at: number,
): boolean {
  if (low[at] !== ',') return false;
  const named = (k: number) => {
    const m = k >= 0 && k < low.length ? mentions[mentionAt[k]!] : undefined;
    return !!m && (m.kind === 'country' || m.kind === 'organisation');
  };
  if (!named(at - 1)) return false;
  if (closesOpeningClause(low, mentions[mentionAt[at - 1]!]!.start, verbAt, at)) return false;
  if (closesOpeningPhrase(low, mentions[mentionAt[at - 1]!]!.start, at)) return false;
  if (serialComma(low, named, mentions, mentionAt, at)) return true;
  const next = low[at + 1] === 'the' ? at + 2 : at + 1;
  if (!named(next)) return false;
  for (let k = next; k < Math.min(low.length, at + 12); k++) {
    if (verbAt[k]) return false;
    if ((low[k] === 'and' || low[k] === 'or') && named(low[k + 1] === 'the' ? k + 2 : k + 1)) return true;
  }
  return false;
}

/**
 * "After Hamas seized Gaza, Israel and Egypt closed …": the first comma of a sentence that opens
 * with a subordinate clause ends that clause when the name before it follows the clause's verb.
 */
function closesOpeningClause(low: readonly string[], nameStart: number, verbAt: Uint8Array, at: number): boolean {
  const before = low[nameStart - 1] === 'the' ? nameStart - 2 : nameStart - 1;
  if (before < 1 || !verbAt[before]) return false;
  let open = 0;
  while (open < at && /^[^a-z0-9]+$/.test(low[open]!)) open++;
  if (!SUBORDINATORS.has(low[open] ?? '')) return false;
  for (let k = open + 1; k < at; k++) if (low[k] === ',') return false;
  return true;
}

/**
 * "At a news conference in Moscow, Germany and France agreed …", "In Moscow, Russia and China
 * signed …": the first comma of a sentence that opens with a prepositional phrase ends that phrase
 * when the name before it is the object of a preposition in it, not the first of a list.
 */
function closesOpeningPhrase(low: readonly string[], nameStart: number, at: number): boolean {
  let open = 0;
  while (open < at && /^[^a-z0-9]+$/.test(low[open]!)) open++;
  if (!PREPOSITIONS.has(low[open] ?? '') || low[open] === 'of') return false;
  for (let k = open + 1; k < at; k++) if (low[k] === ',') return false;
  let before = nameStart - 1;
  while (before > open && /^(?:the|a|an)$/.test(low[before]!)) before--;
  // ("After Russia, China and India signed …": a clause's subject list right after its opener.)
  const preposition = PREPOSITIONS.has(low[before] ?? '') || low[before] === 'to';
  return preposition && (before > open || !SUBORDINATORS.has(low[open]!));
}

/**
 * The comma before the "and" that ends a list of three or more ("Russia, and Switzerland" after
 * "The US,"): the name before it follows a list comma, and a name follows the "and".
 */
function serialComma(
  low: readonly string[],
  named: (k: number) => boolean,
  mentions: readonly ActorMention[],
  mentionAt: Int32Array,
  at: number,
): boolean {
  if (low[at + 1] !== 'and' && low[at + 1] !== 'or') return false;
  if (!named(low[at + 2] === 'the' ? at + 3 : at + 2)) return false;
  let start = mentions[mentionAt[at - 1]!]!.start;
  if (low[start - 1] === 'the') start--;
  return low[start - 1] === ',' && named(start - 2);
}

/** The actors of a phrase: parts split at "and"; each part's code from its names and role nouns. */
function phraseMembers(low: readonly string[], mentions: readonly ActorMention[]): PhraseMember[] {
  const parts: ActorMention[][] = [[]];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const prev = mentions[k - 1];
    if (prev) {
      let and = false;
      for (let t = prev.end; t < m.start; t++) if (low[t] === 'and' || low[t] === ',') and = true;
      if (and) parts.push([]);
    }
    parts[parts.length - 1]!.push(m);
  }
  // A part with no role noun takes the role of the last part ("Hungarian and Romanian officials").
  const lastSector = [...parts[parts.length - 1]!].reverse().find((m) => m.kind === 'agent')?.sector ?? null;
  // "The foreign ministers of France and Germany": a role noun before "of" heads every part.
  const first = parts[0]!;
  const leadSector = first[0]?.kind === 'agent' && first.length > 1 && low[first[0].end] === 'of' ? first[0].sector : null;
  const members: PhraseMember[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    const named = part.find((m) => m.kind === 'organisation') ?? part.find((m) => m.kind === 'person');
    const country = part.find((m) => m.kind === 'country');
    // "Opponents of Rwanda's Senate": a role noun followed by "of" heads its part.
    const head = part[0]!.kind === 'agent' && part.length > 1 && low[part[0]!.end] === 'of' ? part[0] : undefined;
    const agent = head ?? [...part].reverse().find((m) => m.kind === 'agent');
    const sector = agent?.sector ?? (parts.length > 1 && !named ? (leadSector ?? lastSector) : null) ?? (named ? null : country?.sector);
    let code: string | null = null;
    // "six American members of the UN inspection team": people of a body named by their nationality.
    const gap = named && country && country.end < named.start ? low.slice(country.end, named.start) : [];
    const of = gap.indexOf('of');
    const ofBody = named?.kind === 'organisation' && of >= 1 && of <= 2 && gap.slice(of + 1).every((w) => w === 'the');
    if (ofBody && country?.code) code = sector && !sector.endsWith('~') ? `${country.code}${sector}` : country.code;
    else if (
      named?.code &&
      country?.code &&
      /^[A-Z]{3}(?:GOV|LEG|MIL|JUD|COP|ELI)/.test(named.code) &&
      !/^(?:IGO|NGO|IMG|NGM|MNC)/.test(named.code) &&
      named.code.slice(0, 3) !== country.code
    ) {
      // "Rwanda's Senate": the institution of the country the phrase names; "Jordan's King
      // Abdullah": a namesake of another country's former ruler holds the office the title gives.
      const former = named.kind === 'person' && named.code.slice(3, 6) === 'ELI';
      code = `${country.code}${former && head?.sector ? head.sector : named.code.slice(3)}`;
    } else if (
      head?.sector &&
      named?.kind === 'person' &&
      named.code &&
      /^[A-Z]{3}(?:[A-Z]{3})?$/.test(named.code) &&
      !/^(?:IGO|NGO|IMG|NGM|MNC)/.test(named.code)
    ) {
      // "Supporters of the ousted president Manuel Zelaya": the role's, in the person's country.
      code = `${named.code.slice(0, 3)}${head.sector}`;
    } else if (named?.code) code = named.code;
    else {
      // "Former U.S. officials", "a former Iraqi minister": out of office, the country's elite (ELI).
      // (Former police officers or soldiers are no elite: their sector stays.)
      const role = sector && low[part[0]!.start - 1] === 'former' && /^(?:GOV|LEG|JUD)$/.test(sector) ? 'ELI' : sector;
      if (country?.code)
        code = role ? (role.endsWith('~') ? `${role.slice(0, -1)}${country.code}` : `${country.code}${role}`) : country.code;
      else if (role) code = `---${role.replace('~', '')}`;
    }
    if (!code) continue;
    // ("The former British prime minister Boris Johnson" in an undated article: out of office, whatever
    // term the knowledge base lists last)
    const opening = low.slice(Math.max(0, part[0]!.start - 1), part[0]!.start + 2);
    if (/^[A-Z]{3}(?:GOV|LEG|JUD)$/.test(code) && opening.includes('former')) code = `${code.slice(0, 3)}ELI`;
    const start = part[0]!.start;
    const end = part[part.length - 1]!.end;
    if (members.some((x) => x.code === code)) continue;
    members.push({ code, start, end });
  }
  return members;
}

/** Embassies and consulates, whose country is the one that sends them, not the one they stand in. */
const MISSIONS = new Set(['embassy', 'embassies', 'consulate', 'consulates']);

/** Whether a mention is a mission followed by where it stands ("embassy in"). */
function missionIn(low: readonly string[], m: ActorMention): boolean {
  return m.kind === 'agent' && low[m.end - 1] === 'in' && MISSIONS.has(low[m.end - 2] ?? '');
}

/** Whether a phrase is a mission whose sender it does not name ("the embassy in Belize"). */
function unownedMission(low: readonly string[], ph: Phrase): boolean {
  return isRoleOnly(ph) && low.slice(ph.start, ph.end).some((w) => MISSIONS.has(w));
}

/** Whether a phrase names an actor by its role only ("demonstrators", "a suicide bomber"). */
function isRoleOnly(ph: Phrase | null): ph is Phrase {
  return !!ph && !ph.pronoun && ph.members.length > 0 && !isCoded(ph);
}

/** Whether a phrase names its actor in the sentence (not carried over from an earlier one, nor implied by the scene). */
function named(ph: Phrase | null): boolean {
  return !!ph && ph.end > ph.start;
}

/**
 * Whether a phrase names only companies ("Microsoft", "AT&T", "the automaker"), news media of no
 * country ("Reuters") and media companies by name ("Nokia", "Comcast": FINMED, USAMED); a
 * country's journalists and reporters are people an act can be done to.
 */
function commercial(ctx: Ctx, ph: Phrase | null): boolean {
  return (
    named(ph) &&
    ph!.members.every(
      (m) =>
        /^MNC|BUS$|^(?:---)?MED$/.test(m.code) ||
        (m.code.endsWith('MED') &&
          ctx.mentions.some((x) => m.start <= x.start && x.end <= m.end && x.kind === 'organisation' && x.code === m.code)),
    )
  );
}

/** Roles of the state, of armed groups and of political life: no private people ("rebels", "police", "the opposition"). */
const PUBLIC_ROLE = /(?:GOV|MIL|COP|REB|INS|JUD|LEG|SPY|UAF|OPP|SEP|ELI|IGO|NGO|IMG)$/;

/** Whether a phrase names only private people by their role ("customers", "developers", "farmers"). */
function privatePeople(ph: Phrase | null): boolean {
  return named(ph) && ph!.members.every((m) => (m.code.startsWith('---') ? !PUBLIC_ROLE.test(m.code) : /(?:CVL|PPL)$/.test(m.code)));
}

/** Whether a phrase names an actor by country or organisation (not only a role). */
export function isCoded(ph: Phrase | null): boolean {
  return !!ph && ph.members.some((m) => !m.code.startsWith('---'));
}

function phraseAfterPrep(ctx: Ctx, i: number, limit: number): Phrase | null {
  let k = i;
  while (k < limit && ctx.phraseAt[k]! < 0 && !ctx.barrier[k] && k - i < 6 && ctx.nodeAt[k]! < 0) k++;
  if (k >= limit || ctx.phraseAt[k]! < 0) return null;
  return ctx.phrases[ctx.phraseAt[k]!]!;
}

/**
 * Whether phrase `ph` follows the preposition before `from` with no "to", "from" or "into" between:
 * in "bans on travel to Canada" Canada is where the travel goes, not what the ban is on.
 */
function directAfter(ctx: Ctx, from: number, ph: Phrase): boolean {
  for (let k = from; k < ph.start; k++) if (DIRECTIONS.has(ctx.low[k]!)) return false;
  return true;
}
const DIRECTIONS = new Set(['to', 'from', 'into']);
/** Cities where international bodies sit (the EU and NATO, UN offices, the IAEA and OSCE, the courts, the African Union). */
const SEATS_OF_BODIES = new Set(['brussels', 'geneva', 'strasbourg', 'the hague', 'hague', 'vienna', 'new york', 'addis ababa']);

/** Extends a phrase with only a role ("Doctors from two American aid groups") by the coded phrase after of/in/from. */
function withOrigin(ctx: Ctx, ph: Phrase | null): Phrase | null {
  if (!ph || ph.pronoun || isCoded(ph)) return ph;
  const w = ctx.low[ph.end];
  // "guerrillas based in Zaire", "rebels operating in Macedonia": where a group lives or acts.
  const placed = (HOME_PARTICIPLES.has(w ?? '') || w === 'operating') && ctx.low[ph.end + 1] === 'in';
  if (w === 'of' || w === 'in' || w === 'from' || w === 'at' || w === 'throughout' || placed) {
    const from = ph.end + (placed ? 2 : 1);
    const next = phraseAfterPrep(ctx, from, ctx.low.length);
    // "rebels in clashes near the Iraqi border": a second preposition puts the place elsewhere.
    const direct = !!next && ctx.low.slice(from, next.start).every((x) => x === 'of' || !PREPOSITIONS.has(x));
    // "defence ministers in Brussels", "diplomats in Vienna": where international bodies sit, the
    // people gathered are rarely the host country's
    const sector = ph.members[0]?.code.slice(3) ?? '';
    const seat =
      (w === 'in' || w === 'at') &&
      (sector === 'GOV' || sector === '') &&
      !!next &&
      SEATS_OF_BODIES.has(ctx.low.slice(next.start, next.end).join(' '));
    // ("ministers in Brussels" stays one phrase with the role's own code, so the seat is no target.)
    if (seat && direct) return { ...ph, end: next.end };
    if (next && direct && isCoded(next)) {
      const members = next.members
        .filter((m) => !m.code.startsWith('---'))
        .map((m) => ({ ...m, code: m.code.length === 3 && sector ? `${m.code}${sector}` : m.code }));
      return { start: ph.start, end: next.end, members, pronoun: false };
    }
  }
  return ph;
}

/** People sent to work, study or play, whose sending is no aid. */
const PEOPLE_SENT = new Set(
  'unemployed out-of-work jobless students pupils children kids players athletes team teams fans tourists'.split(' '),
);

/** Words that are sent as messages ("sent a letter", "sent a diplomatic note"). */
const MESSAGES = new Set(
  'note notes letter letters message messages email emails e-mail text texts telegram cable cables summaries summary report reports invitation invitations signal signals memo greetings condolences record records file files document documents data transactions photos pictures video videos budget budgets bill bills proposal proposals legislation'.split(
    ' ',
  ),
);

/** What is delivered when words are ("a press briefing", "a speech"). */
const DELIVERED_WORDS = new Set([
  'briefing',
  'speech',
  'address',
  'lecture',
  'remarks',
  'sermon',
  'talk',
  'keynote',
  'eulogy',
  'statement',
]);
/** People a campaign or a business targets ("targeted voters"). */
const AUDIENCES = new Set([
  'voters',
  'voter',
  'supporters',
  'electorate',
  'audience',
  'audiences',
  'consumers',
  'customers',
  'buyers',
  'viewers',
  'readers',
  'donors',
]);

/** Words for accidents and disasters: people killed in them were attacked by no one. */
const ACCIDENTS = new Set([
  'crash',
  'crashes',
  'accident',
  'accidents',
  'collision',
  'derailment',
  'avalanche',
  'landslide',
  'earthquake',
  'quake',
  'flood',
  'floods',
  'storm',
  'stampede',
  'tornado',
  'hurricane',
]);

/** Weather and the water it brings ("owing to typhoon", "ahead of the floods"). */
const FLOODS =
  /^(?:typhoons?|hurricanes?|storms?|cyclones?|floods?|flooding|tornado(?:es)?|earthquakes?|quakes?|volcano|eruption|wildfires?|fires?)$/;
/** Forces of nature and disease, which kill and destroy without an actor. */
const DISASTERS = new Set(
  'superstorm typhoon cyclone tsunami wildfire wildfires blaze heatwave drought eruption virus epidemic pandemic outbreak disease'.split(
    ' ',
  ),
);

/** Nouns of inquiries and cases that a word of an act may modify ("murder probe", "kidnap case"). */
const CASE_NOUNS =
  /^(?:probe|probes|inquiry|inquiries|investigation|investigations|trial|trials|case|cases|plot|plots|conviction|verdict)$/;

/** People one fires from a post: ministers, aides, officials, coaches, staff. */
const DISMISSED =
  /^(?:ministers?|aides?|officials?|directors?|chiefs?|heads?|coach(?:es)?|managers?|staff|employees|workers|advis[eo]rs?|secretar(?:y|ies)|commanders?|generals?|spokes(?:man|woman|person)|prosecutors?|judges?|editors?|ceo|executives?)$/;
/** Words before an object's noun: determiners, possessives and adjectives of rank. */
const OBJECT_WORDS =
  /^(?:the|a|an|his|her|its|their|two|three|several|top|senior|deputy|defen[cs]e|foreign|interior|finance|justice|health|head)$/;

/** What goes off when someone attacks: bombs, mines, shells, rockets, grenades, explosive devices. */
const EXPLOSIVES =
  /^(?:bombs?|devices?|mines?|landmines?|shells?|rockets?|grenades?|ieds?|explosives?|missiles?|mortars?|bombers?|vests?|charges?|booby-trap\w*)$/;

/** Whether an object follows the verb at `from` ("exploded a bomb"): a determiner, a number or a noun, not a preposition. */
function hasDirectObjectWords(low: readonly string[], from: number): boolean {
  const w = low[from] ?? '';
  return /^(?:a|an|the|two|three|several|his|their|its|\d+)$/.test(w) || EXPLOSIVES.test(w);
}

/** Whether the agent after a passive verb ("by a series of strong typhoons") is a force of nature. */
function byNature(low: readonly string[], from: number): boolean {
  const by = low.indexOf('by', from);
  if (by < 0 || by > from + 3) return false;
  return low
    .slice(by + 1, by + 7)
    .some((w) => ACCIDENTS.has(w) || DISASTERS.has(w) || /^(?:typhoons|cyclones|hurricanes|storms|earthquakes|quakes)$/.test(w));
}

/** Codes of candidates: a government's people, elites, legislators and parties. */
export const POLITICIANS = /(?:GOV|ELI|LEG|PTY)$/;

/** Where the conjunction joining the verb at `first` to the one before stands, past "also" ("but also warned"). */
function conjunctionBefore(low: readonly string[], first: number): number {
  return low[first - 1] === 'also' ? first - 2 : first - 1;
}

/** Roles of the acts a speaker goes on with after a report ("… and called on the Council to act"). */
const SPEAKERS_ACTS: ReadonlySet<string> = new Set(['say', 'appeal', 'demand', 'accuse', 'threat', 'refuse']);

/**
 * "Araghchi wrote on X that the attack amounted to a declaration of war and called on the Council to
 * act": the reporting verb a few words before the "that" at `that`, when `node` is a speaker's act
 * right after "and" and the clause between has no verb of its own the coder knows; else null.
 */
function goesOnAfterReport(ctx: Ctx, node: Node, that: number): Node | null {
  if (ctx.low[conjunctionBefore(ctx.low, node.p.first)] !== 'and' || !SPEAKERS_ACTS.has(node.p.trigger.role)) return null;
  for (let k = that + 1; k < node.p.first; k++) if (ctx.nodeAt[k]! >= 0 || ctx.phraseAt[k]! >= 0) return null;
  // ("said in a speech at her inauguration that …": where it was said may stand between)
  const reach = (x: Node) => (/^(?:in|at|on|during)$/.test(ctx.low[x.p.end] ?? '') ? 10 : 5);
  return (
    ctx.nodes.find(
      (x) => x !== node && x.p.end <= that && that - x.p.end <= reach(x) && (x.p.trigger.role === 'say' || x.p.trigger.role === 'belief'),
    ) ?? null
  );
}

/** The subject of a predicate: the first actor phrase of its clause, left of the verb group. */
function subjectOf(ctx: Ctx, node: Node, nodes: readonly Node[]): Phrase | null {
  if (node.issuedBy) return subjectOf(ctx, node.issuedBy, nodes);
  const { low } = ctx;
  const p = node.p;
  // A relative clause: the phrase before "who"/"which"/"that" (past a time between: "who in March
  // last year seized …").
  let rel = p.first - 1;
  while (rel > 0 && p.first - rel < 6 && (TIME_WORDS.has(low[rel]!) || MONTHS.has(low[rel]!) || /^\d{1,4}$/.test(low[rel]!))) rel--;
  if (rel < p.first - 1 && low[rel] !== 'who' && low[rel] !== 'which') rel = p.first - 1;
  const before = low[rel];
  if (before === 'who' || before === 'which' || before === 'that') {
    const pi = rel >= 1 ? ctx.phraseAt[rel - 1]! : -1;
    if (pi >= 0) return withOrigin(ctx, ctx.phrases[pi]!);
    if (before !== 'that') return null;
  }
  // "anything you ask him to": a speaker or a listener does it, no actor named before them.
  if (p.finite && (low[rel] === 'you' || low[rel] === 'i')) return null;
  const candidates: Phrase[] = [];
  // Candidates found before the nearest comma to the left (-1 until a comma is passed).
  let sinceComma = -1;
  let depth = 0;
  for (let k = relativeBetweenCommas(ctx, p.first); k >= 0; k--) {
    const w = low[k]!;
    if (w === ')') depth++;
    else if (w === '(') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const other = ctx.nodeAt[k]!;
    if (other >= 0 && nodes[other] !== node) {
      const q = nodes[other]!;
      const relative = low[q.p.first - 1];
      if ((relative === 'who' || relative === 'which') && low[q.p.first - 2] === ',' && sinceComma >= 0) {
        // "Iraq, which invaded Kuwait in 1990, accused …": a relative clause between commas.
        candidates.length = sinceComma;
        sinceComma = -1;
        k = q.p.first - 2;
        continue;
      }
      if (
        q.p.finite &&
        (relative === 'who' || relative === 'which' || relative === 'that') &&
        low[q.p.first - 2] !== ',' &&
        sinceComma < 0
      ) {
        // "Rebels who seized the town killed 20 villagers": a relative clause after the subject.
        candidates.length = 0;
        sinceComma = -1;
        k = q.p.first - 1;
        continue;
      }
      if (
        q.p.gerund &&
        low[q.p.first - 1] === ',' &&
        ctx.phraseAt[q.p.first - 2]! >= 0 &&
        low[pastAdverbs(low, p.first - 1)] === ',' &&
        sinceComma >= 0
      ) {
        // "The Arab League, meeting in Cairo, expressed support": a participle between commas after
        // the subject.
        candidates.length = sinceComma;
        sinceComma = -1;
        k = q.p.first - 1;
        continue;
      }
      if (q.p.gerund && !q.p.participle && low[q.p.first - 1] === ',' && sinceComma > 0 && !/^(?:and|but)$/.test(low[p.first - 1] ?? '')) {
        // "…, killing 17 US sailors, US forces have been trained": the phrases after the adjunct's
        // closing comma are the subject; those inside it are what its verb did.
        candidates.length = sinceComma;
        break;
      }
      if (q.p.gerund && low[q.p.first - 1] === ',' && sinceComma >= 0 && /^(?:and|but)$/.test(low[p.first - 1] ?? '')) {
        // "Rebels attacked the town, killing 20 people, and kidnapped two Italians": past the
        // adjunct to the verb it belongs to.
        candidates.length = 0;
        sinceComma = -1;
        k = q.p.first - 1;
        continue;
      }
      if (q.p.finite || (q.p.gerund && !q.p.participle)) {
        // Coordination: "X kidnapped A and exploded B" shares X.
        let j = p.first - 1;
        while (j >= 0 && (TIME_WORDS.has(low[j]!) || /^[a-z]{3,}ly$/.test(low[j]!))) j--;
        if ((low[j] === 'and' || low[j] === 'but' || (low[j] === ',' && candidates.length === 0)) && (q.p.finite || p.gerund)) {
          // "said that Afghan rebels have kidnapped 16 advisers and exploded bombs": a reported act
          // whose subject is named shares it with the verb joined to it.
          // ("acknowledged that NATO had found a shortfall, but said …": after "but" the speaker goes on.)
          const reporter = q.governed && p.finite && low[j] !== 'but' ? nodes.find((x) => x.inner === q) : undefined;
          if (reporter && (reporter.p.trigger.role === 'say' || reporter.p.trigger.role === 'belief') && !q.p.gerund) {
            const own = subjectOf(ctx, q, nodes);
            // (right after "said" the clause's own subject; right after "told", whom they told)
            const told = ADDRESSEES.has(reporter.p.trigger.lemma) && own?.start === reporter.p.end;
            if (own && !own.pronoun && own.start >= reporter.p.end && !told && isCoded(own)) return own;
            // ("Pakistan said the strikes killed 26 civilians and hit mosques": a subject that names
            // no actor is shared too, not the speaker)
            if (reporter.innerSubject === UNKNOWN && low[j] === 'and') return null;
          }
          // The first conjunct's head verb, not a verb it governs ("denied that it planned … and accused").
          let head = q;
          for (let guard = 0; head.governed && guard < 8; guard++) {
            const governor = nodes.find((x) => x.inner === head);
            if (!governor) break;
            head = governor;
          }
          const shared = subjectOf(ctx, head, nodes);
          if (shared && low[j] === 'and' && low[j - 1] === ',' && SUBORDINATORS.has(low[shared.start - 1] ?? '') && shared.start > 1) {
            // "Israeli forces killed two members of Hamas as they prepared to fire …, and killed an
            // officer": after a comma the second conjunct joins the main clause, past the subordinate one.
            candidates.length = 0;
            sinceComma = -1;
            k = shared.start - 1;
            continue;
          }
          if (shared && !shared.pronoun) return shared;
          if (shared?.pronoun) return subjectOf(ctx, head, nodes);
          // "after rebels ambushed a patrol and killed eight soldiers": with the first verb's doer
          // unknown, the second's is unknown too, not the first verb's object.
          if (low[j] === 'and' || low[j] === 'but') return null;
        }
        // "the budget he will send Congress on Feb. 7 will propose …": the actors met so far belong
        // to a clause that qualifies a noun; the verb's subject is that noun, no actor.
        if (q.p.finite && qualifyingSubjectBefore(ctx, q.p.first)) return null;
        // "Bin Laden warned Muslims against supporting the government and promised …": a finite verb
        // joined after a gerund's object shares the subject of the finite verb before the gerund.
        if (!q.p.finite && p.finite && !p.gerund && (low[j] === 'and' || low[j] === 'but')) {
          const head = finiteNodeBefore(ctx, nodes, q.p.first);
          const shared = head ? subjectOf(ctx, head, nodes) : null;
          if (shared) return shared;
        }
        break;
      }
      if (q.p.participle && low[q.p.first - 1] === ',' && sinceComma >= 0) {
        // "The army, accused of abuses in East Timor, has withdrawn": skip the apposition.
        candidates.length = sinceComma;
        sinceComma = -1;
        k = q.p.first - 1;
        continue;
      }
      if (q.p.participle || q.p.infinitive) continue;
      break;
    }
    if (w === ',') {
      sinceComma = candidates.length;
      continue;
    }
    // "A California transit chief says a man has been stabbed": a verb of saying that codes no act
    // opens the clause it reports; the words before it hold no subject of that clause's verb.
    if (SAYING.test(w) && low[k + 1] !== ',' && ctx.nodeAt[k]! < 0) break;
    if (ASIDE_DASHES.has(w) && k === p.first - 1) {
      // "Buckley — who rose to fame on a U.K. show — had agreed": the aside between dashes right
      // before the verb holds no subject; the subject stands before it.
      let open = k - 1;
      while (open > 0 && !ASIDE_DASHES.has(low[open]!)) open--;
      if (open > 0) {
        k = open;
        continue;
      }
    }
    if (
      w === 'and' &&
      low[k - 1] === ',' &&
      candidates.length === 1 &&
      rightBefore(low, candidates[0]!, p.first) &&
      finiteBefore(ctx, nodes, k - 1)
    ) {
      // "Hamas ousted Abbas's troops, and Israel and Egypt closed the borders": a new clause, its own subject.
      break;
    }
    if ((w === 'who' || w === 'which' || w === 'whose') && low[k - 1] === ',' && sinceComma >= 0) {
      // "Moi, who has ruled since 1978, rejected …", "Japan, whose troops entered the region in May,
      // agreed …": a relative clause between commas.
      candidates.length = sinceComma;
      sinceComma = -1;
      k--;
      continue;
    }
    if ((w === 'who' || w === 'which') && low[k - 1] !== ',' && ctx.phraseAt[k - 1]! >= 0) {
      // "Farmers who lost their land to the dam staged a sit-in": a relative clause after the subject.
      candidates.length = 0;
      sinceComma = -1;
      continue;
    }
    // "Putin said the plan could form a basis, but warned …": "but" right before the verb joins it to the one before.
    if (w === 'but' && k === conjunctionBefore(low, p.first)) continue;
    if (ctx.barrier[k]) {
      const reporter = w === 'that' && candidates.length === 0 ? goesOnAfterReport(ctx, node, k) : null;
      if (reporter) return subjectOf(ctx, reporter, nodes);
      // ", following the peace deal, has taken": an adjunct between commas; its phrases are no subjects.
      if ((SUBORDINATORS.has(w) || RELATIVES.has(w)) && sinceComma >= 0 && sinceComma < candidates.length) {
        candidates.length = sinceComma;
        continue;
      }
      if (SUBORDINATORS.has(w) && k < p.first - 1 && candidates.length === 0) {
        // "because surgery is shunned in many other countries", "because surgery is costly … and is
        // shunned": a clause with a plain noun for its subject has no actor for it; none farther back
        // stands in for it. ("where marijuana use is legal, have begun": a comma before the verb
        // closed that clause.)
        if (low[p.first - 1] !== ',' && nounSubjectAfter(ctx, k, p.first)) return null;
        continue;
      }
      break;
    }
    const pi = ctx.phraseAt[k]!;
    if (pi >= 0) {
      const ph = ctx.phrases[pi]!;
      if (candidates[candidates.length - 1] !== ph) candidates.push(ph);
      k = ph.start;
    }
  }
  if (candidates.length === 0 || (p.finite && objectOfGerundSubject(ctx, candidates[0]!, p.first))) return null;
  // Left to right: the first phrase not inside a prepositional phrase, else the first coded one.
  const ordered = candidates.reverse();
  const free = ordered.filter((ph) => {
    let k = ph.start - 1;
    while (k >= 0 && (DETERMINERS.has(low[k]!) || /^\d/.test(low[k]!) || /^[a-z]+(?:ed|ing|al|ic|an)$/.test(low[k]!))) k--;
    // "militias loyal to Iran", "Britain's ambassador to the UN": what follows "to" is no subject
    // either, but a number after it is ("up to 200 Serb soldiers", "close to 1,000 troops").
    const to = low[k] === 'to' && !NUMBER_WORD.test(low[k + 1] ?? '');
    // "a day after rebels ambushed a patrol": after "after", "before", "since" or "until" a phrase
    // right before its verb is that clause's subject.
    const clause = CLAUSE_OPENERS.has(low[k] ?? '') && rightBefore(low, ph, p.first);
    // ("150 miles north of Stockholm": a place a distance is measured from is no subject; "The
    // election of the president returns …": the election does it, not the one it names.)
    const bearing = low[k] === 'of' && (BEARINGS.has(low[k - 1] ?? '') || EVENT_HEADS.has(low[k - 1] ?? ''));
    return (k < 0 || (!PREPOSITIONS.has(low[k]!) && !to) || (low[k] === 'of' && !bearing) || clause) && !inOpeningAdjunct(ctx, ph, p.first);
  });
  // A place inside a prepositional phrase ("In Baghdad, Rice met …") is where, not who: it is no
  // fallback subject unless the verb follows it ("ten years after Moscow invaded").
  // Those beside the doer in an opening participle ("Standing alongside Mubarak, Bush urged …")
  // are none either: with the doer unknown, no subject.
  const beside = (ph: Phrase) => opensWithParticiple(ctx) && inOpeningAdjunct(ctx, ph, p.first);
  // (Nor, as a fallback, is the one an election or a death is of.)
  const ofEvent = (ph: Phrase) => low[ph.start - 1] === 'of' && EVENT_HEADS.has(low[ph.start - 2] ?? '');
  // ("The band played in France and criticized Germany": a verb joined by "and" shares the first
  // verb's subject, not a place or a thing that verb is done in or to.)
  const joined = low[p.first - 1] === 'and' || low[p.first - 1] === 'but';
  // ("John Li, a member of Falun Gong, the movement outlawed by the Chinese government, promised …":
  // nor the agent of a participle.)
  const agent = (ph: Phrase) => {
    let k = ph.start - 1;
    while (k > 0 && DETERMINERS.has(low[k]!)) k--;
    return low[k] === 'by' && /^[a-z]{3,}(?:ed|en)$/.test(low[k - 1] ?? '');
  };
  const fallback = (ph: Phrase) =>
    isCoded(ph) &&
    (!placeOnly(ctx, ph) || rightBefore(low, ph, p.first)) &&
    !beside(ph) &&
    !ofEvent(ph) &&
    !joined &&
    !agent(ph) &&
    !whereAside(ctx, ph, p.first);
  // "told radio stations about the times they went on hunger strike": a subject pronoun opening a
  // clause that qualifies a noun ("the times they …", "every day we …") is that clause's subject,
  // whatever actor the sentence names before it.
  const last = ordered[ordered.length - 1]!;
  const pronounSubject = opensQualifyingClause(low, last) && rightBefore(low, last, p.first) ? last : null;
  const pick =
    pronounSubject ??
    free.find((ph) => isCoded(ph) || ph.pronoun) ??
    free[0] ??
    (unknownNameBefore(ctx, p.first) ? null : ordered.find(fallback)) ??
    null;
  return withOrigin(ctx, appositionOf(ctx, pick) ?? pick);
}

/**
 * Whether a phrase is in an aside of place between commas right before the verb ("A third
 * package, at the British High Commission, was still being investigated"): where the subject is,
 * not the subject.
 */
function whereAside(ctx: Ctx, ph: Phrase, first: number): boolean {
  const { low } = ctx;
  if (low[first - 1] !== ',' || low[ph.end] !== ',' || ph.end !== first - 1) return false;
  let k = ph.start - 1;
  while (k > 0 && DETERMINERS.has(low[k]!)) k--;
  return PREPOSITIONS.has(low[k]!) && low[k - 1] === ',';
}

/**
 * Where to look for the subject of a verb at `first`: before a relative clause that a comma closes
 * right before it, whatever clauses that holds ("Abbas' government, which has controlled the West
 * Bank since Hamas overran Gaza, condemned …"), else right before the verb.
 */
function relativeBetweenCommas(ctx: Ctx, first: number): number {
  const { low } = ctx;
  // ("…, unanimously condemned": past the verb's adverbs to the comma.)
  const comma = pastAdverbs(low, first - 1);
  if (low[comma] !== ',') return first - 1;
  for (let j = comma - 1; j >= 2 && first - j <= 30; j--) {
    const w = low[j]!;
    if (w === ';' || w === ':' || w === '(' || w === ')') break;
    // ("A senior official, in Geneva, said Iran's foreign minister, Kamal Kharrazi, praised …": an
    // aside before the verb that governs this clause is that verb's.)
    const other = ctx.nodeAt[j]!;
    if (other >= 0 && ctx.nodes[other]!.inner !== null && ctx.nodes[other]!.inner === ctx.nodes[ctx.nodeAt[first]!]) break;
    if ((w === 'which' || w === 'who' || w === 'whose') && low[j - 1] === ',') return j - 2;
    // "The Security Council, meeting at the request of Britain and France, condemned …", "Saddam
    // Hussein, in a speech marking …, threatened": an aside of a participle or a preposition
    // between commas, after a named subject.
    if (
      low[j - 1] === ',' &&
      (/^[a-z]{3,}(?:ing|ed)$/.test(w) || ASIDE_PREPOSITIONS.has(w)) &&
      ctx.nodeAt[j - 2]! < 0 &&
      [j - 2, j - 3, j - 4].some((t) => t >= 0 && ctx.phraseAt[t]! >= 0 && !ctx.phrases[ctx.phraseAt[t]!]!.pronoun)
    )
      return j - 2;
    // "Hafiz Gul Bahadur, the Taliban commander who controls the area …, has maintained": the
    // actor the clause describes, then its subject before it.
    if ((w === 'which' || w === 'who') && ctx.phraseAt[j - 1]! >= 0) return j - 1;
  }
  return first - 1;
}

/** Prepositions that open an aside between a subject and its verb ("Saddam Hussein, in a speech …, threatened"). */
const ASIDE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'despite', 'under', 'with', 'amid', 'following']);

/** Nouns of an event or a state of affairs before "of", whose "of" names whom it concerns, not a doer. */
const EVENT_HEADS = new Set(
  (
    'election re-election reelection death deaths arrest arrests release killing murder assassination visit return ' +
    'resignation departure arrival appointment victory defeat trial conviction removal ouster fall rise case future ' +
    'fate health absence presence policy policies decision'
  ).split(' '),
);

/** Words of bearing before "of" ("north of Stockholm", "outside of Paris"). */
const BEARINGS = new Set(
  'north south east west northeast northwest southeast southwest northern southern eastern western outside'.split(' '),
);

/** Whether a finite verb comes before token `at`: what follows a comma and "and" there is a clause of its own. */
function finiteBefore(ctx: Ctx, nodes: readonly Node[], at: number): boolean {
  for (let m = at - 1; m >= 0; m--) {
    const x = ctx.nodeAt[m]!;
    if (x >= 0 && nodes[x]!.p.finite) return true;
  }
  return false;
}

/** -ing words that modify a noun rather than take it as object ("ruling party", "opposing forces"). */
const ADJECTIVAL_ING = new Set(
  'ruling opposing fighting protesting striking warring rebelling invading occupying retreating advancing remaining leading governing neighbouring neighboring outgoing incoming visiting attacking marching rioting demonstrating competing rising growing missing fleeing starving wounded'.split(
    ' ',
  ),
);
/** Words after which a clause, and so its subject, begins. */
const CLAUSE_HEADS = new Set(
  'that then because while when if whether way insisted said says argued suggested believes believe thinks think'.split(' '),
);

/**
 * Whether a phrase is the object of a gerund that is itself the subject of the verb at `verb`:
 * "electing Obama is destroying America", "defeating the Taliban will be left to …". Such a
 * clause names an act with no doer.
 */
function objectOfGerundSubject(ctx: Ctx, ph: Phrase, verb: number): boolean {
  const { low } = ctx;
  let k = ph.start - 1;
  while (k >= 0 && (low[k] === 'the' || low[k] === 'a')) k--;
  const ing = low[k] ?? '';
  if (
    !/^[a-z]{3,}ing$/.test(ing) ||
    ADJECTIVAL_ING.has(ing) ||
    PREPOSITIONS.has(ing) ||
    /^(?:during|including|according|regarding|concerning)$/.test(ing)
  ) {
    return false;
  }
  if (k > 0 && !CLAUSE_HEADS.has(low[k - 1]!)) return false;
  // the phrase runs up to the verb group: nothing but the gerund's object stands before the verb
  return rightBefore(low, ph, verb);
}

/** Whether the subject of a finite verb is a gerund with its object ("electing Mandela destroyed South Africa"). */
function gerundClauseSubject(ctx: Ctx, p: Predicate): boolean {
  if (!p.finite) return false;
  for (let k = p.first - 1; k >= 0 && k >= p.first - 3; k--) {
    const pi = ctx.phraseAt[k]!;
    if (pi >= 0) return objectOfGerundSubject(ctx, ctx.phrases[pi]!, p.first);
  }
  return false;
}

/** Verbs of striking back that an intent ("vowed to …") makes a threat: each with its particle, if any. */
const HOSTILE_RESOLVES = ['respond', 'retaliate', 'avenge', 'punish', 'finish', 'go after', 'hit back', 'strike back', 'crush'];

/** A hostile verb in "to" + that verb right after token `from`, and the token after it. */
function hostileResolve(ctx: Ctx, from: number): { verb: string; end: number } | null {
  let at = from;
  const { low } = ctx;
  // ("vowed on Monday to …")
  while (at < low.length && low[at] !== 'to' && TIME_WORDS.has(low[at]!)) at++;
  if (low[at] !== 'to') return null;
  // the words after "to", past quotation marks ('promised to "go after" G4S')
  const next: number[] = [];
  for (let k = at + 1; k < low.length && next.length < 3; k++) if (!/^(?:"|''|``|[“”])$/.test(low[k]!)) next.push(k);
  for (const v of HOSTILE_RESOLVES) {
    const words = v.split(' ');
    if (!words.every((w, i) => next[i] !== undefined && low[next[i]!] === w)) continue;
    let end = next[words.length - 1]! + 1;
    while (/^(?:"|''|[”])$/.test(low[end] ?? '')) end++;
    // ("promised to respond to the crisis with aid": a response to something is no threat.)
    if (!(v === 'respond' && low[end] === 'to')) return { verb: v, end };
  }
  return null;
}

/** Verbs of speech whose first object is the one spoken to ("told reporters …", "assured Israel …"). */
const ADDRESSEES = new Set(['tell', 'inform', 'assure', 'remind', 'notify', 'brief']);

const RECEIVED = 'received: done to the subject';
/** Verbs whose subject gets what the event noun after them names ("drew support", "won backing"). */
const RECEIVING = new Set(['receive', 'get', 'gain', 'win', 'draw', 'earn', 'attract', 'garner', 'obtain', 'secure']);

/** Whether a verb receives the act its noun names ("won backing"; "captured an endorsement", but "captured … in a raid" is no raid received). */
function receives(lemma: string, cameo: string | null | undefined): boolean {
  // ("took much criticism", "has taken flak from Russia": criticism taken is received.)
  return (
    RECEIVING.has(lemma) ||
    (lemma === 'capture' && !!cameo && cameo.startsWith('05')) ||
    (lemma === 'take' && !!cameo && cameo.startsWith('11'))
  );
}

/**
 * Who does an act named by a noun that someone received: the noun's owner ("Obama's support"),
 * else the actor after "from" or "by" right after it ("backing from Germany"), or after "of" for
 * support and aid ("the backing of Germany"); null when the text does not say or only a pronoun
 * does ("his assurances").
 */
function giverOf(ctx: Ctx, verbEnd: number, obj: { start: number; end: number }, cameo: string): Phrase | null {
  const { low } = ctx;
  let k = obj.start - 1;
  while (k >= verbEnd && /^[a-z]+$/.test(low[k]!) && !DETERMINERS.has(low[k]!) && !POSSESSIVES.has(low[k]!) && ctx.phraseAt[k]! < 0) k--;
  if (low[k] === "'s" || low[k] === "'") k--;
  const owner = k >= verbEnd ? ctx.phraseAt[k]! : -1;
  if (owner >= 0) {
    // ("a VIP welcome": a role before the noun is no owner; "Russian aid", "Obama's support" are.)
    const ph = ctx.phrases[owner]!;
    return ph.pronoun || !isCoded(ph) ? null : withOrigin(ctx, ph);
  }
  // ("threats of terrorist attacks", "assurances of support": after other nouns "of" says what, not who.)
  if (low[obj.end] === 'from' || low[obj.end] === 'by' || (low[obj.end] === 'of' && /^0[57]/.test(cameo))) {
    const ph = phraseAfterPrep(ctx, obj.end + 1, Math.min(low.length, obj.end + 6));
    if (ph && !ph.pronoun) return withOrigin(ctx, ph);
  }
  return null;
}

/** Whether a phrase starting at `start` sits after "of" or "by", past a few numbers and adjectives ("the expulsion of two American diplomats"). */
function insideOf(low: readonly string[], start: number): boolean {
  let k = start - 1;
  while (
    k >= 0 &&
    k >= start - 3 &&
    (DETERMINERS.has(low[k]!) || /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(low[k]!))
  )
    k--;
  return low[k] === 'of' || low[k] === 'by';
}

/** What a call for … invites that is no appeal ("calls for proposals", "a call for tenders"). */
const INVITED = new Set(['proposals', 'applications', 'bids', 'tenders', 'nominations', 'submissions', 'entries', 'papers', 'volunteers']);

/** Verbs that say an act named by their subject happened ("fighting broke out", "talks resumed"). */
const HAPPENING = new Set(['erupt', 'break out', 'rage', 'flare', 'flare up', 'take place', 'resume', 'begin', 'start', 'continue']);
/** Words between a subject and its verb: auxiliaries and adverbs. */
const HAPPENING_GAP = /^(?:has|have|had|was|were|is|are|been|again|also|finally|\w+ly)$/;
/** Words before an act's noun that make it another act, or acts of its kind. */
const OTHER_ACTS = new Set(['other', 'previous', 'earlier', 'past', 'similar', 'such', 'future', 'further', 'more', 'any', 'no']);
/** Words that may open the clause before its subject noun. */
const HAPPENING_OPENERS = new Set([
  ',',
  'and',
  'but',
  'as',
  'when',
  'after',
  'before',
  'while',
  'since',
  'where',
  'then',
  'that',
  '``',
  '"',
]);

/**
 * The act that an event noun opening the clause names, when the verb after it only says that it
 * happened ("Heavy fighting raged between Russian troops and Chechen rebels", "Talks between Israel
 * and Syria resumed in Washington"): the sides of "between … and …" (the first the source, the
 * rest the target), else the actor named right before the noun ("Israeli air strikes resumed").
 */
function happeningNoun(ctx: Ctx, p: Predicate): Coded | null {
  const { low } = ctx;
  let k = p.first - 1;
  while (k >= 0 && HAPPENING_GAP.test(low[k]!)) k--;
  // The noun, with a "between …" or "in …" phrase after it before the verb.
  let noun: EventNoun | undefined;
  for (const nn of ctx.nouns) {
    if (nn.end > k + 1 || nn.end < k + 1 - 12) continue;
    let ok = true;
    for (let t = nn.end; t <= k; t++) {
      if (ctx.nodeAt[t]! >= 0 || ctx.barrier[t] || low[t] === ',') ok = false;
    }
    if (ok && (nn.end === k + 1 || low[nn.end] === 'between' || low[nn.end] === 'in')) noun = nn;
  }
  if (!noun?.trigger.cameo) return null;
  // The noun opens its clause: before it only adjectives, determiners and the actor that does it.
  let b = noun.start - 1;
  while (
    b >= 0 &&
    (DETERMINERS.has(low[b]!) ||
      ctx.phraseAt[b]! >= 0 ||
      (/^[a-z-]+$/.test(low[b]!) && !PREPOSITIONS.has(low[b]!) && !HAPPENING_OPENERS.has(low[b]!) && ctx.nodeAt[b]! < 0))
  )
    b--;
  if (b >= 0 && !HAPPENING_OPENERS.has(low[b]!)) return null;
  // "Other teacher protests were held", "similar talks began": acts like it, not this one.
  for (let t = b + 1; t < noun.start; t++) if (OTHER_ACTS.has(low[t]!)) return null;
  const evidence = [`subject noun "${noun.trigger.lemma}" + "${p.trigger.lemma}"`];
  let source: Phrase | null = null;
  let target: Phrase | null = null;
  const between = low.indexOf('between', noun.end);
  const sides = between >= 0 && between <= p.end + 2 ? phraseAfterPrep(ctx, between + 1, Math.min(low.length, between + 8)) : null;
  const other =
    sides && sides.members.length === 1 && low[sides.end] === 'and'
      ? phraseAfterPrep(ctx, sides.end + 1, Math.min(low.length, sides.end + 6))
      : null;
  const side = (m: PhraseMember, plural: boolean | undefined): Phrase => ({
    start: m.start,
    end: m.end,
    members: [m],
    pronoun: false,
    ...(plural !== undefined ? { plural } : {}),
  });
  if (sides && (sides.members.length > 1 || other)) {
    // "between Armenian and Azerbaijani forces", "between Russian troops and Chechen rebels": an
    // act the sides do together, so both are its source and it has no target of its own.
    const members = other ? [sides.members[0]!, ...other.members] : sides.members;
    const each = members.map((m) => withOrigin(ctx, side(m, undefined))?.members[0] ?? m);
    source = { start: sides.start, end: (other ?? sides).end, members: each, pronoun: false, plural: true };
    evidence.push('"between" → both sides');
  } else {
    // ("Other teacher protests were held last year": only an actor the dictionary codes, not a role.)
    const before = noun.start > 0 ? ctx.phraseAt[noun.start - 1]! : -1;
    source = before >= 0 ? ctx.phrases[before]! : null;
    if (source?.pronoun || !isCoded(source)) source = null;
    // "Israeli air strikes resumed on Gaza": the noun's own preposition after the verb.
    const prep = [noun.end, p.end].find((at) => noun.trigger.preps.includes(low[at] ?? ''));
    if (prep !== undefined) {
      target = withOrigin(ctx, phraseAfterPrep(ctx, prep + 1, Math.min(low.length, prep + 6)));
      if (target?.pronoun) target = null;
    }
  }
  const own = ownCode(noun.trigger, source);
  if (!own) return null;
  if (own.note) evidence.push(own.note);
  return {
    cameo: own.cameo,
    plover: own.plover,
    trigger: { start: noun.start, end: noun.end },
    source,
    target,
    negated: false,
    hedged: false,
    evidence,
  };
}

/** Verbs that follow a clause's subject: after a gerund and its object, the gerund is that subject. */
const AFTER_SUBJECT = new Set('is was will would can could may might must should means meant has had remains requires'.split(' '));

/** Whether a gerund opens a clause and, with its object, is that clause's subject. */
function gerundSubject(ctx: Ctx, p: Predicate): boolean {
  const { low } = ctx;
  const before = low[p.first - 1];
  if (before !== undefined && !CLAUSE_HEADS.has(before) && before !== 'and') return false;
  for (let k = p.end; k < Math.min(low.length, p.end + 8); k++) {
    if (AFTER_SUBJECT.has(low[k]!)) return k > p.end;
    if (ctx.barrier[k] || low[k] === ',' || ctx.nodeAt[k]! >= 0) return false;
  }
  return false;
}

/** The nearest verb group with a tense of its own before token `at`, within the clause. */
function finiteNodeBefore(ctx: Ctx, nodes: readonly Node[], at: number): Node | null {
  for (let m = at - 1; m >= 0 && !ctx.barrier[m] && ctx.low[m] !== ','; m--) {
    const x = ctx.nodeAt[m]!;
    if (x >= 0 && nodes[x]!.p.finite) return nodes[x]!;
  }
  return null;
}

/**
 * The index of the word before a verb group past its adverbs ("for allegedly encouraging": the
 * "for"), so that a gerund after a preposition is read as one with an adverb between.
 */
function pastAdverbs(low: readonly string[], k: number): number {
  while (k >= 0 && /^[a-z]{3,}ly$/.test(low[k]!) && low[k] !== 'italy' && low[k] !== 'family') k--;
  return k;
}

/** Whether a sentence is a direct question: it ends in a question mark, past closing quotes and brackets. */
function directQuestion(low: readonly string[]): boolean {
  let k = low.length - 1;
  while (k >= 0 && /^(?:["'”’)\]]|'')$/.test(low[k]!)) k--;
  return low[k] === '?';
}

/**
 * Whether no one does the act whose verb group starts at `first`: its subject is "nobody" or "no
 * one", or the sentence opens "Not X nor Y …".
 */
function doneByNoOne(low: readonly string[], first: number): boolean {
  const w = low[first - 1];
  if (w === 'nobody' || (w === 'one' && low[first - 2] === 'no')) return true;
  return (
    (low[0] === 'not' || low[0] === '\u201c' || low[0] === '"') && low.slice(0, 2).includes('not') && low.slice(0, first).includes('nor')
  );
}

/** Whether "whether" opens the clause of the trigger at `at`, with no clause break between them. */
function askedWhether(ctx: Ctx, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    if (ctx.low[k] === 'whether') return true;
    if (ctx.barrier[k] || ctx.low[k] === 'and') return false;
  }
  return false;
}

const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'did',
  'also',
  'then',
  'later',
]);

/**
 * Whether the word right before a verb group (past adverbs and auxiliaries) is a name the knowledge
 * base does not know ("in Australia when Huawei agreed"): that name is the subject, so no actor
 * farther left stands in for it.
 */
function unknownNameBefore(ctx: Ctx, verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && (/^[a-z]+ly$/.test(ctx.low[k]!) || BETWEEN_SUBJECT_AND_VERB.has(ctx.low[k]!))) k--;
  if (k <= 0 || ctx.phraseAt[k]! >= 0 || ctx.nodeAt[k]! >= 0) return false;
  // ("both Thomas Cook and Le Coq Sportif offered": a name of several words the entities know.)
  if (ctx.names.some((x) => x.end === k + 1)) return true;
  return /^[A-Z][a-z]+$/.test(ctx.tokens[k]!.text) && !/^[A-Z]/.test(ctx.tokens[k - 1]!.text);
}

/** Whether a name the dictionary does not know stands between commas right before the verb at `first`. */
function nameInApposition(ctx: Ctx, first: number): boolean {
  if (ctx.low[first - 1] !== ',') return false;
  const name = ctx.names.find((x) => x.end === first - 1);
  return !!name && ctx.low[name.start - 1] === ',';
}

/** Verbs of saying in the present or the past ("says", "told"). */
const SAYING = /^(?:says|said|say|tells|told|adds|added|reports|reported)$/;

/** Words before a verb that are no noun: conjunctions, negations, adverbs with no -ly. */
const NOT_NOUNS = new Set([
  'and',
  'but',
  'nor',
  'yet',
  'not',
  'never',
  'first',
  'again',
  'still',
  'now',
  'then',
  'once',
  'already',
  'soon',
  'even',
  'just',
]);

/**
 * Whether the clause a subordinator at `opener` opens has a common noun for its subject, right
 * before the verb group at `first` or before an auxiliary on the way ("because surgery is costly …").
 */
function nounSubjectAfter(ctx: Ctx, opener: number, first: number): boolean {
  for (let j = opener + 2; j <= first; j++) if ((j === first || AUXILIARY_AFTER.has(ctx.low[j]!)) && commonNounAt(ctx, j - 1)) return true;
  return false;
}

/** Whether token `k` is a common noun, as far as the words around a verb show ("surgery is shunned"). */
function commonNounAt(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k] ?? '';
  return (
    /^[a-z]{3,}$/.test(ctx.tokens[k]?.text ?? '') &&
    ctx.phraseAt[k]! < 0 &&
    !SUBJECT_PRONOUNS_SET.has(w) &&
    !SUBORDINATORS.has(w) &&
    !PREPOSITIONS.has(w) &&
    !DETERMINERS.has(w) &&
    !NOT_NOUNS.has(w) &&
    !/ly$/.test(w)
  );
}

/** Prepositions that also open a clause ("after rebels ambushed a patrol"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until']);
/** Nouns of examining or discussing something, whose "of"/"over"/"on" names a topic, not an act. */
const TOPIC_HEADS = new Set(
  (
    'review reviews study studies assessment assessments evaluation audit analysis debate debates examination ' +
    'reassessment reconsideration rethink overhaul survey discussion discussions hearing hearings'
  ).split(' '),
);
const TOPIC_PREPOSITIONS = new Set(['of', 'over', 'on', 'about', 'into', 'regarding']);

/** Whether a phrase stands right before the verb, with at most adverbs and auxiliaries between. */
function rightBefore(low: readonly string[], ph: Phrase, verb: number): boolean {
  for (let k = ph.end; k < verb; k++) if (!/^[a-z]+ly$/.test(low[k]!) && !BETWEEN_SUBJECT_AND_VERB.has(low[k]!)) return false;
  return true;
}

/**
 * Whether a sentence opens with a participle ("Standing alongside Mubarak, …", "Flanked by his
 * ministers, …"): a word in -ing or -ed that is no part of a name.
 */
function opensWithParticiple(ctx: Ctx): boolean {
  const first = ctx.low[0] ?? '';
  return /^[a-z]{3,}(?:ing|ed)$/.test(first) && first !== 'united' && ctx.phraseAt[0]! < 0;
}

/**
 * Whether a phrase lies in the prepositional or participial phrase that opens the sentence before
 * a comma ("In northern Iraq, Turkish warplanes bombed …", "At a rally in Ohio, the senator
 * attacked …", "Standing alongside the king, the president urged …", "To punish London, Russia
 * expelled …"): the setting of the act, those beside its doer, or its aim, not its doer.
 */
function inOpeningAdjunct(ctx: Ctx, ph: Phrase, verb: number): boolean {
  const low = ctx.low;
  if ((!PREPOSITIONS.has(low[0] ?? '') || low[0] === 'of') && !opensWithParticiple(ctx) && ctx.frontedAim < 0) return false;
  // "In Tucson, Arizona, a judge …", "In Lyon, France, …": a comma before the province or country
  // that says where the town lies.
  for (let k = 1; k < ph.start; k++) if (low[k] === ',' && !(k === ph.start - 1 && whereTownLies(ctx, ph))) return false;
  for (let k = ph.end; k < verb; k++) if (low[k] === ',') return true;
  return false;
}

/**
 * The office a person acts in, from an apposition after the name ("Kenzo Oshima, the United
 * Nations Emergency Relief Coordinator, demanded"): the coded phrase between the two commas.
 */
/** Verbs by which an actor makes a text its own: adopting, passing, issuing, signing it. */
const ISSUING = new Set(
  'adopt pass approve issue sign release publish unveil draft table introduce enact endorse back sponsor put out send circulate vote'.split(
    ' ',
  ),
);

/**
 * The verb that adopts or issues the text an -ing form follows ("adopted a unanimous resolution
 * condemning"): right before the text's phrase, with no clause boundary between.
 */
function vehicleOf(ctx: Ctx, node: Node, nodes: readonly Node[]): Node | null {
  const { low } = ctx;
  const doc = node.p.first - 1;
  for (let k = doc - 1; k >= Math.max(0, doc - 6); k--) {
    if (ctx.barrier[k]) return null;
    const o = ctx.nodeAt[k]!;
    if (o < 0) continue;
    const v = nodes[o]!;
    if (v === node || v.p.end > doc) return null;
    return ISSUING.has(v.p.trigger.lemma) && !v.p.participle && !v.p.gerund && low[v.p.end] !== 'by' ? v : null;
  }
  return null;
}

function appositionOf(ctx: Ctx, ph: Phrase | null): Phrase | null {
  if (!ph || ph.pronoun || ph.members.length !== 1) return null;
  const m = ph.members[0]!;
  if (!ctx.person[m.start] || ctx.low[ph.end] !== ',') return null;
  let k = ph.end + 1;
  while (k < ctx.low.length && DETERMINERS.has(ctx.low[k]!)) k++;
  const pi = ctx.phraseAt[k] ?? -1;
  if (pi < 0) return null;
  const app = ctx.phrases[pi]!;
  if (!isCoded(app) || app.members.some((x) => ctx.person[x.start])) return null;
  // The apposition closes with a comma before anything else that is a clause of its own.
  for (let t = app.end; t < Math.min(ctx.low.length, app.end + 6); t++) {
    if (ctx.low[t] === ',') return app;
    if (ctx.nodeAt[t]! >= 0 || ctx.barrier[t]) return null;
  }
  return null;
}

/** Whether an infinitive follows a verb of travel in its clause ("flew to Lagos on Monday to urge …"). */
/** Verbs that send a message to someone ("sent a letter to", "wrote to", "telephoned"). */
const MESSAGE_VERBS = new Set(['send', 'write', 'telephone', 'phone', 'cable', 'call', 'contact']);

/**
 * The message a participle appeal after a comma spells out ("sent a letter to the Council, asking it
 * to …"; "wrote to Annan, urging him to …"): the finite message verb just before the comma, if any.
 */
function messageBefore(ctx: Ctx, node: Node): Node | null {
  const before = ctx.low[node.p.first - 1] ?? '';
  if (!node.p.gerund || (before !== ',' && !TIME_WORDS.has(before))) return null;
  for (let k = node.p.first - 2; k >= Math.max(0, node.p.first - 16); k--) {
    if (ctx.barrier[k] || ctx.low[k] === ',') return null;
    const o = ctx.nodeAt[k]!;
    if (o < 0) continue;
    const q = ctx.nodes[o]!;
    return q !== node && q.p.finite && !q.background && MESSAGE_VERBS.has(q.p.trigger.lemma) ? q : null;
  }
  return null;
}

function afterVisit(ctx: Ctx, node: Node): boolean {
  for (let k = node.p.first - 1; k >= Math.max(0, node.p.first - 10); k--) {
    if (ctx.barrier[k]) return false;
    const o = ctx.nodeAt[k]!;
    if (o < 0) continue;
    const q = ctx.nodes[o]!;
    return q !== node && q.p.finite && (q.p.trigger.cameo ?? '').startsWith('042');
  }
  return false;
}

/** Verbs that form or name a body sent to look into something ("set up", "appointed"). */
const FORMING =
  /^(?:set|sets|setting|form|forms|formed|forming|establish|establishes|established|establishing|create|creates|created|creating|appoint|appoints|appointed|appointing|name|names|named|naming)$/;
/** Bodies and people that a state forms or names to look into something. */
const INQUIRY_BODIES =
  /^(?:commission|commissions|committee|committees|team|teams|panel|panels|body|board|tribunal|envoy|investigator|investigators|experts|judge|prosecutor|rapporteur)$/;

/**
 * "set up a commission to investigate war crimes", "appointed a special envoy to investigate
 * abuses": an infinitive of investigation (09x) right after a body formed or named for it, the verb
 * that forms it at most eight words before. Returns the subject of that verb, whose act the
 * investigation is (the phrase that ends right before it, past time words), or null.
 */
function formedToInvestigate(ctx: Ctx, node: Node): Phrase | null {
  if (!node.p.infinitive || !(node.p.trigger.cameo ?? '').startsWith('09')) return null;
  const k = node.p.first - 1;
  if (!INQUIRY_BODIES.test(ctx.low[k] ?? '')) return null;
  for (let j = k - 1; j >= Math.max(1, k - 8); j--) {
    if (ctx.barrier[j]) return null;
    if (!FORMING.test(ctx.low[j]!)) continue;
    let e = j - 1;
    while (e > 0 && (TIME_WORDS.has(ctx.low[e]!) || /^[a-z]{3,}ly$/.test(ctx.low[e]!) || AUXILIARY_WORDS.has(ctx.low[e]!))) e--;
    const ph = ctx.phraseAt[e]! >= 0 ? ctx.phrases[ctx.phraseAt[e]!]! : null;
    return ph && ph.end === e + 1 && !ph.pronoun ? ph : null;
  }
  return null;
}

/** The end (exclusive) of the region where a predicate's objects may be. */
function regionEnd(ctx: Ctx, from: number, self: Node): number {
  const n = ctx.low.length;
  for (let k = from; k < n; k++) {
    if (ctx.barrier[k]) return k;
    // "criticized the comments and Israel rejected them": "and" before another verb's subject ends the object.
    if ((ctx.low[k] === 'and' || ctx.low[k] === 'but') && k > from && subjectOfVerbAt(ctx, k + 1, self)) return k;
    const other = ctx.nodeAt[k]!;
    if (other >= 0 && ctx.nodes[other] !== self && ctx.nodes[other] !== self.inner) return k;
  }
  return n;
}

/** Whether an actor phrase starts at `at`, past a few lower-case words, with another finite verb right after it. */
function subjectOfVerbAt(ctx: Ctx, at: number, self: Node): boolean {
  let k = at;
  while (k < at + 3 && ctx.phraseAt[k]! < 0 && /^[a-z]+$/.test(ctx.tokens[k]?.text ?? '')) k++;
  const ph = ctx.phrases[ctx.phraseAt[k] ?? -1];
  if (!ph || ph.pronoun || ph.start !== k) return false;
  let v = ph.end;
  while (v < ctx.low.length && (/^[a-z]+ly$/.test(ctx.low[v]!) || BETWEEN_SUBJECT_AND_VERB.has(ctx.low[v]!))) v++;
  const other = ctx.nodes[ctx.nodeAt[v] ?? -1];
  return !!other && other !== self && other.p.finite;
}

/** Whether a phrase is what a noun is about ("criticized a book about Iran", "accepted school of thought about Japan"): a topic, not a party. */
function topicOfNoun(ctx: Ctx, ph: Phrase): boolean {
  let k = ph.start - 1;
  while (k > 0 && DETERMINERS.has(ctx.low[k]!)) k--;
  return ctx.low[k] === 'about' && /^[a-z]{3,}$/.test(ctx.tokens[k - 1]?.text ?? '') && ctx.nodeAt[k - 1]! < 0;
}

/** Whether a phrase is what a stance is towards ("countries supportive of the Syrian rebels"): not a party to the act. */
function stanceTowards(low: readonly string[], ph: Phrase): boolean {
  let k = ph.start - 1;
  while (k > 0 && DETERMINERS.has(low[k]!)) k--;
  return low[k] === 'of' && STANCES.has(low[k - 1] ?? '');
}

/** Nouns of fear, whose "of" names what is feared. */
const FEARS = new Set(['fear', 'fears', 'dread']);

/** Whether a phrase is what is feared ("refusing to leave the camp for fear of Syrian retribution"): no party to the act. */
function feared(low: readonly string[], ph: Phrase): boolean {
  let k = ph.start - 1;
  while (k > 0 && DETERMINERS.has(low[k]!)) k--;
  return low[k] === 'of' && FEARS.has(low[k - 1] ?? '');
}

const HELP_NOUNS = new Set(['help', 'support', 'assistance', 'backing', 'expertise', 'cooperation']);

/**
 * Whether a phrase gives help with the act ("examining the evidence with help and expertise from
 * Scotland Yard", "attacked with the support of US aircraft"): a helper, not whom the act is done to.
 */
function helpingWith(low: readonly string[], ph: Phrase): boolean {
  let k = ph.start - 1;
  while (k > 0 && DETERMINERS.has(low[k]!)) k--;
  if (low[k] !== 'from' && low[k] !== 'of' && low[k] !== 'by') return false;
  return low.slice(Math.max(0, k - 3), k).some((w) => HELP_NOUNS.has(w)) && low.slice(Math.max(0, k - 9), k).includes('with');
}

/**
 * Whether an appeal or a demand is made to someone named by a pronoun right after its verb ("asked
 * me to greet all Christians", "urged them to attack Iran"): the one asked, whom the words after
 * it do not name.
 */
function askedPronoun(low: readonly string[], from: number, trigger: Trigger): boolean {
  return (trigger.role === 'appeal' || trigger.role === 'demand') && /^(?:me|us|him|her|them|you)$/.test(low[from] ?? '');
}

/**
 * Where a predicate's direct object starts: the token after the verb, past a quantity or a part of
 * a group ("arrested dozens of militants", "15 members of a militant group") and a few words.
 */
function objectStart(ctx: Ctx, from: number, end: number): number {
  let k = quantityEnd(ctx.low, from);
  // A number does not count towards the words allowed before the object ("shot dead three suspected militants").
  let limit = k + 4 + (ctx.low.slice(from, from + 4).some((w) => NUMBER_WORD.test(w)) ? 1 : 0);
  while (
    k < end &&
    k < limit &&
    ctx.phraseAt[k]! < 0 &&
    ctx.nodeAt[k]! < 0 &&
    (!PREPOSITIONS.has(ctx.low[k]!) || partitiveOf(ctx.low, k)) &&
    /^[\p{L}\p{N}]/u.test(ctx.low[k]!)
  ) {
    if (ctx.low[k] === 'of') limit = k + 4;
    k++;
  }
  return k;
}

/** A role-only phrase ("rebels", `---REB`) given the country of the place it is found in ("the town of Koidu"). */
function placedIn(role: Phrase, place: Phrase): Phrase {
  const country = place.members[0]!.code.slice(0, 3);
  return { ...role, members: role.members.map((m) => (m.code.startsWith('---') ? { ...m, code: country + m.code.slice(3) } : m)) };
}

/**
 * Whether a phrase is one province or country alone after a name and a comma ("Tucson, Arizona",
 * "Lyon, France"), so that it says where the town lies ("In 2004, Israel, …" is no such place).
 */
function whereTownLies(ctx: Ctx, ph: Phrase): boolean {
  const town = ctx.tokens[ph.start - 2]?.text ?? '';
  if (!/^[A-Z][a-z]/.test(town)) return false;
  // "In Gaza, Israel, backed by the US, attacked": an apposition after it makes it the doer.
  if (ctx.low[ph.end] !== ',' || /^(?:[a-z]+(?:ed|ing)|who|which|whose)$/.test(ctx.low[ph.end + 1] ?? '')) return false;
  // ("In a statement issued in Geneva, Pakistan, …": a town the dictionary places in another country is not in this one.)
  const placed = ctx.mentions.find((m) => m.end === ph.start - 1 && m.code?.length === 3);
  if (placed && ph.members.length === 1 && placed.code !== ph.members[0]!.code.slice(0, 3)) return false;
  return placeOnly(ctx, ph) || (ph.members.length === 1 && ph.members[0]!.code.length === 3 && ph.end - ph.start <= 2);
}

/**
 * Whether a phrase names only towns or provinces, each by itself ("Florida", "Porto"): not a
 * country, not its capital (the usual stand-in for its government), not a nation of a state or a
 * self-ruling region (POLITICAL_PLACES), and not a role placed there ("officials in Boise").
 */
function townOnly(ctx: Ctx, ph: Phrase): boolean {
  if (ph.end <= ph.start || ph.pronoun) return false;
  return ph.members.every((m) => {
    const x = ctx.mentions.find((x) => x.start === m.start && x.place);
    if (!x || m.code.length !== 3) return false;
    const words = ctx.low.slice(x.start, x.end).filter((w) => w !== 'the');
    const name = (x.name ?? words.join(' ')).toLowerCase();
    if (findCountry(name) || findCountry(words.join(' ')) || POLITICAL_PLACES.has(words.join(' '))) return false;
    const capital = findCountry(m.code)?.capital.toLowerCase() ?? '';
    return !(name && capital.startsWith(name));
  });
}

/** Places the knowledge base files as towns or provinces that news names as actors: nations of a state, and regions that rule themselves or seek to. */
const POLITICAL_PLACES = new Set(
  (
    'america|england|scotland|wales|northern ireland|britain|great britain|holland|chechnya|kurdistan|iraqi kurdistan|tibet|crimea|' +
    'abkhazia|south ossetia|transnistria|donetsk|luhansk|lugansk|somaliland|puntland|darfur|south sudan|catalonia|quebec|flanders|' +
    'wallonia|greenland|puerto rico|aceh|mindanao|xinjiang|nagorno-karabakh|karabakh|kashmir|balochistan|baluchistan|zanzibar|' +
    'bougainville|new caledonia|western sahara|gaza|west bank|hong kong|macau|taiwan|kosovo'
  ).split('|'),
);

/** Sectors of people and bodies outside politics: their acts among themselves are no political events. */
const PRIVATE_SECTORS = /^(?:BUS|EDU|HLH|CVL|REL|LAB|AGR|ENV|DEV|PPL|SPT)/;

/** Whether an actor is a state, one of its organs, an armed or political group, or an international body. */
function politicalSide(ph: Phrase | null): boolean {
  return (
    !!ph &&
    ph.members.some((m) => {
      if (/^(?:IGO|NGO|IMG|NGM|INT|UIS)/.test(m.code)) return true;
      return !m.code.startsWith('MNC') && m.code !== '---' && !PRIVATE_SECTORS.test(m.code.slice(3, 6));
    })
  );
}

/** Whether every actor of a phrase is a place the knowledge base knows (a town, a province), no state or group. */
function placeOnly(ctx: Ctx, ph: Phrase): boolean {
  return ph.members.every((m) => ctx.mentions.some((x) => x.start === m.start && x.place));
}

/** Things that show someone, whose "of" names who is shown, not a party to the act. */
const DEPICTIONS = new Set(
  (
    'mural murals portrait portraits photo photos photograph photographs picture pictures image images poster posters ' +
    'statue statues painting paintings cartoon cartoons caricature caricatures video videos bust busts'
  ).split(' '),
);

/** Nouns a place before them names ("the Virginia elections", "its Syria policy"): the place is no party. */
const NAMED_BY_PLACE = new Set('election elections primary primaries polls race campaign policy issue crisis war conflict'.split(' '));

/** "suspended in the wake of Benazir Bhutto's assassination", "amid Russia's protests": another event's actor. */
function inWakeOf(ctx: Ctx, ph: Phrase): boolean {
  let k = ph.start - 1;
  if (DETERMINERS.has(ctx.low[k] ?? '')) k--;
  const w = ctx.low[k] ?? '';
  return w === 'amid' || w === 'amidst' || (w === 'of' && /^(?:wake|aftermath)$/.test(ctx.low[k - 1] ?? ''));
}

/** "ordered officials to cover a mural of Obama": the one shown in a picture or a statue. */
function depicted(ctx: Ctx, ph: Phrase): boolean {
  let k = ph.start - 1;
  if (DETERMINERS.has(ctx.low[k] ?? '')) k--;
  return ctx.low[k] === 'of' && DEPICTIONS.has(ctx.low[k - 1] ?? '');
}

/** Verbs whose object is what is talked about, not whom with. */
const TOPIC_VERBS = new Set(['discuss', 'debate']);

/** The one something is discussed with, after "with" in the verb's region ("discussed Iran with Olmert"). */
function discussedWith(ctx: Ctx, from: number, end: number, usable: (ph: Phrase | null) => ph is Phrase): Phrase | null {
  for (let k = from; k < end; k++) {
    if (ctx.low[k] !== 'with') continue;
    const ph = phraseAfterPrep(ctx, k + 1, end);
    return usable(ph) ? withOrigin(ctx, ph) : null;
  }
  return null;
}

/** The actor phrase right after `from`, past determiners and the words `skip` passes over, before `end`; else null. */
function phraseRightAfter(ctx: Ctx, from: number, end: number, skip: (w: string) => boolean): Phrase | null {
  let k = from;
  while (k < end && (DETERMINERS.has(ctx.low[k]!) || skip(ctx.low[k]!))) k++;
  return ctx.phraseAt[k]! >= 0 ? withOrigin(ctx, ctx.phrases[ctx.phraseAt[k]!]!) : null;
}

/** The target of a predicate: an actor after a preferred preposition, the direct object, or the first actor in its region. */
function targetOf(ctx: Ctx, node: Node, from: number, trigger: Trigger, source: Phrase | null): Phrase | null {
  if (askedPronoun(ctx.low, from, trigger)) return null;
  const end = regionEnd(ctx, from, node);
  const usable = (ph: Phrase | null): ph is Phrase =>
    !!ph &&
    !ph.pronoun &&
    ph !== source &&
    // ("defence ministers in Brussels": a place inside the source's own phrase is no target)
    !(source && source.start <= ph.start && ph.end <= source.end) &&
    ph.members.length > 0 &&
    !depicted(ctx, ph) &&
    !inWakeOf(ctx, ph) &&
    !NAMED_BY_PLACE.has(ctx.low[ph.end] ?? '') &&
    !helpingWith(ctx.low, ph) &&
    !stanceTowards(ctx.low, ph) &&
    !feared(ctx.low, ph) &&
    !topicOfNoun(ctx, ph) &&
    !ctx.nouns.some((nn) => nn.start <= ph.start && ph.end <= nn.end);
  // "discussed the peacekeeping mission in Kosovo": what is discussed is a topic; those it is
  // discussed with are after "with".
  if (TOPIC_VERBS.has(trigger.lemma)) return discussedWith(ctx, from, end, usable);
  // A role-only actor after "with" or a preferred preposition ("signed a deal with Muslim rebels"),
  // should no named one be found; its country comes from the sentence (inContext).
  let roleAfterPrep: Phrase | null = null;
  // "arrived in Kisangani for talks with Ugandan officials": a visit's target is whom it is to meet.
  if (trigger.cameo?.startsWith('042')) {
    const met = visitedFor(ctx, from);
    if (usable(met) && isCoded(met)) return met;
  }
  // "condemned what it called Israeli aggression": the act named, past the one who names it.
  if (ctx.low[from] === 'what') {
    const called = ctx.low.slice(from + 1, from + 5).findIndex((w) => w === 'called' || w === 'termed' || w === 'described');
    if (called >= 0) from = from + 2 + called + (ctx.low[from + 2 + called] === 'as' ? 1 : 0);
  }
  // "condemned the arrest of a French researcher in Tehran": whoever made the arrest.
  if (trigger.cameo && root(trigger.cameo) === 11) {
    const doer = stateActDoer(ctx, from, end);
    if (usable(doer)) return doer;
    // "condemned a videotape issued by the kidnappers", "complained over comments made by
    // Australian spinner Brad Hogg": whoever made the thing condemned.
    const author = withOrigin(ctx, authorOf(ctx, from));
    if (usable(author)) return author;
  }
  // "warned Moscow of retaliation", "warned Kabul against harbouring militants": the one warned,
  // named right after the verb, comes before whoever the warning is about.
  if (trigger.role === 'threat') {
    const warned = phraseRightAfter(ctx, from, end, (w) => TIME_WORDS.has(w));
    if (usable(warned) && isCoded(warned) && trigger.preps.includes(ctx.low[warned.end] ?? '')) return warned;
  }
  // "expelled South Korean officials from Kaesong": those expelled, named right after the verb,
  // before the place they are expelled from.
  if (trigger.cameo === '174') {
    const expelled = phraseRightAfter(ctx, from, end, (w) => /^\d/.test(w));
    if (usable(expelled) && isCoded(expelled)) return expelled;
  }
  // The trigger's prepositions in its order of preference ("a complaint with the court against Chile").
  let best: Phrase | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let k = from; k < end; k++) {
    const w = ctx.low[k]!;
    const rank = trigger.preps.indexOf(w);
    if (rank >= 0 || w === 'with') {
      let after = phraseAfterPrep(ctx, k + 1, end);
      // "talks in Jakarta with his Indonesian counterpart": the actor after a possessive.
      const owned = after?.pronoun && POSSESSIVES.has(ctx.low[after.start]!) ? (ctx.phrases[ctx.phraseAt[after.end] ?? -1] ?? null) : null;
      if (owned && isCoded(owned)) after = owned;
      const ph = withOrigin(ctx, after);
      // "bans on travel to Canada against four officers": an actor reached past a direction ranks
      // below those after their own preposition.
      const ranked = after && !directAfter(ctx, k + 1, after) ? rank + trigger.preps.length : rank;
      if (usable(ph) && isCoded(ph) && rank >= 0 && ranked < bestRank) {
        best = ph;
        bestRank = ranked;
        if (ranked === 0) break;
      }
      if (usable(ph) && !isCoded(ph) && !roleAfterPrep && ph.start <= k + 3) roleAfterPrep = ph;
    }
  }
  if (best) return best;
  if (trigger.noTarget) return null;
  // "extradite two suspects wanted by Spain": those handed over go to whoever wants them.
  if (trigger.cameo?.startsWith('063')) {
    const n = ctx.low.length;
    for (let k = from; k + 1 < n && k < from + 10 && !ctx.barrier[k]; k++) {
      if (ctx.low[k] !== 'wanted' || (ctx.low[k + 1] !== 'by' && ctx.low[k + 1] !== 'in')) continue;
      const ph = withOrigin(ctx, phraseAfterPrep(ctx, k + 2, n));
      if (usable(ph) && isCoded(ph)) return ph;
    }
  }
  // "rallied in Jakarta to denounce Israel's attack": where a protest is held yields to whom it is
  // aimed at, when a purpose clause names one.
  const protest = !!trigger.cameo && root(trigger.cameo) === 14;
  let venue: Phrase | null = null;
  // "attacked the Albanian minority in Tetovo", "recaptured the town of Koidu from rebels": a place
  // is where the act is done; a role-only actor it is done to comes first, of the place's country.
  const object = ctx.phraseAt[objectStart(ctx, from, end)] ?? -1;
  const directRole = ctx.phrases[object] ?? null;
  const doneTo = roleAfterPrep ?? (usable(directRole) && !isCoded(directRole) ? directRole : null);
  for (let k = from; k < end; k++) {
    const pi = ctx.phraseAt[k]!;
    if (pi < 0) continue;
    const ph = withOrigin(ctx, ctx.phrases[pi]!);
    // "captured a guerrilla stronghold on the Thai border": a border named by its country is where
    // an act is done, not to whom (forces moved to a border, or a truce along it, face that country).
    const facing = !!trigger.cameo && (root(trigger.cameo) === 8 || root(trigger.cameo) === 15);
    let before = (ph?.start ?? 0) - 1;
    while (before > from && DETERMINERS.has(ctx.low[before]!)) before--;
    const border =
      !facing && !!ph && /^(?:border|frontier)$/.test(ctx.low[ph.end] ?? '') && /^(?:on|along|near|at)$/.test(ctx.low[before] ?? '');
    // ("supports the war against NATO forces": those a backed war is against are no one backed.)
    const friendly = !!trigger.cameo && root(trigger.cameo) >= 3 && root(trigger.cameo) <= 8;
    const opposed = friendly && ctx.low[before] === 'against' && !trigger.preps.includes('against');
    // ("flew in from Belarus": where a journey starts is not where it goes)
    const origin = !!trigger.cameo?.startsWith('042') && ctx.low[before] === 'from';
    if (usable(ph) && isCoded(ph) && !border && !opposed && !origin) {
      if (!protest && doneTo && (doneTo === roleAfterPrep || doneTo.start < ph.start) && placeOnly(ctx, ph)) return placedIn(doneTo, ph);
      // "blocked streets in Hong Kong in defiance of Chinese authorities": whom a protest defies.
      const defied = ctx.low[before] === 'against' || (ctx.low[before] === 'of' && ctx.low[before - 1] === 'defiance');
      if (protest && venue && defied) return ph;
      // "marched through Bonn", like "rallied in Jakarta": a place the protest passes through; so
      // are the streets or centre of a place ("took to the streets of Gaza City").
      const at = ctx.low[ph.start - 1];
      const placeIn = at === 'of' && /^(?:streets?|centre|center|heart|outskirts)$/.test(ctx.low[ph.start - 2] ?? '');
      if (!protest || (at !== 'in' && at !== 'through' && !placeIn) || venue) return venue ?? ph;
      venue = ph;
    }
    k = ctx.phrases[pi]!.end - 1;
  }
  if (venue) {
    const next = ctx.nodeAt[end] ?? -1;
    const q = next >= 0 ? ctx.nodes[next]! : null;
    // The purpose clause follows the place, with at most a time between ("marched in Seoul on Saturday to protest").
    const right =
      !!q && ctx.low.slice(venue.end, q.p.first).every((w) => TIME_WORDS.has(w) || w === ',' || /^\d/.test(w) || w === 'for' || w === 'a');
    const aimed = q && right && q.adjunct && q.p.infinitive && q !== node ? targetOf(ctx, q, q.p.end, q.p.trigger, source) : null;
    return aimed && isCoded(aimed) ? aimed : venue;
  }
  // A role-only object right after the verb ("disperse demonstrators").
  if (usable(directRole)) return directRole;
  if (roleAfterPrep) return roleAfterPrep;
  // "staged demonstrations to demand reforms by the government", "opened fire to disperse
  // demonstrators", "donated $100 million to help refugees", "signed a deal to supply gas to
  // China": the purpose clause's actor.
  const next = ctx.nodeAt[end] ?? -1;
  if (
    next >= 0 &&
    ctx.nodes[next]!.adjunct &&
    ctx.nodes[next]!.p.infinitive &&
    ctx.nodes[next] !== node &&
    trigger.cameo &&
    (root(trigger.cameo) >= 14 || root(trigger.cameo) === 7 || root(trigger.cameo) === 9 || trigger.cameo === '057')
  ) {
    const q = ctx.nodes[next]!;
    return targetOf(ctx, q, q.p.end, q.p.trigger, source);
  }
  return null;
}

/** Things an actor makes or says, whose maker a condemnation is aimed at. */
const AUTHORED = new Set(
  'videotape videotapes video videos tape tapes statement statements comment comments remark remarks speech speeches letter letters message messages claim claims decision decisions ruling policy policies'.split(
    ' ',
  ),
);
const MADE = new Set([
  'made',
  'issued',
  'released',
  'posted',
  'published',
  'delivered',
  'broadcast',
  'aired',
  'taken',
  'announced',
  'adopted',
]);

/**
 * The maker of a thing named after `from` ("a videotape issued by the kidnappers", "comments made
 * by Brad Hogg"): the actor after "by" past a participle of making, within a few words.
 */
function authorOf(ctx: Ctx, from: number): Phrase | null {
  const { low } = ctx;
  let k = from;
  if (low[k] === 'over' || low[k] === 'about' || low[k] === 'of') k++;
  while (k < low.length && k < from + 5 && !AUTHORED.has(low[k]!)) {
    if (ctx.barrier[k] || ctx.phraseAt[k]! >= 0) return null;
    k++;
  }
  if (!AUTHORED.has(low[k] ?? '') || !MADE.has(low[k + 1] ?? '') || low[k + 2] !== 'by') return null;
  return phraseAfterPrep(ctx, k + 3, Math.min(low.length, k + 8));
}

/** Acts only a state does to people: who did one is named after "by", or is the state of the place it was done in. */
const STATE_ACTS = new Set(
  'arrest arrests detention detentions jailing imprisonment execution executions sentencing expulsion expulsions deportation deportations trial conviction'.split(
    ' ',
  ),
);

/**
 * Who did the state act that an object names ("the arrest of a French researcher in Tehran", "the
 * jailing of three journalists by Egypt"): the actor after "by", else the country of the place
 * after "in"; null when the object names no such act.
 */
function stateActDoer(ctx: Ctx, from: number, end: number): Phrase | null {
  let k = from;
  while (k < Math.min(end, from + 6) && !STATE_ACTS.has(ctx.low[k]!)) {
    if (ctx.barrier[k] || ctx.phraseAt[k]! >= 0 || ctx.nodeAt[k]! >= 0) return null;
    k++;
  }
  if (!STATE_ACTS.has(ctx.low[k] ?? '') || ctx.low[k + 1] !== 'of') return null;
  let place: Phrase | null = null;
  for (let j = k + 2; j < end && !ctx.barrier[j]; j++) {
    if (ctx.low[j] !== 'by' && ctx.low[j] !== 'in') continue;
    const ph = phraseAfterPrep(ctx, j + 1, end);
    if (!ph || ph.pronoun || !isCoded(ph)) continue;
    if (ctx.low[j] === 'by') return ph;
    const country = countryOf(ph);
    if (!place && country && ph.members.length === 1) place = { ...ph, members: [{ ...ph.members[0]!, code: country }] };
  }
  return place;
}

/** Whom a visit is for, named after the place: "for talks with X", "to meet X", "to hold talks with X". */
function visitedFor(ctx: Ctx, from: number): Phrase | null {
  const n = ctx.low.length;
  for (let k = from; k + 1 < n && k < from + 12; k++) {
    const w = ctx.low[k]!;
    if (ctx.barrier[k] && w !== ',') return null;
    // "for talks with", "for further talks with", "to hold talks with"; not "to brief him on the talks with Israel".
    const held = /^(?:for|hold)$/.test(ctx.low[k - 1] ?? '') || ctx.low[k - 2] === 'for';
    const after = w === 'talks' && held && ctx.low[k + 1] === 'with' ? k + 2 : w === 'meet' && ctx.low[k - 1] === 'to' ? k + 1 : -1;
    if (after < 0) continue;
    const ph = withOrigin(ctx, phraseAfterPrep(ctx, after, n));
    return ph && ph.start <= after + 2 ? ph : null;
  }
  return null;
}

const NUMBER_WORD = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)$/;

const CAPTIVE_PARTICIPLES = new Set(['held', 'kidnapped', 'abducted', 'captured', 'seized', 'taken']);

/** Where "that" opens a clause after a verb, past its day ("demanded on Sunday that …"); -1 if it does not. */
function thatAfter(ctx: Ctx, from: number): number {
  let k = from;
  while (k < from + 4 && k < ctx.low.length && (TIME_WORDS.has(ctx.low[k]!) || ctx.low[k] === ',')) k++;
  return ctx.low[k] === 'that' ? k : -1;
}

/** Whether the object after `from` is said to be held by someone ("hostages held by rebels"). */
function heldByOthers(ctx: Ctx, from: number): boolean {
  for (let k = from; k < Math.min(ctx.low.length - 1, from + 8); k++) {
    const w = ctx.low[k]!;
    if (CAPTIVE_PARTICIPLES.has(w)) return ctx.low[k + 1] === 'by' || (ctx.low[k + 1] === 'hostage' && ctx.low[k + 2] === 'by');
    if (ctx.barrier[k] && w !== ',') return false;
  }
  return false;
}

/** People sent to check on a place: their visits are inspections (CAMEO 09). */
const INSPECTORS = /\b(?:inspectors|investigators|monitors|observers|inspection team)\b/;

const FORCIBLY = /^forc(?:ibly|efully)$/;

/** Nouns for people protesting: their violence is rioting (CAMEO 145). */
const PROTESTERS = /\b(?:demonstrators?|protesters?|protestors?|rioters?|marchers|mobs?)\b/;

/** Nouns that name a quantity or a part of a group: the group after their "of" is the object. */
const PARTITIVES = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'tens',
  'millions',
  'members',
  'supporters',
  'followers',
  'leaders',
  'activists',
  'fighters',
  'some',
  'many',
  'most',
  'several',
  'number',
  'group',
  'band',
]);

/** Whether the "of" at `k` follows a quantity or part ("dozens of", "members of"). */
function partitiveOf(low: readonly string[], k: number): boolean {
  return low[k] === 'of' && PARTITIVES.has(low[k - 1] ?? '');
}

/** What is released that is no one set free: texts, figures, pictures, records, products. */
const RELEASED_THINGS = new Set(
  (
    'report reports statement statements photo photos photograph photographs image images picture pictures video videos ' +
    'footage album albums single song songs record film films movie movies book books data figures results list poll ' +
    'polls survey study details copy transcript transcripts document documents findings version update trailer game ' +
    'product products software app edition guidelines plan budget letter memo names emails tapes recording ' +
    'installment installments episode episodes sequel collection catalogue catalog original cover debut track tracks ep mixtape remix'
  ).split(' '),
);

/**
 * Whether a verb of setting free has a thing as its object ("released a report", "released their
 * latest album"): such a word within its first words, before any actor.
 */
function thingReleased(ctx: Ctx, from: number): boolean {
  for (let k = from; k < Math.min(ctx.low.length, from + 6); k++) {
    const w = ctx.low[k]!;
    const ph = ctx.phraseAt[k]!;
    if ((ph >= 0 && !(ctx.phrases[ph]!.pronoun && POSSESSIVES.has(w))) || ctx.barrier[k]) return false;
    if (RELEASED_THINGS.has(w)) return true;
  }
  return false;
}

/** Whether the subject of a relative clause follows a thing or a call ("a call the White House long ago released"). */
function releasedBefore(ctx: Ctx, subject: Phrase | null): boolean {
  if (!subject || subject.start < 1) return false;
  let k = subject.start - 1;
  if (ctx.low[k] === 'that' || ctx.low[k] === 'which') k--;
  while (k >= 0 && DETERMINERS.has(ctx.low[k]!)) k--;
  const w = ctx.low[k] ?? '';
  return RELEASED_THINGS.has(w) || w === 'call' || w === 'calls';
}

/**
 * Whether a clause with a subject of its own follows the verb: "that" ("conceded that …"), or an
 * auxiliary after the first words with no clause break before it ("conceded the opposition were …").
 */
function clauseAfter(ctx: Ctx, from: number): boolean {
  if (thatAfter(ctx, from) >= 0) return true;
  for (let k = from + 1; k < Math.min(ctx.low.length, from + 6); k++) {
    if (ctx.barrier[k] || PREPOSITIONS.has(ctx.low[k]!)) return false;
    if (AUXILIARY_WORDS.has(ctx.low[k]!) && ctx.low[k] !== 'not' && ctx.low[k] !== 'also') return true;
  }
  return false;
}

/** Whether a noun phrase follows the verb directly (its object). */
function hasDirectObject(ctx: Ctx, from: number): boolean {
  let k = from;
  while (k < ctx.low.length && /^[a-z]+ly$/.test(ctx.low[k]!)) k++;
  // "freed over 150 prisoners", "up to 16 advisers": a number with its approximator.
  const quantity = quantityEnd(ctx.low, k);
  // "the rouble declined 0.3%", "shares fell 5 percent": a change by some measure, not a thing acted on.
  if (measureOfChange(ctx.low, quantity)) return false;
  if (quantity > k) return true;
  const w = ctx.low[k];
  if (!w) return false;
  if (
    PREPOSITIONS.has(w) ||
    SUBORDINATORS.has(w) ||
    RELATIVES.has(w) ||
    w === 'to' ||
    w === 'off' ||
    w === 'that' ||
    /^[^\p{L}\p{N}]/u.test(w)
  )
    return false;
  return ctx.nodeAt[k]! < 0;
}

/** Whether the number at `k` measures a change ("0.3%", "5 percent", "2 points", "3 per cent"). */
function measureOfChange(low: readonly string[], k: number): boolean {
  const w = low[k] ?? '';
  if (!/^\d/.test(w)) return false;
  const next = low[k + 1] ?? '';
  return (
    w.endsWith('%') ||
    next === '%' ||
    next === 'percent' ||
    next === 'pct' ||
    next === 'points' ||
    (next === 'per' && low[k + 2] === 'cent')
  );
}

const APPROXIMATORS = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'under']);

/** The token after an approximate number that starts at `k` ("over 150", "up to 16", "more than 20"), or `k`. */
function quantityEnd(low: readonly string[], k: number): number {
  let j = k;
  if (APPROXIMATORS.has(low[j] ?? '')) j++;
  else if (
    (low[j] === 'up' && low[j + 1] === 'to') ||
    ((low[j] === 'more' || low[j] === 'fewer' || low[j] === 'less') && low[j + 1] === 'than')
  )
    j += 2;
  else if (low[j] === 'at' && (low[j + 1] === 'least' || low[j + 1] === 'most')) j += 2;
  else return k;
  return /^\d/.test(low[j] ?? '') ||
    /^(?:a|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|a dozen)$/.test(low[j] ?? '')
    ? j
    : k;
}

type Collocation = NonNullable<ReturnType<EventLexicon['collocations']['get']>>[number];
const firstWordIndex = new WeakMap<readonly Collocation[], Map<string, Collocation[]>>();

/** A verb's collocations by the first word of their object (built once per verb). */
function byFirstWord(colls: readonly Collocation[]): Map<string, Collocation[]> {
  let index = firstWordIndex.get(colls);
  if (!index) {
    index = new Map();
    for (const c of colls) {
      const list = index.get(c.words[0]!);
      if (list) list.push(c);
      else index.set(c.words[0]!, [c]);
    }
    firstWordIndex.set(colls, index);
  }
  return index;
}

/** Whether the word at `k` is a noun that the words before it modify ("dollar grant", "weapons inspection"). */
function modifiesNext(ctx: Ctx, k: number): boolean {
  const w = ctx.low[k];
  if (!w || !/^[a-z]+$/.test(w) || ctx.nodeAt[k]! >= 0) return false;
  return (
    ctx.lex.nouns.has(w) || ctx.phraseAt[k]! >= 0 || /(?:ion|ions|ment|ments|ance|ence|ity|ship|team|teams)$/.test(w) || BODY_HEADS.has(w)
  );
}

/** Nouns of bodies, programmes and funds that a noun before them only qualifies ("a defense research projects agency"). */
const BODY_HEADS = new Set(
  'program programs programme programmes project projects center centre centers centres institute office unit units group groups council committee fund funds budget budgets company companies firm firms facility facilities system systems'.split(
    ' ',
  ),
);

/** Verbs that keep an act from happening. */
const PREVENTING = new Set(['thwart', 'foil', 'avert', 'avoid', 'evade', 'escape', 'dodge', 'prevent', 'forestall']);
const ENDING = new Set(['drop', 'close', 'end', 'halt', 'suspend', 'shelve', 'abandon', 'conclude', 'terminate']);
/** Verbs that make an act smaller ("reduced its cooperation", "slashed aid"). */
const LESSENING = new Set(['reduce', 'slash', 'stop', 'freeze', 'cut', 'curtail', 'limit', 'lower', 'scale']);

/**
 * The CAMEO code of less of a cooperative act: cooperation (05, 06) is relations reduced (160),
 * aid (07) aid stopped (162; economic, military, humanitarian 1621-1623); null for other acts.
 *
 * @example
 * lessenedCode('060'); // '160'
 * lessenedCode('072'); // '1622'
 */
function lessenedCode(cameo: string | null | undefined): string | null {
  if (!cameo) return null;
  if (/^0[56]/.test(cameo)) return '160';
  if (!cameo.startsWith('07')) return null;
  return { '071': '1621', '072': '1622', '073': '1623' }[cameo] ?? '162';
}

const ENVOYS = /^(?:ambassadors?|envoys?|diplomats?|consuls?|emissar(?:y|ies)|representatives?|charge|chargé)$/;
/** Things fought that are no side: plans, laws and ills ("fight efforts to curb aid", "fight corruption"). */
const FOUGHT_THINGS = new Set(
  'efforts effort plan plans proposal proposals bill bills law laws measure measures corruption poverty disease diseases crime fire fires charges charge ban decision ruling extradition cancer climate inflation hunger'.split(
    ' ',
  ),
);
const KEEPING = new Set(['keep', 'keeps', 'kept', 'keeping', 'leave', 'leaves', 'left', 'leaving', 'hold', 'holds', 'held']);

/** The first word after `from` past determiners, adjectives in -al/-ive/-ed and numbers ("the ongoing efforts" → "efforts"). */
function firstNoun(ctx: Ctx, from: number): string {
  let k = from;
  while (k < ctx.low.length && (DETERMINERS.has(ctx.low[k]!) || /^(?:[a-z]+(?:al|ive|ed|ing)|\d[\d,.]*)$/.test(ctx.low[k]!))) k++;
  return ctx.low[k] ?? '';
}

/** What one shoots with a camera ("shooting the drama", "shot a video"). */
const FILMED = new Set([
  'film',
  'films',
  'movie',
  'movies',
  'drama',
  'scene',
  'scenes',
  'video',
  'videos',
  'footage',
  'documentary',
  'episode',
  'pilot',
  'photos',
  'pictures',
  'commercial',
  'series',
]);

/** Whether the object after `from` is someone received: an actor, or a role ("the visiting minister"). */
function receivesVisitor(ctx: Ctx, from: number): boolean {
  let k = from;
  while (k < ctx.low.length && (DETERMINERS.has(ctx.low[k]!) || /^(?:visiting|new|former|top|senior|[a-z]+ly)$/.test(ctx.low[k]!))) k++;
  return ctx.phraseAt[k]! >= 0 && !ctx.phrases[ctx.phraseAt[k]!]!.pronoun ? true : /^(?:him|her|them)$/.test(ctx.low[k] ?? '');
}

/** Compounds in which a pattern's noun names something else than the pattern means. */
const OTHER_BASES = new Set(
  ['knowledge', 'fan', 'customer', 'tax', 'user', 'voter', 'client', 'data', 'support', 'skills', 'industrial', 'manufacturing'].map(
    (w) => `${w} base`,
  ),
);

/** An event noun that a predicate takes as its object ("imposed sanctions", "held talks"), or a collocation. */
function nounObject(ctx: Ctx, node: Node): { trigger: Trigger; start: number; end: number; collocation: boolean } | null {
  const p = node.p;
  // Seven words after the verb, not counting the words of an actor named there ("placed opposition
  // leader Aung San Suu Kyi under house arrest").
  let limit = p.end;
  for (let budget = 7; limit < ctx.low.length && budget > 0; limit++) if (ctx.phraseAt[limit]! < 0) budget--;
  const colls = ctx.lex.collocations.get(p.trigger.lemma);
  let stop = limit;
  // "used hostages as human shields": "as" opens the phrase of one of the verb's collocations, no clause.
  const asPhrase = (k: number) =>
    ctx.low[k] === 'as' &&
    !!colls?.some((c) => c.prep === 'as' && [1, 2, 3].some((d) => c.words.every((w, t) => ctx.low[k + d + t] === w)));
  for (let k = p.end; k < limit; k++) {
    if (ctx.barrier[k] && ctx.low[k] !== ',' && !asPhrase(k)) {
      stop = k;
      break;
    }
    // "has come to see the six party talks as …": an infinitive with its own object ends the verb's.
    if (
      ctx.low[k] === 'to' &&
      /^[a-z]+$/.test(ctx.tokens[k + 1]?.text ?? '') &&
      !DETERMINERS.has(ctx.low[k + 1]!) &&
      ctx.phraseAt[k + 1]! < 0 &&
      ctx.low[k + 2] === 'the'
    ) {
      stop = k;
      break;
    }
    if (ctx.nodeAt[k]! >= 0 && ctx.nodes[ctx.nodeAt[k]!] !== node) {
      stop = k;
      break;
    }
    // "continued a review of U.S. aid", "began a study of sanctions": what a review or a debate is
    // about is its topic, not an act done.
    if (TOPIC_HEADS.has(ctx.low[k]!) && TOPIC_PREPOSITIONS.has(ctx.low[k + 1] ?? '')) {
      stop = k + 1;
      break;
    }
  }
  // The team's collocations, then event nouns, then PETRARCH-2's verb + object patterns, which
  // make a verb's meaning precise by its object ("released a statement", "recalled its ambassador").
  const matches = (ws: readonly string[], k: number) => {
    for (let t = 0; t < ws.length; t++) if (ctx.low[k + t] !== ws[t]) return false;
    return true;
  };
  const collocation = (source: Trigger['source']) => {
    if (!colls) return null;
    for (let k = p.end; k < stop; k++) {
      // PETRARCH's "* NOUN" patterns name the verb's object: no preposition or comma before the noun
      // ("protested the arrest", not "protested to Japan over the arrest"); "of" joins quantities.
      const w = ctx.low[k]!;
      // ("took more than 300 peacekeepers hostage": "than" of a quantity.)
      const quantity = w === 'than' && /^(?:more|less|fewer)$/.test(ctx.low[k - 1] ?? '');
      if (source === 'petrarch' && k > p.end && (w === ',' || (PREPOSITIONS.has(w) && w !== 'of' && !quantity))) break;
      for (const c of byFirstWord(colls).get(w) ?? []) {
        if (c.trigger.source !== source || c.prep) continue;
        if (!matches(c.words, k)) continue;
        // ("released eight foreign aid workers": a noun that qualifies the actor named right after it.)
        const after = ctx.phraseAt[k + c.words.length] ?? -1;
        if (source === 'triggers' && after >= 0 && ctx.phrases[after]!.start === k + c.words.length) continue;
        // "a 20 million dollar grant", "the weapons inspection team": a pattern's noun that modifies
        // the noun after it is not the object.
        if (source === 'petrarch' && modifiesNext(ctx, k + c.words.length)) continue;
        // "the knowledge base", "its fan base": a pattern's noun with a noun before it that makes it another thing.
        if (source === 'petrarch' && c.words.length === 1 && OTHER_BASES.has(`${ctx.low[k - 1]} ${w}`)) continue;
        // ("called the election a civilian coup": the election named so, not called)
        if (p.trigger.lemma === 'call' && namedAs(ctx, k + c.words.length)) continue;
        return { trigger: c.trigger, start: k, end: k + c.words.length, collocation: true };
      }
    }
    // "* (PREP NOUN)": the verb's first prepositional phrase, its noun at most two words after the
    // preposition ("took to the streets", "placed him in custody"); the team's own may come after
    // others ("returned to Geneva this week for talks").
    for (let k = p.end; k < stop; k++) {
      const w = ctx.low[k]!;
      if (w === ',') break;
      // ("used hostages as human shields": the team's "(as)" phrase comes after the object.)
      if (!PREPOSITIONS.has(w) && w !== 'to' && w !== 'off' && w !== 'out' && !(w === 'as' && source === 'triggers')) continue;
      for (const c of colls) {
        if (c.prep !== w || c.trigger.source !== source) continue;
        for (let at = k + 1; at <= Math.min(k + 3, stop - c.words.length); at++) {
          if (matches(c.words, at)) return { trigger: c.trigger, start: at, end: at + c.words.length, collocation: true };
        }
      }
      if (source === 'petrarch') return null;
    }
    return null;
  };
  const own = collocation('triggers') ?? passiveSubjectNoun(ctx, node, colls);
  if (own) return own;
  const pattern = () => {
    const found = collocation('petrarch');
    // An attack keeps its own code: its category depends on who attacks (FIGHT or ASSAULT).
    if (found && p.trigger.source === 'triggers' && (p.trigger.role === 'violent' || p.trigger.role === 'split')) return null;
    // ("took part in the killing": no cooperation when what is joined is violence)
    if (found && root(found.trigger.cameo ?? '10') <= 8 && ctx.low[found.end] === 'in') {
      const violence =
        ctx.nouns.some((nn) => nn.start > found.end && nn.start <= found.end + 3 && root(nn.trigger.cameo ?? '01') >= 18) ||
        ctx.low.slice(found.end + 1, found.end + 4).some((w) => /^(?:killing|killings|violence|fighting|genocide)$/.test(w));
      if (violence) return null;
    }
    // A pattern that gives the verb's own code adds nothing.
    return found && found.trigger.cameo !== p.trigger.cameo ? found : null;
  };
  // An act's verb is made precise by its object first; a light or governing verb takes an event noun first.
  const act = p.trigger.role === 'event' || p.trigger.role === 'violent' || p.trigger.role === 'split' || p.trigger.source === 'petrarch';
  if (act) {
    const found = pattern();
    if (found) return found;
  } else {
    // "took 30 UN peacekeepers hostage", "are holding two aid workers hostage": the hostage-taking
    // the object's complement makes of the verb, not an event noun inside the object.
    const found = pattern();
    if (found?.trigger.cameo?.startsWith('181')) return found;
  }
  for (const nn of ctx.nouns) {
    if (nn.start < p.end || nn.end > stop) continue;
    // "expressed optimism about the talks": what is expressed is its direct object, not the topic after a preposition.
    if (p.trigger.lemma === 'express' && ctx.low.slice(p.end, nn.start).some((w) => PREPOSITIONS.has(w))) continue;
    // "found complaints were ignored": a noun with a verb of its own after it is a clause's subject,
    // not the object.
    if (CLAUSE_VERB_AFTER.has(ctx.low[nn.end] ?? '')) continue;
    // "made only minor changes to his food intake": a light verb with an object of its own does
    // not give or agree to what a noun in a phrase after that object names ("of" joins the
    // object's own parts; "engaged in talks" has no object; "placed him under house arrest" does
    // what its phrase says).
    if (
      p.trigger.role === 'light' &&
      root(nn.trigger.cameo ?? '10') < 10 &&
      !isPreposition(ctx.low[p.end]) &&
      ctx.low.slice(p.end + 1, nn.start).some((w) => w !== 'of' && isPreposition(w))
    )
      continue;
    // "an arms embargo": the compound, not the word it starts with.
    const longer = ctx.nouns.find((o) => o !== nn && o.start <= nn.start && o.end > nn.end && o.end <= stop);
    const best = longer ?? nn;
    return { trigger: best.trigger, start: best.start, end: best.end, collocation: false };
  }
  return act ? null : pattern();
}

/** Whether the words at `at`, right after "called the <noun>", name or judge it ("a civilian coup", "\"a sham\"", "illegal"). */
function namedAs(ctx: Ctx, at: number): boolean {
  const w = ctx.low[at] ?? '';
  return w === 'a' || w === 'an' || JUDGEMENT_AFTER.test(w);
}

/** A word after "called the <noun>" that judges it: a quotation mark, an intensifier or an adjective. */
const JUDGEMENT_AFTER =
  /^(?:["“”']|very|so|too|extremely|deeply|highly|utterly|totally|completely|good|bad|great|fine|fair|unfair|wrong|illegal|illegitimate|unacceptable|[a-z]+(?:ful|ive|ous|able|ible|ic|ant|ent))$/;

/** Things granted that are no aid: leave, a status, a permission, an interview. */
const GRANTED_NOT_AID = new Set(
  'leave citizenship custody interview interviews permission permissions waiver waivers license licence licenses licences patent patents exemption exemptions status visa visas'.split(
    ' ',
  ),
);

/** Up to `max` words from `from` to the first preposition: the object of a verb there. */
function objectWords(ctx: Ctx, from: number, max: number): string[] {
  const out: string[] = [];
  for (let k = from; k < Math.min(ctx.low.length, from + max) && !isPreposition(ctx.low[k]) && !ctx.barrier[k]; k++) out.push(ctx.low[k]!);
  return out;
}

/** Nouns of fighting whose other side ("in clashes with X") did what the passive reports. */
const CLASHES = new Set([
  'clash',
  'clashes',
  'fighting',
  'battle',
  'battles',
  'skirmish',
  'skirmishes',
  'gunbattle',
  'gunfight',
  'firefight',
]);

/**
 * The agent of a passive verb ending at `from`: the actor after "by", when "by" follows in its
 * clause, or the other side of the fighting it was done in ("wounded in a clash with Burmese troops").
 */
function passiveAgent(ctx: Ctx, from: number): { agent: Phrase | null; by: boolean } {
  for (let k = from; k < Math.min(ctx.low.length, from + 12); k++) {
    if (ctx.low[k] === 'by') {
      // The agent follows "by" ("by Israel", "by the Israeli army"), not a place after a weapon ("by a bomb in Iraq").
      const ph = phraseAfterPrep(ctx, k + 1, ctx.low.length);
      let between = false;
      for (let t = k + 1; ph && t < ph.start; t++) if (PREPOSITIONS.has(ctx.low[t]!)) between = true;
      return { agent: between ? null : withOrigin(ctx, ph), by: true };
    }
    // "were wounded in a clash with Burmese troops": the other side of the fighting did it.
    if (
      ctx.low[k] === 'with' &&
      CLASHES.has(ctx.low[k - 1] ?? '') &&
      /^(?:in|during)$/.test(ctx.low[k - 2] === 'a' ? ctx.low[k - 3]! : ctx.low[k - 2]!)
    ) {
      const ph = phraseAfterPrep(ctx, k + 1, Math.min(ctx.low.length, k + 6));
      if (ph && !ph.pronoun) return { agent: withOrigin(ctx, ph), by: true };
    }
    if (ctx.barrier[k] && ctx.low[k] !== ',') break;
  }
  return { agent: null, by: false };
}

/**
 * In the passive the verb's object is its subject: "the Iraqi ambassador was expelled" is the team's
 * collocation "expel ambassador", its noun right before the verb group.
 */
function passiveSubjectNoun(
  ctx: Ctx,
  node: Node,
  colls: readonly { trigger: Trigger; words: readonly string[]; prep?: string }[] | undefined,
): { trigger: Trigger; start: number; end: number; collocation: boolean } | null {
  if (!colls || !node.p.passive) return null;
  const last = node.p.first - 1;
  for (const c of colls) {
    if (c.trigger.source !== 'triggers' || c.prep) continue;
    const start = last - c.words.length + 1;
    if (start < 0 || c.words.some((w, t) => ctx.low[start + t] !== w)) continue;
    return { trigger: c.trigger, start, end: last + 1, collocation: true };
  }
  return null;
}

interface Coded {
  cameo: string;
  plover: string | null;
  trigger: { start: number; end: number };
  source: Phrase | null;
  target: Phrase | null;
  negated: boolean;
  hedged: boolean;
  evidence: string[];
  /** Decided by a verb known only from the PETRARCH-2 dictionary. */
  fallback?: boolean;
}

function ownCode(trigger: Trigger, source: Phrase | null): { cameo: string; plover: string | null; note: string } | null {
  if (!trigger.cameo) return null;
  if ((trigger.role === 'violent' || trigger.role === 'split') && trigger.alt) {
    const code = source?.members[0]?.code;
    const state = isStateActor(code);
    if (!state) return { cameo: trigger.alt, plover: null, note: 'non-state source' };
  }
  return { cameo: trigger.cameo, plover: trigger.plover, note: '' };
}

/** Craft that are hijacked ("seized a Greek-owned tanker", "an Air India plane"). */
const CRAFT =
  /^(?:\S+ ){0,4}(?:plane|planes|aircraft|airliner|airliners|jet|jetliner|ship|ships|tanker|tankers|vessel|vessels|freighter|boat|boats|ferry|trawler|yacht|bus|buses|train)\b/;
/** What civilians occupy when they protest: buildings and squares, not countries ("The Soviets occupied Afghanistan"). */
const OCCUPIED_BUILDINGS =
  /^(?:\S+ ){0,3}(?:building|buildings|parliament|offices?|headquarters|embassy|consulate|ministry|campus|university|factory|plant|square|palace|town hall|city hall|station|airport|mine|church|cathedral)\b/;

/** The people a state arrests when it captures them: leaders and suspects, not towns or positions. */
const WANTED =
  /^(?:\S+ ){0,3}(?:leader|leaders|commander|commanders|chief|kingpin|kingpins|boss|bosses|head|founder|mastermind|suspect|suspects|fugitive|fugitives|drug lord|drug lords|warlord)\b/;

/**
 * Recodes an act by who does it, for a verb or for the event noun of a light verb ("raided",
 * "launched a raid"): police raids and captures are law enforcement, civilians' clashes with
 * security forces and protesters' attacks are riots. Returns whether it recoded.
 */
function recodeByActor(out: Coded, lemma: string, sourceWords: string, role: string, objectWords = ''): boolean {
  const source = out.source;
  let cameo: string | null = null;
  let note = '';
  if (lemma === 'clash' && civilians(source) && out.target?.members.some((m) => /^(?:COP|MIL)/.test(m.code.slice(3)))) {
    // "workers clashed with police": a riot, not a battle.
    [cameo, note] = ['145', 'civilians clash with security forces → riot'];
  } else if ((lemma === 'blockade' || lemma === 'blockaded') && civilians(source)) {
    // "fishermen blockaded Channel ports": civilians who block passage are protesting.
    [cameo, note] = ['144', 'civilians blockade → obstruct passage'];
  } else if ((lemma === 'use force' || lemma === 'use military force') && source && sectorOf(source) === 'COP') {
    // "Police used force to disperse the protesters": repression, not a battle.
    [cameo, note] = ['175', 'police use force → repression'];
  } else if (lemma === 'seize' && source && !isStateActor(source.members[0]?.code) && CRAFT.test(objectWords)) {
    // "Pirates seized a Greek-owned tanker", "hijackers seized an Air India plane": a hijacking.
    [cameo, note] = ['181', 'non-state seizure of a craft → hijacking'];
  } else if (lemma === 'occupy' && civilians(source) && OCCUPIED_BUILDINGS.test(objectWords)) {
    // "students occupied the parliament building": civilians who hold a building are protesting, not conquering.
    [cameo, note] = ['141', 'civilians occupy → sit-in'];
  } else if (lemma === 'capture' && source && sectorOf(source) === 'COP') {
    // "police captured the leader of the cartel": an arrest, not a conquest.
    [cameo, note] = ['173', 'police capture → arrest'];
  } else if (lemma === 'capture' && isStateActor(source?.members[0]?.code) && WANTED.test(objectWords)) {
    // "the Mexican navy captured the leader of the Zetas cartel": a state that captures a wanted man arrests him.
    [cameo, note] = ['173', 'state captures a wanted man → arrest'];
  } else if (lemma === 'raid' && source && (sectorOf(source) === 'COP' || sectorOf(source) === 'JUD')) {
    // "police raided the offices of a newspaper", "prosecutors raided the headquarters of Samsung":
    // a search by force of law, not a military attack.
    [cameo, note] = ['170', 'police raid → coercion'];
  } else if ((role === 'violent' || /^18/.test(out.cameo) || out.cameo === '1712') && PROTESTERS.test(sourceWords)) {
    // "demonstrators stormed the parliament", "protesters set fire to the embassy", "was demolished by
    // a Ukrainian protestor": protesters' violence, to people or property, is a riot.
    [cameo, note] = ['145', 'protesters attack → riot'];
  }
  if (!cameo) return false;
  out.cameo = cameo;
  out.plover = null;
  out.evidence.push(note);
  return true;
}

/**
 * The one accused, not one named inside the accusation: in "accused the Democrats of ignoring
 * President Trump" or "were charged with killing a Kenyan policeman" the act charged ("of", "for"
 * or "with" and a gerund) names the one it was done to, and
 * a target found after that "of" is that victim, not the accused; the accused, named or not, stands
 * before it. Sides that accuse "each other" are the accused themselves: the scene of the act
 * charged is kept as the place of the quarrel.
 */
const RECIPROCAL = new Set(['each other', 'one another']);
function accusedBefore(ctx: Ctx, end: number, target: Phrase | null): Phrase | null {
  const low = ctx.low;
  if (!target || target.start < end || RECIPROCAL.has(`${low[end]} ${low[end + 1]}`)) return target;
  for (let k = end; k < Math.min(low.length - 1, end + 10); k++) {
    if ((low[k] === 'of' || low[k] === 'for' || low[k] === 'with') && /^[a-z]+ing$/.test(low[k + 1]!))
      return target.start > k ? null : target;
  }
  return target;
}

/**
 * Whether "charge" is a charge at law (CAMEO 173) rather than an accusation (112): someone charged
 * "with" an offence by prosecutors, judges or police ("a Spanish judge charged Pinochet with
 * genocide"), or charged in the passive ("was charged with treason"); a state that charges another
 * with an act accuses it ("Serbia charged Albania with supporting rebels").
 */
function legalCharge(ctx: Ctx, node: Node, subject: Phrase | null): boolean {
  const p = node.p;
  if (p.trigger.lemma !== 'charge' || p.trigger.role !== 'accuse') return false;
  if (!p.passive && !(subject && /^(?:JUD|COP)$/.test(sectorOf(subject)))) return false;
  for (let k = p.end; k < Math.min(ctx.low.length, p.end + 12); k++) {
    // "was charged with treason", "had been charged in Germany for bribery".
    if (ctx.low[k] === 'with' || (p.passive && ctx.low[k] === 'for')) return true;
    if (ctx.barrier[k]) break;
  }
  return false;
}

/** Nouns whose infinitive is an act intended, not done ("plans to attack", "no intention to"). */
const INTENTION_NOUNS = new Set([
  'plan',
  'plans',
  'intention',
  'intentions',
  'intent',
  'decision',
  'readiness',
  'willingness',
  'desire',
  'bid',
  'wish',
]);

/** Speech verbs whose object can be an act the speaker puts in force ("declared a curfew"). */
const PROCLAIM = new Set(['declare', 'announce', 'proclaim']);

/** Whether a phrase names civilians: workers, students, farmers, demonstrators, a country's people. */
function civilians(ph: Phrase | null): boolean {
  return !!ph && ph.members.length > 0 && ph.members.every((m) => /^(?:LAB|EDU|CVL|OPP|AGR)/.test(m.code.slice(3)));
}

/**
 * Whether the object of "hand over" is a person or group (an actor phrase), not goods or a place:
 * the words after the verb, past a "to …" phrase, up to the first actor or event noun.
 */
function handsOverPerson(ctx: Ctx, from: number): boolean {
  for (let k = from; k < Math.min(ctx.low.length, from + 8); k++) {
    if (ctx.barrier[k] || ctx.nodeAt[k]! >= 0 || ctx.nouns.some((nn) => nn.start === k)) return false;
    const at = ctx.phraseAt[k]!;
    if (at < 0) continue;
    const ph = ctx.phrases[at]!;
    if (ctx.low[ph.start - 1] === 'to') {
      k = ph.end - 1;
      continue;
    }
    return !ph.pronoun && (ph.start === from || !PREPOSITIONS.has(ctx.low[ph.start - 1] ?? ''));
  }
  return false;
}

/** Whether a verb of travel takes goods as its object ("flew 60 tonnes of tents"), not a place or people. */
function carriesGoods(ctx: Ctx, from: number): boolean {
  if (!hasDirectObject(ctx, from) || /^(?:home|back|out|in|here|there|again|first|direct)$/.test(ctx.low[from] ?? '')) return false;
  for (let k = from; k < Math.min(ctx.low.length, from + 6); k++) {
    if (ctx.phraseAt[k]! >= 0) return false;
    if ((PREPOSITIONS.has(ctx.low[k]!) || ctx.low[k] === 'to') && ctx.low[k] !== 'of') return true;
  }
  return true;
}

/**
 * Whether the words from `from` to the infinitive at `to` ("allies to", "its partners to") are one to
 * three lower-case words no actor phrase covers: the ones asked, unknown to the dictionary.
 */
function uncodedAddressee(ctx: Ctx, from: number, to: number): boolean {
  if (ctx.low[to - 1] !== 'to' && ctx.low[to] !== 'to') return false;
  const end = ctx.low[to - 1] === 'to' ? to - 1 : to;
  if (end - from < 1 || end - from > 3) return false;
  // (lower-case words: "Gulf states", named, stand for their region's states, which the act's target speaks for)
  for (let k = from; k < end; k++) if (ctx.phraseAt[k]! >= 0 || !/^[a-z]+$/.test(ctx.tokens[k]!.text)) return false;
  return /s$/.test(ctx.low[end - 1]!);
}

/** Collocations of arms and aircraft sent ("send tanks", "send fighter jets"), which may be aid. */
const ARMS_SENT = /^send (?:tanks|warplanes|fighter jets|jets|bombers|missiles|weapons|arms)$/;

/** A purpose clause of forces sent to help rather than to fight. */
const HELP_PURPOSE = /^to (?:help|train|assist|support|protect|guard|rebuild|keep the peace)\b/;

/** Where a purpose clause of forces sent to help opens ("to help protect …"), within 14 tokens of `from`; -1 when none does. */
function helpPurposeAt(ctx: Ctx, from: number): number {
  for (let k = from; k < Math.min(ctx.low.length, from + 14); k++) {
    if (ctx.low[k] === 'to' && HELP_PURPOSE.test(ctx.low.slice(k, k + 4).join(' '))) return k;
  }
  return -1;
}

/** Auxiliaries and negation that may open a relative clause's verb group ("who has been", "which did not"). */
const AUXILIARY_WORDS = new Set(
  'is are was were be been being has have had do does did will would shall should can could may might must not never also'.split(' '),
);

/** Words of a subject that name armed forces rather than one officer. */
/** Words of a sentence about sanctions, in which "target" lists rather than strikes. */
const SANCTION_WORDS = new Set(['sanctions', 'sanction', 'blacklist', 'blacklisted', 'embargo', 'tariffs', 'duties']);

const FORCES =
  /\b(?:troops|forces|soldiers|marines|peacekeep\w*|units|battalions?|contingents?|warplanes|warships|bombers|fighter jets|drones)\b/;

/** Verbs by which a state commands its own organs. */
const ORDERS = new Set(['order', 'instruct', 'direct', 'command']);
/** Verbs of going away: a state that orders foreigners to do so expels them. */
const LEAVE = new Set(['leave', 'quit', 'depart']);

/** Whether what is left at token `at` is a chance kept open ("room to", "the door open", "options"). */
function leavesOpen(low: readonly string[], at: number): boolean {
  const k = low[at] === 'the' || low[at] === 'a' ? at + 1 : at;
  return /^(?:room|space|door|open|options?|possibility)$/.test(low[k] ?? '');
}

/**
 * Whether the words from `from` to `to` (the one given an order) name the armed forces or police of
 * `owner` ("the army", "its troops", "Colombian police").
 */
function ownForces(ctx: Ctx, from: number, to: number, owner: Phrase | null): boolean {
  if (!owner || !isStateActor(owner.members[0]?.code)) return false;
  const country = owner.members[0]!.code.slice(0, 3);
  for (let k = from; k < to; k++) {
    const at = ctx.phraseAt[k]!;
    if (at < 0) continue;
    const ph = ctx.phrases[at]!;
    if (ph.pronoun) continue;
    return (
      ph.members.length > 0 &&
      ph.members.every((m) => /^(?:MIL|COP)/.test(m.code.slice(3)) && (m.code.startsWith('---') || m.code.startsWith(country)))
    );
  }
  return false;
}

/**
 * Light verbs of everyday use that name an act only by their object ("gave aid", "launched an
 * offensive"): with no event noun they give a birthday present or a performance, launch a website
 * or a candidacy.
 */
const GENERAL_LIGHT = new Set(['give', 'launch']);
const PERFECT_MODALS = new Set(['would', 'could', 'might', 'may', 'should', "'d"]);
/** Categories whose acts are done to someone (investigate, demand, disapprove, reject, threaten, protest, sanction, coerce, assault). */
const NAMED_TARGETS = new Set([9, 10, 11, 12, 13, 14, 16, 17, 18]);

/** A named person or organisation the dictionary does not know, right after `from` past determiners. */
function namedObject(ctx: Ctx, from: number): Phrase | null {
  let k = from;
  while (k < ctx.low.length && DETERMINERS.has(ctx.low[k]!)) k++;
  const name = ctx.names.find((x) => x.start === k);
  return name && ctx.phraseAt[k]! < 0 ? unknownActor(name) : null;
}

/**
 * The phrase of a name the actor dictionary does not know: its tokens, with code `---`, which
 * takes no country from the sentence.
 */
export function unknownActor(name: { readonly start: number; readonly end: number }): Phrase {
  return { start: name.start, end: name.end, members: [{ code: '---', start: name.start, end: name.end }], pronoun: false };
}

/** Verbs of helping (CAMEO root 07) and approving (05) in general: acts of aid or support only towards someone. */
const GENERAL_ACTS = new Map<number, ReadonlySet<string>>([
  [7, new Set(['help', 'assist', 'contribute', 'protect', 'provide', 'fund', 'support', 'aid', 'send', 'give'])],
  [5, new Set(['approve', 'defend', 'thank', 'back', 'welcome'])],
]);
const MONTHS = new Set('january february march april may june july august september october november december'.split(' '));
/** Verbs whose "cannot" is a refusal ("cannot accept", "could not support"). */
const REFUSAL_LEMMAS = new Set([
  'accept',
  'support',
  'allow',
  'agree',
  'tolerate',
  'approve',
  'recognize',
  'recognise',
  'endorse',
  'permit',
]);
/** Adverbs of a habit ("regularly attack"). */
const HABITS = new Set(['regularly', 'routinely', 'often', 'frequently', 'usually', 'typically', 'habitually', 'sometimes']);
const LIKELIHOOD = new Set(['likely', 'probably', 'possibly', 'potentially', 'conceivably', 'perhaps', 'maybe', 'presumably']);

/** Whether the words before a verb at `first` open a "that" clause joined to another ("… and that hundreds had been"). */
function joinedThatClause(ctx: Ctx, first: number): boolean {
  let k = first - 1;
  while (k > 0 && k > first - 6 && ctx.phraseAt[k]! < 0 && /^[a-z0-9-]+$/.test(ctx.low[k]!) && ctx.low[k] !== 'that') k--;
  return ctx.low[k] === 'that' && k < first - 1 && /^(?:and|but|,)$/.test(ctx.low[k - 1] ?? '');
}

/** Codes one predicate, following what it governs. */
function codeNode(
  ctx: Ctx,
  node: Node,
  nodes: readonly Node[],
  inheritedSubject: Phrase | null,
  speaker: Phrase | null = null,
): Coded | null {
  const p = node.p;
  const evidence: string[] = [];
  // "Obama is scheduled to attend": an intent adjective's infinitive has the subject of its "be".
  const ownSubject = (!p.infinitive || (node.intentAdjective && !node.governed && !inheritedSubject)) && !p.gerund;
  // ("X said 11 people were killed and that hundreds had been arrested": a "that" clause joined to
  // the first has a subject of its own, here no actor)
  let subject = ownSubject ? (subjectOf(ctx, node, nodes) ?? (joinedThatClause(ctx, p.first) ? null : inheritedSubject)) : inheritedSubject;
  if (subject?.pronoun) {
    // "it" and "he" stand for one: not for "Islamic extremists" named before.
    const one = /^(?:it|he|she)$/.test(ctx.low[subject.start]!);
    // ("he" or "she" is a person, never a state named alone: "The United States …. She also called for …")
    const person = /^(?:he|she)$/.test(ctx.low[subject.start]!);
    const agrees = (ph: Phrase | null) => (ph && ((one && ph.plural) || (person && ph.state)) ? null : ph);
    // ("The Bush administration attempted …, when it tried to broker …": "it" after the main clause is its subject.)
    const earlier = ctx.low[subject.start] === 'it' ? mainSubjectBefore(ctx, node) : null;
    // ("Pakistan said the strikes killed … Its military said …": an owner is the last speaker)
    const owner = /^(?:its|their)$/.test(ctx.low[subject.start]!) ? ctx.previousSpeaker : null;
    const spoke = ctx.low[subject.start] === 'it' && ctx.lastSpeaker?.plural === false ? ctx.lastSpeaker : null;
    subject =
      quotedSpeaker(ctx, subject, nodes) ??
      agrees(inheritedSubject) ??
      agrees(earlier) ??
      owner ??
      agrees(ctx.previousSubject) ??
      spoke ??
      null;
  }
  const owned = possessed(ctx, subject, (isCoded(speaker) ? speaker : null) ?? ctx.previousSpeaker ?? ctx.previousSubject);
  if (owned) {
    subject = owned;
    evidence.push('"its"/"their" + role → the owner\'s country');
  }
  let source = subject;
  let passiveTarget: Phrase | null = null;
  let unknownUndergoer = false;
  const legal = legalCharge(ctx, node, subject);
  if (p.passive && p.trigger.role === 'intent') {
    // "Talks were offered by Iran to the US", "Iraq was offered aid by the UN": the agent offers,
    // to the subject when it is an actor.
    const { agent } = passiveAgent(ctx, p.end);
    if (agent) {
      if (subject && isCoded(subject)) passiveTarget = subject;
      source = agent;
      evidence.push('passive');
    }
  }
  if (p.passive && p.trigger.role !== 'intent') {
    // "X was accused by Y (of …)": Y is the source, X the target.
    const { agent, by } = passiveAgent(ctx, p.end);
    // "was put under investigation", "was placed under house arrest": a light verb whose noun is
    // done to the subject.
    const done = p.trigger.role === 'light' ? nounObject(ctx, node) : null;
    const doneCode = done && /^(?:09|17)/.test(done.trigger.cameo ?? '') ? done.trigger.cameo! : null;
    const moved = (p.trigger.cameo ?? '').startsWith('15') || p.trigger.cameo === '0874';
    const ownForces = !by && moved && !!subject && subject.members.some((m) => /MIL|COP/.test(m.code.slice(3, 6)));
    // "Serbia is opposed (to the plan)": a stance the subject takes, not something done to it.
    const stance = !by && p.trigger.lemma === 'oppose';
    if (ownForces) {
      // "Chinese troops were deployed to Lhasa", "Ethiopian troops were withdrawn from Mogadishu":
      // forces mobilised or pulled back are their state's act.
      evidence.push('passive: forces moved by their own state');
    } else if (stance) {
      evidence.push('"is opposed": a stance');
    } else if (by || doneCode || (p.trigger.role !== 'light' && p.trigger.role !== 'cont' && p.trigger.role !== 'say')) {
      // ("X was quoted as saying …": with no agent, the one quoted is the speaker.)
      passiveTarget = subject;
      // "Fischer was arrested at Japan's Narita airport": the one arrested is a name the dictionary
      // does not know; no phrase after the verb stands in for it.
      // ("He was threatened with extradition to the United States": so is a pronoun with no antecedent.)
      // ("are evicted by another Bond villain in the form of a British policeman": nor is one inside
      // an agent that could not be read.)
      // ("One of those still at large, Qasim al-Raymi, has been accused": nor is a name in apposition.)
      unknownUndergoer =
        !subject &&
        (unknownNameBefore(ctx, p.first) ||
          SUBJECT_PRONOUNS_SET.has(ctx.low[p.first - 1] ?? '') ||
          (by && !agent) ||
          nameInApposition(ctx, p.first));
      source = agent;
      evidence.push('passive');
      const code = legal ? '173' : (doneCode ?? p.trigger.cameo ?? '');
      if (!by && (code.startsWith('17') || code.startsWith('09') || code.startsWith('116'))) {
        // "was arrested in Lebanon": the state where it happened acts.
        // "was expelled from Zimbabwe": the state that expels.
        const from = code.startsWith('174') ? 'from' : 'in';
        for (let k = p.end; k < Math.min(ctx.low.length, p.end + 4); k++) {
          if (ctx.low[k] !== 'in' && ctx.low[k] !== from) continue;
          const place = phraseAfterPrep(ctx, k + 1, ctx.low.length);
          if (place && place.members.length === 1 && place.members[0]!.code.length === 3) {
            source = place;
            evidence.push('in a country → its state');
          }
          break;
        }
      }
    }
  }
  // "The US wants the UK to extradite Assange": wanting another to act is asking it to.
  // "wants the UK to extradite him": a want put to another is an appeal; one's own ("wanted to raid") only a wish.
  // "told Poland to reverse its reforms": telling another to act is asking it to, not a report.
  // (Not the press or a crowd told to expect or wait: only a state, its organs or an organisation of states.)
  const told =
    p.trigger.lemma === 'tell' &&
    !!node.inner?.p.infinitive &&
    !!node.innerSubject &&
    node.innerSubject !== UNKNOWN &&
    node.innerSubject.members.every((m) => isStateActor(m.code));
  const role = (p.trigger.lemma === 'want' && node.innerSubject) || told ? 'appeal' : p.trigger.role;
  const lemma = p.trigger.lemma;
  let inner: Coded | null = null;
  let obj = role === 'belief' ? null : nounObject(ctx, node);
  // "declared a state of emergency", "announced a ceasefire": a proclamation of the speaker's own act.
  // ("added dozens of Chinese firms to its entity list": "add" with a collocation of its own is no speech)
  const proclaimed =
    role === 'say' &&
    !node.inner &&
    (PROCLAIM.has(lemma) || (lemma === 'add' && obj?.collocation)) &&
    obj &&
    obj.trigger.source === 'triggers' &&
    root(obj.trigger.cameo ?? '01') >= 3
      ? obj
      : null;
  // "denied India's request", "denied entry to the investigator": a refusal named by its object;
  // "denied the claim": a denial of what it is accused of.
  const denied =
    lemma === 'deny' &&
    !!obj?.collocation &&
    ((obj.trigger.source === 'triggers' && !!obj.trigger.cameo?.startsWith('12')) || obj.trigger.cameo === '016');
  if (role === 'say' && obj && !denied && !(node.inner && obj.end <= node.inner.p.first && obj.trigger.cameo?.startsWith('10'))) obj = null;
  // "rejected North Korea's demand to sever …": the verb takes the noun, and the noun the infinitive.
  const nounFirst =
    obj && !obj.collocation && node.inner && obj.end <= node.inner.p.first && role !== 'cont' && role !== 'light' && role !== 'say';
  if (node.inner && !nounFirst && !(role === 'cont' && obj && obj.end <= node.inner.p.first)) {
    let innerSubject = node.innerSubject ?? (role === 'say' || role === 'belief' ? null : source);
    if (!innerSubject && (role === 'say' || role === 'belief')) {
      // "X said he …": he or she is the speaker only when the speaker is a person.
      const pron = pronounBefore(ctx, node.inner.p.first, p.end);
      const personSpeaker =
        !!source &&
        source.members.length === 1 &&
        /(?:GOV|ELI|LEG|MIL)$/.test(source.members[0]!.code) &&
        !/s$/.test(ctx.low[source.end - 1]!);
      innerSubject =
        pron === 'he' || pron === 'she' ? (personSpeaker ? source : UNKNOWN) : !pron && nounOpensReport(ctx, p.end) ? UNKNOWN : source;
    }
    // ("said the Senate approved a measure imposing sanctions": the text's act is coded on its own, not its adoption.)
    inner =
      (role === 'say' || role === 'belief') && node.inner.vehicle ? null : codeNode(ctx, node.inner, nodes, innerSubject ?? source, source);
    if (inner && inner.source === UNKNOWN) inner.source = null;
    // "announced plans to attack", "said it had no plans to attack": the act is intended, or not at all.
    const q = node.inner.p;
    const noun = q.infinitive ? ctx.low[q.first - 1] : undefined;
    if (inner && noun && INTENTION_NOUNS.has(noun)) {
      if (ctx.low[q.first - 2] === 'no' || ctx.low[q.first - 3] === 'no') {
        inner.negated = true;
        inner.evidence.push(`"no ${noun} to"`);
      } else if (intentCode(inner.cameo) !== inner.cameo) {
        inner.cameo = intentCode(inner.cameo);
        inner.plover = null;
        inner.evidence.push(`"${noun} to" → intent`);
      }
    }
  } else if (!nounFirst) obj = obj ?? null;
  const after = p.end;
  const trig = { start: p.verb, end: p.end };
  const make = (cameo: string, plover: string | null, src: Phrase | null, tgt: Phrase | null, t = trig): Coded => ({
    cameo,
    plover,
    trigger: t,
    source: src,
    target: tgt,
    negated: false,
    hedged: false,
    evidence,
  });
  let out: Coded | null = null;
  const targetFor = (tr: Trigger) => {
    if (passiveTarget || unknownUndergoer) return passiveTarget;
    const found = targetOf(ctx, node, after, tr, source);
    // ("expanded military cooperation": a role noun that qualifies the collocation's noun is no
    // target; "dissolved parliament": the noun itself is.)
    if (found && obj?.collocation && found.start >= obj.start && found.end < obj.end) return targetOf(ctx, node, obj.end, tr, source);
    // ("deployed troops and militia members along its coast": forces joined to the collocation's
    // noun are more of what was deployed, not its target)
    if (
      found &&
      obj?.collocation &&
      ctx.low[obj.end] === 'and' &&
      found.start <= obj.end + 3 &&
      found.members.every((m) => m.code.startsWith('---'))
    )
      return null;
    return found;
  };

  if (p.passive && lemma === 'hold' && !node.inner) {
    // "Talks between Israel and Syria were held in Washington": the act its subject names happened.
    const happened = happeningNoun(ctx, p);
    if (happened) return happened;
  }
  switch (role) {
    case 'say':
    case 'belief': {
      if (proclaimed) {
        const own = ownCode(proclaimed.trigger, source);
        if (!own) return null;
        out = make(own.cameo, own.plover, source, targetFor(proclaimed.trigger), { start: p.verb, end: proclaimed.end });
        evidence.push(`${lemma} + noun "${proclaimed.trigger.lemma}" → the act proclaimed`);
        break;
      }
      if (denied && obj && !p.negated) {
        const owner = obj.start > p.end ? ctx.phraseAt[obj.start - 1]! : -1;
        const asker = owner >= 0 && isCoded(ctx.phrases[owner]!) ? ctx.phrases[owner]! : null;
        out = make(obj.trigger.cameo!, obj.trigger.plover, source, asker ?? targetFor(obj.trigger), {
          start: p.verb,
          end: obj.end,
        });
        evidence.push(`collocation "${obj.trigger.lemma}"`);
        break;
      }
      if (obj && inner && obj.trigger.cameo) {
        // "reiterated its demand that Israel ease restrictions".
        out = make(demandCode(inner.cameo), null, source, node.innerSubject ?? inner.source, { start: obj.start, end: obj.end });
        evidence.push(`${lemma} + noun "${obj.trigger.lemma}" that … → demand`);
        break;
      }
      if (!inner) return null;
      if (inner.hedged === false && role === 'belief') inner.hedged = true;
      const innerNode = node.inner!;
      const m = innerNode.p.modal ?? innerNode.adjectiveModal;
      const innerSrc = node.innerSubject === UNKNOWN ? UNKNOWN : inner.source;
      const sameActor = !innerSrc || (source && innerSrc.members[0]?.code === source.members[0]?.code);
      if (role === 'say' && (m === 'must' || m === 'should') && innerSrc && !sameActor && inner.cameo) {
        out = make(demandCode(inner.cameo), null, source, innerSrc === UNKNOWN ? null : innerSrc);
        evidence.push(`${lemma}: "${m}" for another actor → demand`);
        break;
      }
      inner.evidence = [...inner.evidence, `reported by "${lemma}"`];
      // "Iranian television said the navy had seized …": a state's organ named by its role alone is
      // the speaker's country's.
      const country = countryOf(source);
      const organ = inner.source && isRoleOnly(inner.source) && inner.source.members.every((m) => STATE_SECTORS.has(m.code.slice(3, 6)));
      if (country && organ && /^(?:the|its|his|her|their|our)$/.test(ctx.low[inner.source!.start - 1] ?? '')) {
        inner.source = { ...inner.source!, members: inner.source!.members.map((m) => ({ ...m, code: `${country}${m.code.slice(3)}` })) };
        inner.evidence.push("the speaker's country");
      }
      if (lemma === 'deny') {
        inner.negated = true;
        inner.evidence.push('denied');
      }
      if (p.negated && !inner.negated) {
        // "could not confirm that Iran attacked", "did not say that …": what is not said is not asserted.
        inner.hedged = true;
        inner.evidence.push(`"not ${lemma}" → not asserted`);
      }
      return inner;
    }
    case 'intent':
    case 'threat':
    case 'refuse':
    case 'demand':
    case 'appeal':
    case 'cont': {
      if (role === 'cont' && !inner && !p.passive && HAPPENING.has(lemma) && (!obj || PREPOSITIONS.has(low(ctx, p.end)))) {
        // "Fighting broke out between Armenian and Azerbaijani forces", "Talks between Israel and
        // Syria resumed": the act its subject names, between the sides it names (no object after the verb).
        const happened = happeningNoun(ctx, p);
        if (happened) return happened;
      }
      if (role === 'cont' && obj && !obj.collocation && obj.trigger.cameo) {
        const own = ownCode(obj.trigger, source);
        if (own) {
          out = make(own.cameo, own.plover, source, targetFor(obj.trigger), { start: obj.start, end: obj.end });
          evidence.push(`"${lemma}" + noun "${obj.trigger.lemma}"`);
          break;
        }
      }
      const base = inner?.cameo && !nounFirst ? inner : null;
      const hostile = role === 'intent' && !base && !p.passive ? hostileResolve(ctx, p.end) : null;
      if (hostile) {
        // "vowed to respond", "promised to go after G4S", "vowed to finish the rebels": a resolve to
        // strike back is a threat, not an intent to cooperate.
        const tgt = withOrigin(ctx, phraseAfterPrep(ctx, hostile.end, Math.min(ctx.low.length, hostile.end + 5)));
        out = make('130', null, source, tgt && !tgt.pronoun ? tgt : null);
        evidence.push(`${lemma} (intent) to "${hostile.verb}" → threaten`);
        break;
      }
      if (base && !base.negated) {
        let cameo = base.cameo;
        // Forces that prepare to fight are mobilising (CAMEO 15, PLOVER MOBILIZE), not only threatening.
        const readying = lemma === 'prepare' && !p.passive && p.finite && root(cameo) >= 18 && isStateActor(source?.members[0]?.code);
        // "decided to seal off the border": a decision taken is the act itself, not an announced intent.
        // One that looks ahead ("decided to withdraw its troops next year") still only announces it.
        const decided =
          lemma === 'decide' &&
          p.finite &&
          !p.passive &&
          !base.hedged &&
          node.inner!.p.infinitive &&
          !ctx.low.slice(p.end).some((w) => /^(?:next|later|coming|upcoming|eventually|future)$/.test(w));
        if (readying) cameo = '152';
        else if (decided) {
          out = make(base.cameo, base.plover, source, base.target ?? targetFor(p.trigger), base.trigger);
          evidence.push(`decided + ${base.evidence[0] ?? 'act'} → the act`);
          break;
        } else if (role === 'intent') {
          cameo = intentCode(cameo);
          // What parties agree to do is an agreement, whatever the act ("agreed to freeze its programme").
          if (lemma === 'agree' && root(cameo) >= 10) cameo = '030';
        } else if (role === 'threat') cameo = intentCode(cameo).startsWith('13') ? intentCode(cameo) : '130';
        else if (role === 'refuse') cameo = refusalCode(cameo);
        else if (role === 'demand') cameo = demandCode(cameo);
        else if (role === 'appeal') cameo = appealCode(cameo);
        const keepPlover = role === 'cont' || (role === 'intent' && cameo === base.cameo);
        const demandLike = role === 'demand' || role === 'appeal';
        // "warned Australia not to interfere": the one warned is the target.
        // "warned that Baghdad would shoot down American planes": the threatener's side acts, on the act's target.
        const ownSide = !!node.innerSubject && !node.inner!.p.infinitive && countryOf(node.innerSubject) === countryOf(source);
        const warned = role === 'threat' && node.innerSubject && node.innerSubject !== UNKNOWN && !ownSide ? node.innerSubject : null;
        // ("urged allies to impose tougher sanctions on Moscow": the ones urged, no actor the dictionary
        // knows, are the target, not Moscow)
        const unknownAddressee = demandLike && !node.innerSubject && uncodedAddressee(ctx, p.end, node.inner!.p.first);
        const tgt =
          askedPronoun(ctx.low, p.end, p.trigger) || unknownAddressee
            ? null
            : demandLike
              ? (node.innerSubject ?? (base.source !== source ? base.source : null) ?? targetFor(p.trigger))
              : (warned ?? base.target ?? targetFor(p.trigger));
        if (role === 'demand' && ORDERS.has(lemma) && ownForces(ctx, p.end, node.inner?.p.first ?? p.end, source)) {
          // "ordered the army to withdraw": a state that orders its own forces does the act itself.
          out = make(base.cameo, base.plover, source, base.target, base.trigger);
          evidence.push(`${lemma} its own forces + ${base.evidence[0] ?? 'act'}`);
          break;
        }
        if (role === 'cont' && base.evidence.includes(RECEIVED)) {
          // "managed to get the support of Sushma Swaraj": the support is hers, given to the subject.
          out = make(base.cameo, base.plover, base.source, base.target, base.trigger);
          out.hedged = base.hedged;
          evidence.push(`${lemma} (${role}) + ${base.evidence[0] ?? 'act'}`, RECEIVED);
          break;
        }
        const sent = node.inner!.p.trigger.lemma;
        const ordered = node.innerSubject ?? (base.source !== source ? base.source : targetFor(p.trigger));
        if (
          role === 'demand' &&
          ORDERS.has(lemma) &&
          LEAVE.has(sent) &&
          ordered &&
          (countryOf(ordered) ?? (/^IGO/.test(ordered.members[0]?.code ?? '') ? 'IGO' : null)) &&
          countryOf(ordered) !== countryOf(source)
        ) {
          // "ordered the French ambassador to leave the country": a state that orders foreigners out expels them.
          const envoys = ctx.low.slice(p.end, node.inner!.p.first).some((w) => /^(?:ambassadors?|envoys?|diplomats?|charge)$/.test(w));
          out = make(envoys ? '161' : '166', null, source, ordered, trig);
          evidence.push(`${lemma} foreigners to ${sent} → expulsion`);
          break;
        }
        out = make(cameo, keepPlover ? base.plover : null, source, tgt, role === 'cont' ? base.trigger : trig);
        if (role === 'appeal' && isRequest(node)) out.plover = 'DEMAND';
        if (role === 'appeal' && hasAgainst(ctx, p.end)) {
          out.cameo = '113';
          out.plover = null;
          out.target = againstTarget(ctx, p.end) ?? out.target;
          evidence.push(`${lemma} … against → rally opposition`);
        }
        evidence.push(`${lemma} (${role}) + ${base.evidence[0] ?? 'act'}`);
        if (role === 'cont') out.hedged = base.hedged;
        if (askedWhether(ctx, node.inner!.p.first)) {
          // "will decide whether to free the prisoners": the act is still undecided.
          out.hedged = true;
          evidence.push('after "whether" → hedged');
        }
        break;
      }
      if (base?.negated && role === 'intent') {
        out = make(refusalCode(base.cameo), null, source, base.target ?? targetFor(p.trigger));
        evidence.push(`${lemma} not to … → refuse`);
        break;
      }
      if (obj && !obj.collocation && role !== 'cont') {
        let cameo = obj.trigger.cameo ?? '';
        if (!cameo) break;
        if (role === 'demand' && ORDERS.has(lemma) && (root(cameo) === 9 || root(cameo) === 17) && isStateActor(source?.members[0]?.code)) {
          // "ordered an inquiry into the killing", "ordered the arrest of": a state that orders its
          // own organs to investigate or coerce does so itself.
          out = make(cameo, obj.trigger.plover, source, targetFor(obj.trigger), { start: obj.start, end: obj.end });
          evidence.push(`${lemma} + noun "${obj.trigger.lemma}" → the state's own act`);
          break;
        }
        // "called the impeachment process a sham": a thing called something is named, not asked for.
        // "called the damage an attack", "called the damage \"an attack\"": the noun names what was called so.
        // ("called the meeting \"very good\"", "called the vote illegal": a judgement after the noun)
        if (
          lemma === 'call' &&
          (ctx.low.slice(obj.end, obj.end + 3).some((w) => w === 'a' || w === 'an') ||
            ctx.low.slice(p.end + 1, obj.start).some((w) => w === 'a' || w === 'an' || /^["“”]$/.test(w)) ||
            JUDGEMENT_AFTER.test(ctx.low[obj.end] ?? ''))
        )
          return null;
        if (role === 'refuse') cameo = refusalCode(cameo);
        // "is seeking the extradition of", "sought a meeting with": what is sought from another is asked for.
        const sought = role === 'intent' && lemma === 'seek' && !p.passive;
        if (sought) cameo = appealCode(cameo);
        // "will propose new sanctions", "offered a boycott": a hostile act announced is a threat.
        else if (role === 'intent')
          cameo = root(cameo) >= 13 && headOfObject(ctx, p.end, obj) ? intentCode(cameo) : (p.trigger.cameo ?? intentCode(cameo));
        else if (role === 'threat') cameo = intentCode(cameo).startsWith('13') ? intentCode(cameo) : '130';
        else if (role === 'demand') cameo = demandCode(cameo);
        else if (role === 'appeal') cameo = hasAgainst(ctx, p.end) ? '113' : appealCode(cameo);
        let tgt = cameo === '113' ? (againstTarget(ctx, p.end) ?? targetFor(obj.trigger)) : targetFor(obj.trigger);
        const owner = obj.start > p.end ? ctx.phraseAt[obj.start - 1]! : -1;
        if (role === 'refuse' && owner >= 0 && isCoded(ctx.phrases[owner]!) && ctx.phrases[owner] !== source) {
          // "dismissed a Chinese protest over Vietnamese oil exploration": the one whose proposal or
          // protest is refused.
          tgt = ctx.phrases[owner]!;
        }
        if ((role === 'demand' || role === 'appeal') && /^087[34]/.test(obj.trigger.cameo ?? '') && ctx.low[obj.end] === 'of') {
          // "demanded the withdrawal of Rwandan and Ugandan troops from Congo": those who must withdraw.
          const withdrawing = withOrigin(ctx, phraseAfterPrep(ctx, obj.end + 1, ctx.low.length));
          if (withdrawing && isCoded(withdrawing) && withdrawing.start <= obj.end + 3) tgt = withdrawing;
        }
        out = make(cameo, sought ? 'DEMAND' : null, source, tgt);
        evidence.push(`${lemma} (${role}) + noun "${obj.trigger.lemma}"${sought ? ' → appeal' : ''}`);
        break;
      }
      if (obj?.collocation && obj.trigger.cameo) {
        out = make(obj.trigger.cameo, obj.trigger.plover, source, targetFor(obj.trigger), {
          start: Math.min(p.verb, obj.start),
          end: Math.max(p.end, obj.end),
        });
        evidence.push(`collocation "${obj.trigger.lemma}"`);
        break;
      }
      if (role === 'cont' || !p.trigger.cameo) return inner;
      // "called the vote a farce", "a unit called the Martyrs of Aleppo": bare "call" with nothing
      // asked for names, it appeals to no one ("called for", "called on" are verbs of their own).
      if (lemma === 'call' && thatAfter(ctx, p.end) < 0) return null;
      if (lemma === 'dismiss') {
        // "dismissed his prime minister": a person dismissed is removed from office, not refused.
        let k = p.end;
        while (k < ctx.low.length && (DETERMINERS.has(ctx.low[k]!) || POSSESSIVES.has(ctx.low[k]!))) k++;
        const at = ctx.phraseAt[k] ?? -1;
        if (at >= 0 && !ctx.phrases[at]!.pronoun) return null;
      }
      // "the rouble declined 0.3%": a verb that refuses only with an object or an infinitive ("declined to comment").
      if (p.trigger.needsObject && !p.passive && low(ctx, p.end) !== 'to' && !hasDirectObject(ctx, p.end)) return null;
      // "Nikolajevic proposed in New York": a proposal with nothing proposed is one of marriage.
      if (lemma === 'propose' && !p.passive && !/^(?:to|that)$/.test(low(ctx, p.end)) && !hasDirectObject(ctx, p.end)) return null;
      let tgt = targetFor(p.trigger);
      // "many butchers offer Angus beef", "offered a moment of silence": a thing offered to no one
      // named is trade or manner, not an intent to cooperate.
      if (lemma === 'offer' && !tgt && !p.passive && hasDirectObject(ctx, p.end)) return null;
      // ("The 8GB iPhone will be offered by O2": in the passive, the thing offered is the subject.)
      if (lemma === 'offer' && !tgt && p.passive && !passiveTarget) return null;
      const that = thatAfter(ctx, p.end);
      // "warned that famine conditions were spreading": a warning of what no one named does, to no
      // one named, is no threat
      if (role === 'threat' && that === p.end && !tgt && !inner && !ctx.phrases.some((ph) => ph.start > that && ph.start <= that + 3))
        return null;
      if ((role === 'demand' || role === 'appeal') && that >= 0) {
        // "demanded that the DPRK forsake its program": the one asked to act.
        const asked = withOrigin(ctx, phraseAfterPrep(ctx, that + 1, ctx.low.length));
        if (asked && !asked.pronoun) tgt = asked;
      }
      if (role === 'appeal' && hasAgainst(ctx, p.end)) {
        out = make('113', null, source, againstTarget(ctx, p.end) ?? tgt);
        evidence.push(`${lemma} … against → rally opposition`);
        break;
      }
      // ("told Poland to reverse its reforms": the telling is an appeal, whatever the act asked for.)
      out = make(told ? '020' : p.trigger.cameo, role === 'appeal' && isRequest(node) ? 'DEMAND' : p.trigger.plover, source, tgt);
      evidence.push(told ? `verb "${lemma}" + infinitive → appeal` : `verb "${lemma}"`);
      break;
    }
    case 'accuse': {
      // "alleged that France was aware": the clause's subject is the one accused.
      let accused = low(ctx, p.end) === 'that' ? (node.innerSubject ?? inner?.source ?? null) : null;
      if (!accused && low(ctx, p.end) === 'that') {
        // "alleged that France was aware of …": the subject of the clause, even with no act coded in it.
        const ph = phraseAfterPrep(ctx, p.end + 1, ctx.low.length);
        if (ph && !ph.pronoun && ph.start <= p.end + 3 && isCoded(ph)) accused = withOrigin(ctx, ph);
      }
      if (legal) {
        out = make('173', null, source, accused ?? accusedBefore(ctx, p.end, targetFor(p.trigger)));
        evidence.push(`"${lemma}" … with, by the law → charge with legal action`);
        break;
      }
      out = make(p.trigger.cameo ?? '110', p.trigger.plover, source, accused ?? accusedBefore(ctx, p.end, targetFor(p.trigger)));
      evidence.push(`verb "${lemma}"${inner ? ` of ${inner.evidence[0] ?? 'an act'}` : ''}`);
      break;
    }
    case 'light': {
      // "thwarted all the cyber attacks", "foiled a plot", "to avoid arrest": an act prevented or
      // escaped is not done.
      if (PREVENTING.has(lemma) && obj) return null;
      // "will forge ahead with plans": to go on, nothing forged.
      if (lemma === 'forge' && ctx.low[p.end] === 'ahead') return null;
      // "Sweden has dropped its investigation", "will drop base closure plans": an inquiry or a plan
      // ended is none made.
      if (ENDING.has(lemma) && obj && !obj.collocation && /^0[39]/.test(obj.trigger.cameo ?? '')) return null;
      // "reduced its cooperation with the IAEA", "ended military aid": less of a cooperative act is
      // relations reduced (aid: 162 and its kinds), not the act.
      const lessened = obj && !obj.collocation && (ENDING.has(lemma) || LESSENING.has(lemma)) ? lessenedCode(obj.trigger.cameo) : null;
      if (lessened && obj) {
        out = make(lessened, null, source, targetFor(obj.trigger), { start: Math.min(p.verb, obj.start), end: Math.max(p.end, obj.end) });
        evidence.push(`"${lemma}" + "${obj.trigger.lemma}" → less of it`);
        break;
      }
      // "to keep polls open": kept open, not opened.
      if (lemma === 'open' && ctx.low.slice(Math.max(0, p.first - 4), p.first).some((w) => KEEPING.has(w))) return null;
      // "Oxy Pure was launched with an aim to …": launched with no act and no one it is against is a
      // product or a campaign.
      if (
        lemma === 'launch' &&
        p.passive &&
        !obj &&
        !ctx.low.slice(p.end, p.end + 3).some((w) => w === 'against' || w === 'on' || w === 'at')
      )
        return null;
      if (obj?.trigger.cameo) {
        const own = ownCode(obj.trigger, source);
        if (!own) break;
        out = make(own.cameo, own.plover, source, targetFor(obj.trigger), {
          start: Math.min(p.verb, obj.start),
          end: Math.max(p.end, obj.end),
        });
        out.fallback = p.trigger.source === 'petrarch';
        const pattern = obj.trigger.source === 'petrarch' ? ' (PETRARCH-2 pattern)' : '';
        evidence.push(
          `${obj.collocation ? 'collocation' : `"${lemma}" +`} "${obj.trigger.lemma}"${pattern}${own.note ? ` (${own.note})` : ''}`,
        );
        recodeByActor(out, obj.trigger.lemma, source ? ctx.low.slice(source.start, source.end).join(' ') : '', obj.trigger.role);
        // "Germany sent tanks to Ukraine", "sent fighter jets to Poland": arms sent to another state
        // are military aid, not forces massed against it (troops, or arms sent "into" it, stay a deployment)
        const to = out.target && ctx.low[out.target.start - 1] === 'to' && out.target.start - 1 <= obj.end + 1 ? out.target : null;
        if (out.cameo === '154' && ARMS_SENT.test(obj.trigger.lemma) && to && isCoded(to) && countryOf(to) !== countryOf(source)) {
          out.cameo = '072';
          out.plover = 'AID';
          evidence.push('arms sent to another state → military aid');
        }
        break;
      }
      if (inner && role === 'light') return null;
      if (!p.trigger.cameo || (p.trigger.needsObject && !p.passive && !hasDirectObject(ctx, p.end))) return null;
      // ("An aid package was given to Thailand": the passive's subject is the noun; "gave Iraq until
      // Friday": an ultimatum.)
      if (GENERAL_LIGHT.has(lemma) && !p.passive && !ctx.low.slice(p.end, p.end + 8).includes('until')) return null;
      if (lemma === 'send' && !p.passive) {
        // "sent a diplomatic note to the Obama administration", "sent summaries", "sent the Governor's
        // healthcare record": words and records sent are a message, not aid.
        // ("the budget he will send Congress": the thing sent may stand before its sender.)
        const sentBefore = ctx.low
          .slice(Math.max(0, p.first - 3), p.first)
          .some((w, k, a) => MESSAGES.has(w) && SUBJECT_PRONOUNS_SET.has(a[k + 1] ?? ''));
        const sent = objectWords(ctx, p.end, 6);
        if (sentBefore || sent.some((w) => MESSAGES.has(w))) return null;
        // "is sending its out-of-work to Oslo", "sent its students to Russia": people sent to work,
        // study or play are no aid.
        if (sent.slice(0, 4).some((w) => PEOPLE_SENT.has(w))) return null;
      }
      out = make(p.trigger.cameo, p.trigger.plover, source, targetFor(p.trigger));
      evidence.push(`verb "${lemma}"`);
      break;
    }
    default: {
      if (obj?.collocation && obj.trigger.cameo) {
        const own = ownCode(obj.trigger, source);
        if (!own) break;
        // A PETRARCH-2 pattern's object is often an actor ("arrested protesters"): the verb is the trigger.
        const span = obj.trigger.source === 'petrarch' ? trig : { start: Math.min(p.verb, obj.start), end: Math.max(p.end, obj.end) };
        out = make(own.cameo, own.plover, source, targetFor(obj.trigger), span);
        out.fallback = p.trigger.source === 'petrarch';
        evidence.push(`collocation "${obj.trigger.lemma}"${obj.trigger.source === 'petrarch' ? ' (PETRARCH-2 pattern)' : ''}`);
        recodeByActor(out, obj.trigger.lemma, source ? ctx.low.slice(source.start, source.end).join(' ') : '', obj.trigger.role);
        break;
      }
      if (obj?.trigger.cameo && receives(lemma, obj.trigger.cameo) && !obj.trigger.cameo.startsWith('04') && !p.passive) {
        // "received support from the United States": the act received, not the receiving.
        const received = ownCode(obj.trigger, source);
        if (!received) return null;
        out = make(received.cameo, received.plover, source, null, { start: Math.min(p.verb, obj.start), end: Math.max(p.end, obj.end) });
        evidence.push(`"${lemma}" + "${obj.trigger.lemma}"`);
        break;
      }
      // "received official word that …", "received a letter": one receives visitors, not things.
      if (lemma === 'receive' && !p.passive && !receivesVisitor(ctx, p.end)) return null;
      // "Obama shot back, accusing …", "the US may shoot up this list", "due to start shooting the
      // drama": a retort, a rise, a film.
      if (lemma === 'shoot' && (/^(?:back|up)$/.test(low(ctx, p.end)) || ctx.low.slice(p.end, p.end + 8).some((w) => FILMED.has(w))))
        return null;
      // "the bodies were flown to San'a": what is flown is carried, not visiting.
      if (lemma === 'fly' && p.passive) return null;
      // "the other is protected from electronic-warfare systems": shielded, by no one.
      if (lemma === 'protect' && p.passive && /^(?:from|against)$/.test(low(ctx, p.end)) && !ctx.low.slice(p.end, p.end + 8).includes('by'))
        return null;
      // "Pakistan Muslims recall Bhutto": one recalls envoys; anyone else is remembered.
      if (lemma === 'recall' && !ctx.low.slice(p.end, p.end + 5).some((w) => ENVOYS.test(w))) return null;
      // "demonstrated the capability": shown, not a protest.
      if (lemma === 'demonstrate' && !p.passive && hasDirectObject(ctx, p.end)) return null;
      // "will fight efforts to curb aid", "fight corruption": a struggle against a thing is no fight.
      if (lemma === 'fight' && !p.passive && FOUGHT_THINGS.has(firstNoun(ctx, p.end))) return null;
      // "looked into finding an outside donor": considered, not investigated.
      if (lemma === 'look into' && /^[a-z]+ing$/.test(low(ctx, p.end))) return null;
      // "granted Selebi extended leave of absence", "granted him citizenship": a leave, a status or a
      // permission granted is no aid.
      if (lemma === 'grant' && objectWords(ctx, p.end, 10).some((w) => GRANTED_NOT_AID.has(w))) return null;
      let own = ownCode(p.trigger, source);
      if (!own) return null;
      // ("Iraqi troops massed on the border": armed forces that mass need no object.)
      const armedMass = lemma === 'mass' && !!source && ARMED.has(sectorOf(source));
      if (p.trigger.needsObject && !p.passive && !armedMass && !hasDirectObject(ctx, p.end)) return null;
      // "released a report", "released their latest album": what is released is no one set free.
      if (own.cameo === '0841' && !p.passive && thingReleased(ctx, p.end)) return null;
      // "a call the White House released to the public": the thing released comes before its subject.
      if (own.cameo === '0841' && !p.passive && releasedBefore(ctx, source)) return null;
      // ("until the transcript of that call was released"): the thing released is the passive's subject.
      if (own.cameo === '0841' && p.passive && ctx.low.slice(Math.max(0, p.first - 6), p.first).some((w) => RELEASED_THINGS.has(w)))
        return null;
      const sourceWords = source ? ctx.low.slice(source.start, source.end).join(' ') : '';
      if (
        own.cameo.startsWith('042') &&
        source &&
        // Forces, not one officer ("the army chief visited").
        FORCES.test(sourceWords)
      ) {
        // Troops that arrive somewhere are deployed, not visiting; peacekeepers are help; warplanes
        // and warships that fly or sail near a country show their force to it.
        const words = sourceWords;
        const near = ctx.low.slice(p.end, p.end + 3).some((w) => w === 'near' || w === 'close' || w === 'around' || w === 'over');
        own = /peacekeep/.test(words)
          ? { cameo: '074', plover: null, note: 'peacekeepers arrive' }
          : /warplanes|warships|bombers|jets|drones/.test(words) && near
            ? { cameo: '150', plover: null, note: 'warplanes near a country → show of force' }
            : { cameo: '154', plover: null, note: 'troops arrive' };
        // ("the drones had flown in from Belarus": machines that fly in are no forces deployed)
        if (own.cameo === '154' && /drones/.test(words) && !/troops|forces|soldiers/.test(words)) return null;
      }
      if (lemma === 'force' && !p.passive) {
        // "forced the UN refugee agency out of the country": an expulsion, of an organisation (166)
        // or of people (174); "forced" with nothing else is only coercion.
        for (let k = p.end; k < Math.min(ctx.low.length - 1, p.end + 8) && !ctx.barrier[k]; k++) {
          if (ctx.low[k] !== 'out' || ctx.low[k + 1] !== 'of') continue;
          const who = phraseAfterPrep(ctx, p.end, k);
          own = /^(?:IGO|NGO)/.test(who?.members[0]?.code ?? '')
            ? { cameo: '166', plover: null, note: 'forced out' }
            : { cameo: '174', plover: null, note: 'forced out' };
          break;
        }
        if (own.cameo === '170' && node.inner) return null;
      }
      if (lemma === 'fly' && !p.passive && carriesGoods(ctx, p.end)) {
        // "UNICEF flew vaccines to Somalia": what is flown in is an airlift, not a visit.
        own = { cameo: '073', plover: null, note: 'goods flown' };
      }
      // "conceded the opposition were gaining ground": a clause conceded is an admission, not a concession.
      if (lemma === 'concede' && !p.passive && clauseAfter(ctx, p.end)) return null;
      // "leaders recognize that Middle Eastern nations can be their allies": a fact acknowledged, no state recognised
      if ((lemma === 'recognize' || lemma === 'recognise') && !p.passive && clauseAfter(ctx, p.end)) return null;
      // '"There is an excitement," Butts conceded.': what is conceded at the end is what was said.
      if (lemma === 'concede' && !p.passive && (p.end >= ctx.low.length || /^[.!?]$/.test(low(ctx, p.end)))) return null;
      if (lemma === 'question' && !(source && /^(?:COP|JUD|SPY)$/.test(sectorOf(source)))) {
        // Police and prosecutors question suspects; others' "questioned" is doubt, not an inquiry.
        return null;
      }
      // ("handed him over to Phnom Penh": a person named by a pronoun before the particle.)
      const personBefore = /^(?:him|her|them)$/.test(ctx.low[p.verb + 1] ?? '') && p.end > p.verb + 2;
      if (lemma === 'hand over' && own.cameo === '070' && (handsOverPerson(ctx, p.end) || personBefore)) {
        // "handed over to the United States a Libyan suspected of …": people handed to a state are extradited.
        own = { cameo: '063', plover: null, note: 'a person handed over' };
      }
      // "had left room to step back", "left the door open": a chance kept, nobody leaving
      if (lemma === 'leave' && leavesOpen(ctx.low, p.end)) return null;
      if (LEAVE.has(lemma) && FORCES.test(sourceWords) && !/peacekeep/.test(sourceWords)) {
        // "The last Russian troops left Estonia": forces that leave a country withdraw from it.
        own = { cameo: '0874', plover: null, note: 'troops leave' };
      } else if (lemma === 'leave' && !node.governed) {
        // "Rice left Riyadh": anyone else who leaves a place is travelling (what one is told or
        // refuses to leave is coded by the verb that governs it).
        return null;
      }
      const subjectWords = source && source.start < p.first ? ctx.low.slice(source.start, p.first).join(' ') : sourceWords;
      if (own.cameo.startsWith('042') && INSPECTORS.test(subjectWords)) {
        // "UN weapons inspectors visited a site near Baghdad": an inspection, not a visit.
        own = { cameo: '090', plover: null, note: 'inspectors visit' };
      }
      out = make(own.cameo, own.plover, source, targetFor(p.trigger));
      out.fallback = p.trigger.source === 'petrarch';
      if (recodeByActor(out, lemma, sourceWords, p.trigger.role, ctx.low.slice(p.end, p.end + 5).join(' '))) {
        // Recoded by who acts (police raids, protesters' attacks).
      } else if (out.cameo.startsWith('084') && (FORCIBLY.test(low(ctx, p.first - 1)) || FORCIBLY.test(low(ctx, p.verb - 1)))) {
        // "forcibly returned refugees to Laos": a return by force is an expulsion.
        out.cameo = '174';
        out.plover = null;
        evidence.push('forcibly → expulsion');
      } else if (out.cameo === '0841' && heldByOthers(ctx, p.end)) {
        // "freed three soldiers held by guerrillas": taking people from their captors is a rescue.
        out.cameo = '073';
        out.plover = null;
        evidence.push('captives of others freed → rescue');
      } else if (lemma === 'target' && ctx.low.some((w) => SANCTION_WORDS.has(w))) {
        // "approved a package of sanctions …, targeting two Chinese refineries": listed, not struck.
        out.cameo = '163';
        out.plover = null;
        evidence.push('targeted by sanctions → sanction');
      }
      evidence.push(
        `verb "${lemma}"${p.trigger.source === 'petrarch' ? ' (PETRARCH-2 dictionary)' : ''}${own.note ? ` (${own.note})` : ''}`,
      );
    }
  }
  if (!out) return null;
  // "orders evacuations owing to typhoon": people moved out of a storm's way are not expelled.
  if (obj && /^evacuations?$/.test(ctx.low[obj.start] ?? '') && ctx.low.some((w) => DISASTERS.has(w) || FLOODS.test(w))) return null;
  // "an aid worker warned Reuters": a warning given to the press is said to it, not a threat.
  if (lemma === 'warn' && !node.inner && out.cameo === '130' && out.target?.members.every((x) => x.code.endsWith('MED'))) return null;
  const receivedAct =
    !!obj &&
    (obj.trigger.received ||
      (!obj.collocation && (receives(lemma, obj.trigger.cameo) || (lemma === 'come' && ctx.low[p.end] === 'under'))));
  if (obj && receivedAct && !p.passive && out.source === source && !out.cameo.startsWith('04')) {
    // "drew Obama's support", "received backing from Germany", "faced criticism from the EU": the
    // subject undergoes the act, done by the noun's owner or the one it came from. (A visit, a
    // message or talks received are a meeting the subject hosts, coded from the host's side.)
    out.target = source;
    out.source = giverOf(ctx, p.end, obj, out.cameo);
    evidence.push(RECEIVED);
    // "The expulsion of two American diplomats by Moscow drew a protest": what an act named before
    // "draw" drew falls on its doer, not on a name inside it; "…, drawing criticism from press
    // freedom groups": a reaction drawn counts only from someone named.
    if (lemma === 'draw' && (!isCoded(out.source) || (source && insideOf(ctx.low, source.start)))) return null;
    if (out.cameo.startsWith('074') && obj.trigger.lemma === 'peacekeepers' && out.target) {
      // "Lebanon received 500 French peacekeepers": the host lets them deploy (CAMEO 0861), an act
      // of its own towards the state that sent them.
      [out.source, out.target] = [out.target, out.source];
      out.cameo = '0861';
      out.plover = null;
      evidence.push('peacekeepers received → deployment allowed');
    }
    if (out.cameo === '141' && isStateActor(out.source?.members[0]?.code)) {
      // "drew protests from China": a state's protests are complaints, not demonstrations.
      out.cameo = '114';
      out.plover = null;
      evidence.push("a state's protest → complaint");
    }
  }
  if (role === 'appeal' && !out.plover && out.cameo.startsWith('02') && lemma !== 'call' && !coordinated(ctx.low, p.verb)) {
    // "called for the release of", "appealed for food aid": the PLOVER manual files appeals with
    // requests and demands, whoever is asked; the CAMEO-to-PLOVER table has no category for them.
    // Bare "call" is mostly naming ("what he called attempts"); an appeal joined to an earlier act
    // ("condemned the coup and called for …") is left to that act.
    out.plover = 'DEMAND';
  }
  // "the ambitious use of American power and military force": "use" before "of" is the noun.
  if (lemma === 'use' && p.form === 'base' && ctx.low[p.end] === 'of') return null;
  // "issued calls for proposals", "a call for tenders": an invitation to apply, no appeal to anyone.
  if (obj?.trigger.lemma === 'call' && ctx.low[obj.end] === 'for' && INVITED.has(ctx.low[obj.end + 1] ?? '')) return null;
  if (
    obj &&
    ((role === 'light' && p.trigger.source === 'triggers' && obj.trigger.kind === 'n') || (role === 'intent' && lemma === 'seek')) &&
    !out.plover &&
    out.cameo.startsWith('02') &&
    !coordinated(ctx.low, p.verb)
  ) {
    // "made an appeal for peace", "issued a call for international protection", "sought
    // international help": an appeal made is one too.
    out.plover = 'DEMAND';
  }
  // Modality of the verb group itself.
  const m = p.modal;
  // "If we had not left Dresden, we would not have met him": what would follow a condition that
  // opens the sentence is no fact, done or refused.
  // "would have objected", "may have helped": a modal with "have" says what might have been, not what was.
  const perfect = m !== null && PERFECT_MODALS.has(m) && ctx.low.slice(p.first, p.verb).includes('have');
  // ("Hypothetically, if asylum is granted, Britain can't say …": a sentence that says it is supposing.)
  const supposed = ctx.low.slice(0, 3).some((w) => w === 'hypothetically' || w === 'theoretically');
  const counterfactual =
    perfect || supposed || ((m === 'would' || m === 'could') && ctx.conditional && /^(?:if|unless)$/.test(ctx.low[0] ?? ''));
  // "could not fly because of a fuel shortage", "couldn't extradite": what an actor cannot do it
  // does not refuse ("cannot accept" is a refusal all the same).
  const unable = (m === 'can' || m === 'could') && !REFUSAL_LEMMAS.has(lemma);
  // "HTC devices won't be blocked for sale": what will not be done to something, by no one named, no one refuses.
  const undergone = p.passive && !out.source && !node.intentAdjective;
  // "Syria is not prepared to negotiate": a readiness denied, as "is not ready to" is.
  const unready = (role === 'intent' && p.passive && INTENT_ADJECTIVES.has(ctx.low[p.verb] ?? '')) || !!node.adjectiveNegated;
  if ((p.negated || node.adjectiveNegated) && !counterfactual) {
    if (
      !unable &&
      !undergone &&
      (m === 'will' || m === 'would' || m === 'shall' || m === 'can' || m === 'could' || node.intentAdjective || unready)
    ) {
      out.cameo = refusalCode(out.cameo);
      out.plover = null;
      evidence.push(unready ? '"not ready to" → refuse' : `"${m ?? 'not'} not" → refuse`);
    } else {
      out.negated = true;
      evidence.push('negated');
    }
  } else if (node.intentAdjective && SCHEDULED.has(ctx.low[p.first - 1] ?? '') && !m) {
    // "is scheduled to attend a summit": a planned act is coded as the act (PETRARCH-2 practice).
    evidence.push(`"${ctx.low[p.first - 1]} to" → the act as planned`);
  } else if (counterfactual) {
    out.hedged = true;
    evidence.push(perfect ? `"${m} have" → hedged` : supposed ? 'supposed → hedged' : '"if … would" → hedged');
  } else if (m === 'would' && !node.governed && ctx.attributionAt >= ctx.low.length && !node.intentAdjective) {
    // "would lend weight to …", "would raise 88 billion dollars": a "would" no one is reported as
    // saying is a prediction, not an announced intent.
    out.hedged = true;
    evidence.push('"would", reported by no one → hedged');
  } else if (
    node.intentAdjective ||
    m === 'will' ||
    m === 'would' ||
    m === 'shall' ||
    ((m === 'may' || m === 'might' || m === 'could') && ctx.conditional)
  ) {
    // "will send 200 troops to Sierra Leone to help train its army": forces sent to help are
    // military cooperation promised, not a threat.
    // (Forces to guard one's own: "fighters will be stepping up patrols to protect Air Force One" help no one else.)
    // ("would send additional Eurofighter jets to help patrol Poland's skies": aid sent has the helped country as its target too)
    const purpose = root(out.cameo) === 15 || root(out.cameo) === 7 ? helpPurposeAt(ctx, p.end) : -1;
    // "would send three Rafale fighter jets to help protect Polish airspace": the country helped is the target
    const helped =
      purpose >= 0 && !(out.target && isCoded(out.target) && countryOf(out.target) !== countryOf(out.source))
        ? ctx.phrases.find((ph) => ph.start > purpose && ph.start < purpose + 8 && countryOf(ph) && countryOf(ph) !== countryOf(out.source))
        : undefined;
    if (helped) out.target = helped;
    const abroad = !!out.target && isCoded(out.target) && countryOf(out.target) !== countryOf(out.source);
    const helping = purpose >= 0 && abroad && root(out.cameo) === 15;
    const code = helping ? '0312' : intentCode(out.cameo);
    if (code !== out.cameo) {
      out.cameo = code;
      out.plover = null;
    }
    evidence.push(`"${node.intentAdjective ? 'ready to' : m}" → intent${helping ? ' (to help)' : ''}`);
  } else if (m === 'may' || m === 'might' || m === 'could' || m === 'can' || ((m === 'should' || m === 'must') && !node.governed)) {
    // ("any government can compel …": what an actor can do, it has not done; "we should be
    // supporting Ukraine", "Damascus must allow the U.N. to deliver aid": what one ought to do, neither.)
    out.hedged = true;
    evidence.push(`"${m}" → hedged`);
  }
  if (inner?.hedged && role !== 'say') out.hedged = true;
  // "will likely continue", "probably attacked": an adverb of likelihood in or before the verb group.
  const likely = ctx.low.slice(Math.max(0, p.first - 1), p.verb).find((w) => LIKELIHOOD.has(w));
  if (likely && !out.hedged) {
    out.hedged = true;
    evidence.push(`"${likely}" → hedged`);
  }
  // "Militants regularly attack foreign and Afghan troops": what is done as a habit, in the
  // present, is no event of the day.
  const habit =
    (p.form === 'base' || p.form === 's') && !p.modal && ctx.low.slice(Math.max(0, p.first - 2), p.verb).find((w) => HABITS.has(w));
  if (habit && !out.hedged) {
    out.hedged = true;
    evidence.push(`"${habit}" → a habit`);
  }
  // ("threatened to flood Tbilisi with demonstrators if the authorities do not …": the opposition's
  // own demonstrators are the means, not the one threatened.)
  const ownSide = !!out.target?.members[0] && out.target.members[0].code === out.source?.members[0]?.code;
  if ((!out.target || ownSide) && out.cameo.startsWith('13')) {
    // "threatened to strike unless Israel rescinded …": the threat is aimed at who must comply.
    for (let k = p.end; k < ctx.low.length; k++) {
      if (ctx.low[k] !== 'unless' && ctx.low[k] !== 'if') continue;
      const addressee = withOrigin(ctx, phraseAfterPrep(ctx, k + 1, ctx.low.length));
      if (addressee && !addressee.pronoun && (isCoded(addressee) || ownSide) && addressee !== out.source) {
        out.target = addressee;
        evidence.push(`target from "${ctx.low[k]}"`);
      }
      break;
    }
  }
  return out;
}

/**
 * A role-only phrase after "its" or "their" ("the army said its forces killed …") belongs to the
 * owner the clause speaks of: the speaker of a reported clause, else the previous sentence's actor.
 */
function possessed(ctx: Ctx, ph: Phrase | null, owner: Phrase | null): Phrase | null {
  if (!ph || ph.pronoun || ph.members.length === 0 || isCoded(ph)) return null;
  const before = ctx.low[ph.start - 1];
  if (before !== 'its' && before !== 'their') return null;
  const country = countryOf(owner);
  if (!country) return null;
  return { ...ph, members: ph.members.map((m) => ({ ...m, code: `${country}${m.code.slice(3)}` })) };
}

/** What names an actor apart from its sector: an organisation's code, a country's three letters. */
function actorKey(code: string): string {
  return /^(?:IGO|NGO|NGM|IMG|MNC|---)/.test(code) ? code : code.slice(0, 3);
}

function low(ctx: Ctx, k: number): string {
  return ctx.low[k] ?? '';
}

/** '"We will not allow foreign troops," Bashir told a rally': "we" of a quotation is its speaker, named after it. */
function quotedSpeaker(ctx: Ctx, pronoun: Phrase, nodes: readonly Node[]): Phrase | null {
  if (ctx.low[pronoun.start] !== 'we') return null;
  const speech = nodes.find((x) => x.p.trigger.role === 'say' && x.p.first > pronoun.end && !x.governed && !x.inner);
  if (!speech) return null;
  // An attribution (", France said") is walled off from the clause: its subject is the phrase before the verb.
  let comma = speech.p.first - 1;
  while (comma > pronoun.end && ctx.low[comma] !== ',' && !/^["'`]+$/.test(ctx.low[comma]!)) comma--;
  const before = ctx.phrases.filter((ph) => !ph.pronoun && ph.start > comma && ph.end <= speech.p.first && ph.end >= speech.p.first - 2);
  const speaker = subjectOf(ctx, speech, nodes) ?? before[before.length - 1] ?? null;
  return speaker && isCoded(speaker) && speaker.start > pronoun.end ? speaker : null;
}

/** Marks a subject that is known to be someone other than the speaker, but not who. */
const UNKNOWN: Phrase = { start: -1, end: -1, members: [], pronoun: false };

/** Quote marks and "that" between a verb of saying and what it reports. */
const REPORT_OPENERS = new Set(['that', '"', "''", '``', '“', '‘']);

/**
 * Whether what a verb of saying reports opens with a plain noun ("said \"nations in the
 * neighborhood\" are willing to help"): that noun is the subject, not the speaker.
 */
function nounOpensReport(ctx: Ctx, from: number): boolean {
  let k = from;
  // ("said its aircraft struck": what the speaker owns is the speaker's.)
  while (k < ctx.low.length && (REPORT_OPENERS.has(ctx.low[k]!) || (DETERMINERS.has(ctx.low[k]!) && !POSSESSIVES.has(ctx.low[k]!)))) k++;
  // ("announced plans to buy aircraft": a noun of intent names the speaker's own act.)
  const w = ctx.low[k] ?? '';
  return !TIME_WORDS.has(w) && !INTENTION_NOUNS.has(w) && ctx.nodeAt[k]! < 0 && commonNounAt(ctx, k);
}

/** The subject pronoun just before a governed verb ("said he would"), if any. */
function pronounBefore(ctx: Ctx, at: number, from: number): string | null {
  for (let k = at - 1; k >= from; k--) {
    const w = ctx.low[k]!;
    if (w === 'he' || w === 'she' || w === 'it' || w === 'they' || w === 'we') return w;
    if (ctx.phraseAt[k]! >= 0) return null;
  }
  return null;
}

function hasAgainst(ctx: Ctx, from: number): boolean {
  for (let k = from; k < Math.min(ctx.low.length, from + 10); k++) {
    if (ctx.low[k] === 'against') return true;
    if (ctx.barrier[k] && ctx.low[k] !== ',') return false;
  }
  return false;
}

function againstTarget(ctx: Ctx, from: number): Phrase | null {
  for (let k = from; k < Math.min(ctx.low.length, from + 10); k++) {
    if (ctx.low[k] === 'against') return withOrigin(ctx, phraseAfterPrep(ctx, k + 1, ctx.low.length));
  }
  return null;
}

const ADJECTIVAL = /(?:an|ian|ese|ish|i|ic|ch|sh|ss)$/i;

/** Where the mentions are, and which ones can be subjects (not "Russian", not "a US offer"). */
/** Words after a noun phrase that show it is a clause's subject ("a soldier was …", "a bomber who …"). */
const SUBJECT_FOLLOWERS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'who', 'reportedly', 'allegedly']);

function actorTokens(
  low: readonly string[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  verbs: EventLexicon['verbs'],
): ActorTokens {
  const n = low.length;
  const inside = new Array<boolean>(n).fill(false);
  const subjectEnd = new Array<boolean>(n).fill(false);
  const modifierEnd = new Array<boolean>(n).fill(false);
  const singularEnd = new Array<boolean>(n).fill(false);
  for (const m of mentions) {
    if (m.kind === 'pronoun') continue;
    const joined = /^(?:and|&|,|or)$/.test(low[m.start - 1] ?? '');
    if ((m.kind === 'country' || m.kind === 'person' || /^IGO/.test(m.code ?? '')) && !joined && !/s$/.test(low[m.end - 1]!))
      singularEnd[m.end - 1] = true;
    for (let i = m.start; i < m.end; i++) inside[i] = true;
    const last = m.end - 1;
    const word = tokens[last]!.text;
    const adjective =
      m.kind === 'country' &&
      m.end - m.start === 1 &&
      ADJECTIVAL.test(word) &&
      !/s$/.test(word.slice(-1)) &&
      m.name !== word &&
      // "the Vatican": the first word of the name ("Vatican City") is a name, not an adjective.
      !m.name?.startsWith(`${word} `);
    // "a US offer", "a police station": after an article a name or role noun modifies the noun
    // that follows, unless a finite verb follows it ("a suicide bomber killed …").
    const next = low[m.end] ?? '';
    const finite = verbs.get(next)?.some((f) => f.form === 'ed' || f.form === 's') ?? false;
    const verbNext = m.kind === 'agent' && (SUBJECT_FOLLOWERS.has(next) || finite);
    const article = (low[m.start - 1] === 'a' || low[m.start - 1] === 'an') && !verbNext;
    if (adjective || article) modifierEnd[last] = true;
    else subjectEnd[last] = true;
  }
  return { inside, subjectEnd, modifierEnd, singularEnd };
}

/** Nouns of events and texts that take the name of the town where they happened or were agreed ("the Taif accord"). */
const NAMED_AFTER_PLACES = new Set(
  'agreement agreements accord accords treaty declaration protocol process talks summit conference bombing bombings massacre attack attacks uprising crisis'.split(
    ' ',
  ),
);

/**
 * Codes the events of one tokenised sentence.
 *
 * @example
 * const text = 'Hungary and Romania agreed to cooperate.';
 * codeSentence(text, tokenize(text)).map((e) => e.cameo); // ['031']
 */
export function codeSentence(text: string, tokens: readonly Token[], options: CodeSentenceOptions = {}): SentenceEvent[] {
  const low = lowerTokens(tokens);
  const events = selectEvents(sentenceCandidates(text, tokens, options)).map((e) => brusselsForUnion(e, low));
  return events.length < 2 ? events : oneEventPerAct(events, low);
}

/**
 * "Brussels imposed new tariffs on Chinese electric vehicles", "Washington's tariffs on Brussels":
 * the capital that acts or is dealt with is the European Union that sits there, unless the
 * sentence speaks of Belgium, or of force (an attack on Brussels is on Belgium).
 */
function brusselsForUnion(ev: SentenceEvent, low: readonly string[]): SentenceEvent {
  const union = (ph: Phrase | null): Phrase | null => {
    if (!ph?.members.some((m) => m.code === 'BEL' && m.end - m.start === 1 && low[m.start] === 'brussels')) return ph;
    return { ...ph, members: ph.members.map((m) => (m.code === 'BEL' && low[m.start] === 'brussels' ? { ...m, code: 'IGOEUREEC' } : m)) };
  };
  const source = union(ev.source);
  const target = root(ev.cameo) >= 14 && root(ev.cameo) !== 16 ? ev.target : union(ev.target);
  if (source === ev.source && target === ev.target) return ev;
  if (low.some((w) => /^(?:belgium|belgian|belgians|flemish|walloon)$/.test(w))) return ev;
  return { ...ev, source, target, evidence: `${ev.evidence}; Brussels → the European Union` };
}

/** The key of a phrase's first actor (country or organisation), or '' for none. */
function sideKey(ph: Phrase | null): string {
  return ph && ph.members.length > 0 ? actorKey(ph.members[0]!.code) : '';
}

/**
 * Verbs joined by "and" with nothing else between them share their doer and object, and are one
 * act when they fall in one category: "arrested and charged three activists" are both done to
 * the activists; "shot and killed two militants" is one attack, coded by its last verb.
 */
function oneEventPerAct(events: SentenceEvent[], low: readonly string[]): SentenceEvent[] {
  const out = [...events];
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.statement || b.statement || a.negated !== b.negated || a.hedged !== b.hedged || sideKey(a.source) !== sideKey(b.source)) continue;
    const between = low.slice(a.trigger.end, b.trigger.start);
    if (between.length === 0 || between.length > 2 || !between.every((w) => w === 'and' || w === 'or' || w === ',')) continue;
    // ("denied the claim and accused Thai forces": a trigger that holds its own object shares none)
    const ownObject = low.slice(a.trigger.start, a.trigger.end).some((w) => DETERMINERS.has(w));
    const shared =
      !named(a.target) && named(b.target) && !ownObject
        ? { ...a, target: b.target, evidence: `${a.evidence}; the object of the verb after "and"` }
        : a;
    if (a.plover !== null && a.plover === b.plover && sideKey(shared.target) === sideKey(b.target)) out.splice(i, 1);
    else out[i] = shared;
  }
  // "raided the Gaza Strip, killing ten Palestinians", "blew himself up at a funeral, killing 30
  // and wounding 38": the toll after a comma is the attack's, not an attack of its own.
  for (let i = out.length - 1; i > 0; i--) {
    const b = out[i]!;
    if (b.statement || root(b.cameo) < 18 || !TOLL.test(low[b.trigger.start] ?? '')) continue;
    const after = low.slice(0, b.trigger.start).lastIndexOf(',');
    if (after < 0 || !TOLL.test(low[after + 1] ?? '')) continue;
    const attack = out
      .slice(0, i)
      .find((a) => !a.statement && root(a.cameo) >= 18 && a.trigger.end <= after && (!b.source || sideKey(a.source) === sideKey(b.source)));
    if (attack) out.splice(i, 1);
  }
  return out;
}

/** "a scathing attack", "a verbal assault": words said against someone, no blows. */
const VERBAL_ATTACK =
  /\b(?:scathing|verbal|stinging|blistering|harsh|sharp|pointed|withering|bitter|vitriolic|furious|angry|rhetorical|personal|written)\s+(?:attacks?|assaults?|broadsides?|salvos?|onslaughts?)\b/i;
const VERBAL_ATTACKS = new RegExp(VERBAL_ATTACK.source, 'gi');

/** What one telephones someone to do oneself ("called Obama to congratulate him"): no appeal to the one called. */
const CALLED_TO =
  /^call \(appeal\) \+ (?:verb "(?:congratulate|thank|apologize|apologise|discuss|wish|console|condole|brief|inform|assure|express|offer|pledge|reassure)"|(?:offer|pledge|promise) \(intent\))/;

/**
 * "Somali gunmen seized the acting Libyan ambassador", "Rebels captured two Italian engineers":
 * people seized or captured are abducted (181) or, by a state's forces, arrested (173), not
 * property confiscated or territory taken.
 */
function recodeSeizedPeople(ctx: Ctx, found: FoundEvents): void {
  const { events } = found;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const seized = e.cameo === '1711' && /seize|"seiz/.test(e.evidence);
    // (the people themselves, right after the verb: "captured the town of Kisangani from government
    // forces" and "captured a Karen guerrilla stronghold" took places)
    const next = ctx.low[e.target?.end ?? 0] ?? '';
    const captured =
      e.cameo === '192' &&
      /"captur/.test(e.evidence) &&
      !!e.target &&
      e.target.start <= e.trigger.end + 3 &&
      !(/^[a-z]+$/.test(next) && !PREPOSITIONS.has(next) && next !== 'and');
    if (!(seized || captured) || !e.target) continue;
    if (!PEOPLE_SECTORS.test(e.target.members[0]?.code.slice(3, 6) ?? '')) continue;
    // ("captured the village of Novopavlivka": a place its people are named after is still a place)
    if (ctx.tokens.slice(e.target.start, e.target.end).some((t) => TERRITORY_NOUNS.has(t.text))) continue;
    // ("Iran seized 15 British sailors": a state named as such is its government.)
    const by = e.source?.members[0]?.code ?? '';
    const byState = /^(?:GOV|MIL|COP|JUD|SPY)/.test(by.slice(3)) || (by.length === 3 && isStateActor(by));
    const cameo = byState ? '173' : '181';
    replaceAt(found, i, {
      ...e,
      cameo,
      plover: byState ? 'COERCE' : 'ASSAULT',
      evidence: `${e.evidence}; people ${seized ? 'seized' : 'captured'} → ${byState ? 'arrest' : 'abduction'}`,
    });
  }
}
const PEOPLE_SECTORS = /^(?:GOV|ELI|CVL|MIL|COP|OPP|REB|JUD|LEG|PPL|REF)/;

/** Nouns of territory, whose control taken is rule, not property. */
const TERRITORY_NOUNS = new Set('region province state territory city town village area country capital district island'.split(' '));

/**
 * "Utah state courts seized control of the trust": control of no place named, taken by no armed
 * side, is property confiscated (1711) or rule imposed (172), not territory occupied (192).
 */
function recodeSeizedProperty(ctx: Ctx, found: FoundEvents): void {
  const { events } = found;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.cameo !== '192' || !/"(?:seize|take|assume|gain) control"/.test(e.evidence)) continue;
    if (ARMED_SECTORS.test(e.source?.members[0]?.code.slice(3) ?? '') || !e.source) continue;
    const of = ctx.low.indexOf('of', e.trigger.end - 1);
    if (of < 0 || of > e.trigger.end + 1) continue;
    let k = of + 1;
    while (k < ctx.low.length && k <= of + 3 && ctx.phraseAt[k]! < 0) k++;
    if (ctx.phraseAt[k] !== undefined && ctx.phraseAt[k]! >= 0) continue;
    // ("Spain's government took direct control of the region": a state's rule imposed, 172.)
    const ruled = ctx.low.slice(of + 1, of + 4).some((w) => TERRITORY_NOUNS.has(w));
    replaceAt(found, i, {
      ...e,
      cameo: ruled ? '172' : '1711',
      plover: 'COERCE',
      target: ruled ? e.target : null,
      evidence: `${e.evidence}; control taken by no armed side → ${ruled ? 'rule imposed' : 'property taken'}`,
    });
  }
}

/** "Romney called Obama to congratulate him": a telephone call, a consultation (040), not an appeal. */
function recodeTelephoneCalls(ctx: Ctx, found: FoundEvents): void {
  const { events } = found;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    // ("called him to pledge assistance": one called by a pronoun is called all the same.)
    const called = !!e.target || /^(?:me|us|him|her|them|you)$/.test(ctx.low[e.trigger.end] ?? '');
    if (!CALLED_TO.test(e.evidence) || !called) continue;
    replaceAt(found, i, { ...e, cameo: '040', plover: 'CONSULT', evidence: `${e.evidence}; called to do it oneself → a telephone call` });
  }
}

/** "Putin launched a scathing attack on the United States": a verbal attack is criticism (CAMEO 111). */
function recodeVerbalAttacks(ctx: Ctx, found: FoundEvents): void {
  const { events } = found;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.statement || root(e.cameo) < 18) continue;
    const words = ctx.tokens
      .slice(e.trigger.start, Math.min(ctx.tokens.length, e.trigger.end + 1))
      .map((t) => t.text)
      .join(' ');
    if (VERBAL_ATTACK.test(words)) {
      replaceAt(found, i, { ...e, cameo: '111', plover: 'DISAPPROVE', evidence: `${e.evidence}; a verbal attack → criticism` });
      continue;
    }
    // "Donald Trump attacked Hillary Clinton on Monday, calling her a liar": one politician's attack
    // on another, in a sentence with no arms, is in words
    const politicians = POLITICIANS.test(e.source?.members[0]?.code ?? '') && POLITICIANS.test(e.target?.members[0]?.code ?? '');
    if (politicians && ctx.low[e.trigger.start]?.startsWith('attack') && !ARMS_BUT_ATTACK.test(ctx.tokens.map((t) => t.text).join(' '))) {
      replaceAt(found, i, {
        ...e,
        cameo: '111',
        plover: 'DISAPPROVE',
        evidence: `${e.evidence}; a politician attacks another unarmed → criticism`,
      });
    }
  }
}

/** Sectors that fight with arms. */
export const ARMED_SECTORS = /^(?:MIL|REB|UAF|COP|SPY|INS)/;

/** What candidates capture: nominations, delegates, votes, seats, majorities and support, no ground. */
const POLITICAL_PRIZES =
  /\b(?:nominations?|delegates?|votes?|seats?|majority|primary|primaries|caucus(?:es)?|support|imagination|attention|spotlight|headlines?|momentum)\b/;

/** Words of arms and fighting besides "attack" itself: with none of them, one politician's attack on another is words. */
export const ARMS_BUT_ATTACK =
  /\b(?:bomb\w*|missiles?|rockets?|drones?|air ?strikes?|troops|forces|militar\w*|militants?|soldiers|army|shell\w*|insurgents?|rebels?|killed|war|guns?|gunm[ae]n|gunfire|shootings?|knife|knives|shot|weapons?|stabb\w*|punch\w*|assault\w*|beat(?:en|ing)?|terror\w*|massacres?|explosions?)\b/i;

/** Words of arms and fighting, which make "targeting" a military act whatever the campaign. */
const ARMED_WORDS =
  /\b(?:bomb\w*|missiles?|rockets?|drones?|air ?strikes?|strikes?|troops|forces|militar\w*|militants?|soldiers|army|shell\w*|attacks?|insurgents?|rebels?|killed|war)\b/i;

/** What one receives that is no guest: news, word, an honour, mail. */
const RECEIVED_THINGS = new Set(
  'word news notice notification confirmation award awards prize prizes medal degree email emails votes vote'.split(' '),
);

/** What a thing, not an actor, threatens to do ("threatened to fuel the violence"). */
const RISKS = /^(?:fuel|overshadow|worsen|engulf|eclipse|overwhelm|swamp|unravel|spill|deepen|exacerbate|inflame|spoil)$/;

/** The -ing forms that give an attack's toll ("…, killing 30 and wounding 38"). */
const TOLL = /^(?:killing|wounding|injuring|leaving)$/;

/** The clauses of a sentence, ready to code: its actors, predicates and phrases, and where clauses break. */
interface PreparedSentence {
  readonly ctx: Ctx;
  readonly actors: ActorTokens;
  /** The sentence from its first token to its last. */
  readonly whole: string;
}

/** Finds the actors, predicates, phrases and clause barriers of a sentence; null when it has nothing to code. */
function prepareSentence(text: string, tokens: readonly Token[], options: CodeSentenceOptions): PreparedSentence | null {
  const lex = eventLexicon();
  const low = lowerTokens(tokens);
  const n = low.length;
  if (n === 0) return null;
  // A match report: teams beat, host and face each other, players shoot and sign.
  const whole = text.slice(tokens[0]!.start, tokens[n - 1]!.end);
  if (sportsReport(whole) || creditLine(whole) || datedEntry(whole)) return null;
  // "the Lockerbie bombing", "the Taif accord": a town named before such a noun names the event, no actor.
  const mentions = findActorMentions(text, tokens, options.date, options.fullNames, options.blocs).filter(
    (m) => !(m.place && NAMED_AFTER_PLACES.has(low[m.end] ?? '')),
  );
  const actors = actorTokens(low, tokens, mentions, lex.verbs);
  const person = new Uint8Array(n);
  for (const m of mentions) if (m.kind === 'person') for (let k = m.start; k < m.end; k++) person[k] = 1;
  const { predicates, nouns } = findPredicates(low, tokens, lex, actors);
  const verbAt = new Uint8Array(n);
  for (const p of predicates) for (let k = p.first; k < p.end; k++) verbAt[k] = 1;
  // "the Israeli bombing of a UN base": a hostile act's noun ends the name of its doer.
  const actAt = new Uint8Array(n);
  for (const nn of nouns) if (nn.trigger.cameo && root(nn.trigger.cameo) >= 13) actAt[nn.end - 1] = 1;
  const phrases = buildPhrases(low, tokens, mentions, verbAt, actAt);
  const phraseAt = new Int32Array(n).fill(-1);
  phrases.forEach((ph, k) => {
    for (let i = ph.start; i < ph.end; i++) phraseAt[i] = k;
  });
  const nodes: Node[] = predicates.map((p) => ({
    p,
    inner: null,
    innerSubject: null,
    governed: false,
    background: false,
    attribution: false,
    intentAdjective: false,
    adjectiveModal: null,
    adjunct: false,
    subordinator: null,
    issuedBy: null,
    vehicle: false,
  }));
  const nodeAt = new Int32Array(n).fill(-1);
  nodes.forEach((nd, k) => {
    for (let i = nd.p.first; i < nd.p.end; i++) nodeAt[i] = k;
  });

  // Barriers: clause punctuation, subordinators and relative pronouns, "according to", "but".
  const barrier = new Uint8Array(n);
  let conditional = false;
  for (let k = 0; k < n; k++) {
    const w = low[k]!;
    if (
      w === ';' ||
      w === ':' ||
      w === '--' ||
      w === ',' ||
      w === 'but' ||
      w === 'whereas' ||
      RELATIVES.has(w) ||
      w === 'that' ||
      SUBORDINATORS.has(w)
    )
      barrier[k] = 1;
    if (w === 'according' && low[k + 1] === 'to') barrier[k] = 1;
    if (w === 'if' || w === 'unless') conditional = true;
    if (w === 'as' && (low[k - 1] === 'such' || low[k + 1] === 'well')) barrier[k] = 0;
    // "denounced as 'illegal' a decision by Estonia": a judgement before the object, no clause.
    if (w === 'as' && k > 0 && nodeAt[k - 1]! >= 0) {
      let j = k + 1;
      while (
        j < n &&
        j <= k + 4 &&
        nodeAt[j]! < 0 &&
        (/^[a-z-]+$/.test(low[j]!) || /^["'`\u201c\u201d]+$/.test(low[j]!)) &&
        !DETERMINERS.has(low[j]!)
      )
        j++;
      if (j > k + 1 && j < n && /^(?:the|a|an)$/.test(low[j]!)) barrier[k] = 0;
    }
  }
  const ctx: Ctx = {
    low,
    tokens,
    lex,
    phrases,
    phraseAt,
    nodes,
    nodeAt,
    nouns,
    barrier,
    conditional,
    previousSubject: options.previousSubject ?? null,
    previousSpeaker: options.previousSpeaker ?? null,
    lastSpeaker: options.lastSpeaker ?? null,
    articleCountry: options.articleCountry ?? null,
    datelineCountry: options.datelineCountry ?? null,
    person,
    attributionAt: n,
    frontedAim: -1,
    secondReports: [],
    opening: -1,
    reported: { from: 0, sayer: -1 },
    mentions,
    names: options.names ?? [],
  };
  ctx.frontedAim = frontedAimEnd(ctx);
  ctx.opening = openingPhraseEnd(ctx);
  return { ctx, actors, whole };
}

/** Adjectives that open a sentence with the aim or mood of its subject ("Keen to stress …, Sarkozy called"). */
const FRONTED_ADJECTIVES = new Set(
  'keen eager anxious determined desperate careful quick ready willing unwilling reluctant unable able impatient loath intent'.split(' '),
);

/** Nouns of "In a bid to …", "In an effort to …". */
const AIM_NOUNS = new Set('bid effort attempt move push drive order apparent'.split(' '));

/**
 * The comma that closes an aim or mood put before the subject ("Keen to stress continuity, Sarkozy
 * called on Israel …", "In a bid to ease tensions, China invited …", "To show its resolve, …"), or
 * -1. What it names is the subject's wish, not an act, and it governs nothing after its comma.
 */
function frontedAimEnd(ctx: Ctx): number {
  const { low } = ctx;
  let k: number;
  if (FRONTED_ADJECTIVES.has(low[0] ?? '') && low[1] === 'to') k = 2;
  else if (low[0] === 'in' && (AIM_NOUNS.has(low[1] ?? '') || (/^(?:a|an)$/.test(low[1] ?? '') && AIM_NOUNS.has(low[2] ?? '')))) {
    k = low.indexOf('to', 1);
    if (k < 0 || k > 4) return -1;
    k++;
  } else if (low[0] === 'to' && /^[a-z]+$/.test(ctx.tokens[1]?.text ?? '')) k = 1;
  else return -1;
  for (let j = k; j < Math.min(low.length - 2, k + 25); j++) {
    if (low[j] === ',') return j;
    if (low[j] === ';' || low[j] === ':' || low[j] === '"' || low[j] === '\u201c') return -1;
  }
  return -1;
}

/**
 * The "that" opening a verb's clause past the one told and where and how it was said ("told
 * reporters at a news conference in Berlin that"): at most twelve words on, no verb before it; else null.
 */
function clauseThat(ctx: Ctx, from: number, limit: number): number | null {
  const { low, nodeAt, barrier } = ctx;
  for (let j = from; j < limit && j - from <= 12; j++) {
    if (low[j] === 'that') return j;
    if (nodeAt[j]! >= 0 || (barrier[j] && !PREPOSITIONS.has(low[j]!))) return null;
  }
  return null;
}

/** Links governing verbs ("agreed to", "said that", "accused … of") to the clauses they govern. */
function linkGovernedClauses(ctx: Ctx, actors: ActorTokens): void {
  const { low, tokens, phrases, phraseAt, nodes, nodeAt, nouns, barrier } = ctx;
  const fronted = ctx.frontedAim;
  for (let a = 0; a < nodes.length; a++) {
    const node = nodes[a]!;
    const p = node.p;
    const role = p.trigger.role;
    if (p.first < fronted) {
      node.background = true;
      continue;
    }
    // "Gunmen believed to be Basque separatists shot dead …": who they are thought to be, not a
    // belief that hedges the act.
    if (
      role === 'belief' &&
      !p.passive &&
      p.first === p.verb &&
      low[p.end] === 'to' &&
      low[p.end + 1] === 'be' &&
      p.first > 0 &&
      actors.subjectEnd[p.first - 1]
    ) {
      node.background = true;
      continue;
    }
    // "is ready to V", "must be prepared to V".
    if (p.infinitive) {
      const adj = low[p.first - 1];
      // "would not hesitate to use force": an intent too.
      const unhesitating =
        adj === 'hesitate' &&
        /^(?:not|n't|never)$/.test(low[p.first - 2] ?? '') &&
        low.slice(Math.max(0, p.first - 5), p.first - 2).some((w) => /^(?:will|would|'ll|shall)$/.test(w));
      if (adj && (INTENT_ADJECTIVES.has(adj) || unhesitating) && nodeAt[p.first - 1]! < 0) {
        node.intentAdjective = true;
        // "is not ready to", "are not yet willing to".
        if (!unhesitating && low.slice(Math.max(0, p.first - 4), p.first - 1).some((w) => w === 'not' || w === "n't" || w === 'never'))
          node.adjectiveNegated = true;
        for (let k = p.first - 2; k >= Math.max(0, p.first - 5); k--) {
          const w = low[k]!;
          if (w === 'will' || w === 'would' || w === 'must' || w === 'should' || w === 'may' || w === 'might' || w === 'could') {
            node.adjectiveModal = w;
            break;
          }
        }
      }
    }
    let b = a + 1;
    // "hoped officials accused of … would be indicted": a participle inside the reported clause's subject.
    if (role === 'say' || role === 'belief') {
      const inside = (x: Node | undefined) => !!x && (x.p.participle || (x.p.gerund && PREPOSITIONS.has(low[x.p.first - 1] ?? '')));
      if (inside(nodes[b])) while (inside(nodes[b]) && nodes[b + 1]) b++;
    }
    const q = nodes[b];
    if (!q) continue;
    const gap = q.p.first - p.end;
    let blocked = false;
    for (let k = p.end; k < q.p.first; k++) if (barrier[k] && low[k] !== ',' && low[k] !== 'that') blocked = true;
    // "called a general strike to protest", "announced a ceasefire to allow aid in": an act named by
    // the verb and its object, then a purpose.
    const named = (role === 'appeal' || role === 'say') && q.p.infinitive ? nounObject(ctx, node) : null;
    if (named?.collocation && named.trigger.source === 'triggers' && named.end <= q.p.first) blocked = true;
    if ((role === 'say' || role === 'belief') && q.p.gerund && q.p.trigger.role === 'say' && low[q.p.first - 1] === 'as' && gap <= 4) {
      // "was quoted as saying …", "was reported as saying …": the one quoted says it.
      node.inner = q;
      q.governed = true;
    } else if (q.p.infinitive && gap <= 8 && !blocked && GOVERNORS.has(role)) {
      node.inner = q;
      q.governed = true;
      const wanting = p.trigger.lemma === 'want';
      if ((role === 'demand' || role === 'appeal' || role === 'say' || role === 'belief' || role === 'threat' || wanting) && gap > 0) {
        // ("Syria was asked by Lebanon to withdraw": the agent of a passive is the one who asks, not the one asked.)
        const ph = phrases.find((x) => x.start >= p.end && x.end <= q.p.first && !(p.passive && low[x.start - 1] === 'by')) ?? null;
        node.innerSubject = ph && !ph.pronoun ? withOrigin(ctx, ph) : null;
      }
    } else if (q.p.gerund && (role === 'cont' || role === 'intent') && (gap === 0 || (gap === 1 && low[p.end] === 'to'))) {
      node.inner = q;
      q.governed = true;
    } else if (role === 'accuse' && q.p.gerund && (low[q.p.first - 1] === 'of' || low[q.p.first - 1] === 'for') && gap <= 8) {
      node.inner = q;
      q.governed = true;
    } else if (
      (role === 'say' ||
        role === 'belief' ||
        role === 'demand' ||
        role === 'intent' ||
        (role === 'accuse' && low[p.end] === 'that') ||
        // "warned that it would cut off gas supplies": the threatened act.
        (role === 'threat' && (q.p.modal === 'would' || q.p.modal === 'will'))) &&
      (q.p.finite || q.p.modal) &&
      // "Serbs, who fear independence, demonstrated": a relative clause ends at its comma.
      !(
        (low[p.first - 1] === 'who' || low[p.first - 1] === 'which') &&
        low[p.first - 2] === ',' &&
        low.slice(p.end, q.p.first).includes(',')
      ) &&
      // (counted from the that-clause when the one told, or where and how it was said, stand before it)
      q.p.first - (clauseThat(ctx, p.end, q.p.first) ?? p.end) <= (b > a + 1 ? 28 : 16) &&
      !q.p.participle
    ) {
      let k = p.end;
      // "reiterated its demand today that Israel ease …": a demand noun between the verb and its that-clause.
      if (role === 'say' || role === 'belief') {
        let j = k;
        while (j < q.p.first && (DETERMINERS.has(low[j]!) || POSSESSIVES.has(low[j]!))) j++;
        const dn = nouns.find((x) => x.start === j && /^(?:10|02)/.test(x.trigger.cameo ?? ''));
        if (dn) k = dn.end;
      }
      while (
        k < q.p.first &&
        (TIME_WORDS.has(low[k]!) || /^\d/.test(low[k]!) || low[k] === ',' || (/^\p{Lu}/u.test(tokens[k]!.text) && phraseAt[k]! < 0))
      )
        k++;
      // "told the crowd he had called Obama": the one told comes before the clause and is not its subject.
      if (ADDRESSEES.has(p.trigger.lemma) && low[k] !== 'that') {
        let j = k;
        while (j < q.p.first && DETERMINERS.has(low[j]!)) j++;
        const told = phraseAt[j]! >= 0 ? phrases[phraseAt[j]!]! : null;
        if (told && !told.pronoun && told.end < q.p.first) k = told.end;
        else if (told?.pronoun && /^(?:him|her|them|us|me|you)$/.test(low[j]!)) k = j + 1;
        // ("told a news conference that …": an audience that names no actor, then what was said)
        else if (!told && j > k) k = clauseThat(ctx, j, q.p.first) ?? k;
      }
      // "said in a statement on Tuesday that …", "told reporters at a news conference that …": where
      // and how it was said, between the verb (or the one told) and its that-clause.
      if ((role === 'say' || role === 'belief') && low[k] !== 'that') {
        let from = k;
        while (from > p.end && TIME_WORDS.has(low[from - 1]!)) from--;
        const that = PREPOSITIONS.has(low[from] ?? '') ? clauseThat(ctx, from, q.p.first) : null;
        if (that !== null) k = that;
      }
      const that = low[k] === 'that';
      if (that) k++;
      let cut = false;
      for (let t = k; t < q.p.first; t++) if (barrier[t] && low[t] !== ',') cut = true;
      // A possessive ("that its European Community partners refuse") is no subject of its own.
      const ph =
        phrases.find(
          (x) => x.start >= k && x.end <= q.p.first && !(x.pronoun && POSSESSIVES.has(low[x.start]!) && phraseAt[x.end]! >= 0),
        ) ?? null;
      // "said the two sides must …": a subject that names no actor.
      // (not "denied the claim and accused Thai forces of …": a verb joined to this one, its object between)
      const bare =
        !ph &&
        q.p.first - k >= 1 &&
        q.p.first - k <= 5 &&
        (role === 'say' || role === 'belief') &&
        !/^(?:and|or)$/.test(low[q.p.first - 1]!);
      // ("wrote on X that the attack amounted to … and called on the Council to act": the writer's own act)
      const goesOn = that && goesOnAfterReport(ctx, q, k - 1) === node;
      if (!cut && (ph || that || bare) && !goesOn) {
        node.inner = q;
        q.governed = true;
        if ((role === 'say' || role === 'belief') && ctx.reported.sayer < 0) ctx.reported = { from: k, sayer: p.first };
        // ("insisted electing Obama is destroying …": a gerund's object is no subject.)
        const gerundObject = !!ph && objectOfGerundSubject(ctx, ph, q.p.first);
        node.innerSubject =
          ph && !ph.pronoun && !gerundObject
            ? withOrigin(ctx, ph)
            : (!ph || gerundObject) && q.p.first > k && !SUBJECT_PRONOUNS_SET.has(low[q.p.first - 1]!)
              ? UNKNOWN
              : null;
      }
    }
  }
  linkSecondClauses(ctx);
}

/**
 * "said 31 civilians had been killed, and that its forces had shot down five aircraft": a second
 * that-clause joined to the first by "and" or "but" is reported by the same verb. Each becomes a
 * copy of the verb's node governing that clause ({@link Ctx.secondReports}).
 */
function linkSecondClauses(ctx: Ctx): void {
  const { low, nodes, phrases } = ctx;
  for (const node of nodes) {
    const role = node.p.trigger.role;
    const first = node.inner;
    if ((role !== 'say' && role !== 'belief') || !first || first.p.infinitive) continue;
    const k = low.findIndex((w, i) => i > first.p.end && w === 'that' && (low[i - 1] === 'and' || low[i - 1] === 'but'));
    if (k < 0) continue;
    const r = nodes.find((x) => x.p.first > k);
    if (!r || r.governed || !(r.p.finite || r.p.modal) || r.p.participle || r.p.first - k > 8) continue;
    // (nothing between "that" and the verb but its subject)
    if (nodes.some((x) => x !== r && x.p.first > k && x.p.first < r.p.first)) continue;
    const ph = phrases.find((x) => x.start > k && x.end <= r.p.first) ?? null;
    r.governed = true;
    ctx.secondReports.push({ ...node, inner: r, innerSubject: ph && !ph.pronoun ? withOrigin(ctx, ph) : null });
  }
}

/** Marks the bare past forms that are participles, not the verbs of their clauses. */
function markParticiples(ctx: Ctx, actors: ActorTokens): void {
  const { low, nodes, nodeAt, barrier } = ctx;
  const n = low.length;
  // A bare past form with another finite verb in its clause is a participle ("a report released
  // Tuesday alleged", "a member jailed a year ago"): only one of them heads the clause.
  for (let a = 0; a < nodes.length; a++) {
    const node = nodes[a]!;
    const p = node.p;
    if (!p.finite || p.form !== 'ed' || p.first !== p.verb || node.governed) continue;
    if (actors.subjectEnd[p.first - 1] || SUBJECT_PRONOUNS_SET.has(low[p.first - 1] ?? '')) continue;
    // The later one is the participle, unless it opens a that-clause ("a report released Tuesday alleged that").
    let later = -1;
    for (let k = p.end; k < n && later < 0; k++) {
      const w = low[k]!;
      if (w === 'and' || w === 'but' || w === 'or' || barrier[k]) break;
      const o = nodeAt[k]!;
      if (o >= 0 && o !== a && nodes[o]!.p.finite) later = o;
    }
    // ("A senior official, speaking on condition of anonymity, said Iran demanded that …": after an
    // aside, a verb whose next verb has a subject of its own heads its clause.)
    const ownSubject =
      later >= 0 &&
      low[p.first - 1] === ',' &&
      ctx.phrases.some((ph) => ph.start >= p.end && ph.end <= nodes[later]!.p.first && low[ph.start - 1] !== 'by');
    if (later >= 0 && low[nodes[later]!.p.end] === 'that' && !ownSubject) {
      node.background = true;
      (node as { participle?: boolean }).participle = true;
    }
  }
  // "released the mayor, a member of Hamas jailed a year ago": a bare past form after a noun, in a
  // clause whose verb came before it, modifies that noun.
  const opening = ctx.opening;
  for (let a = 0; a < nodes.length; a++) {
    const node = nodes[a]!;
    const p = node.p;
    if (!p.finite || p.form !== 'ed' || p.first !== p.verb || node.governed || node.background) continue;
    if (!['event', 'violent', 'split'].includes(p.trigger.role)) continue;
    const prev = low[p.first - 1] ?? '';
    if (!/^[a-z]+$/.test(prev) || SUBJECT_PRONOUNS_SET.has(prev) || DETERMINERS.has(prev)) continue;
    for (let k = p.first - 1; k >= 0; k--) {
      const w = low[k]!;
      if (w === 'and' || w === 'but' || w === 'or' || w === ';' || w === 'that' || RELATIVES.has(w) || SUBORDINATORS.has(w)) break;
      // ("In a statement issued in Geneva, Kenya praised …": the opening phrase's verb heads no clause.)
      if (k === opening) break;
      const o = nodeAt[k]!;
      if (o >= 0 && o !== a) {
        // ("Rebels who seized the town killed 20 villagers": the earlier verb is a relative clause's.)
        const relative = RELATIVES.has(low[nodes[o]!.p.first - 1] ?? '');
        // (a reported verb heads its clause too: "said Iraq returned Kuwaiti archives seized during the occupation")
        const reported = nodes[o]!.governed && ['say', 'belief'].includes(nodes.find((x) => x.inner === nodes[o])?.p.trigger.role ?? '');
        if (nodes[o]!.p.finite && (!nodes[o]!.governed || reported) && !nodes[o]!.background && !relative) node.background = true;
        break;
      }
    }
  }
}

/** Marks background clauses, adjuncts and attributions. */
function markBackgroundClauses(ctx: Ctx): void {
  const { low, tokens, phrases, phraseAt, nodes, nodeAt, barrier } = ctx;
  const n = low.length;
  for (const node of nodes) {
    const p = node.p;
    if (node.governed) continue;
    if (p.participle) {
      const issuer = p.form === 'ing' && DOCUMENTS.has(low[p.first - 1]!) ? vehicleOf(ctx, node, nodes) : null;
      if (issuer) {
        // "The General Assembly adopted a resolution condemning Israel": the resolution's act, by its adopters.
        node.issuedBy = issuer;
        issuer.vehicle = true;
      } else node.background = true;
      continue;
    }
    for (let k = p.first - 1; k >= 0; k--) {
      const w = low[k]!;
      const other = nodeAt[k]!;
      if (other >= 0 && nodes[other]!.p.finite) break;
      if (w === ',' || w === ';') break;
      // "whether" opens a clause of what may or may not happen, but is no barrier: "investigating
      // whether Russian hackers breached …" names what is investigated.
      if (RELATIVES.has(w) || SUBORDINATORS.has(w) || w === 'whether') {
        // "farmers who lost their land staged a protest": a relative clause with its own verb ends
        // before the main verb.
        const ownVerb =
          (w === 'who' || w === 'which') &&
          low[k - 1] !== ',' &&
          phraseAt[k - 1]! >= 0 &&
          low.slice(k + 1, p.first).some((x) => /^[a-z]+$/.test(x) && !AUXILIARY_WORDS.has(x) && !/ly$/.test(x)) &&
          phraseAt[k + 1]! < 0;
        if (ownVerb) break;
        node.background = true;
        if (SUBORDINATORS.has(w) || w === 'whether') node.subordinator = w;
        break;
      }
      if (w === 'that') {
        let j = k - 1;
        while (j >= 0 && TIME_WORDS.has(low[j]!)) j--;
        if ((j < 0 || nodeAt[j]! < 0) && !goesOnAfterReport(ctx, node, k)) node.background = true;
        break;
      }
    }
    if ((p.infinitive && !node.intentAdjective) || (p.gerund && low[pastAdverbs(low, p.first - 1)] === ',')) node.adjunct = true;
    if (p.gerund && PREPOSITIONS.has(low[pastAdverbs(low, p.first - 1)] ?? '')) node.background = true;
    const role = p.trigger.role;
    if (!node.inner && (role === 'say' || role === 'accuse' || role === 'belief' || role === 'threat') && !p.gerund) {
      // "…, police said": nothing after the verb but time words.
      let k = p.end;
      while (
        k < n &&
        (TIME_WORDS.has(low[k]!) ||
          (/^\p{Lu}/u.test(tokens[k]!.text) && phraseAt[k]! < 0) ||
          /^[.!?"'\u201d]+$/.test(low[k]!) ||
          SAID_WHERE.has(low[k]!) ||
          // "…, a rights group said in Paris": where it was said.
          (phraseAt[k]! >= 0 && /^(?:in|from|at)$/.test(low[phrases[phraseAt[k]!]!.start - 1] ?? '')))
      )
        k++;
      let comma = -1;
      for (let j = p.first - 1; j >= Math.max(0, p.first - 12); j--) {
        if (low[j] === ',') {
          comma = j;
          break;
        }
      }
      // (a verb between the comma and it heads a clause of its own: "On Tuesday, Russia granted asylum to a
      // security chief wanted in Tbilisi")
      const between = comma >= 0 && nodes.some((o) => o !== node && o.p.finite && o.p.first > comma && o.p.first < p.first);
      if (k >= n && comma >= 0 && !between) {
        node.attribution = true;
        ctx.attributionAt = Math.min(ctx.attributionAt, comma);
        for (let t = comma; t < n; t++) barrier[t] = 1;
      }
    }
  }
}

/**
 * "accused Eritrea of arming and training rebels", "of harbouring militants and supplying them",
 * "after storming a mosque and seizing weapons": a gerund joined by "and" or "or" to a governed
 * gerund, or to one after a preposition, is in the same place.
 */
function markJoinedGerunds(ctx: Ctx): void {
  const { low, nodes, nodeAt, barrier } = ctx;
  for (const node of nodes) {
    if (!node.p.gerund || node.governed || node.background) continue;
    const and = pastAdverbs(low, node.p.first - 1);
    if (low[and] !== 'and' && low[and] !== 'or') continue;
    for (let k = and - 1; k >= Math.max(1, and - 8) && !barrier[k]; k--) {
      const other = nodeAt[k]!;
      if (other >= 0) {
        const prev = nodes[other]!;
        if (prev.p.gerund && prev.governed) node.governed = true;
        else if (prev.p.gerund && prev.background) node.background = true;
        break;
      }
      if (/^[a-z]{2,}ing$/.test(low[k]!) && PREPOSITIONS.has(low[k - 1]!)) {
        node.background = true;
        break;
      }
    }
  }
}

/**
 * "…, a charge Asmara rejected", "…, a move Beijing condemned": a relative clause with no "that"
 * after an appositive noun of claim or decision; its act is a reaction to the main one.
 */
function markReactionClauses(ctx: Ctx): void {
  const { low, phrases, phraseAt, nodes } = ctx;
  for (const node of nodes) {
    if (node.governed || node.background || !node.p.finite) continue;
    const k = pastAdverbs(low, node.p.first - 1);
    const ph = k >= 0 && phraseAt[k]! >= 0 ? phrases[phraseAt[k]!]! : null;
    if (!ph || ph.end !== k + 1 || ph.pronoun) continue;
    let j = ph.start - 1;
    if (!APPOSITIVE_CLAIMS.has(low[j] ?? '')) continue;
    j--;
    if (DETERMINERS.has(low[j] ?? '')) j--;
    if (low[j] === ',') node.background = true;
  }
}

/** Pronouns that open a relative clause with no "that" after its noun ("a Hamas leader it had detained"). */
const RELATIVE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/**
 * "Israel freed a Hamas leader it had detained for a year", "beheaded two soldiers they had
 * captured": a clause with no "that" whose pronoun subject follows the object of an act before it
 * in the same clause, and whose own object is that noun, tells of the object, not a new act.
 */
function markReducedRelatives(ctx: Ctx): void {
  const { low, nodes, barrier, phraseAt, phrases } = ctx;
  for (const node of nodes) {
    if (node.governed || node.background || !node.p.finite) continue;
    const k = pastAdverbs(low, node.p.first - 1);
    if (k < 1 || !RELATIVE_SUBJECTS.has(low[k]!)) continue;
    // Right before the pronoun, a noun: a plain word or the end of a named actor, no verb.
    const j = k - 1;
    const named = phraseAt[j]! >= 0 && !phrases[phraseAt[j]!]!.pronoun;
    if (ctx.nodeAt[j]! >= 0 || !(named || (/^[a-z]{3,}$/.test(low[j]!) && !PREPOSITIONS.has(low[j]!) && !DETERMINERS.has(low[j]!))))
      continue;
    // Its own object is missing: the clause's verb is followed by no noun phrase.
    const next = low[node.p.end] ?? '';
    if (DETERMINERS.has(next) || POSSESSIVES.has(next) || phraseAt[node.p.end]! >= 0) continue;
    // An act before it in the same clause, whose direct object the noun is (not a verb of speech that
    // takes a clause; not a noun after a preposition: "hit in the suicide attack it blamed on al-Qaeda").
    const before = nodes.find(
      (q) =>
        q !== node &&
        q.p.finite &&
        q.p.end <= j &&
        ['event', 'violent', 'split', 'light'].includes(q.p.trigger.role) &&
        !low
          .slice(q.p.end, k)
          .some((w, t) => barrier[q.p.end + t] || w === ',' || w === 'and' || w === 'but' || (PREPOSITIONS.has(w) && w !== 'of')),
    );
    if (before) node.background = true;
  }
}

/** The events of one sentence as they are coded and refined, with the clause each came from. */
interface FoundEvents {
  readonly events: SentenceEvent[];
  /** Events that stand only when the sentence codes nothing else. */
  readonly fallbacks: Set<SentenceEvent>;
  readonly origin: Map<SentenceEvent, Node>;
}

/** Drops, from the last to the first, the events `none` says are no event. */
function dropWhere(found: FoundEvents, none: (e: SentenceEvent) => boolean): void {
  const { events } = found;
  for (let i = events.length - 1; i >= 0; i--) if (none(events[i]!)) events.splice(i, 1);
}

/** Puts `next` in the place of event `i`, with what is known of the one it replaces: its clause and whether it is a fallback. */
function replaceAt(found: FoundEvents, i: number, next: SentenceEvent): void {
  const e = found.events[i]!;
  found.events[i] = next;
  const node = found.origin.get(e);
  if (node) found.origin.set(next, node);
  if (found.fallbacks.has(e)) found.fallbacks.add(next);
}

/** Verbs of a purpose that make the act done for it a protest. */
const PROTEST_AIMS = new Set(['protest', 'demonstrate']);
/** Nouns whose "to" + verb says what they are for ("the right to protest"), not why someone acted. */
const NOUNS_TAKING_INFINITIVES = new Set(
  'right rights freedom call calls plan plans permission permit bid decision ban attempt chance opportunity'.split(' '),
);

/**
 * The actor the sentence opens with, when it is a state or a body named with "the" and comes before
 * `node`: what "it" in a later clause stands for ("The Bush administration took a risk when it
 * brokered an alliance …").
 */
function mainSubjectBefore(ctx: Ctx, node: Node): Phrase | null {
  const main = ctx.opening >= 0 ? ctx.opening + 1 : 0;
  const subject = ctx.phrases.find((ph) => ph.start >= main && ph.start <= main + 1) ?? null;
  if (!subject || subject.pronoun || subject.plural || subject.end >= node.p.first) return null;
  // (A verb right after it: the phrase is the subject, not the start of a longer noun phrase.)
  if (ctx.nodeAt[subject.end]! < 0 && !/^[a-z]+(?:ed|s)$/.test(ctx.low[subject.end] ?? '')) return null;
  const state = subject.members.length === 1 && subject.members[0]!.code.length === 3;
  return state || ctx.low[subject.start] === 'the' || ctx.low[subject.start - 1] === 'the' ? subject : null;
}

/** Who does what a purpose clause is the aim of: the subject of the last finite clause before it ("said that demonstrators burned a flag to protest"). */
function purposeSubject(ctx: Ctx, node: Node, nodes: readonly Node[]): Phrase | null {
  for (let i = nodes.indexOf(node) - 1; i >= 0; i--) {
    if (!nodes[i]!.p.finite) continue;
    const subject = subjectOf(ctx, nodes[i]!, nodes);
    return subject && !subject.pronoun ? subject : null;
  }
  return null;
}

/** Codes the main clauses of a sentence, and its adverbial clauses or act nouns when they code nothing. */
function codeClauses(ctx: Ctx): FoundEvents {
  const { low, nodes } = ctx;
  const events: SentenceEvent[] = [];
  const fallbacks = new Set<SentenceEvent>();
  const origin = new Map<SentenceEvent, Node>();
  const seen = new Set<string>();
  let lastSubject: Phrase | null = ctx.previousSubject;
  const codeOne = (node: Node, secondary: string | null, purpose = false, doer: Phrase | null = null) => {
    const p = node.p;
    // "defeating the Taliban will be left to …", "cutting government means …": an act named as
    // the subject of a clause has no doer and is not reported as done.
    if (p.gerund && !node.governed && gerundSubject(ctx, p)) return;
    // Adjuncts ("…, killing one person"; "to demand reforms") add an event only for actions of the team's table.
    // A visit made to urge someone ("flew to Lagos to urge Abacha to release prisoners") adds the appeal.
    const appealing = p.trigger.role === 'appeal' || p.trigger.role === 'demand';
    // A message sent to ask something ("sent a letter to the Council, asking it to condemn …") is the
    // request, which replaces the bare contact.
    const message = appealing && !node.governed ? messageBefore(ctx, node) : null;
    const visitAppeal = (node.adjunct && p.infinitive && appealing && afterVisit(ctx, node)) || !!message;
    const inquirer = node.adjunct ? formedToInvestigate(ctx, node) : null;
    // "visited the shrine, drawing protests from China": the reaction the act drew, done to its doer.
    const reaction = node.adjunct && p.gerund && RECEIVING.has(p.trigger.lemma);
    if (
      node.adjunct &&
      !visitAppeal &&
      !inquirer &&
      !reaction &&
      !purpose &&
      (p.infinitive ||
        p.trigger.source !== 'triggers' ||
        !['event', 'violent', 'split'].includes(p.trigger.role) ||
        // ", defying the objections of its partners": how the act was done, not another act.
        (p.gerund && p.trigger.lemma === 'defy') ||
        // "bombed a pipeline, halting supplies to Israel": what the act cut off is its effect, not a sanction.
        (p.gerund && p.trigger.cameo?.startsWith('16')))
    )
      return;
    // "…, leaving at least 50 people injured": the state the act left its victims in, not another act.
    if (p.form === 'ed' && p.first === p.verb && resultState(ctx, p.verb)) return;
    // "Pakistan expressed readiness to hold talks": an intent named by a noun is the intent of the verb's subject.
    const intentNoun = node.intentAdjective && /^(?:readiness|willingness)$/.test(low[p.first - 1] ?? '');
    const inherited =
      doer ??
      inquirer ??
      (purpose ? purposeSubject(ctx, node, nodes) : null) ??
      (p.gerund || visitAppeal || intentNoun || purpose ? lastSubject : null);
    const coded = codeNode(ctx, node, nodes, inherited);
    if (p.finite) {
      const subj = subjectOf(ctx, node, nodes);
      if (subj && !subj.pronoun) lastSubject = subj;
    }
    if (!coded) return;
    let replaced = -1;
    if (message) {
      // "asking it to …": the one asked is whom the message went to; the contact itself is not coded apart.
      replaced = events.findIndex((e) => origin.get(e) === message && e.cameo.startsWith('04'));
      const to = replaced >= 0 ? events[replaced]!.target : targetOf(ctx, message, message.p.end, message.p.trigger, coded.source);
      if (!isCoded(coded.target) && to) coded.target = to;
    }
    // With no named actor, a subject known by its role alone ("a suicide bomber") still counts
    // when the sentence says in which country it acts: inContext gives it that country.
    // A bombing with no named perpetrator ("a car bomb exploded in Kirkuk") likewise, once the
    // sentence names the country.
    const unclaimed = !coded.source && root(coded.cameo) === 18;
    // ("Police detained 12 people" in a story datelined Belgrade: the state's own police.)
    const homeState =
      isRoleOnly(coded.source) &&
      coded.source.members.every((m) => DOMESTIC_STATE.has(m.code.slice(3, 6))) &&
      !!coded.target &&
      !!ctx.datelineCountry?.();
    if (!isCoded(coded.source) && !isCoded(coded.target) && !((isRoleOnly(coded.source) || unclaimed) && sceneOf(ctx)) && !homeState)
      return;
    // (only for the verb's own act: "Sources told Gulf Monitor that the army was preparing an
    // offensive" names whom they told, not whom the offensive is against)
    if (!p.passive && NAMED_TARGETS.has(root(coded.cameo)) && coded.trigger.start >= p.first && coded.trigger.start < p.end) {
      // "is investigating WeWork", "charged Assange with espionage": a name the dictionary does not
      // know, right after the verb, is the one the act is done to ("ordered Ramage to reside at his
      // home in St. Louis": not a place named after it).
      const named = namedObject(ctx, p.end);
      if (named && (!coded.target || coded.target.start >= named.end)) {
        coded.target = named;
        coded.evidence.push('target named, not in the actor dictionary');
      }
    }
    // "Bill Clinton helped to create …", "Congress approves legislation": help or approval given
    // to no one named is no aid or support to code (what several approve together is approved
    // between them).
    const general = GENERAL_ACTS.get(root(coded.cameo));
    const joint = root(coded.cameo) === 5 && (coded.source?.members.length ?? 0) > 1;
    if (general?.has(p.trigger.lemma) && !coded.target && !joint && !coded.evidence.some((e) => e.includes('+'))) return;
    if (node.adjunct && !inquirer && !purpose && !isCoded(coded.target)) return;
    if (secondary) coded.evidence.push(secondary);
    const ev = finish(coded, ctx.low);
    // An attack nobody is named for stands only when the sentence codes nothing else ("30 people were
    // killed when troops fired on demonstrators" is the troops' act).
    if (coded.fallback || (unclaimed && sceneOf(ctx))) fallbacks.add(ev);
    const key = `${ev.cameo}|${ev.source?.members[0]?.code ?? ''}|${ev.target?.members[0]?.code ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (replaced >= 0 && ev.plover === 'DEMAND') events.splice(replaced, 1);
    events.push(ev);
    origin.set(ev, node);
    // Reported speech: at most one statement event, by a named speaker about the reported act.
    if (p.trigger.role === 'say' && node.inner && !p.gerund) {
      const speaker = subjectOf(ctx, node, nodes);
      if (
        isCoded(speaker) &&
        // "the South China Morning Post reported that police …": the news that tells of an act makes no statement of its own.
        !/MED$/.test(speaker!.members[0]!.code) &&
        actorKey(speaker!.members[0]!.code) !== actorKey(ev.source?.members[0]?.code ?? '') &&
        ev.plover !== null &&
        !ev.negated &&
        !ev.hedged
      ) {
        events.push({
          cameo: p.trigger.cameo ?? '010',
          plover: null,
          trigger: { start: p.verb, end: p.end },
          source: speaker,
          target: ev.source,
          negated: false,
          hedged: false,
          statement: true,
          evidence: `statement "${p.trigger.lemma}" reporting the event`,
        });
      }
    }
  };
  for (const node of [...nodes, ...ctx.secondReports])
    if (!node.governed && !node.background && !node.attribution && !node.vehicle) codeOne(node, null);
  // "Sefcovic told reporters after meeting Wang Wentao", "After meeting Xi, Macron said …": a meeting
  // or a visit the main clause's subject made just before or after is an act of theirs too.
  for (const node of nodes) {
    const p = node.p;
    if (!node.background || node.governed || !p.gerund || !VISITS.test(p.trigger.cameo ?? '')) continue;
    if (!TIME_PREPOSITIONS.has(low[pastAdverbs(low, p.first - 1)] ?? '')) continue;
    // the clause it hangs on: the finite verb before it, or after the comma that closes it
    const clause = (x: Node) => x.p.finite && !x.governed && !x.background;
    const main = nodes.findLast((x) => x.p.end <= p.first && clause(x)) ?? nodes.find((x) => x.p.first >= p.end && clause(x));
    const doer = main ? subjectOf(ctx, main, nodes) : null;
    if (doer) codeOne(node, 'an act just before or after the main one', false, doer);
  }
  // A sentence whose main clauses code nothing ("The stopover came as Israel announced it would
  // free …"): the acts of its adverbial clauses stand in (not conditions, not relative or that-clauses).
  if (!events.some((e) => e.plover !== null && !fallbacks.has(e))) {
    for (const node of nodes) {
      const sub = node.subordinator;
      if (
        !sub ||
        sub === 'if' ||
        sub === 'unless' ||
        sub === 'whether' ||
        sub === 'where' ||
        node.governed ||
        node.attribution ||
        node.vehicle ||
        node.p.participle ||
        !node.p.finite
      )
        continue;
      codeOne(node, STAND_IN);
    }
  }
  // "Rioters burned cars in Jakarta to protest rising fuel prices": an act the coder does not
  // know, done to protest, is a protest.
  if (!events.some((e) => e.plover !== null && !fallbacks.has(e))) {
    for (const node of nodes) {
      if (
        node.adjunct &&
        node.p.infinitive &&
        !node.governed &&
        PROTEST_AIMS.has(node.p.trigger.lemma) &&
        !NOUNS_TAKING_INFINITIVES.has(ctx.low[node.p.first - 1] ?? '')
      )
        codeOne(node, 'an act done to protest', true);
    }
  }
  if (!events.some((e) => e.plover !== null && !fallbacks.has(e))) {
    for (const ev of [...readinessEvents(ctx), ...nominalEvents(ctx)]) {
      const key = `${ev.cameo}|${ev.source?.members[0]?.code ?? ''}|${ev.target?.members[0]?.code ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push(ev);
    }
  }
  return { events, fallbacks, origin };
}

/**
 * An event about duties on trade recoded as a sanction, or null. "imposed tariffs on Chinese
 * goods", "the 15% tariffs … imposed on Sept. 1" (the duties after the verb or before it): a trade
 * sanction (163), never a restriction on the state's own people, and "would impose tariffs" the
 * sanction threatened (1312); "retaliated with tariffs", "levied duties on": force or coercion whose
 * means or object is duties on trade is a trade sanction too. Recoded before the context fills a
 * restriction's missing target with the state itself.
 */
function tradeSanction(low: readonly string[], e: SentenceEvent): SentenceEvent | null {
  if (e.statement) return null;
  if (e.cameo === '172' || e.cameo === '132') {
    const around = [...low.slice(Math.max(0, e.trigger.start - 12), e.trigger.start), ...low.slice(e.trigger.end, e.trigger.end + 5)];
    if (!around.some((w) => TARIFFS.has(w))) return null;
    const threat = e.cameo === '132';
    return {
      ...e,
      cameo: threat ? '1312' : '163',
      plover: threat ? 'THREATEN' : 'SANCTION',
      evidence: `${e.evidence}; duties on trade → ${threat ? 'threat of ' : ''}sanction`,
    };
  }
  const r = root(e.cameo);
  if (r < 17 || r > 19) return null;
  const next = low.slice(e.trigger.end, e.trigger.end + 4);
  const at = next.findIndex((w) => TARIFFS.has(w));
  if (at < 0 || next.slice(0, at).some((w) => !TARIFF_MEANS.test(w))) return null;
  return { ...e, cameo: '163', plover: 'SANCTION', evidence: `${e.evidence}; duties on trade → sanction` };
}

/** Recodes duties on trade as sanctions, then fills what the context says of each event. */
function recodeTradeAndContext(ctx: Ctx, found: FoundEvents): void {
  const { low } = ctx;
  const { events } = found;
  for (let i = 0; i < events.length; i++) {
    const recoded = tradeSanction(low, events[i]!);
    if (recoded) replaceAt(found, i, recoded);
  }
  for (let i = 0; i < events.length; i++) {
    const after = inContext(ctx, events[i]!);
    if (after !== events[i]) replaceAt(found, i, after);
  }
}

/**
 * Figures of speech: "beat the odds", "hit a record high", "cut interest rates", "abusing his
 * power"; a win in an election or a game ("Bush beat Gore", "Toronto beat Philadelphia"); one who
 * dies does nothing; talk about a place or a person is not talk with them, nor a question about
 * them, or any question asked, a request.
 */
function figureOfSpeech(ctx: Ctx, e: SentenceEvent, q: Predicate | undefined, sentenceText: string): boolean {
  const { low, tokens } = ctx;
  if (!q || e.statement || e.trigger.start !== q.verb || e.trigger.end !== q.end) return false;
  const lemma = q.trigger.lemma;
  const race = (lemma === 'beat' || lemma === 'defeat') && !q.passive && wonRace(sentenceText, e.target?.members[0]?.code);
  // ("Sanders captured the nomination", "seized 40 delegates": a prize of politics, no conquest.)
  const prize = (lemma === 'capture' || lemma === 'seize') && !q.passive && POLITICAL_PRIZES.test(low.slice(q.end, q.end + 4).join(' '));
  // ("asked about New Zealand": a question, no request.)
  const before = e.target ? (low[e.target.start - 1] ?? '') : '';
  const topic = (e.cameo.startsWith('04') && /^(?:about|of)$/.test(before)) || (e.cameo.startsWith('02') && before === 'about');
  // ("are facing criminal charges": the one who faces a charge is its target, and no one who
  // brings it is named.)
  const facesCharge =
    lemma === 'face' && /^collocation "face charge/.test(e.evidence.split('; ').find((x) => x.startsWith('collocation')) ?? '');
  // ("couldn't help but notice": an idiom, no aid refused.)
  const idiom = lemma === 'help' && low[q.end] === 'but';
  // ("a committed European": an adjective; "shoot for a fourth win": an aim, and "slammed into a
  // building" a crash, not words; "signs of Obama
  // support": a noun after a name that follows a preposition.)
  const adjective = lemma === 'commit' && /^(?:a|an|the|and|most|deeply|truly)$/.test(low[q.verb - 1] ?? '') && low[q.verb + 1] !== 'to';
  const aim = (lemma === 'shoot' && low[q.verb + 1] === 'for') || (lemma === 'slam' && low[q.verb + 1] === 'into');
  const nounAfterName =
    low[q.verb] === 'support' && /^\p{Lu}/u.test(tokens[q.verb - 1]?.text ?? '') && /^(?:of|for|in|with)$/.test(low[q.verb - 2] ?? '');
  // ("violating the U.S. sanctions": the noun after a determiner; "is sanctioned by the Olympic
  // committee": approved, no penalty.)
  const sanctionNoun =
    lemma === 'sanction' &&
    ((low[q.verb] === 'sanctions' &&
      /^(?:[.,;:)]|on|against|imposed|over|and|or|that|which|would|will|have|has|are|were|is|was|regime|relief|programme|program)$/.test(
        low[q.verb + 1] ?? '.',
      )) ||
      (q.passive && !e.target));
  // ("canceled the Golden Globe Awards", "cancelled the concert": a show called off, no sanction.)
  const showCalledOff =
    lemma === 'cancel' &&
    low
      .slice(q.end, q.end + 6)
      .some((w) =>
        /^(?:awards?|show|shows|concert|concerts|festival|ceremony|game|games|match|party|tour|season|flights?|premiere)$/.test(w),
      );
  // ("their house exploded", "a gas tanker exploded": with no bomb, shell or mine going off, an accident.)
  const blast =
    lemma === 'explode' &&
    !q.passive &&
    !hasDirectObjectWords(low, q.end) &&
    !low.slice(Math.max(0, q.first - 15), q.first).some((w) => EXPLOSIVES.test(w));
  // ("Benazir murder probe", "the bomb plot trial": a word of an act that names an inquiry or a case.)
  const caseName = !q.passive && q.verb === q.first && CASE_NOUNS.test(low[q.end] ?? '');
  // ("Putin fired the minister", "fired up the base": a dismissal or a rousing, no shot.)
  const dismissed =
    lemma === 'fire' &&
    !q.passive &&
    (low[q.end] === 'up' || DISMISSED.test(low.slice(q.end, q.end + 4).find((w) => !OBJECT_WORDS.test(w)) ?? ''));
  // ("is seized upon by critics", "seized on the remark": taken up as an argument, not seized by force.)
  const takenUp = lemma === 'seize' && (low[q.end] === 'upon' || low[q.end] === 'on');
  // ("delivers a press briefing", "delivered a speech", "remarks delivered at …": words, not goods.)
  const speech =
    lemma === 'deliver' && (low.slice(q.end, q.end + 4).some((w) => DELIVERED_WORDS.has(w)) || DELIVERED_WORDS.has(low[q.first - 1] ?? ''));
  // ("targeted voters in Ohio": a campaign's audience, not a military target.)
  const audience = lemma === 'target' && low.slice(q.end, q.end + 4).some((w) => AUDIENCES.has(w));
  // ("the Romney campaign had been targeting Pennsylvania": a campaign's choice of states, no arms.)
  // ("launched a scathing attack on his party president and also targeted Rahul Gandhi": a
  // politician's target, in a sentence whose only attack is in words.)
  const unarmed = () => !ARMED_WORDS.test(sentenceText.replace(VERBAL_ATTACKS, ''));
  const stumping =
    lemma === 'target' &&
    unarmed() &&
    (electionTalk(sentenceText) ||
      low.slice(Math.max(0, q.first - 3), q.first).includes('campaign') ||
      VERBAL_ATTACK.test(sentenceText) ||
      (POLITICIANS.test(e.source?.members[0]?.code ?? '') && POLITICIANS.test(e.target?.members[0]?.code ?? '')));
  // ("wants someone to take that fight to President Obama", "Romney hits Obama on the economy": a
  // political fight, with no words of arms and no armed side.)
  const politicalFight =
    /^(?:fight|hit|battle)$/.test(lemma) &&
    unarmed() &&
    POLITICIANS.test(e.target?.members[0]?.code ?? '') &&
    !ARMED_SECTORS.test(e.source?.members[0]?.code.slice(3) ?? '');
  // ("were killed in a Paris car crash", "died in an avalanche": an accident, no one's attack.)
  const accident =
    root(q.trigger.cameo ?? e.cameo) >= 18 &&
    /^(?:kill|injure|wound|die)$/.test(lemma) &&
    (() => {
      const at = low.indexOf('in', q.end);
      return at >= 0 && at < q.end + 6 && low.slice(at + 1, at + 5).some((w) => ACCIDENTS.has(w));
    })();
  // ("The superstorm Sandy killed at least 113 people", "the quake destroyed homes", "was hit by
  // a series of strong typhoons": nature, no one's attack.)
  const disaster =
    root(q.trigger.cameo ?? e.cameo) >= 17 &&
    (q.passive ? byNature(low, q.end) : low.slice(Math.max(0, q.first - 4), q.first).some((w) => ACCIDENTS.has(w) || DISASTERS.has(w)));
  // ("has received official word that …", "received an award": news or an honour received, no guest hosted.)
  const noGuest = lemma === 'receive' && e.cameo === '043' && low.slice(q.end, q.end + 4).some((w) => RECEIVED_THINGS.has(w));
  // ("That death … threatened to fuel the violence", "threatening to unravel the deal": a risk, no one's threat.)
  const risk = lemma === 'threaten' && low[q.end] === 'to' && RISKS.test(low[q.end + 1] ?? '');
  // ("allowed only one shot", "allows for larger herds": to allow is to let someone in or act.)
  const letNoOne = (lemma === 'allow' || lemma === 'permit') && !e.target;
  // ("asked the driver whether …", "asked this question": a question, no request.)
  const question = lemma === 'ask' && !q.passive && askedQuestion(low, q.end);
  // (The verb's own code: "will hit" is coded as a threat.)
  const force = root(q.trigger.cameo ?? e.cameo) >= 18;
  const forceOrCut = force || lemma === 'cut';
  // Candidates who battle and attack in a campaign, not armed men at a polling station nor
  // supporters who clash with police.
  const campaign = force && electionTalk(sentenceText) && POLITICIANS.test(e.source?.members[0]?.code ?? '');
  return (
    race ||
    prize ||
    topic ||
    idiom ||
    accident ||
    disaster ||
    dismissed ||
    caseName ||
    takenUp ||
    blast ||
    adjective ||
    aim ||
    nounAfterName ||
    speech ||
    audience ||
    showCalledOff ||
    sanctionNoun ||
    question ||
    letNoOne ||
    risk ||
    noGuest ||
    stumping ||
    politicalFight ||
    facesCharge ||
    campaign ||
    lemma === 'die' ||
    (forceOrCut && !q.passive && figurativeObject(low, q.end))
  );
}

/** Drops what only looks like an act: no one named, things that act, deaths found, rallies, the reader, figures of speech. */
function dropNonEvents(ctx: Ctx, found: FoundEvents, sentenceText: string): void {
  const { low } = ctx;
  const n = low.length;
  const { origin } = found;
  // An act that names neither who did it nor to whom ("She has given some", "They will host …"):
  // its doer is only carried over from an earlier sentence or guessed from the scene.
  dropWhere(found, (e) => !named(e.source) && !named(e.target));
  // "Stocks rallied", "an earthquake hit the coast", "China's tariffs hurt US farmers": a market,
  // the weather or a tax does nothing an actor does.
  // ("Tariffs have been imposed on the EU": what the passive's subject undergoes.)
  dropWhere(found, (e) => !e.statement && !origin.get(e)?.p.passive && thingDoes(low, e.trigger.start));
  // "was found dead in his apartment": a death found, no killing anyone did.
  dropWhere(found, (e) => /"find dead"/.test(e.evidence) && /^(?:was|were|been|is|are|being)$/.test(low[e.trigger.start - 1] ?? ''));
  // "Obama holds a rally in Columbia": a politician's campaign rally, not a protest.
  dropWhere(
    found,
    (e) =>
      e.cameo.startsWith('14') &&
      low.slice(e.trigger.start, e.trigger.end + 4).some((w) => w === 'rally' || w === 'rallies') &&
      POLITICIANS.test(e.source?.members[0]?.code ?? '') &&
      !low.some((w) => w === 'against' || w === 'protest' || w === 'protesting' || w === 'protests' || w === 'opposition'),
  );
  // "You'll find Dutch houses", "we couldn't agree more": the reader, or a writer whom no attribution
  // in the sentence names, as subject; no actor.
  dropWhere(found, (e) => {
    const q = origin.get(e)?.p;
    const subject = q ? (low[q.first - 1] ?? '') : '';
    return !!q && !e.source && (subject === 'you' || ((subject === 'we' || subject === 'i') && ctx.attributionAt >= n));
  });
  dropWhere(found, (e) => figureOfSpeech(ctx, e, origin.get(e)?.p, sentenceText));
  // "electing Nelson Mandela destroyed South Africa": an act whose subject is a gerund with its
  // object has no doer, and is not reported as done; nor has one whose subject is a gerund with a
  // question ("Explaining why poorer whites vote Republican demands a resource …").
  dropWhere(found, (e) => {
    const at = ctx.nodeAt[e.trigger.start]!;
    if (e.source || e.statement) return false;
    if (gerundQuestionBefore(low, e.trigger.start)) return true;
    return at >= 0 && gerundClauseSubject(ctx, ctx.nodes[at]!.p);
  });
  // "Hamas, he vowed, 'will respond'": a verb set between commas after its pronoun says who spoke;
  // what was vowed or warned is the clause around it.
  dropWhere(found, (e) => {
    const q = origin.get(e)?.p;
    return !!q && !e.statement && low[q.end] === ',' && low[q.first - 2] === ',' && SUBJECT_PRONOUNS_SET.has(low[q.first - 1] ?? '');
  });
  // "They attend school in the morning", "wouldn't meet U.S. emissions regulations": a school
  // attended or a rule met is no meeting.
  dropWhere(found, (e) => {
    if (e.statement) return false;
    const verb = low[e.trigger.start] ?? '';
    const next = low.slice(e.trigger.end, e.trigger.end + 5);
    if (/^attend/.test(verb)) return ATTENDED_PLACES.has(next.find((w) => !DETERMINERS.has(w)) ?? '');
    return /^(?:meet|meets|met|meeting)$/.test(verb) && next.some((w) => MET_STANDARDS.has(w));
  });
  // "offered a moment of silence", "butchers offer 100% Angus beef", "the explanation being
  // offered": a moment, a view or goods offered is no offer to cooperate.
  dropWhere(found, (e) => {
    if (e.statement || !/^offer/.test(low[e.trigger.start] ?? '') || e.trigger.end - e.trigger.start > 1) return false;
    const after = low.slice(e.trigger.end, e.trigger.end + 6);
    const before = low.slice(Math.max(0, e.trigger.start - 3), e.trigger.start);
    return after.some((w) => OFFERED_THINGS.has(w)) || before.some((w) => OFFERED_THINGS.has(w));
  });
  // "supported the invasion of Iraq", "backed the bombing of Serbia": the country named is the one
  // struck, not the one supported.
  dropWhere(found, (e) => {
    if (root(e.cameo) !== 5 || e.statement || !e.target || e.target.start < e.trigger.end) return false;
    return low.slice(e.trigger.end, e.target.start).some((w) => STRIKES_SUPPORTED.has(w));
  });
  // "President Obama raises money in Oregon and Washington state": a politician's campaign funds,
  // no appeal for aid.
  dropWhere(found, (e) => /"raise (?:money|funds)"/.test(e.evidence) && POLITICIANS.test(e.source?.members[0]?.code ?? ''));
  // "the Israeli military sent the radical Islamic movement a message": a message sent by arms is
  // a figure for a strike, no consultation.
  dropWhere(found, (e) => /"send message"/.test(e.evidence) && ARMED_SECTORS.test(e.source?.members[0]?.code.slice(3) ?? ''));
  // "arranged a demonstration of Benazir's vehicle", "a demonstration of its capabilities": a
  // showing, no protest.
  dropWhere(found, (e) => {
    if (!e.cameo.startsWith('14')) return false;
    const at = low.indexOf('demonstration', e.trigger.start);
    return at >= 0 && at < e.trigger.end + 1 && low[at + 1] === 'of' && SHOWN_AFTER.test(`${low[at + 2] ?? ''} ${low[at + 3] ?? ''}`);
  });
  // "Russia agrees that the plan is flawed", "Obama now agrees: …": one actor sharing a view, no
  // agreement made ("Russia and Georgia agreed that …" made one).
  dropWhere(found, (e) => {
    const q = origin.get(e)?.p;
    return (
      !!q &&
      q.trigger.lemma === 'agree' &&
      (e.source?.members.length ?? 0) <= 1 &&
      (low[q.end] === 'that' || low[q.end] === ':' || (low[q.end] === 'with' && low.slice(q.end, q.end + 8).includes('that')))
    );
  });
  // "would free up funds": money made available, no one set free ("freed up to 40 prisoners" did).
  // (Nor does an order "to free up public airwaves".)
  const freeUp = (k: number) => /^free(?:s|d|ing)?$/.test(low[k] ?? '') && low[k + 1] === 'up' && low[k + 2] !== 'to';
  dropWhere(found, (e) => freeUp(e.trigger.start) || (/verb "free"/.test(e.evidence) && low.some((_, k) => freeUp(k))));
}

/** Hostile acts one may support against a country ("the invasion of Iraq"). */
const STRIKES_SUPPORTED = new Set(
  'invasion invasions war wars attack attacks strike strikes airstrikes bombing bombings offensive occupation sanctions crackdown blockade raid raids assault'.split(
    ' ',
  ),
);

/** Things offered that are no offer to cooperate: moments, views, explanations, goods for sale. */
const OFFERED_THINGS = new Set(
  (
    'explanation explanations moment glimpse insight insights view views hint hints prayers thoughts beef products ' +
    'product services courses course classes seats tickets menu dishes'
  ).split(' '),
);

/** Places one attends as a pupil or a worshipper, and rules or goals one meets. */
const ATTENDED_PLACES = new Set('school schools class classes college university church mass lectures services prayers'.split(' '));
const MET_STANDARDS = new Set(
  'regulations regulation standards standard requirements requirement targets target criteria expectations deadline deadlines goals quota needs'.split(
    ' ',
  ),
);

/** Papers whose signing is no agreement between parties, unless an agreement is named with them. */
const SIGNED_PAPERS = new Set('letter letters petition petitions bill bills law laws legislation autographs autograph'.split(' '));
const AGREEMENT_PAPERS = /^(?:agreement|accord|treaty|deal|pact|declaration|memorandum)s?$/;

/** What follows "demonstration of" when a thing is shown: a possessive or a determiner. */
const SHOWN_AFTER = /^(?:the|a|an|its|his|her|their|our|this|that|new|how|\S+ 's|\S+ ')\b/;

const QUESTION_WORDS = new Set(['why', 'how', 'what', 'whether', 'where', 'when', 'who']);

/** Whether a gerund with a question ("explaining why …") comes before token `at` in the same clause. */
function gerundQuestionBefore(low: readonly string[], at: number): boolean {
  for (let k = at - 2; k >= 0; k--) {
    if (low[k] === ',' || low[k] === ';' || low[k] === ':') return false;
    if (/^[a-z]{3,}ing$/.test(low[k]!) && QUESTION_WORDS.has(low[k + 1]!)) return true;
  }
  return false;
}

/** Negates acts the sentence denies, and drops pleas and declined comments as refusals. */
function markDeniedAndDeclined(ctx: Ctx, found: FoundEvents): void {
  const { low } = ctx;
  const { events, origin } = found;
  // "no agreement was reached", "reached no agreement": an act its own words deny; "Nobody will
  // talk about it", "Not the U.S. nor the rebels are preventing …": an act no one does.
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.negated || e.statement) continue;
    const denied =
      low[e.trigger.start - 1] === 'no' ||
      low.slice(e.trigger.start, e.trigger.end).includes('no') ||
      noneDone(low, e.trigger) ||
      unknownOrUnproven(low, e.trigger.start);
    const q = origin.get(e)?.p;
    if (!denied && !(q && doneByNoOne(low, q.first))) continue;
    replaceAt(found, i, { ...e, negated: true, evidence: `${e.evidence}; ${denied ? '"no"' : 'done by no one'} → negated` });
  }
  // "pleaded guilty to threatening …": a plea in court, no appeal; "declined to comment", "refused
  // to be named": no refusal of anyone's demand, at most a declined comment (CAMEO 011).
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    const q = origin.get(e)?.p;
    if (!q || e.statement || e.trigger.start !== q.verb) continue;
    const after = low.slice(q.end, q.end + 4).join(' ');
    if (q.trigger.lemma === 'plead' && /^(?:not )?(?:guilty|innocent|no contest)/.test(after)) events.splice(i, 1);
    else if (q.trigger.role === 'refuse' && /^to be (?:named|identified|quoted)/.test(after)) events.splice(i, 1);
    // ("refused to take any questions", "declined to answer questions": a question not answered.)
    else if (
      q.trigger.role === 'refuse' &&
      /^to (?:comment|elaborate|speculate|(?:take|answer) (?:any )?questions)/.test(after) &&
      !q.negated
    ) {
      replaceAt(found, i, { ...e, cameo: '011', plover: null, target: null, evidence: `${e.evidence}; declined comment (011)` });
    }
  }
}

const KNOWLEDGE_NOUNS = new Set(['knowledge', 'evidence', 'sign', 'signs', 'indication', 'indications', 'proof', 'record', 'word']);

/**
 * Whether an act at token `at` is what someone knows nothing of or sees no sign of ("had no
 * knowledge of any efforts to urge Ukraine", "there is no evidence that Russia attacked",
 * "unaware of any plan to expel").
 */
function unknownOrUnproven(low: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 8); j--) {
    const w = low[j]!;
    if (w === ',' || w === ';' || w === 'but' || w === 'and') return false;
    if (w !== 'of' && w !== 'that') continue;
    const before = low[j - 1]!;
    if (before === 'unaware') return true;
    if (
      KNOWLEDGE_NOUNS.has(before) &&
      (low[j - 2] === 'no' || (low[j - 2] === 'any' && /^(?:denied|deny|denies|without|not|n't)$/.test(low[j - 3] ?? '')))
    )
      return true;
  }
  return false;
}

/**
 * Drops acts that need a counterpart and name none: a journey with no one to meet at its end
 * ("family members from the United States traveled to Cape Canaveral", "the treasurer will visit
 * flood-damaged north Queensland") or only a company's plant, and relations cut with no one. Runs after a journey made to
 * investigate has become the investigation.
 */
function dropActsWithNoCounterpart(ctx: Ctx, found: FoundEvents): void {
  dropWhere(found, (e) => {
    // (a visit to come, 036, is the intent of a verb the lexicon codes as a visit)
    // ("plans to visit Chicago": or the verb the intent is for)
    const visits = (word: string) => (ctx.lex.verbs.get(word) ?? []).some((f) => f.trigger.cameo === '042');
    const visitVerb = () => visits(ctx.low[e.trigger.start] ?? '') || visits(/\+ verb "([^"]+)"/.exec(e.evidence)?.[1] ?? '');
    const journey = e.cameo === '042' || (e.cameo === '036' && visitVerb());
    // ("toured a Toyota car factory": a company's plant is no host either; nor, at home, is a town:
    // "Portman visited Denver's Sports Authority Stadium".)
    const townAtHome = !!e.target && townOnly(ctx, e.target) && countryOf(e.target) === countryOf(e.source);
    return journey && !e.statement && (!e.target || e.target.members.length === 0 || commercial(ctx, e.target) || townAtHome);
  });
  // "Iran halted a nuclear weapons programme", "suspended uranium enrichment": a state stopping its
  // own work cuts relations with no one.
  // ("Iran will suspend uranium enrichment" is no threat to cut them either.)
  const cut = (e: SentenceEvent) => e.cameo === '160' || (e.cameo === '131' && /verb "(?:suspend|halt)"/.test(e.evidence));
  dropWhere(found, (e) => cut(e) && !e.statement && (!e.target || e.target.members.length === 0));
}

/** Drops cooperation with no doer and trade among companies, and takes places that are no party off meetings, agreements and promises. */
function dropActsWithoutParties(ctx: Ctx, found: FoundEvents): void {
  const { low } = ctx;
  const { events } = found;
  // A visit, a meeting or a gift with no one named to make it ("Spears arrives at Cedars-Sinai in Los
  // Angeles", "The actress has visited Iraq"): cooperation done needs its doer. (A passive names
  // what was done to whom: "guerrillas have been demobilized"; what "the two sides agreed" is
  // kept.)
  dropWhere(found, (e) => {
    const done = root(e.cameo) >= 4 && root(e.cameo) <= 8;
    return !e.source && !e.statement && done && !e.evidence.includes('passive');
  });
  // "will meet the media", "met reporters after the talks": a meeting with the press is a news
  // conference, or an interview, no consultation between actors.
  dropWhere(
    found,
    (e) =>
      (e.cameo.startsWith('04') || e.cameo === '036') &&
      !!e.target &&
      e.target.members.length > 0 &&
      e.target.members.every((m) => m.code.slice(3, 6) === 'MED' || m.code === 'MED'),
  );
  // Trade between companies and their customers ("AT&T will offer $100 off", "Reuters released a
  // poll", "Microsoft is giving developers …"): no political actor takes part. Strikes and protests
  // ("Boeing workers went on strike") are civil unrest, whoever holds them.
  dropWhere(
    found,
    (e) =>
      root(e.cameo) !== 14 &&
      (commercial(ctx, e.source) || commercial(ctx, e.target)) &&
      [e.source, e.target].every((ph) => !named(ph) || commercial(ctx, ph) || privatePeople(ph)),
  );
  // "Toyota is giving $1 million to the American Red Cross", "the company will donate up to $10 to
  // the BISSELL Pet Foundation": a company's gift to a charity is philanthropy, no act of states.
  const charity = (code: string | undefined) => !isStateActor(code) || (code ?? '').startsWith('IGOHLHIRC');
  dropWhere(found, (e) => (root(e.cameo) === 7 || e.cameo === '033') && commercial(ctx, e.source) && charity(e.target?.members[0]?.code));
  // Where a meeting takes place is no one it is held with ("officials met in Islamabad"), nor where
  // an agreement is signed ("signed a ceasefire agreement in Lusaka"); a visit's place is
  // its host (042), a summit's its venue (044).
  const namedOnlyByPlace = new Set<SentenceEvent>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const agreement = e.cameo.startsWith('057');
    // "OPEC agreed in Vienna to cut output": where a promise is made, right after its verb.
    const meet = e.cameo === '036' && /^meet/.test(low[e.trigger.start] ?? '');
    const promise =
      !meet && e.cameo.startsWith('03') && !!e.target && e.target.start >= e.trigger.end && e.target.start <= e.trigger.end + 2;
    // ("will meet in Beijing", "agreed to hold talks in Geneva": a meeting to come, coded as the intent to meet, 036.)
    const meeting =
      (e.cameo.startsWith('04') && !e.cameo.startsWith('042') && !e.cameo.startsWith('044')) || (e.cameo === '036' && !promise);
    if (!(meeting || agreement || promise) || !e.target || e.target.end <= e.target.start) continue;
    let k = e.target.start - 1;
    while (k >= 0 && DETERMINERS.has(low[k]!)) k--;
    // "U.S. and Russian negotiators return to Geneva for talks": where two sides go to meet is a
    // third place, no party to the talks.
    const parties = new Set((e.source?.members ?? []).map((m) => m.code.slice(0, 3)));
    const thirdPlace = meeting && parties.size > 1 && placeOnly(ctx, e.target) && !parties.has(e.target.members[0]!.code.slice(0, 3));
    if (low[k] !== 'in' && low[k] !== 'at' && !thirdPlace) continue;
    if (promise && k !== e.trigger.end) continue;
    const next = {
      ...e,
      target: null,
      evidence: `${e.evidence}; the place of the ${meeting ? 'meeting' : promise ? 'promise' : 'agreement'} is no target`,
    };
    replaceAt(found, i, next);
    // ("The negotiators will meet in Beijing": a meeting whose place, taken off, was all it named.)
    if (meeting && !e.source) namedOnlyByPlace.add(next);
  }
  dropWhere(found, (e) => namedOnlyByPlace.has(e));
  // A place alone, with no doer named ("offering a session at a fair in Chicago", "was released in
  // New York", "the runners hit the Brandenburg Gate"): it says where, not to whom. A bomb that
  // explodes in a town with no one named stays an attack on it.
  dropWhere(found, (e) => {
    // "Voters in Minnesota rejected a ban", "voters approved same-sex marriage": a referendum's
    // result, done to no one named.
    const ballot = named(e.source) && low.slice(e.source!.start, e.source!.end).some((w) => w === 'voters' || w === 'electorate');
    if (ballot && !e.target && !e.statement) return true;
    if (e.source || e.statement || !e.target || !named(e.target) || !placeOnly(ctx, e.target)) return false;
    // "Damascus has been blamed for the attacks": a capital that undergoes the act stands for its state.
    if (e.target.end <= e.trigger.start && rightBefore(low, e.target, e.trigger.start)) return false;
    return root(e.cameo) < 18 || e.evidence.includes('non-state source');
  });
}

/** Matters of policy a politician is attacked on ("hits Obama on the economy"). */
const POLICY_MATTERS = new Set(
  'economy taxes tax jobs immigration healthcare health trade budget deficit debt spending education energy climate welfare abortion record policy policies'.split(
    ' ',
  ),
);

/** What of a person an attack in words goes for ("attacked Clinton's record", "his personal life"). */
const ATTACKED_IN_WORDS = new Set(
  'life record records policy policies character comments comment remarks views stance position positions plan plans proposal proposals judgment judgement credibility speech statement statements rhetoric temperament leadership tenure honesty integrity past'.split(
    ' ',
  ),
);

/** Whether "on" or "over" and a matter of policy stand at `k` ("on the economy", "over taxes"). */
function policyMatterAt(low: readonly string[], k: number): boolean {
  if (low[k] !== 'on' && low[k] !== 'over') return false;
  return POLICY_MATTERS.has(low[low[k + 1] === 'the' ? k + 2 : k + 1] ?? '');
}

/** Recodes acts by the words after them: peacekeeping, attacks in words, trade bans, missions to investigate, releases demanded, deadlines. */
function recodeByWhatFollows(ctx: Ctx, found: FoundEvents): void {
  const { low, nodes } = ctx;
  const n = low.length;
  const { events, origin } = found;
  // "sent 1,500 troops to join the peacekeeping force in East Timor": troops sent to keep the peace
  // are protection (074, AID), not a show of force.
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.cameo !== '154') continue;
    const after = low.slice(e.trigger.end, e.trigger.end + 10);
    if (!after.some((w) => /^peace-?keep(?:ing|ers?)$/.test(w))) continue;
    replaceAt(found, i, { ...e, cameo: '074', plover: 'AID', evidence: `${e.evidence}; to keep the peace → protection` });
  }
  // "the newspaper Tishreen attacked the United States for its support of Israel", "attacked
  // Washington over its sanctions", "hits Obama on the economy": an attack in words, made for a
  // reason or on a matter of policy the sentence gives, or by the press, is criticism (111).
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const q = origin.get(e)?.p;
    if ((q?.trigger.lemma !== 'attack' && q?.trigger.lemma !== 'hit') || q.passive || e.statement || e.trigger.start !== q.verb) continue;
    // ("was attacking him for being petty": the one attacked may be a pronoun, no target.)
    const pronoun = /^(?:him|her|them)$/.test(low[e.trigger.end] ?? '');
    if (!e.target && !pronoun) continue;
    let after = e.target && e.target.end > e.trigger.end ? e.target.end : e.target ? -1 : e.trigger.end + 1;
    const matter = after >= 0 && policyMatterAt(low, after);
    while (after >= 0 && (TIME_WORDS.has(low[after] ?? '') || (low[after] === 'on' && TIME_WORDS.has(low[after + 1] ?? '')))) after++;
    const why =
      matter ||
      (after >= 0 &&
        ((low[after] === 'for' && (POSSESSIVES.has(low[after + 1] ?? '') || /^[a-z]+ing$/.test(low[after + 1] ?? ''))) ||
          (low[after] === 'over' && POSSESSIVES.has(low[after + 1] ?? '')) ||
          // "attacked Mr. Clinton's personal life", "hit Obama's record": a person's ways, not the person
          (/^['’]s$/.test(low[after] ?? '') &&
            (ATTACKED_IN_WORDS.has(low[after + 1] ?? '') || ATTACKED_IN_WORDS.has(low[after + 2] ?? '')))));
    const press = !!e.source && sectorOf(e.source) === 'MED';
    if (!why && !press) continue;
    replaceAt(found, i, { ...e, cameo: '111', plover: 'DISAPPROVE', evidence: `${e.evidence}; an attack in words → criticism` });
  }
  // "ordered a ban on all trade and investment with Iran", "imposed a trade ban on Iraq": a ban on
  // trade, sales, flights or investment is an embargo (163), not a restriction at home (172).
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.cameo !== '172' || e.statement) continue;
    let at = e.trigger.start;
    while (at < e.trigger.end + 3 && at < n && low[at] !== 'ban' && low[at] !== 'bans') at++;
    if (low[at] !== 'ban' && low[at] !== 'bans') continue;
    const on = low[at + 1] === 'on' ? low.slice(at + 2, at + 6) : [];
    if (!EMBARGOED.has(low[at - 1] ?? '') && !on.some((w) => EMBARGOED.has(w))) continue;
    replaceAt(found, i, { ...e, cameo: '163', plover: 'SANCTION', evidence: `${e.evidence}; a ban on trade → embargo` });
  }
  // "sent a team of agents to Yemen to investigate the bombing", "arrived in Seoul to examine the
  // recorder": a mission sent, or a visit, to investigate is the investigation.
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const sent = /^(?:send|sends|sent|sending|dispatch|dispatched|dispatches|dispatching)$/.test(low[e.trigger.start] ?? '');
    if (!(e.cameo.startsWith('04') || (e.cameo.startsWith('03') && sent)) || e.statement) continue;
    const q = nodes.find(
      (x) =>
        x.adjunct &&
        x.p.infinitive &&
        x.p.first > e.trigger.end &&
        x.p.first <= e.trigger.end + 12 &&
        (x.p.trigger.cameo ?? '').startsWith('09'),
    );
    if (!q) continue;
    const cameo = q.p.trigger.cameo!;
    replaceAt(found, i, { ...e, cameo, plover: 'INVESTIGATE', evidence: `${e.evidence}; sent to "${q.p.trigger.lemma}" → investigation` });
  }
  // "demanded the release of the American aid workers held in Afghanistan": a call to free people
  // is made on whoever holds them.
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (!/^(?:105|1053|025|0253)$/.test(e.cameo) || e.statement) continue;
    let holder: Phrase | null = null;
    for (let k = e.trigger.end; k + 1 < n && k < e.trigger.end + 14 && !holder; k++) {
      if (ctx.barrier[k] && low[k] !== ',') break;
      if (!HELD.has(low[k]!) || (low[k + 1] !== 'in' && low[k + 1] !== 'by')) continue;
      const ph = withOrigin(ctx, phraseAfterPrep(ctx, k + 2, n));
      if (ph && !ph.pronoun && isCoded(ph) && countryOf(ph) !== countryOf(e.source)) holder = ph;
    }
    if (!holder) continue;
    replaceAt(found, i, { ...e, target: holder, evidence: `${e.evidence}; target: who holds them` });
  }
  // "gave Iraq until Friday to allow inspectors back": a deadline set for someone is an ultimatum.
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.cameo !== '070' || !/^giv|^gave/.test(low[e.trigger.start] ?? '') || !e.target) continue;
    if (low[e.target.end] !== 'until') continue;
    replaceAt(found, i, { ...e, cameo: '139', plover: 'THREATEN', evidence: `${e.evidence}; "until" → ultimatum` });
  }
}

/** Drops signatures, crossings, sharing and meetings with no partner, repeated acts, towns that act and acts with no political side. */
function dropUnpolitical(ctx: Ctx, found: FoundEvents): void {
  const { events, origin } = found;
  // A signature with no partner and no agreement named ("signed the Civil Rights Act", "did sign one
  // of those letters"), or of a letter, a petition or a law whoever it names ("signed letters calling
  // for Russia to withdraw"): a law or a letter signed is no agreement between actors.
  dropWhere(found, (e) => {
    const q = origin.get(e)?.p;
    if (!q) return false;
    const bare = e.trigger.start === q.verb && e.trigger.end === q.end;
    if (e.cameo === '057' && bare && !e.target && (e.source?.members.length ?? 0) < 2) return true;
    if (q.trigger.lemma !== 'sign' || e.statement) return false;
    const object = ctx.low.slice(q.end, q.end + 5);
    return object.some((w) => SIGNED_PAPERS.has(w)) && !object.some((w) => AGREEMENT_PAPERS.test(w));
  });
  // "Bush said all options are on the table to protect U.S. ships": help a state gives its own
  // country is its policy at home, no aid between actors.
  dropWhere(
    found,
    (e) => root(e.cameo) === 7 && !e.statement && e.target?.members.length === 1 && e.target.members[0]!.code === countryOf(e.source),
  );
  // "troops crossed into Somalia": an incursion by armed men; refugees or traders who cross a border do not occupy it.
  dropWhere(found, (e) => {
    const q = origin.get(e)?.p;
    return !!q && q.trigger.lemma === 'cross into' && e.trigger.start === q.verb && !(e.source && ARMED.has(sectorOf(e.source)));
  });
  // A programme, a project or an initiative launched ("launched a housing project in New Orleans"):
  // a policy of one's own, with no partner abroad, though PETRARCH-2 files it under 014.
  dropWhere(
    found,
    (e) =>
      e.cameo === '014' &&
      /collocation "launch /.test(e.evidence) &&
      (!e.target || placeOnly(ctx, e.target) || countryOf(e.target) === countryOf(e.source)),
  );
  // Sharing and investing need a partner: "shared the same photo on Twitter", "invested $1 billion
  // toward that goal" cooperate with no one.
  dropWhere(found, (e) => /^06[14]/.test(e.cameo) && !e.target && (e.source?.members.length ?? 0) < 2);
  // A meeting needs someone to meet: no target and a single source is no event, unless the source
  // is an organisation of states, whose members meet ("ASEAN foreign ministers met in Hanoi").
  dropWhere(found, (e) => {
    const members = /^IGO/.test(e.source?.members[0]?.code ?? '');
    return e.cameo.startsWith('04') && !e.target && (e.source?.members.length ?? 0) < 2 && !members;
  });
  // One act found twice, once with its target and once without ("established ties with and opened an embassy in").
  dropWhere(
    found,
    (e) =>
      !e.target &&
      !e.statement &&
      events.some((o) => o !== e && o.target && o.cameo === e.cameo && o.source?.members[0]?.code === e.source?.members[0]?.code),
  );
  // The features are the event's as found; the target fighting at home gets is added after.
  // "Couldn't the Pentagon make similar demands of China?", "Would Russia attack?": a question asks
  // whether an act happens; it reports none.
  // "Florida shoot", "Bayern Munich intended …", "Porto turned down": a town or province named
  // alone is a team, a company or the setting, not a state that acts; its people protesting are the exception.
  // (The town where a passive act took place still gives its state: "placed under house arrest in Rangoon".)
  dropWhere(
    found,
    (e) => !!e.source && root(e.cameo) !== 14 && !e.evidence.includes('in a country → its state') && townOnly(ctx, e.source),
  );
  // "JetBlue sent a blogger", "the association applauds the decision", "Americans cast their
  // votes": acts among companies, schools, clinics, the press and private people are no political
  // events. Kept: protest and violence, acts across borders, and arrests and inquiries whose doer
  // goes unnamed (the state's).
  const political = (ph: Phrase | null) => !!ph && politicalSide(ph) && !townOnly(ctx, ph);
  dropWhere(
    found,
    (e) =>
      (!!e.source || !!e.target) &&
      !political(e.source) &&
      !political(e.target) &&
      ![14, 18, 19, 20].includes(root(e.cameo)) &&
      !(!e.source && (root(e.cameo) === 9 || root(e.cameo) === 17)) &&
      !(e.source && e.target && countryOf(e.source) && countryOf(e.target) && countryOf(e.source) !== countryOf(e.target)),
  );
}

/** Hedges acts asked about ("whether …", a direct question). */
function hedgeQuestions(ctx: Ctx, found: FoundEvents): void {
  const { low } = ctx;
  const { events, origin } = found;
  // "said whether Trump will agree to remove tariffs depends on …": an act asked about is not
  // reported; nor is one a direct question asks about.
  const question = directQuestion(low);
  // "If the U.S. imposes a tariff, the duty is paid by …": what a condition opens is no report.
  const first = low.findIndex((w) => /[a-z]/.test(w));
  const condition = low[first] === 'if' || low[first] === 'unless';
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.hedged || e.statement) continue;
    const why = askedWhether(ctx, e.trigger.start)
      ? 'after "whether"'
      : question
        ? 'a question'
        : condition
          ? 'under a condition'
          : alleged(ctx, origin.get(e)?.p.first ?? e.trigger.start)
            ? 'alleged'
            : null;
    if (why) replaceAt(found, i, { ...e, hedged: true, evidence: `${e.evidence}; ${why} → hedged` });
  }
}

/** Nouns whose that-clause is what someone alleges, not what is known to have happened. */
const ALLEGATIONS = new Set(
  'charge charges allegation allegations accusation accusations claim claims rumour rumours rumor rumors suspicion suspicions evidence'.split(
    ' ',
  ),
);

/**
 * "repudiated charges that patrol boats attached to its Revolutionary Guard had threatened …": the
 * clause holding token `first` is an allegation (words read as verbs in its subject, "patrol",
 * "attached", do not end it).
 */
function alleged(ctx: Ctx, first: number): boolean {
  for (let j = first - 1; j >= Math.max(1, first - 14); j--) {
    const w = ctx.low[j]!;
    if (w === 'that') return ALLEGATIONS.has(ctx.low[j - 1]!);
    if (ctx.barrier[j]) return false;
  }
  return false;
}

/**
 * Every event the coder considers in one sentence, before the event filter (see {@link selectEvents}),
 * each with its features.
 *
 * @example
 * const text = 'Hungary and Romania agreed to cooperate.';
 * sentenceCandidates(text, tokenize(text)).map((c) => c.event.cameo); // ['031']
 */
export function sentenceCandidates(text: string, tokens: readonly Token[], options: CodeSentenceOptions = {}): EventCandidate[] {
  const prepared = prepareSentence(text, tokens, options);
  if (!prepared) return [];
  const { ctx, actors, whole } = prepared;
  linkGovernedClauses(ctx, actors);
  if (options.onSpeaker) {
    const report = ctx.nodes.find((x) => !x.governed && (x.p.trigger.role === 'say' || x.p.trigger.role === 'belief'));
    const speaker = report ? subjectOf(ctx, report, ctx.nodes) : null;
    if (speaker && !speaker.pronoun && isCoded(speaker)) options.onSpeaker(speaker);
  }
  markParticiples(ctx, actors);
  markBackgroundClauses(ctx);
  markJoinedGerunds(ctx);
  markReactionClauses(ctx);
  markReducedRelatives(ctx);
  const found = codeClauses(ctx);
  recodeTradeAndContext(ctx, found);
  dropNonEvents(ctx, found, whole);
  markDeniedAndDeclined(ctx, found);
  dropActsWithoutParties(ctx, found);
  recodeByWhatFollows(ctx, found);
  dropActsWithNoCounterpart(ctx, found);
  recodeVerbalAttacks(ctx, found);
  recodeTelephoneCalls(ctx, found);
  recodeSeizedProperty(ctx, found);
  recodeSeizedPeople(ctx, found);
  dropUnpolitical(ctx, found);
  hedgeQuestions(ctx, found);
  const { events, origin, fallbacks } = found;
  return events.map((event) => ({
    event: relativesOf(ctx, atHome(ctx, event)),
    features: candidateFeatures(ctx, event, events, origin, fallbacks),
  }));
}

/** Auxiliaries right after a noun, which make it the subject of a clause of its own. */
const CLAUSE_VERB_AFTER = new Set([
  'were',
  'was',
  'are',
  'is',
  'had',
  'have',
  'has',
  'will',
  'would',
  'should',
  'must',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'need',
]);

function isPreposition(w: string | undefined): boolean {
  return w === 'to' || PREPOSITIONS.has(w ?? '');
}

/** Whether the words ending at token `k` are "a review of", "the debate over U.S.": what follows is a topic. */
function aboutTopic(ctx: Ctx, k: number): boolean {
  let at = k;
  while (at > 0 && k - at < 4 && (ctx.phraseAt[at]! >= 0 || DETERMINERS.has(ctx.low[at]!))) at--;
  return TOPIC_PREPOSITIONS.has(ctx.low[at] ?? '') && TOPIC_HEADS.has(ctx.low[at - 1] ?? '');
}

const KIN = new Set(
  (
    'son sons daughter daughters wife husband widow widower brother brothers sister sisters father mother parents ' +
    'nephew niece grandson granddaughter cousin relative relatives family'
  ).split(' '),
);
const BEFORE_NAME = new Set(['the', 'a', 'an', 'former', 'late', 'then', 'ex']);

/**
 * "The son of former German President Richard von Weizsäcker was stabbed": the side is the
 * relative, a private person of the named one's country, not the one named.
 */
function kinPhrase(ctx: Ctx, ph: Phrase | null): Phrase | null {
  if (!ph || ph.pronoun || ph.start === ph.end || ph.members.length !== 1) return ph;
  let j = ph.start - 1;
  while (j > 0 && ph.start - j <= 3 && BEFORE_NAME.has(ctx.low[j]!)) j--;
  if (ctx.low[j] !== 'of' || !KIN.has(ctx.low[j - 1] ?? '')) return ph;
  let start = j - 1;
  if (start > 0 && (DETERMINERS.has(ctx.low[start - 1]!) || POSSESSIVES.has(ctx.low[start - 1]!))) start--;
  const code = ph.members[0]!.code;
  const country = /^[A-Z]{3}/.test(code) && !/^(?:IGO|NGO|NGM|IMG|MNC|UIS|INT|---)/.test(code) ? code.slice(0, 3) : '---';
  // (The member is the relative's own words, so no entity of the one named stands for them.)
  return { start, end: ph.end, members: [{ code: `${country}CVL`, start, end: j }], pronoun: false };
}

function relativesOf(ctx: Ctx, e: SentenceEvent): SentenceEvent {
  const source = kinPhrase(ctx, e.source);
  const target = kinPhrase(ctx, e.target);
  if (source === e.source && target === e.target) return e;
  return { ...e, source, target, evidence: `${e.evidence}; a relative of the one named` };
}

/** Adjectives of readiness before "for" or "to" and an act's noun ("ready for talks", "open to negotiations"). */
const READY = new Set(['ready', 'open', 'prepared', 'willing']);
/** Forms of "be" and verbs like it before such an adjective. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", 'be', 'been', 'remains', 'remained', 'remain', 'stands', 'stood']);

/**
 * "Syria is ready for talks with Israel", "Iran said it was open to negotiations with the United
 * States": readiness for a cooperative act named by a noun, with no verb for it, is the intent to
 * do it (a readiness denied, "is not ready for talks", a refusal). The subject before "is" acts;
 * for a pronoun, the actor named first in the sentence.
 */
function readinessEvents(ctx: Ctx): SentenceEvent[] {
  const { low } = ctx;
  const out: SentenceEvent[] = [];
  for (const nn of ctx.nouns) {
    const code = nn.trigger.cameo;
    if (!code || ![3, 4, 5, 6].includes(root(code))) continue;
    let k = nn.start - 1;
    if (DETERMINERS.has(low[k] ?? '')) k--;
    const prep = low[k] ?? '';
    if (prep !== 'for' && prep !== 'to') continue;
    k--;
    const adjective = low[k] ?? '';
    if (!READY.has(adjective)) continue;
    k--;
    let negated = false;
    while (k >= 0 && (/^[a-z]{3,}ly$/.test(low[k]!) || low[k] === 'not' || low[k] === "n't" || low[k] === 'now' || low[k] === 'still')) {
      if (low[k] === 'not' || low[k] === "n't") negated = true;
      k--;
    }
    if (!BE_FORMS.has(low[k] ?? '')) continue;
    k--;
    let source = k >= 0 && ctx.phraseAt[k]! >= 0 ? ctx.phrases[ctx.phraseAt[k]!]! : null;
    if (source?.pronoun) source = ctx.phrases.find((ph) => !ph.pronoun && ph.end <= k && isCoded(ph)) ?? null;
    if (!source || !isCoded(source)) continue;
    let target: Phrase | null = null;
    for (let q = nn.end; q < Math.min(low.length, nn.end + 3); q++) {
      if (nn.trigger.preps.includes(low[q]!)) {
        target = withOrigin(ctx, phraseAfterPrep(ctx, q + 1, low.length));
        break;
      }
    }
    if (target?.pronoun || target === source) target = null;
    const intent = intentCode(code);
    out.push(
      finish({
        cameo: negated ? refusalCode(code) : intent,
        plover: null,
        trigger: { start: nn.start, end: nn.end },
        source,
        target,
        negated: false,
        hedged: false,
        evidence: [`"${negated ? 'not ' : ''}${adjective} ${prep}" + noun "${nn.trigger.lemma}" → ${negated ? 'refuse' : 'intent'}`],
      }),
    );
  }
  return out;
}

/**
 * Events named by a noun with both its actors, for sentences with no verbal event ("Palestinian
 * riots against Israeli policies are continuing", "protests by students against the Kenyan
 * government"): the actor just before the noun or after its "by", and the one after its preposition.
 */
function nominalEvents(ctx: Ctx): SentenceEvent[] {
  const { low } = ctx;
  const n = low.length;
  const out: SentenceEvent[] = [];
  for (const nn of ctx.nouns) {
    const t = nn.trigger;
    if (!t.cameo || (t.role !== 'event' && t.role !== 'violent' && t.role !== 'split')) continue;
    if (ctx.nodeAt[nn.start - 1] !== undefined && ctx.nodeAt[nn.start - 1]! >= 0) continue;
    // "the U.N. assistance mission", "aid workers": the noun names a body or people, not an act.
    if (modifiesNext(ctx, nn.end)) continue;
    let k = nn.start - 1;
    if (aboutTopic(ctx, k)) continue;
    if (low[k] === "'s" || low[k] === "'") k--;
    let source: Phrase | null = k >= 0 && ctx.phraseAt[k]! >= 0 ? ctx.phrases[ctx.phraseAt[k]!]! : null;
    if (source && source.end !== k + 1) source = null;
    let j = nn.end;
    let target: Phrase | null = null;
    if (!source && low[j] === 'of') {
      // "the expulsion of two American diplomats by Moscow": its object after "of", its agent after "by".
      const object = phraseAfterPrep(ctx, j + 1, n);
      if (object && low[object.end] === 'by') {
        source = withOrigin(ctx, phraseAfterPrep(ctx, object.end + 1, n));
        if (source) target = withOrigin(ctx, object);
      }
    }
    if (!source && low[j] === 'by') {
      source = withOrigin(ctx, phraseAfterPrep(ctx, j + 1, n));
      j = source ? source.end : j;
    }
    if (!source && root(t.cameo) === 18) {
      // "A Palestinian prisoner died of torture in Israeli police custody": the violence is the
      // keepers' (the victim's own country's police when they are named by role alone), done to
      // the sentence's subject.
      const custody = low.indexOf('custody', nn.end);
      const victimAt = ctx.phraseAt.findIndex((x, i) => i < nn.start && x >= 0 && isCoded(ctx.phrases[x]!));
      const victim = victimAt >= 0 ? withOrigin(ctx, ctx.phrases[ctx.phraseAt[victimAt]!]!) : null;
      if (custody > 0 && custody - nn.end <= 8 && victim && !victim.pronoun) {
        const at = ctx.phraseAt[custody - 1]!;
        const keeper = at >= 0 ? ctx.phrases[at]! : null;
        const country = countryOf(victim);
        if (keeper && isCoded(keeper)) source = keeper;
        else if (country && (keeper || low[custody - 1] === 'police' || low[custody - 1] === 'in')) {
          source = { start: custody, end: custody, members: [{ code: `${country}COP`, start: custody, end: custody }], pronoun: false };
        }
        if (source) target = victim;
      }
    }
    if (!source || source.pronoun || !isCoded(source)) continue;
    for (let q = j; !target && q < Math.min(n, j + 3); q++) {
      const w = low[q]!;
      if (t.preps.includes(w) || w === 'against') {
        target = withOrigin(ctx, phraseAfterPrep(ctx, q + 1, n));
        break;
      }
      if (ctx.barrier[q] || ctx.nodeAt[q]! >= 0) break;
    }
    if (!target || target.pronoun || !isCoded(target) || target === source) continue;
    const own = ownCode(t, source);
    if (!own) continue;
    out.push(
      finish({
        cameo: own.cameo,
        plover: own.plover,
        trigger: { start: nn.start, end: nn.end },
        source,
        target,
        negated: false,
        hedged: false,
        evidence: [`noun "${t.lemma}" with its actors (no verbal event)${own.note ? ` (${own.note})` : ''}`],
      }),
    );
  }
  return out;
}

/** Names of the features {@link sentenceCandidates} gives each candidate event (the event filter's inputs). */
export const CANDIDATE_FEATURES = [
  'petrarch',
  'role_act',
  'role_intent',
  'role_threat',
  'role_refuse',
  'role_demand',
  'role_accuse',
  'role_say',
  'role_cont',
  'role_light',
  'root',
  'plover',
  'source',
  'target',
  'target_implied',
  'reported',
  'noun',
  'passive',
  'intent',
  'context_country',
  'events',
  'rank',
  'own_events',
  'position',
  'tokens',
  'clause_depth',
  'attribution',
  'adjunct',
  'gerund',
  'infinitive',
  'finite',
  'governed_chain',
] as const;

const PLOVER_INDEX = new Map(
  'AGREE CONSULT SUPPORT COOPERATE AID CONCEDE RETREAT INVESTIGATE DEMAND DISAPPROVE REJECT THREATEN PROTEST MOBILIZE SANCTION COERCE ASSAULT FIGHT'
    .split(' ')
    .map((c, i): [string, number] => [c, i]),
);

function candidateFeatures(
  ctx: Ctx,
  e: SentenceEvent,
  events: readonly SentenceEvent[],
  origin: ReadonlyMap<SentenceEvent, Node>,
  fallbacks: ReadonlySet<SentenceEvent>,
): Float32Array {
  const f = new Float32Array(CANDIDATE_FEATURES.length);
  const node = origin.get(e);
  const role = node?.p.trigger.role ?? 'event';
  const coded = events.filter((x) => x.plover !== null);
  const side = (ph: Phrase | null) => (!ph ? 0 : isCoded(ph) ? 2 : 1);
  let depth = 0;
  for (let k = 0; k < e.trigger.start; k++) if (ctx.barrier[k] && ctx.low[k] !== ',') depth++;
  let chain = 0;
  for (let q = node?.inner ?? null; q && chain < 5; q = q.inner) chain++;
  const values: number[] = [
    fallbacks.has(e) ? 1 : 0,
    role === 'event' || role === 'violent' || role === 'split' ? 1 : 0,
    role === 'intent' ? 1 : 0,
    role === 'threat' ? 1 : 0,
    role === 'refuse' ? 1 : 0,
    role === 'demand' || role === 'appeal' ? 1 : 0,
    role === 'accuse' ? 1 : 0,
    role === 'say' || role === 'belief' ? 1 : 0,
    role === 'cont' ? 1 : 0,
    role === 'light' ? 1 : 0,
    root(e.cameo),
    e.plover ? (PLOVER_INDEX.get(e.plover.split('|')[0]!) ?? -1) : -1,
    side(e.source),
    side(e.target),
    e.target && e.target.end <= e.target.start ? 1 : 0,
    e.evidence.includes('reported by') ? 1 : 0,
    /collocation|\+ noun|" \+ "/.test(e.evidence) ? 1 : 0,
    e.evidence.includes('passive') ? 1 : 0,
    e.evidence.includes('→ intent') ? 1 : 0,
    e.evidence.includes('country from') ? 1 : 0,
    coded.length,
    coded.indexOf(e),
    coded.filter((x) => !fallbacks.has(x)).length,
    e.trigger.start / Math.max(1, ctx.low.length),
    ctx.low.length,
    depth,
    ctx.attributionAt < ctx.low.length ? 1 : 0,
    node?.adjunct ? 1 : 0,
    node?.p.gerund ? 1 : 0,
    node?.p.infinitive ? 1 : 0,
    node?.p.finite ? 1 : 0,
    chain,
  ];
  values.forEach((v, i) => {
    f[i] = v;
  });
  return f;
}

/** A candidate event of a sentence with the features the event filter decides on. */
export interface EventCandidate {
  readonly event: SentenceEvent;
  /** Values of {@link CANDIDATE_FEATURES}, in that order. */
  readonly features: Float32Array;
}

/**
 * Which candidates of a sentence are coded: statements and appeals (no PLOVER category) always;
 * the others by a rule — verbs known only from the PETRARCH-2 dictionary count when nothing else
 * was found — and then, when `models/events/filter.json` is there, only those of the rule's choice
 * that the event filter (boosted trees over the candidates' features, see
 * `scripts/events/train-filter.ts`) keeps.
 */
export function selectEvents(
  candidates: readonly EventCandidate[],
  filter: EventFilter | null = eventFilterFor(CANDIDATE_FEATURES),
): SentenceEvent[] {
  const chosen = ruleSelection(candidates);
  if (!filter) return chosen;
  const features = new Map(candidates.map((c) => [c.event, c.features]));
  return chosen.filter((e) => e.plover === null || filter.score(features.get(e)!) >= filter.threshold);
}

/** The candidates the rule codes, before the event filter (see {@link selectEvents}). */
export function ruleSelection(candidates: readonly EventCandidate[]): SentenceEvent[] {
  const fallback = CANDIDATE_FEATURES.indexOf('petrarch');
  const own = candidates
    .filter((c) => c.features[fallback] === 0)
    .map((c) => c.event)
    // "pledged new funding to curb the pandemic": an intent or aspect verb takes its category from the act it governs.
    .filter((e) => e.plover === null || !GOVERNED_DICTIONARY_ACT.test(e.evidence) || betweenNamedStates(e) || jointStates(e));
  if (own.length === 0) return fallbackSelection(candidates);
  // "Austria voiced support for Slovenia's plan, while the UN called for calm": an act of the main
  // clause that only the fallbacks code goes before the acts of its adverbial clauses.
  if (own.every((e) => e.evidence.includes(STAND_IN))) {
    const main = fallbackSelection(candidates.filter((c) => !c.event.evidence.includes(STAND_IN)));
    // (unless an adverbial clause names the same kind of act, or names who used force when the main
    // clause names no one: "was killed … when insurgents attacked his unit", "30 people were killed
    // when troops fired on demonstrators")
    const explained =
      main.length > 0 &&
      own.some(
        (e) =>
          e.plover === main[0]!.plover ||
          (main[0]!.evidence.includes('no perpetrator named') && isCoded(e.source) && /^(?:ASSAULT|FIGHT|COERCE)/.test(e.plover ?? '')),
      );
    if (main.length > 0 && !explained) return main;
  }
  return own;
}

/** The evidence of an act of an adverbial clause that stands in for a main clause that codes nothing. */
const STAND_IN = 'from a subordinate clause (no main event)';
/** Prepositions that set an act just before, after or during another ("after meeting", "while visiting"). */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'while', 'upon', 'when']);
/** Meetings and visits (CAMEO 04x): consult, visit, host, meet. */
const VISITS = /^04/;

/** The one candidate kept when the team's lexicon codes nothing: a fallback (PETRARCH-2 or no doer named) with the evidence it needs. */
function fallbackSelection(candidates: readonly EventCandidate[]): SentenceEvent[] {
  return (
    candidates
      .map((c) => c.event)
      // A verb with its object matched by a PETRARCH-2 pattern is evidence enough without a target.
      .filter((e) => isCoded(e.source) && (isCoded(e.target) || e.evidence.includes('PETRARCH-2 pattern')))
      // The dictionary's verbs are common words ("struggled", "honors", "paid", "hurt"): one
      // counts between two actors the sentence names, of two countries.
      .filter(
        (e) =>
          !e.evidence.includes('PETRARCH-2 dictionary') ||
          betweenNamedStates(e) ||
          (GOVERNED_DICTIONARY_ACT.test(e.evidence) ? jointStates(e) : !DICTIONARY_ACT.test(e.evidence) && byStateOrArmedGroup(e)),
      )
      .slice(0, 1)
  );
}

/**
 * An act named only by a verb of the PETRARCH-2 dictionary, standing on its own: such verbs are
 * mostly common words ("greets", "serves", "gears up", "honors") that name a political act only
 * between two states; a verb the team's lexicon governs it by ("accused X of sabotaging") is
 * evidence enough.
 */
const DICTIONARY_ACT = /^(?:passive; )?verb "[^"]+" \(PETRARCH-2 dictionary\)/;
/** The same act governed by a verb of intent or aspect ("plans to introduce", "tried to steal"), which gives it no category of its own ("agreed to" does). */
const GOVERNED_DICTIONARY_ACT =
  /^(?:passive; )?(?:(?!agree )[a-z]+ \((?:intent|cont)\) \+ |decided \+ )verb "[^"]+" \(PETRARCH-2 dictionary\)/;

/** Whether an event is done by two or more states together ("Ghana and Ivory Coast agreed to settle"). */
function jointStates(e: SentenceEvent): boolean {
  return !!e.source && e.source.members.length > 1 && new Set(e.source.members.map((m) => actorKey(m.code))).size > 1;
}

/**
 * Whether an event is between two actors the sentence names, of two countries: neither side's
 * country is taken from the scene or from the other side, and neither is implied.
 */
function betweenNamedStates(e: SentenceEvent): boolean {
  if (!named(e.source) || !named(e.target) || /country from|no target named|no perpetrator named/.test(e.evidence)) return false;
  return actorKey(e.source!.members[0]!.code) !== actorKey(e.target!.members[0]!.code);
}

/**
 * Whether an event is done by or to a state's organ or an armed group the sentence names ("a
 * Kenyan court acquitted", "shot down a Ukrainian military helicopter"), at home or abroad, with
 * neither side taken from the scene.
 */
function byStateOrArmedGroup(e: SentenceEvent): boolean {
  if (!named(e.source) || /the scene's country|fighting at home|source's country from/.test(e.evidence)) return false;
  const organ = (ph: Phrase | null) => named(ph) && /(?:GOV|MIL|COP|JUD|LEG|SPY|REB|INS|SEP)$/.test(ph!.members[0]!.code);
  return organ(e.source) || organ(e.target);
}

/** A state's legislature and courts, which a role alone names as its own. */
const HOME_BODIES = new Set(['LEG', 'JUD']);
/** Sectors of a state, and of the people it may face at home (refugees are not among them). */
const DOMESTIC_STATE = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
const DOMESTIC_PEOPLE = new Set([
  'OPP',
  'REB',
  'CVL',
  'EDU',
  'LAB',
  'AGR',
  'RAD',
  'MUS',
  'UAF',
  'INS',
  'SEP',
  'HLH',
  'BUS',
  'CRM',
  'PPL',
  'MOS',
  'CHR',
  'BUD',
  'HIN',
  'REL',
  'MED',
  'ELI',
  'PTY',
]);

/** The country of a coded phrase's first actor, when it is a country's (not an organisation's). */
function countryOf(ph: Phrase | null): string | null {
  const code = ph?.members[0]?.code;
  if (!code || code.startsWith('---') || /^(?:IGO|NGO|NGM|IMG|MNC|UIS|INT)/.test(code)) return null;
  return code.slice(0, 3);
}

function sectorOf(ph: Phrase): string {
  const code = ph.members[0]?.code ?? '';
  return code.length === 3 ? 'GOV' : code.slice(3, 6);
}

/** The country where the sentence places its events: a country or place after "in" (not in an attribution or a condition). */
/** "in the capital, Riyadh", "in the commercial capital, Lagos": the city named after the comma. */
function cityNamed(ctx: Ctx, i: number): Phrase | null {
  for (let k = i; k < i + 4 && k + 2 < ctx.attributionAt; k++) {
    if (ctx.low[k] !== 'capital' || ctx.low[k + 1] !== ',') continue;
    const pi = ctx.phraseAt[k + 2]!;
    return pi >= 0 ? ctx.phrases[pi]! : null;
  }
  return null;
}

/** The states of the regions under which the knowledge base files armed groups (IMGSEA…: Southeast Asia, South Asia, Kashmir). */
const REGION_STATES = new Map<string, ReadonlySet<string>>([
  ['SEA', new Set(['BRN', 'KHM', 'IDN', 'LAO', 'MYS', 'MMR', 'PHL', 'SGP', 'THA', 'TLS', 'VNM'])],
  ['SAS', new Set(['AFG', 'BGD', 'BTN', 'IND', 'MDV', 'NPL', 'PAK', 'LKA'])],
  ['KAS', new Set(['IND', 'PAK'])],
]);

const HOME_PARTICIPLES = new Set(['based', 'headquartered', 'exiled', 'living', 'born']);
/** Participles that place an earlier deal or meeting the act refers to ("violated the truce agreed in Busan"), not the act. */
const DEAL_PARTICIPLES = new Set(['agreed', 'signed', 'reached', 'brokered', 'struck', 'negotiated', 'sealed', 'concluded']);
/** Verbs that say where someone lives ("who lives in Moscow", "had settled in Berlin"). */
const LIVES = /^(?:lives?|lived|resides?|resided|settled)$/;

/**
 * Where the act happened: the first place after "in", "near" or "off" in the main clause, else the
 * place the sentence opens with ("In Kabul, a bomber killed twelve people": Kabul). A place inside
 * an opening phrase about something else is where that was ("At a news conference in Moscow,
 * gunmen kidnapped two engineers in Nigeria": Nigeria; "After talks in Paris, police arrested …": none).
 */
function sceneOf(ctx: Ctx): Phrase | null {
  const opening = ctx.opening;
  const main = opening >= 0 ? opening + 1 : 0;
  // "The minister told reporters in Berlin that troops raided …": the place of the clause reported,
  // else one before the verb of saying, never where the saying was.
  const { from, sayer } = ctx.reported;
  const found =
    sayer >= 0
      ? (sceneBetween(ctx, from, ctx.attributionAt) ?? (sayer > main ? sceneBetween(ctx, main, sayer) : null))
      : sceneBetween(ctx, main, ctx.attributionAt);
  if (found || opening < 0) return found;
  const place = placeOpening(ctx, opening);
  return place < 0 ? null : sceneBetween(ctx, place, Math.min(opening, ctx.attributionAt));
}

/**
 * Where the place word of an opening phrase that names the place of the act stands ("In Kabul,",
 * "On Tuesday in Kabul,"), or -1 when the phrase is about something else ("At a news conference in
 * Moscow,", "After talks in Paris,").
 */
function placeOpening(ctx: Ctx, opening: number): number {
  const place = (w: string) => w === 'in' || w === 'near' || w === 'off';
  let k = 0;
  while (k < opening && !place(ctx.low[k]!) && (TIME_WORDS.has(ctx.low[k]!) || MONTHS.has(ctx.low[k]!) || /^\d/.test(ctx.low[k]!))) k++;
  if (!place(ctx.low[k] ?? '')) return -1;
  // the place right after it ("In northern Iraq,"), not a thing with a place further on ("In a statement issued in Geneva,")
  let j = k + 1;
  while (j < opening && (DETERMINERS.has(ctx.low[j]!) || /^(?:north|south|east|west|central)(?:ern)?$/.test(ctx.low[j]!))) j++;
  return ctx.phraseAt[j]! >= 0 ? k : -1;
}

/**
 * The comma that closes the phrase a sentence opens with, when it opens with a preposition or an
 * aim ("In a statement issued in Geneva,", "Keen to …,"), or -1.
 */
function openingPhraseEnd(ctx: Ctx): number {
  const { low } = ctx;
  if (ctx.frontedAim >= 0) return ctx.frontedAim;
  if (!PREPOSITIONS.has(low[0] ?? '') || low[0] === 'of') return -1;
  for (let k = 1; k < Math.min(low.length, 30); k++) {
    if (low[k] === ',') return k;
    if (low[k] === ';' || low[k] === ':') return -1;
  }
  return -1;
}

function sceneBetween(ctx: Ctx, from: number, to: number): Phrase | null {
  let conditional = false;
  for (let k = from; k < to; k++) {
    const w = ctx.low[k]!;
    if (w === 'if' || w === 'unless') conditional = true;
    else if (w === ',' || w === ';') conditional = false;
    // "killed by a roadside bomb outside the Afghan city of Herat": near a place is in its country,
    // but near a border is not.
    const near = w === 'outside' || w === 'near';
    // "hijacked a Greek cargo ship off Somalia", "off the coast of Yemen": at sea by that country.
    const off = w === 'off' && !/^(?:the|a)$/.test(ctx.low[k + 1] ?? '') ? true : w === 'off' && ctx.low[k + 2] === 'coast';
    if ((w !== 'in' && !near && !off) || conditional) continue;
    if (near && ctx.low.slice(k + 1, k + 7).some((x) => /^(?:border|borders|frontier|line|coast|waters)$/.test(x))) continue;
    // "militiamen based in eastern Zaire": where an actor lives is not where the event happens.
    // ("Ilan Shor, who lives in Moscow": nor where someone in the sentence lives.)
    if (HOME_PARTICIPLES.has(ctx.low[k - 1] ?? '') || LIVES.test(ctx.low[k - 1] ?? '') || DEAL_PARTICIPLES.has(ctx.low[k - 1] ?? ''))
      continue;
    const ph = phraseAfterPrep(ctx, k + 1, to) ?? cityNamed(ctx, k + 1);
    // a meeting in Brussels or Geneva is the host country's no more than its guests'
    if (ph && SEATS_OF_BODIES.has(ctx.low.slice(ph.start, ph.end).join(' '))) continue;
    // "in clashes near the Iraqi border", "in a letter to the UN": the place belongs to the next preposition.
    if (ph && ph.start > k && ctx.low.slice(k + 1, ph.start).some((x) => x === 'to' || (x !== 'of' && PREPOSITIONS.has(x)))) continue;
    if (ph && !ph.pronoun && ph.start <= k && ph.members.length === 1) {
      // "near the embassy in Argentina": a role named with its place; the place is the scene, unless
      // a name before "in" gave the code ("the Israeli embassy in Buenos Aires").
      // The named place itself then gives it: "Buenos Aires" (ARG) after "in"; so it does for a
      // mission that names no sender ("the embassy in Tehran").
      const named = ctx.tokens.slice(ph.start, k).some((t) => /^\p{Lu}/u.test(t.text)) || unownedMission(ctx.low, ph);
      const place = named ? ctx.mentions.find((m) => m.start === k + 1 && m.kind === 'country') : undefined;
      const code = named ? (place?.code?.length === 3 ? place.code : null) : countryOf(ph);
      if (code) return { ...ph, members: [{ ...ph.members[0]!, code }] };
      continue;
    }
    // A country, or a place PETRARCH-2 marks as occupied territory of one ("Kirkuk", IRQOCC), as
    // under UN administration ("Pristina" in 2000, KSVUNO) or as an autonomous part (SDNSSDAUT).
    if (ph && !ph.pronoun && ph.members.length === 1 && /^[A-Z]{3}(?:OCC|UNO|UNR|[A-Z]{3}AUT)?$/.test(ph.members[0]!.code)) {
      const code = ph.members[0]!.code.slice(0, 3);
      return code === ph.members[0]!.code ? ph : { ...ph, members: [{ ...ph.members[0]!, code }] };
    }
  }
  return null;
}

/**
 * Whether the other side is a state's forces in a sentence that names another country ("unless UK
 * forces leave Iraq"): forces are often abroad, so those facing them are not theirs.
 */
function forcesAbroad(ctx: Ctx, other: Phrase, country: string): boolean {
  if (!other.members.some((m) => m.code.slice(3, 6) === 'MIL')) return false;
  const aside = besideTheAct(ctx);
  // (A country named by its border, "near the Afghan border", is where the fighting is not.)
  const abroad = (m: ActorMention) =>
    m.kind === 'country' &&
    !!m.code &&
    m.code.slice(0, 3) !== country &&
    m.start < ctx.attributionAt &&
    // (the one who says it is no part of the act said: "Germany's foreign ministry said that Pakistani troops raided …")
    (ctx.reported.sayer < 0 || m.start >= ctx.reported.from) &&
    !aside(m.start) &&
    !BORDERS.has(ctx.low[m.end] ?? '');
  return ctx.mentions.some(abroad);
}

const BORDERS = new Set(['border', 'borders', 'frontier']);

/**
 * Where a comment on the act begins after it (", in a move seen as a snub to Washington", ", a
 * step that angered Moscow", ", in what analysts called …"), or the sentence's length: what it
 * names is no side of the act.
 */
function commentStart(ctx: Ctx): number {
  const { low } = ctx;
  for (let k = 1; k < low.length - 2; k++) {
    if (low[k] !== ',') continue;
    const a = low[k + 1]!;
    const b = low[k + 2]!;
    if (
      (a === 'in' && (b === 'what' || (b === 'a' && /^(?:move|step|sign|decision|snub|blow)$/.test(low[k + 3] ?? '')))) ||
      (a === 'a' && /^(?:move|step|sign|decision|snub|blow)$/.test(b))
    )
      return k;
  }
  return low.length;
}

/**
 * Whether token `k` lies beside the act, where no side of it is named: in an opening phrase about
 * something else ("After talks in Paris, Burmese troops captured …") or in a comment after it
 * ("…, in a move seen as a snub to Washington").
 */
function besideTheAct(ctx: Ctx): (k: number) => boolean {
  const opening = ctx.opening;
  const elsewhere = opening >= 0 && placeOpening(ctx, opening) < 0 ? opening : -1;
  const comment = commentStart(ctx);
  return (k) => k < elsewhere || k >= comment;
}

/**
 * Whether a role is the title of a person named right after it whom the dictionary does not know
 * ("First Lady Michelle Obama talks with … South African President Nelson Mandela"): an office
 * holder or a notable so named is of a state the other side does not tell, while a state still
 * acts on its own people ("investigators charged protest leader Alexei Navalny").
 */
function titledName(ctx: Ctx, ph: Phrase): boolean {
  return ctx.names.some((x) => x.start === ph.end) || unknownNameBeforeRole(ctx, ph);
}

/**
 * Whether a title in capitals follows a capitalised word no actor names ("The Songhai Emperor
 * offered a tribute to the Moroccans"): the title of a people or a house the dictionary does not know.
 */
function unknownNameBeforeRole(ctx: Ctx, ph: Phrase): boolean {
  const k = ph.start - 1;
  return k > 0 && ctx.phraseAt[k]! < 0 && /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[k]!.text) && /^\p{Lu}/u.test(ctx.tokens[ph.start]!.text);
}

/**
 * An actor known only by its role ("demonstrators", "insurgents", "security forces") takes its
 * country from the sentence: the country or place where the event happens ("in Monrovia"), else,
 * when the event sets a state against its own people (police and demonstrators, rebels and a
 * president), the country of the other side. The PLOVER gold standard codes such actors so.
 */
function inContext(ctx: Ctx, ev: SentenceEvent): SentenceEvent {
  // (A name the dictionary does not know, code "---", keeps no country: "Assange" in London is no Briton.)
  // (Nor does an embassy whose sender is not named: "the embassy in Belize" is some other state's.)
  const roleOnly = (ph: Phrase | null): ph is Phrase =>
    isRoleOnly(ph) && !ph.members.every((m) => m.code === '---') && !unownedMission(ctx.low, ph);
  const fill = (ph: Phrase, other: Phrase | null): { phrase: Phrase; from: string } | null => {
    const scene = sceneOf(ctx);
    let country = scene ? scene.members[0]!.code : null;
    let from = 'the scene';
    if (!country && other && isCoded(other)) {
      const c = countryOf(other);
      const mine = sectorOf(ph);
      const theirs = sectorOf(other);
      // ("placed 15 American companies on its export control list": a state sanctions others' people, not its own.)
      const domestic =
        root(ev.cameo) !== 16 &&
        ((DOMESTIC_STATE.has(mine) && DOMESTIC_PEOPLE.has(theirs)) ||
          (DOMESTIC_PEOPLE.has(mine) && (DOMESTIC_STATE.has(theirs) || DOMESTIC_PEOPLE.has(theirs))) ||
          // "rejected calls by the parliament", "defied the supreme court": a state's own legislature and courts.
          (HOME_BODIES.has(mine) && DOMESTIC_STATE.has(theirs) && mine !== theirs) ||
          // "He ordered the armed forces to hold exercises": a government commands its own forces.
          (root(ev.cameo) === 10 && theirs === 'GOV' && ph === ev.target && DOMESTIC_STATE.has(mine) && mine !== theirs));
      // "Islamic militants shot dead a German tourist": tourists, engineers, aid workers, ships and
      // airliners are often abroad, so their country is not their attackers'.
      // ("Finnish police boarded an oil tanker": nor is a ship's the country of those who board it.)
      const abroad =
        VISITORS.test(ctx.low.slice(other.start, other.end).join(' ')) || SHIPS.test(ctx.low.slice(ph.start, ph.end).join(' '));
      const official = titledName(ctx, ph) && (mine === 'ELI' || DOMESTIC_STATE.has(mine));
      if (c && domestic && !abroad && !official && !forcesAbroad(ctx, other, c)) {
        country = c;
        from = 'the other side';
      }
    }
    if (!country && ctx.low[ph.end] === 'loyal' && ctx.low[ph.end + 1] === 'to') {
      // "forces loyal to President Bashar al-Assad": the side they are loyal to.
      const lord = phraseAfterPrep(ctx, ph.end + 2, ctx.attributionAt);
      if (lord && isCoded(lord) && lord.start <= ph.end + 4) {
        country = countryOf(lord);
        from = 'whom it is loyal to';
      }
    }
    if (
      !country &&
      ctx.articleCountry &&
      ph.members.every((m) => DOMESTIC_STATE.has(m.code.slice(3, 6))) &&
      !foreignPhrase(ctx, ph) &&
      !unknownNameBeforeRole(ctx, ph)
    ) {
      // "the government", "troops", "police" in a story from Nairobi: Kenya's (not "foreign envoys").
      country = ctx.articleCountry();
      from = 'the article';
      // ("Poland shot down several drones": what a state's forces fight is no force of its own)
      const targeted = !!ev.target && ph.start === ev.target.start && ph.end === ev.target.end;
      if (targeted && country && other && countryOf(other) === country && root(ev.cameo) >= 18 && !ev.statement) country = null;
    }
    if (!country) return null;
    return { phrase: { ...ph, members: ph.members.map((m) => ({ ...m, code: `${country}${m.code.slice(3)}` })) }, from };
  };
  let { source, target } = ev;
  const notes: string[] = [];
  // A group the knowledge base files as international ("al-Qaeda", IMGMUSALQ) stays so, unless the
  // sentence places the event in a country ("arrested al-Qaeda militants in Riyadh").
  const placed = (ph: Phrase | null, side: string, other: Phrase | null): Phrase | null => {
    if (ph?.members.length !== 1 || !ph.members[0]!.code.startsWith('IMG')) return ph;
    const scene = sceneOf(ctx);
    // "The Philippine army launched an offensive against Abu Sayyaf militants" (IMGSEAMUSASF): a
    // group of a region facing a state of that region fights at home.
    const home = countryOf(other);
    const regional = !!home && (REGION_STATES.get(ph.members[0]!.code.slice(3, 6))?.has(home) ?? false);
    const country = scene ? scene.members[0]!.code : regional ? home : null;
    if (!country) return ph;
    notes.push(`${side}'s country from ${scene ? 'the scene' : 'the other side'}`);
    return { ...ph, members: [{ ...ph.members[0]!, code: `${country}REB` }] };
  };
  source = placed(source, 'source', target);
  target = placed(target, 'target', source);
  if (!source && root(ev.cameo) === 18 && !ev.statement) {
    // Violence with no perpetrator named: PLOVER codes the country where it happens as the actor.
    const scene = sceneOf(ctx);
    const at = ev.trigger.start;
    if (scene) {
      source = { start: at, end: at, members: [{ code: `${scene.members[0]!.code}UAF`, start: at, end: at }], pronoun: false };
      notes.push("no perpetrator named: the scene's country");
    }
  }
  // ("The president is to arrive in Tokyo": a visiting official is not of the place visited.)
  const visitor = ev.cameo.startsWith('042') && !!source && source.members.every((m) => /^(?:GOV|ELI)/.test(m.code.slice(3)));
  if (roleOnly(source) && !visitor) {
    const s = fill(source, target);
    if (s) {
      notes.push(`source's country from ${s.from}`);
      source = s.phrase;
    }
  }
  // "opened an embassy in Tehran", "attacked the embassy in Tehran": what is done to a mission
  // whose sender is not named is done where it stands.
  if (target && unownedMission(ctx.low, target)) {
    const at = ctx.low.indexOf('in', target.start);
    const place = ctx.mentions.find((m) => m.start === at + 1 && m.kind === 'country' && m.code?.length === 3);
    if (place && at < target.end) {
      target = { ...target, members: target.members.map((m) => ({ ...m, code: `${place.code}${m.code.slice(3)}` })) };
      notes.push("target's country where the mission stands");
    }
  }
  // "expelled two journalists", "eased restrictions on foreign journalists": those expelled, and
  // those called foreign, are not the acting state's people.
  const alien = !!target && (/^(?:174|166)/.test(ev.cameo) || foreignPhrase(ctx, target));
  if (roleOnly(target) && !alien) {
    const t = fill(target, source);
    if (t && !(source && countryOf(source) === countryOf(t.phrase) && sectorOf(source) === sectorOf(t.phrase))) {
      notes.push(`target's country from ${t.from}`);
      target = t.phrase;
    }
  }
  const stateSource = source && isStateActor(source.members[0]?.code) ? countryOf(source) : null;
  if (
    roleOnly(target) &&
    !alien &&
    stateSource &&
    !SHIPS.test(ctx.low.slice(target.start, target.end).join(' ')) &&
    (root(ev.cameo) === 17 || root(ev.cameo) === 9 || (ev.cameo === '0841' && ev.plover === 'CONCEDE'))
  ) {
    // "Mexican authorities arrested a former police chief": a state coerces (and questions) people in
    // its own hands, as it pardons them ("granted amnesty to five former police officers"); those it releases may
    // be another country's.
    target = { ...target, members: target.members.map((m) => ({ ...m, code: `${stateSource}${m.code.slice(3)}` })) };
    notes.push("target's country from the coercing state");
  }
  if (!target && stateSource && (root(ev.cameo) === 17 || ev.cameo.startsWith('081')) && !ev.statement) {
    // "declared a state of emergency in the capital", "banned the march": a state restricts life in
    // its own country, and eases its restrictions there ("lifted martial law in the south").
    const at = source!.start;
    target = { start: at, end: at, members: [{ code: stateSource, start: at, end: at }], pronoun: false };
    notes.push("no target named: the restricting state's own country");
  }
  if (!target && stateSource && root(ev.cameo) === 12 && !ev.statement && rejectsText(ctx, ev.trigger.end)) {
    // "The Nigerian Senate rejected a bill", "the president vetoed a law": a state's own texts.
    const at = source!.start;
    target = { start: at, end: at, members: [{ code: stateSource, start: at, end: at }], pronoun: false };
    notes.push("no target named: a text of the rejecting state's own");
  }
  if (!target && ev.plover === 'PROTEST' && source && !ev.statement) {
    // "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest to their jailers.
    const jailer = jailerOf(ctx, source);
    if (jailer) {
      target = jailer;
      notes.push("no target named: the prisoners' jailers");
    }
  }
  if (!target && ev.plover === 'PROTEST' && source && !ev.statement) {
    // A protest names no target: the protesters' own government.
    const c = countryOf(source);
    if (c && DOMESTIC_PEOPLE.has(sectorOf(source))) {
      const at = source.start;
      target = { start: at, end: at, members: [{ code: `${c}GOV`, start: at, end: at }], pronoun: false };
      notes.push("no target named: the protesters' government");
    }
  }
  if (notes.length === 0) return ev;
  return { ...ev, source, target, evidence: `${ev.evidence}; ${notes.join('; ')}` };
}

/** Whether a bill, law or decree is the object after `from` ("rejected on Tuesday a bill", "vetoed the new law"). */
function rejectsText(ctx: Ctx, from: number): boolean {
  let k = from;
  while (k < from + 4 && (TIME_WORDS.has(ctx.low[k] ?? '') || DETERMINERS.has(ctx.low[k] ?? ''))) k++;
  for (let j = k; j < k + 3 && j < ctx.low.length; j++) {
    if (/^(?:bill|bills|law|laws|decree|decrees|legislation|amendment|amendments)$/.test(ctx.low[j]!)) return true;
    if (ctx.phraseAt[j]! >= 0 || ctx.barrier[j] || PREPOSITIONS.has(ctx.low[j]!)) return false;
  }
  return false;
}

/** The state holding an actor ("prisoners in Israeli jails"): the coded phrase before the jail word. */
function jailerOf(ctx: Ctx, ph: Phrase): Phrase | null {
  if (ctx.low[ph.end] !== 'in') return null;
  const pi = ctx.phraseAt[ph.end + 1] ?? -1;
  if (pi < 0) return null;
  const jail = ctx.phrases[pi]!;
  return isCoded(jail) && JAILS.has(ctx.low[jail.end] ?? '') ? jail : null;
}
const JAILS = new Set(['jail', 'jails', 'prison', 'prisons', 'custody', 'detention']);

/** People and things that are often in another country than their own (airliners among them). */
/**
 * Whether an event noun heads the direct object that follows a verb ending at `end`: no
 * preposition before it ("offered condolences for the attack") and no noun after it ("offered a
 * striking contrast").
 */
function headOfObject(ctx: Ctx, end: number, obj: { start: number; end: number }): boolean {
  if (obj.start < end || ctx.low.slice(end, obj.start).some((w) => PREPOSITIONS.has(w) || w === 'to')) return false;
  const next = ctx.low[obj.end];
  return next === undefined || PREPOSITIONS.has(next) || /^(?:[^\p{L}\p{N}]+|and|or|that|which|who)$/u.test(next);
}

/** Ships, which sail under flags of their own ("Finnish police boarded an oil tanker": no Finnish tanker). */
const SHIPS = /\b(?:ships?|tankers?|vessels?|trawlers?|freighters?|boats?)\b/;

const VISITORS =
  /\b(?:tourists?|engineers?|aid workers?|missionar(?:y|ies)|journalists?|reporters?|businessm[ae]n|contractors?|sailors|crew|ships?|tankers?|vessels?|trawlers?|pilgrims|planes?|airliners?|aircraft|jets?|flights?|airlines?)\b/;

/** Whether a phrase names people as foreign ("foreign journalists", "international observers"). */
function foreignPhrase(ctx: Ctx, ph: Phrase): boolean {
  for (let k = Math.max(0, ph.start - 2); k < ph.end; k++) if (FOREIGN.has(ctx.low[k]!)) return true;
  return false;
}
const FOREIGN = new Set(['foreign', 'foreigners', 'expatriate', 'expatriates', 'international', 'overseas']);

/**
 * Fighting with no one named against it, in a sentence that names no other country, is at home
 * ("Syrian troops shelled the town of Hama", "rebels overran the town of Bor"): its target is the
 * fighters' own country.
 */
function atHome(ctx: Ctx, ev: SentenceEvent): SentenceEvent {
  if (ev.target || !ev.source || ev.source.members.length > 1 || ev.statement) return ev;
  const at = ev.source.start;
  const aimed = (code: string, note: string): SentenceEvent => ({
    ...ev,
    target: { start: at, end: at, members: [{ code, start: at, end: at }], pronoun: false },
    evidence: `${ev.evidence}; no target named: ${note}`,
  });
  if (ev.cameo.startsWith('154')) {
    // "The Lebanese army deployed troops in Beirut": forces sent within their own country face it
    // (an alert or exercises there face no one).
    const scene = sceneOf(ctx);
    const c = countryOf(ev.source);
    return scene && c && scene.members[0]!.code === c ? aimed(c, 'forces deployed at home') : ev;
  }
  if (root(ev.cameo) === 18) {
    // "A suicide bomber blew himself up at a funeral in Baghdad, wounding 38": the people of the place attacked.
    const scene = sceneOf(ctx);
    return scene ? aimed(scene.members[0]!.code, "the scene's country") : ev;
  }
  // (Two sides named together fight each other: "Indian and Pakistani troops exchanged fire".)
  if (root(ev.cameo) !== 19) return ev;
  if (intoTheSea(ctx.low, ev.trigger.end)) {
    // "North Korea fired two missiles into the sea": a show of force, aimed at no one.
    return {
      ...ev,
      cameo: '150',
      plover: cameoCode('150')?.plover ?? null,
      evidence: `${ev.evidence}; fired into the sea → show of force`,
    };
  }
  // "In Baghdad, US troops raided the offices of a party": where the fighting is.
  const scene = sceneOf(ctx);
  if (scene) return aimed(scene.members[0]!.code, "the scene's country");
  const c = countryOf(ev.source);
  if (!c) return ev;
  // ("India had targeted only camps used by militant groups": a state named as a whole strikes
  // abroad as often as at home; its forces, named as such, fight where the sentence places them)
  if (ev.source.members.every((m) => m.code.length === 3)) return ev;
  const aside = besideTheAct(ctx);
  for (const ph of ctx.phrases) {
    // "…, a rebel spokesman said in Nairobi": where the news was given is not a side of the fighting,
    // nor is a country named by its border ("captured a guerrilla stronghold on the Thai border").
    // ("…, Hamas said": an armed group of another country speaking is likely the other side.)
    const place = ph.start >= ctx.attributionAt && !armedSpeaker(ctx, ph);
    if (place || aside(ph.start) || /^(?:border|borders|frontier)$/.test(ctx.low[ph.end] ?? '')) continue;
    for (const m of ph.members) if (!m.code.startsWith('---') && countryOf({ ...ph, members: [m] }) !== c) return ev;
  }
  return aimed(c, 'fighting at home');
}

/**
 * Whether a phrase of an attribution is an armed group speaking ("…, Hamas said"), likely the
 * other side, not a place after a preposition ("said in Nairobi") nor a state's news agency.
 */
function armedSpeaker(ctx: Ctx, ph: Phrase): boolean {
  let k = ph.start - 1;
  while (k > ctx.attributionAt && DETERMINERS.has(ctx.low[k]!)) k--;
  return !PREPOSITIONS.has(ctx.low[k] ?? '') && ph.members.some((m) => /^(?:REB|INS|SEP)/.test(m.code.slice(3, 6)));
}

/** Whether what is fired after `from` lands "into the sea", "into the Sea of Japan", "into waters off …". */
function intoTheSea(low: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(low.length, from + 8); k++) {
    if (low[k] !== 'into') continue;
    return low.slice(k + 1, k + 4).some((w) => w === 'sea' || w === 'waters' || w === 'ocean');
  }
  return false;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Participles of holding people ("the aid workers held in Afghanistan"). */
const HELD = new Set(['held', 'detained', 'jailed', 'imprisoned', 'kidnapped', 'abducted', 'captured', 'arrested']);
/** Words of where and how an attribution was made ("said in a statement from Geneva"). */
const SAID_WHERE = new Set(['from', 'at', 'a', 'an', 'statement', 'interview', 'communique', 'broadcast', 'briefing']);
/** Intent adjectives that report a schedule rather than the actor's will. */
const SCHEDULED = new Set(['scheduled', 'slated', 'due', 'set']);
/** Words before a noun that a clause with no "that" may qualify ("the times they went", "every day we"). */
const QUALIFIED_NOUN_OPENERS = new Set(['the', 'every', 'each', 'those', 'these']);
const SUBJECT_PRONOUNS_SET = new Set(['he', 'she', 'it', 'they', 'we', 'who', 'which']);
/** A subject pronoun that opens a clause qualifying the noun before it ("the times they went", "every day we"). */
function opensQualifyingClause(low: readonly string[], ph: Phrase): boolean {
  return (
    ph.pronoun &&
    SUBJECT_PRONOUNS_SET.has(low[ph.start]!) &&
    /^[a-z]+$/.test(low[ph.start - 1] ?? '') &&
    QUALIFIED_NOUN_OPENERS.has(low[ph.start - 2] ?? '')
  );
}

/** Whether the verb at `first` has for subject such a pronoun ("the budget he will send"). */
function qualifyingSubjectBefore(ctx: Ctx, first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(ctx.low[k]!) || /^[a-z]+ly$/.test(ctx.low[k]!))) k--;
  const ph = k >= 0 && ctx.phraseAt[k]! >= 0 ? ctx.phrases[ctx.phraseAt[k]!]! : null;
  return !!ph && ph.end === k + 1 && opensQualifyingClause(ctx.low, ph);
}

/** Sectors of armed men. */
const ARMED = new Set(['MIL', 'REB', 'UAF', 'SEP', 'INS']);
/**
 * Whether "no" makes the thing done none: the object right after the verb ("delivered no aid") or
 * the subject of a passive ("no funds were donated", "No shots were fired").
 */
function noneDone(low: readonly string[], trigger: { start: number; end: number }): boolean {
  if (low[trigger.end] === 'no') return true;
  let k = trigger.start - 1;
  let aux = 0;
  while (k >= 0 && /^(?:was|were|been|be|is|are|being|has|have|had|will|would)$/.test(low[k]!)) {
    k--;
    aux++;
  }
  if (aux === 0) return false;
  for (let words = 0; k >= 0 && words < 3; k--, words++) {
    const w = low[k]!;
    if (w === 'no') return true;
    if (!/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/** Duties on trade ("imposed tariffs on Chinese goods"). */
/** Words between a verb and the duties it imposes ("slapped a 35% duty", "retaliated with new tariffs"). */
const TARIFF_MEANS = /^(?:with|a|an|the|its|their|new|retaliatory|additional|higher|steep|heavy|punitive|\d[\d.,]*|%|percent|per|cent)$/;
const TARIFFS = new Set(['tariff', 'tariffs', 'counter-tariffs', 'countertariffs', 'duties', 'duty', 'levies', 'levy']);
/** What a ban that is an embargo is on ("a ban on arms sales", "an oil ban"). */
const EMBARGOED = new Set([
  'trade',
  'investment',
  'investments',
  'imports',
  'import',
  'exports',
  'export',
  'sales',
  'flights',
  'flight',
  'shipments',
  'oil',
  'arms',
  'weapons',
]);
/** Nouns that an appositive after a comma opens, before a relative clause with no "that" ("…, a charge Asmara rejected"). */
const APPOSITIVE_CLAIMS = new Set([
  'charge',
  'charges',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'assertion',
  'move',
  'step',
  'decision',
]);
const GOVERNORS = new Set(['intent', 'threat', 'refuse', 'demand', 'appeal', 'accuse', 'say', 'belief', 'cont']);

/**
 * Whether the verb at `at` is a second predicate joined by "and" ("condemned the coup and called
 * for …"): an appeal there adds to the first act rather than being the sentence's event.
 */
function coordinated(low: readonly string[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const w = low[k]!;
    if (w === 'and') return true;
    if (!/^(?:has|have|had|also|then|later|,)$/.test(w)) return false;
  }
  return false;
}

function finish(c: Coded, low: readonly string[] = []): SentenceEvent {
  const plover = c.plover ?? cameoCode(c.cameo)?.plover ?? null;
  // A target that is the source itself (its own code, or one of a compound's) is no target; others
  // of the same kind named apart stay ("the Colombian army freed three Colombian soldiers").
  const own = new Set(c.source?.members.map((m) => m.code) ?? []);
  const apart =
    !!c.target &&
    !!c.source &&
    c.source.members.length === 1 &&
    c.target.end > c.target.start &&
    c.source.end > c.source.start &&
    !POSSESSIVES.has(low[c.target.start - 1] ?? '') &&
    !POSSESSIVES.has(low[c.target.start] ?? '');
  // A compound source's own countries are no target either ("Moscow and Beijing signed a treaty during
  // a visit by the Chinese president").
  const ownKeys = new Set(c.source && c.source.members.length > 1 ? c.source.members.map((m) => actorKey(m.code)) : []);
  // Rebels or civilians of one of those countries stay ("Afghan and NATO troops killed 20 Taliban fighters").
  const inCompound = !!c.target && c.target.members.every((m) => ownKeys.has(actorKey(m.code)) && !NON_STATE.test(m.code));
  // Forces moved within their own country have no target ("sent troops to the province of Aceh"),
  // nor are the forces mobilised one ("called up reservists").
  const home = c.source?.members[0]?.code.slice(0, 3);
  const athome = root(c.cameo) === 15 && !!c.target && c.target.members.every((m) => m.code === home || /^---(?:MIL|COP)/.test(m.code));
  const target =
    c.target && (c.target.start === c.source?.start || (c.target.members.every((m) => own.has(m.code)) && !apart) || inCompound || athome)
      ? null
      : c.target;
  return {
    cameo: c.cameo,
    plover,
    trigger: c.trigger,
    source: c.source,
    target,
    negated: c.negated,
    hedged: c.hedged,
    statement: false,
    evidence: c.evidence.join('; '),
  };
}
