/**
 * A light clause finder over tokens: which trigger words are used as verbs, their auxiliaries
 * (tense, modality, negation, passive voice), the event nouns, and the clause boundaries that
 * limit where a predicate's subject and objects may be. No parser: word lists and local context.
 */
import type { Token } from '../tokenize/tokenize.js';
import type { EventLexicon, Trigger, VerbForm } from './lexicon.js';

/** A verb group: the trigger verb and what its auxiliaries say. */
export interface Predicate {
  /** Token index of the verb (its particle, if any, follows). */
  readonly verb: number;
  /** First token of the group (auxiliaries, negation, "to"). */
  readonly first: number;
  /** Token after the verb and its particle. */
  readonly end: number;
  readonly trigger: Trigger;
  readonly form: VerbForm['form'];
  /** The first modal of the group (`will`, `would`, `may`, `must` …), lower-cased. */
  readonly modal: string | null;
  readonly negated: boolean;
  readonly passive: boolean;
  /** `to` + verb. */
  readonly infinitive: boolean;
  /** An -ing form with no auxiliary (after a preposition, a comma or a noun). */
  readonly gerund: boolean;
  /** A participle that modifies a noun ("the deal signed by", "a declaration demanding"). */
  readonly participle: boolean;
  /** Has a tense of its own (an auxiliary, or a past or present form after its subject). */
  readonly finite: boolean;
}

/** An event noun in the sentence: tokens `[start, end)`. */
export interface EventNoun {
  readonly start: number;
  readonly end: number;
  readonly trigger: Trigger;
}

/** Nouns after "press" that make it the news media ("press secretary", "press release"). */
const PRESS_NOUNS = new Set(
  'secretary secretaries conference conferences release releases office officer officers briefing briefings corps agency freedom coverage gallery room statement aide aides spokesman spokeswoman card pass'.split(
    ' ',
  ),
);

/** Means of travel after "by" ("flew by helicopter"), which make it no passive agent. */
const TRANSPORT = new Set(['bus', 'car', 'road', 'train', 'rail', 'air', 'plane', 'helicopter', 'boat', 'sea', 'ship', 'land']);
/** Means of talking at a distance: "spoke by telephone with", "met by video link" name no agent either. */
const MEDIA = new Set(['phone', 'telephone', 'video', 'videoconference', 'videolink', 'satellite', 'letter', 'email', 'e-mail', 'fax']);

/** Numbers spelt out: a form after one is an adjective ("three suspected militants"). */
const NUMBERS = new Set('two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands'.split(' '));

export const DETERMINERS = new Set(
  'the a an its their his her our my your this these those any no every each some such another whose either neither several many few both'.split(
    ' ',
  ),
);
export const PREPOSITIONS = new Set(
  'of for in on at with by from into against about over under after before during between among without through toward towards amid despite across along near within behind beyond upon onto via per like than outside inside'.split(
    ' ',
  ),
);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d", 'wo']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re"]);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve"]);
const DO = new Set(['do', 'does', 'did']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** Adverbs that sit inside verb groups. */
const GROUP_ADVERBS = new Set(
  'also again still already once long finally now then jointly reportedly allegedly further repeatedly twice recently immediately formally officially publicly strongly quickly currently apparently earlier later today yesterday just even yet soon effectively unilaterally outright bluntly sharply hastily previously subsequently initially personally directly seriously firmly swiftly partially partly fully largely gradually eventually ever actually'.split(
    ' ',
  ),
);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']);
/** Words that open a subordinate clause. */
export const SUBORDINATORS = new Set(
  'after as because while when whenever since if unless although though before until whereas once where following despite amid without'.split(
    ' ',
  ),
);
/** Days and time words that may sit between a verb and its particle. */
const TIME_NOUNS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday again also hard strongly'.split(' '));
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
export const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** Texts an actor adopts or issues; an -ing form after one says what the text does ("a resolution condemning"). */
export const DOCUMENTS = new Set(
  'resolution resolutions statement statements law laws bill bills decree decrees declaration communique communiqué motion letter edict order ordinance measure measures legislation amendment directive regulation regulations'.split(
    ' ',
  ),
);

/** Adjectives that make "be … to" an intent ("is ready to", "are prepared to"). */
export const INTENT_ADJECTIVES = new Set([
  'ready',
  'willing',
  'prepared',
  'committed',
  'determined',
  'poised',
  'set',
  'eager',
  'keen',
  'due',
  'going',
  'about',
  'scheduled',
  'slated',
  // "expressed readiness to hold talks": nouns of the same intent.
  'readiness',
  'willingness',
]);

function isAdverb(w: string): boolean {
  return GROUP_ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly') && !w.endsWith('ply') && w !== 'italy' && w !== 'family');
}

/** Whether the word at `k` may be the noun a participle modifies: a plain word, no determiner, preposition, number or pronoun. */
function nounNext(low: readonly string[], k: number): boolean {
  const w = low[k] ?? '';
  return /^[a-z]+$/.test(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !NUMBERS.has(w) && !SUBJECT_PRONOUNS.has(w) && w !== 'to';
}

const cap = (t: string) => {
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90;
};

/** The sentence's tokens, lower-cased. */
/** Where the actor mentions of a sentence are, token by token. */
export interface ActorTokens {
  /** Token i is inside a mention (a name or a role noun). */
  readonly inside: readonly boolean[];
  /** Token i ends a mention that can be a subject (not an adjective such as "Russian"). */
  readonly subjectEnd: readonly boolean[];
  /** Token i ends a mention used as a modifier ("a US offer", "Russian"). */
  readonly modifierEnd: readonly boolean[];
  /** Token i ends the name of one country, organisation or person, alone ("U.S.", "NATO", not "Russia and China"). */
  readonly singularEnd: readonly boolean[];
}

/** Nouns of acts that a state or body named before them does ("NATO strike kills 10", "Israeli raid wounds five"). */
const ACT_HEADS = new Set(
  'strike strikes airstrike airstrikes attack raid bombing shelling missile rocket drone blast ambush offensive court ruling move decision report probe bill law deal vote'.split(
    ' ',
  ),
);

/** The first token of the mention that ends at token `last`. */
function mentionStart(actors: ActorTokens, last: number): number {
  let m = last;
  while (m > 0 && actors.inside[m - 1]) m--;
  return m;
}

/**
 * Whether the verb joined by "and" at `from` has an object ("harassed and provoked three ships"),
 * past its adverbs and particle: a determiner, a number or a name right after it.
 */
function objectAfterJoined(low: readonly string[], tokens: readonly Token[], from: number): boolean {
  let j = from;
  while (j < low.length && /ly$/.test(low[j]!)) j++;
  if (!/ed$/.test(low[j] ?? '')) return true;
  j++;
  if (/^(?:down|up|off|out)$/.test(low[j] ?? '')) j++;
  const w = low[j] ?? '';
  return DETERMINERS.has(w) || NUMBERS.has(w) || /^\d/.test(w) || (j < tokens.length && cap(tokens[j]!.text));
}

/** Craft that are shot down, seized or hit, not the ones that shoot: aircraft, ships, convoys. */
const CRAFT = /^(?:helicopters?|planes?|aircraft|airliners?|ships?|vessels?|tankers?|boats?|convoys?|trucks?|buses|bus)$/;
/** What is done to a craft ("shot down", "hijacked"), as against what aircraft do ("bombed") and ships on their own ("sank"). */
const DONE_TO_CRAFT = new Set([
  'shoot down',
  'down',
  'damage',
  'destroy',
  'seize',
  'hijack',
  'intercept',
  'capture',
  'ambush',
  'attack',
  'hit',
]);

/** What follows a craft's headline passive where an object would follow the verb: nothing, a comma, a place or a time. */
const AFTER_CRAFT_HIT = new Set(['', ',', 'by', 'over', 'near', 'in', 'off', 'at', 'on', 'last']);

/** A quote mark that may open a quoted word. */
const OPENING_QUOTE = /^["'`\u201c\u2018]$/;

function isAuxiliary(w: string): boolean {
  return MODALS.has(w) || BE.has(w) || HAVE.has(w) || DO.has(w) || (NEGATIONS.has(w) && w !== 'no');
}

const AUXILIARY_BEFORE = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'to', 'not', 'did', 'does']);

/** Reflexive and object pronouns, which may come between a verb and its particle ("blew himself up", "handed him over"). */
const PRONOUNS_BEFORE_PARTICLE = new Set(['himself', 'herself', 'themselves', 'itself', 'him', 'her', 'them', 'it']);

/** Word forms of trigger verbs that are prepositions or adjectives in news text. */
/** Nouns "trade" qualifies ("trade negotiator", "trade talks", "trade war"): there it is no verb. */
const TRADE_HEADS =
  /^(?:negotiators?|representatives?|chiefs?|ministers?|ministry|secretary|commissioners?|envoys?|officials?|advis[eo]rs?|team|deals?|talks|wars?|policy|policies|barriers?|deficits?|surplus(?:es)?|tensions?|agreements?|pacts?|disputes?|partners?|routes?|data|figures|ties|relations|volumes?|flows?|truce|bloc|zone|body|group|negotiations)$/;

/** Verbs of reaching a goal, whose object a name may qualify ("meet NATO targets", "missed EU deadlines"). */
const GOAL_VERBS = /^(?:meet|meets|met|meeting|reach|reached|reaching|hit|miss|missed|missing|exceed|exceeded|achieve|achieved|set)$/;

/** What one invests that is no money ("invested a lot of time", "invest more effort"). */
const EFFORT_NOUNS = new Set([
  'time',
  'effort',
  'efforts',
  'energy',
  'hours',
  'days',
  'years',
  'attention',
  'emotion',
  'emotionally',
  'heart',
]);

/**
 * Whether the verb form at `i` is a noun where it stands: "trade" before a noun it qualifies ("a
 * former U.S. trade negotiator", "the EU trade chief"), time or effort "invested" ("has invested a
 * lot of time in Minnesota"), a plural after a name that a verb of reaching a goal takes ("to meet
 * NATO targets").
 */
function nounWhereItStands(low: readonly string[], actors: ActorTokens, i: number): boolean {
  const w = low[i]!;
  if (w === 'trade' && TRADE_HEADS.test(low[i + 1] ?? '')) return true;
  if (/^invest(?:s|ed|ing)?$/.test(w) && low.slice(i + 1, i + 5).some((x) => EFFORT_NOUNS.has(x))) return true;
  return /^[a-z]+s$/.test(w) && i > 0 && actors.inside[i - 1]! && GOAL_VERBS.test(low[mentionStart(actors, i - 1) - 1] ?? '');
}

const NEVER_VERBS = new Set([
  // ("NATO allies in Afghanistan", "America's allies": the noun; the verb is "allied itself with".)
  'allies',
  'according',
  'including',
  'regarding',
  'concerning',
  'following',
  'pending',
  'based',
  'given',
  'during',
  'considering',
  'excluding',
  'led',
  'backed',
  // "U.S. and allied troops"
  'allied',
]);

/** Words that open an object noun phrase: after a subject they make "backed" a verb. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these']);

/** Auxiliaries that make a participle of {@link NEVER_VERBS} a verb ("has given", "was backed"). */
const PARTICIPLE_AUXILIARIES = new Set(['has', 'have', 'had', 'having', 'was', 'were', 'been', 'be', 'is', 'are']);

export function lowerTokens(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text.toLowerCase());
}

/**
 * Finds the predicates (trigger verbs used as verbs) and event nouns of a sentence, given where
 * its actor mentions are (a name or role noun is never a verb; one just before a verb is its subject).
 */
export function findPredicates(
  low: readonly string[],
  tokens: readonly Token[],
  lex: EventLexicon,
  actors: ActorTokens,
): { predicates: Predicate[]; nouns: EventNoun[] } {
  const predicates: Predicate[] = [];
  const nouns: EventNoun[] = [];
  const n = low.length;
  for (let i = 0; i < n; i++) {
    const w = low[i]!;
    // "military aid", "hunger strike": the last word of a listed compound noun is no verb.
    const compound = lex.nouns.get(w)?.some(({ words }) => words.length > 1 && words.every((x, k) => low[i - words.length + 1 + k] === x));
    // "given the risks" is no verb, "has given Jordan" is; nor is "rebels backed by Rwanda", but
    // "Berlin backed the French plan" and "France backed Turkey's bid" are: a subject before it and
    // an object's determiner or a name after it.
    const never =
      NEVER_VERBS.has(w) &&
      !PARTICIPLE_AUXILIARIES.has(low[i - 1] ?? '') &&
      !(
        w === 'backed' &&
        actors.subjectEnd[i - 1] &&
        // ("Iraq backed down", "backed away from its threat": the phrasal verbs.)
        (OBJECT_OPENERS.has(low[i + 1] ?? '') || cap(tokens[i + 1]?.text ?? '') || /^(?:down|away|off)$/.test(low[i + 1] ?? ''))
      );
    // "is scheduled to attend": an intent adjective, not a verb of the PETRARCH-2 dictionary.
    const adjective = INTENT_ADJECTIVES.has(w) && low[i + 1] === 'to';
    const forms =
      compound || actors.inside[i] || never || cap(tokens[i]!.text) || nounWhereItStands(low, actors, i)
        ? undefined
        : adjective
          ? lex.verbs.get(w)?.filter((f) => f.trigger.source !== 'petrarch')
          : lex.verbs.get(w);
    let asVerb: Predicate | null = null;
    if (forms) {
      for (const vf of forms) {
        let end = i + 1;
        if (vf.particle) {
          const parts = vf.particle.split(' ');
          // The particle follows the verb, or a day or time word between them ("called Thursday on").
          let at = i + 1;
          while (
            at < n &&
            at - i <= 3 &&
            low[at] !== parts[0] &&
            (TIME_NOUNS.has(low[at]!) || (low[at] === 'on' && TIME_NOUNS.has(low[at + 1]!)) || PRONOUNS_BEFORE_PARTICLE.has(low[at]!))
          )
            at++;
          let ok = true;
          for (let k = 0; k < parts.length; k++) if (low[at + k] !== parts[k]) ok = false;
          if (!ok) continue;
          end = at + parts.length;
        }
        // "staged protests", "held talks", "opened fire": the verb's own object noun right after it.
        const next = low[end] ?? '';
        const objectNext =
          (lex.collocations.get(vf.trigger.lemma)?.some((c) => !c.prep && c.trigger.source === 'triggers' && c.words[0] === next) ??
            false) ||
          (vf.trigger.role === 'light' && lex.nouns.has(next));
        const p = verbUse(low, tokens, i, end, vf, actors, predicates[predicates.length - 1] ?? null, objectNext);
        if (
          p &&
          (!asVerb ||
            // (a phrasal verb known only from PETRARCH-2 whose particle is the team verb's own
            // preposition, "meet with", does not displace the team's "meet")
            (vf.particle &&
              !asVerb.trigger.lemma.includes(' ') &&
              !(vf.trigger.source === 'petrarch' && asVerb.trigger.source === 'triggers' && asVerb.trigger.preps.includes(vf.particle))) ||
            (asVerb.trigger.source === 'petrarch' && vf.trigger.source === 'triggers'))
        )
          asVerb = p;
      }
    }
    if (asVerb) {
      predicates.push(asVerb);
      if (asVerb.end > i + 1) i = asVerb.end - 1;
      continue;
    }
    // ("between January and March 2013": the month, not a protest march; "a press release": a
    // statement, not anyone set free.)
    const month = w === 'march' && tokens[i]!.text === 'March' && i > 0;
    const pressRelease = (w === 'release' || w === 'releases') && low[i - 1] === 'press';
    const ns = month || pressRelease ? undefined : lex.nouns.get(w);
    if (ns) {
      let best: EventNoun | null = null;
      for (const { trigger, words } of ns) {
        const start = i - words.length + 1;
        if (start < 0) continue;
        let ok = true;
        for (let k = 0; k < words.length; k++) if (low[start + k] !== words[k]) ok = false;
        if (ok && (!best || best.end - best.start < words.length)) best = { start, end: i + 1, trigger };
      }
      if (best) nouns.push(best);
    }
  }
  return { predicates, nouns };
}

/** Words after which "to" is a preposition, not the mark of an infinitive. */
const TO_IS_PREPOSITION =
  /^(?:confess(?:es|ed|ing)?|admit(?:s|ted|ting)?|plead(?:s|ed|ing)?|guilty|innocent|object(?:s|ed|ing)?|contribut(?:e|es|ed|ing)|link(?:s|ed)?|opposed|prior|addition|response|bow(?:s|ed|ing)?|yield(?:s|ed|ing)?|succumb(?:s|ed|ing)?|cave[sd]?|caving|bend(?:s|ing)?|bent|submit(?:s|ted|ting)?|resistant|immune|vulnerable|subject|exposed)$/;

/** Dashes that set off an aside ("Russia — which annexed Crimea — rejected"). @internal */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
/** Prepositions that take a noun, not a clause (unlike "after", "since", "as"). */
const NOUN_PREPOSITIONS = new Set([
  'to',
  'of',
  'for',
  'with',
  'on',
  'in',
  'at',
  'by',
  'from',
  'against',
  'about',
  'into',
  'over',
  'amid',
  'despite',
]);
/**
 * Whether the noun at `k` heads a phrase of a preposition, through its adjectives and the names
 * that modify it ("of U.S. economic sanctions"). A past form after it that takes no object is that
 * noun described ("sanctions imposed to punish …"); one that does may be the verb ("prisoners in
 * Israeli jails began a hunger strike").
 */
function nounAfterPreposition(low: readonly string[], actors: ActorTokens, k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - 5; m--) {
    if (NOUN_PREPOSITIONS.has(low[m]!)) return true;
    const modifier = actors.inside[m] || /^[a-z]+(?:al|ic|an|ive)$/.test(low[m]!);
    if (!modifier) return false;
  }
  return false;
}

/** Past participles that say how someone felt ("was shocked by"), not what was done to them. */
const FEELINGS = new Set(
  'shocked alarmed concerned disappointed saddened appalled outraged horrified dismayed surprised worried pleased encouraged troubled angered disturbed'.split(
    ' ',
  ),
);

/** Adjectives and participles that a past form joined by "and" may share a noun with ("the dead and wounded soldiers"). */
const ADJECTIVE_BEFORE_AND =
  /^(?:[a-z]+(?:ed|en)|dead|old|young|new|sick|poor|rich|weak|elderly|former|current|missing|hungry|homeless|displaced)$/;

/** Past forms of verbs never used without an object: with none after them, they are said of the noun before. */
const ALWAYS_TRANSITIVE = new Set([
  'destroyed',
  'damaged',
  'killed',
  'wounded',
  'injured',
  'arrested',
  'detained',
  'captured',
  'kidnapped',
  'abducted',
  'executed',
  'deported',
  'expelled',
  'jailed',
  'shot',
]);
/** Prepositions of place and time that, right after a verb that always takes an object, show it has none. */
const PLACE_OR_TIME = new Set(['in', 'on', 'near', 'during', 'outside', 'inside']);

/** Role nouns that name many people without a plural -s ("police", "gunmen"). */
const PLURAL_ROLE = /^(?:police|people|clergy|staff|personnel|media|[a-z]*men|children)$/;

/** Whether a word is a role noun in the singular ("teacher", "union"), whose own verb would end in -s. */
function singularRoleNoun(word: string): boolean {
  return /^[a-z]+$/.test(word) && !word.endsWith('s') && !PLURAL_ROLE.test(word);
}

/** Words after which a subject takes a bare verb ("demanded that the army withdraw", "let the army fight"). */
const BARE_VERB_BEFORE = /^(?:that|let|lets|help|helps|helped|make|makes|made|see|saw|watch|watched|hear|heard)$/;

/** The word before a phrase starting at `start`, past its determiners. */
function wordBefore(low: readonly string[], start: number): string {
  let m = start - 1;
  while (m > 0 && DETERMINERS.has(low[m]!)) m--;
  return low[m] ?? '';
}

/** Past forms that, with "to" after them, so often describe a thing's purpose ("a tribunal intended to try …"). */
const PURPOSE_PARTICIPLES = new Set(['intended', 'designed', 'meant', 'aimed', 'planned', 'set', 'scheduled', 'expected']);

/**
 * Whether token `k` is a dash that closes an aside opened by another dash right after a name or
 * an actor ("Russia — which annexed Crimea in 2014 — rejected"): what follows it is the verb of
 * the name before the aside, as after a closing bracket.
 */
function closesAside(low: readonly string[], tokens: readonly Token[], actors: ActorTokens, k: number): boolean {
  if (k < 2 || !ASIDE_DASHES.has(low[k]!)) return false;
  let open = k - 2;
  while (open > 0 && !ASIDE_DASHES.has(low[open]!)) open--;
  if (open < 1 || !ASIDE_DASHES.has(low[open]!)) return false;
  return actors.subjectEnd[open - 1] === true || cap(tokens[open - 1]!.text);
}

/** Whether the trigger word at `i` is used as a verb here, and its group if so. */
/** Words before a compound noun of a role and an act ("more terrorist attacks", "2001 terrorist attacks"). */
const QUANTITY_BEFORE = /^(?:more|many|several|few|fewer|further|recent|repeated|frequent|other|new|deadly|\d[\d,]*)$/;
/** Words that open a relative clause. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'that']);
/** Words that open a clause of its own between two verbs. */
const CLAUSE_BREAKS = new Set(['and', 'but', 'or', 'that', 'who', 'which', 'while', 'as', 'when', ';', ':', '"']);

/**
 * Whether a bare past form after the comma at `comma` stands in the clause of a verb in the
 * present with no clause break between ("offers young people a course, paid transit to Oslo and
 * …"): an item of that verb's list, as a verb's tense would not change within it.
 */
function listItemAfterPresent(low: readonly string[], previous: Predicate | null, comma: number): boolean {
  if (previous?.form !== 's' || previous.modal || !previous.finite || previous.trigger.role === 'say') return false;
  // ("The Taliban, which controls most of Afghanistan, refused": a relative clause ends at the comma.)
  if (RELATIVE_OPENERS.has(low[previous.first - 1] ?? '')) return false;
  for (let t = previous.end; t < comma; t++) if (CLAUSE_BREAKS.has(low[t]!)) return false;
  return true;
}

/** Nouns of a quantity before "of" ("a handful of", "a number of"), which take a plural verb. */
const QUANTITY_OF = /^(?:handful|number|couple|dozen|dozens|hundreds|thousands|series|string|host|range|pair|lot|lots|variety)$/;
/**
 * Finite auxiliaries that follow a clause's subject: right after a word, they show it was a noun
 * ("teacher protests were held").
 */
export const AUXILIARY_AFTER = new Set(['were', 'are', 'was', 'is', 'have', 'has', 'had', 'will', 'would']);

function verbUse(
  low: readonly string[],
  tokens: readonly Token[],
  i: number,
  end: number,
  vf: VerbForm,
  actors: ActorTokens,
  previous: Predicate | null,
  objectNext = false,
): Predicate | null {
  // Walk left over the verb group: adverbs, auxiliaries, negation, "to".
  let first = i;
  let modal: string | null = null;
  let negated = false;
  let be = false;
  let have = false;
  let aux = false;
  let infinitive = false;
  let k = i - 1;
  while (k >= 0) {
    const w = low[k]!;
    if (isAdverb(w) && !cap(tokens[k]!.text)) {
      k--;
      continue;
    }
    // 'would have "objected"': a verb in quotes keeps the auxiliaries before them.
    if (k === i - 1 && OPENING_QUOTE.test(w) && k > 0 && isAuxiliary(low[k - 1]!)) {
      k--;
      continue;
    }
    if (NEGATIONS.has(w) && w !== 'no') {
      negated = true;
      aux = true;
    } else if (MODALS.has(w)) {
      modal = w === "'ll" || w === 'wo' ? 'will' : w === "'d" ? 'would' : w;
      aux = true;
    } else if (BE.has(w)) {
      if (w === "'s" && (k === 0 || !SUBJECT_PRONOUNS.has(low[k - 1]!))) break;
      be = true;
      aux = true;
    } else if (HAVE.has(w)) {
      have = true;
      aux = true;
    } else if (DO.has(w)) aux = true;
    else if (w === 'to') {
      infinitive = true;
      first = k;
      k--;
      break;
    } else break;
    first = k;
    k--;
  }
  const prev = k >= 0 ? low[k]! : '';
  const next = end < low.length ? low[end]! : '';
  // "Farouk al-Sharaa held talks": a name may end in an Arabic article's compound.
  const prevCapital = k > 0 && (cap(tokens[k]!.text) || /^(?:al|el)-\p{Lu}/u.test(tokens[k]!.text));
  const nextCapital = end < low.length && cap(tokens[end]!.text);
  const form = vf.form;
  // "US Chinook helicopter shot down and destroyed last night": a craft named right before an -ed
  // form with no object after it had it done to it (a headline's passive without "was").
  const craftHit =
    form === 'ed' &&
    !be &&
    CRAFT.test(prev) &&
    DONE_TO_CRAFT.has(vf.trigger.lemma) &&
    (AFTER_CRAFT_HIT.has(next) || (next === 'and' && !objectAfterJoined(low, tokens, end + 1)));
  // ("… shot down and completely destroyed": a second -ed form joined to a passive one is passive too.)
  const joinedToPassive = form === 'ed' && !be && prev === 'and' && previous?.passive === true && previous.end === k;
  const passive = (be && form === 'ed') || craftHit || joinedToPassive;
  const group = (extra: Partial<Predicate>): Predicate => ({
    verb: i,
    first,
    end,
    trigger: vf.trigger,
    form,
    modal,
    negated,
    passive,
    infinitive,
    gerund: false,
    participle: false,
    finite: !infinitive,
    ...extra,
  });
  if (aux || infinitive) {
    if (infinitive && form !== 'base' && !(be || have)) return null;
    // "confessed to murder", "admitted to spying": "to" after these is a preposition, its word a noun.
    if (infinitive && !aux && TO_IS_PREPOSITION.test(low[first - 1] ?? '')) return null;
    if (be && form !== 'ed' && form !== 'ing') return null;
    if (have && !be && form !== 'ed' && form !== 'base') return null;
    return group({});
  }
  // No auxiliary: tell a verb from a noun or an adjective by what is around it.
  // ("Thousands marched in Paris": a crowd counted that the actors read as the clause's subject is one.)
  const crowd = NUMBERS.has(prev) && k >= 0 && actors.subjectEnd[k] === true;
  if (DETERMINERS.has(prev) || prev === "'s" || prev === "'" || /^\d/.test(prev) || (NUMBERS.has(prev) && !crowd)) return null;
  // "urged Arab states to cut ties", "Gulf states condemned": "states" states something only before a that-clause.
  if (low[i] === 'states' && next !== 'that') return null;
  // "Utah state courts", "New York state officials": the state of a name, before the noun it names.
  if (low[i] === 'state' && cap(tokens[k]?.text ?? '') && /^[a-z]+s$/.test(next)) return null;
  // "press secretary", "a press conference": the news media, not pressure.
  if (low[i] === 'press' && PRESS_NOUNS.has(next)) return null;
  if (k >= 0 && actors.modifierEnd[k]) return null;
  const joined = prev === 'and' || prev === ',' || prev === 'or' || prev === 'but';
  const aside = closesAside(low, tokens, actors, k);
  const afterVerb = previous !== null && previous.end === k + 1;
  if (form === 'ing') {
    // Gerunds after prepositions and participles opening an adjunct (", killing one person").
    // ("quoted as saying": "as" opens a gerund too.)
    if (PREPOSITIONS.has(prev) || joined || k < 0 || prev === 'to' || prev === 'as') return group({ gerund: true, finite: false });
    if (afterVerb && previous.trigger.role === 'cont') return group({ gerund: true, finite: false });
    // "adopted a resolution condemning Israel": what the text does.
    if (DOCUMENTS.has(prev)) return group({ participle: true, finite: false });
    if (next === 'that' && /^[a-z]/.test(prev)) return group({ gerund: true, finite: false });
    // ("closed the Rafah crossing with Gaza": a place's name between "the" and an -ing noun names it.)
    const namedNoun =
      k >= 1 &&
      DETERMINERS.has(low[k - 1]!) &&
      cap(tokens[k]!.text) &&
      !/s$/.test(low[k]!) &&
      (PREPOSITIONS.has(next) || !/^[a-z]/.test(next));
    if (k >= 0 && actors.subjectEnd[k] && !namedNoun) return group({ gerund: true, participle: true, finite: false });
    return null;
  }
  if (PREPOSITIONS.has(prev)) return null;
  if (form === 'ed') {
    if (k < 0 || afterVerb) return null;
    if (prev === ',' && listItemAfterPresent(low, previous, k)) return null;
    // "a Hamas supporter shot in Khan Younis", "two soldiers killed on Monday": no object, so done to the noun.
    if (ALWAYS_TRANSITIVE.has(low[i]!) && end === i + 1 && PLACE_OR_TIME.has(next)) return group({ participle: true, finite: false });
    // "due to sanctions imposed after Iraq's invasion": a plain noun after a preposition, then a
    // past form, is that noun described, no clause.
    if (
      !actors.subjectEnd[k] &&
      /^[a-z]+$/.test(tokens[k]!.text) &&
      !TIME_NOUNS.has(prev) &&
      !joined &&
      !/ly$/.test(prev) &&
      !SUBJECT_PRONOUNS.has(prev) &&
      !DETERMINERS.has(prev) &&
      k > 0 &&
      (NOUN_PREPOSITIONS.has(low[k - 1]!) || (nounAfterPreposition(low, actors, k) && (next === 'to' || NOUN_PREPOSITIONS.has(next))))
    )
      return group({ participle: true, finite: false });
    // "with lawmakers already charged over partisan fights": "with", a noun and a past form is a
    // circumstance, no clause; "funds for a planned international tribunal intended to try …": a
    // noun after a preposition or an indefinite article is no subject of a purpose's past form.
    if (actors.subjectEnd[k]) {
      let m = mentionStart(actors, k) - 1;
      while (m > 0 && (DETERMINERS.has(low[m]!) || /^[a-z]+(?:ed|al|ic|an|ing)$/.test(low[m]!)) && m > mentionStart(actors, k) - 4) m--;
      // ("a tribunal intended to …" is no act of the tribunal's either.)
      const purpose = PURPOSE_PARTICIPLES.has(low[i]!) && next === 'to';
      const indefinite = low.slice(m, mentionStart(actors, k)).some((w) => w === 'a' || w === 'an');
      if (low[m] === 'with' || (purpose && (indefinite || PREPOSITIONS.has(low[m] ?? '') || low[m] === 'to')))
        return group({ participle: true, finite: false });
      // "reports of schools destroyed in Guatemala", "the bodies of soldiers killed in the ambush": after
      // "of", a verb that always takes an object, with none, says what was done to the noun.
      // ("of homes and schools destroyed": past a plural noun joined before it.)
      const of = low[m] === 'of' || (low[m] === 'and' && /^[a-z]{3,}s$/.test(low[m - 1] ?? '') && low[m - 2] === 'of');
      if (of && ALWAYS_TRANSITIVE.has(low[i]!) && NOUN_PREPOSITIONS.has(next)) return group({ participle: true, finite: false });
    }
    // "The bomb-guidance kits proposed to be sold to Saudi Arabia are built by Boeing": a plain noun,
    // then a past form and "to be", is that noun described.
    if (
      next === 'to' &&
      low[end + 1] === 'be' &&
      k >= 0 &&
      !actors.subjectEnd[k] &&
      /^[a-z]+$/.test(tokens[k]!.text) &&
      !SUBJECT_PRONOUNS.has(prev)
    )
      return group({ participle: true, finite: false });
    // "the deal signed by …", "the army, accused of abuses, …": a participle.
    // ("travelled by bus to Lahore": "by" and a means of transport is no agent.)
    if ((next === 'by' && !TRANSPORT.has(low[end + 1] ?? '') && !MEDIA.has(low[end + 1] ?? '')) || (prev === ',' && next === 'of'))
      return group({ participle: true, finite: false });
    // "soldiers held hostage by guerrillas": a participle with its complement before the agent.
    if (/^(?:hostage|hostages|captive|prisoner)$/.test(next) && low[end + 1] === 'by') return group({ participle: true, finite: false });
    // "felt compelled to act", "seemed forced to": how the subject felt, nothing done to it.
    if (/^(?:felt|feel|feels|feeling|seemed|seem|seems)$/.test(prev)) return group({ participle: true, finite: false });
    // "DNA samples from anyone arrested in England": whoever is, not someone who was.
    if (/^(?:anyone|anybody|everyone|everybody|someone|somebody|those)$/.test(prev)) return group({ participle: true, finite: false });
    // "a tourist accused of spying", "a man charged with murder": the accused comes before, as object.
    if (vf.trigger.role === 'accuse' && (next === 'of' || next === 'with')) return group({ participle: true, finite: false });
    // "a killing widely blamed on Syria": blamed with no object between is said of the thing blamed.
    // ("the attack it blamed on al-Qaeda" has its subject before it.)
    if (low[i] === 'blamed' && next === 'on' && !SUBJECT_PRONOUNS.has(prev) && !actors.subjectEnd[k]) {
      return group({ participle: true, finite: false });
    }
    // "the dead and wounded soldiers", "the newly-developed, advanced models": joined to an
    // adjective right after a determiner, a participle is an adjective too.
    if (
      // (not "welcomed the talks and condemned Thailand": a noun before "and" ends an object)
      (((prev === 'and' || prev === 'or') && ADJECTIVE_BEFORE_AND.test(low[k - 1] ?? '')) ||
        (prev === ',' && /^[a-z]+(?:-[a-z]+)*$/.test(low[k - 1] ?? '') && /-|ed$/.test(low[k - 1] ?? ''))) &&
      DETERMINERS.has(low[k - 2] ?? '') &&
      !actors.subjectEnd[k - 1] &&
      nounNext(low, i + 1) &&
      end === i + 1
    )
      return null;
    // "was evicted in April and sentenced to 50 weeks in jail": joined to a passive with no actor
    // between, a past form shares its voice ("should be impeached by the House and removed from
    // office": and its modal).
    // (not after a feeling: "was shocked by the killings and called for an inquiry" is the body's own call)
    if ((prev === 'and' || prev === 'or') && previous?.passive && previous.end <= k && !FEELINGS.has(low[previous.verb]!)) {
      let actorBetween = false;
      for (let t = previous.end; t < k; t++) if (actors.inside[t]) actorBetween = true;
      if (!actorBetween && k - previous.end <= 6) return group({ passive: true, modal: modal ?? previous.modal });
    }
    // "The US and its partners imposed sanctions": a plural noun after a possessive is a subject.
    const owned = /^[a-z]+s$/.test(prev) && /^(?:its|their|his|her|our)$/.test(low[k - 1] ?? '');
    // "Iraqi gunners opened fire", "fundamentalists staged protests": a past form right before its
    // own object noun is a verb, whatever the word before it.
    if (
      (objectNext && /^[a-z]/.test(prev)) ||
      actors.subjectEnd[k] ||
      SUBJECT_PRONOUNS.has(prev) ||
      prev === ')' ||
      aside ||
      joined ||
      prev === "''" ||
      prev === '"' ||
      prevCapital ||
      owned
    )
      return group({});
    if (
      /^[a-z]/.test(prev) &&
      (next === '' ||
        nextCapital ||
        !/^[a-z]/.test(next) ||
        DETERMINERS.has(next) ||
        PREPOSITIONS.has(next) ||
        SUBJECT_PRONOUNS.has(next) ||
        // "police in the Kenyan capital detained hundreds of demonstrators": a quantity or an actor as object.
        NUMBERS.has(next) ||
        actors.inside[end] === true ||
        next === 'to' ||
        next === 'up' ||
        next === 'out' ||
        next === 'off' ||
        next === 'down' ||
        next === 'back')
    )
      return group({});
    return null;
  }
  // base and -s forms: a verb after its subject (a name, a pronoun, a role noun, a relative pronoun, a plural noun).
  const pluralNoun =
    form === 'base' && /^[a-z]+s$/.test(prev) && !prev.endsWith('ss') && !afterVerb && prev !== 'is' && prev !== 'has' && prev !== 'was';
  // ", like most other members, plans to": after an apposition.
  const afterApposition = prev === ',' && form === 's' && (next === 'to' || DETERMINERS.has(next));
  const afterSubject =
    (k >= 0 && actors.subjectEnd[k]) ||
    SUBJECT_PRONOUNS.has(prev) ||
    prev === ')' ||
    aside ||
    pluralNoun ||
    afterApposition ||
    (prevCapital && form === 's') ||
    // "NATO strike kills 10 civilians": an -s form after a noun that one named state or body modifies.
    (form === 's' &&
      k >= 1 &&
      actors.singularEnd[k - 1] &&
      ACT_HEADS.has(prev) &&
      !(previous && previous.end > k) &&
      /^[a-z0-9]/.test(next) &&
      !PREPOSITIONS.has(next) &&
      !PREPOSITIONS.has(low[mentionStart(actors, k - 1) - 1] ?? ''));
  if (!afterSubject) return null;
  // "a review of U.S. aid to Pakistan", "EU support for Kiev": a base form right after one state or
  // body named alone, and before a preposition or a clause break, is the noun it modifies (the verb
  // would be "aids", "supports"); "demanded that Israel halt the construction" keeps its verb.
  if (
    form === 'base' &&
    k >= 0 &&
    actors.singularEnd[k] &&
    !AUXILIARY_BEFORE.has(prev) &&
    // ("denounced the U.S. embargo as genocide": "as" too.)
    (PREPOSITIONS.has(next) || next === 'to' || next === 'as' || next === '' || /^[^\p{L}\p{N}]/u.test(next))
  ) {
    // ("police in Belize continue to …": a name inside another phrase is not the verb's subject;
    // "billions of dollars in U.S. aid to Pakistan": unless no actor heads that phrase.)
    const at = mentionStart(actors, k) - 1;
    const nameAfter = low[at] ?? '';
    if (nameAfter === 'of' || !PREPOSITIONS.has(nameAfter) || !actors.subjectEnd[at - 1]) return null;
  }
  // "Indiana's biggest such teacher protest amid a wave of activism": a base form after one role
  // noun, before a preposition or a clause break, is the noun it modifies too (the verb would be
  // "protests"); "demanded that the government withdraw from", "helped the army fight against" keep it.
  if (
    form === 'base' &&
    k >= 0 &&
    actors.subjectEnd[k] &&
    singularRoleNoun(tokens[k]!.text) &&
    (PREPOSITIONS.has(next) || next === '' || /^[^\p{L}\p{N}]/u.test(next)) &&
    !BARE_VERB_BEFORE.test(wordBefore(low, mentionStart(actors, k)))
  )
    return null;
  // "more terrorist attacks", "the 2001 terrorist attacks", "teacher protests were held": an -s form
  // after a singular role noun that a quantity or a year precedes, or that an auxiliary follows, is
  // the noun the role noun modifies.
  if (form === 's' && k > 0 && actors.subjectEnd[k] && !/s$/.test(prev) && (QUANTITY_BEFORE.test(low[k - 1]!) || AUXILIARY_AFTER.has(next)))
    return null;
  // "to play a handful of UK shows this week": after a quantity "of" and one name, a verb would
  // agree with the quantity ("a handful of UK bands play"), so an -s form is the noun the name modifies.
  if (
    form === 's' &&
    k > 0 &&
    actors.singularEnd[k] &&
    QUANTITY_OF.test(wordBefore(low, mentionStart(actors, k) - 1)) &&
    low[mentionStart(actors, k) - 1] === 'of'
  )
    return null;
  // "rejected on Monday calls by legislators": a verb, then its day, then its object.
  if (previous !== null && previous.end === k - 1 && low[k - 1] === 'on' && WEEKDAYS.has(prev)) return null;
  // "involvement in terrorist attacks": a role noun inside a prepositional phrase is no subject.
  if (k >= 0 && actors.subjectEnd[k]) {
    let m = mentionStart(actors, k);
    while (m > 0 && DETERMINERS.has(low[m - 1]!)) m--;
    const prep = low[m - 1] ?? '';
    if (PREPOSITIONS.has(prep) && prep !== 'of' && !cap(tokens[m]!.text)) return null;
  }
  // "struck Hamas targets", "attacked army posts": a name right after a verb is its object, and the
  // word after the name a noun it modifies, not a verb of its own.
  // So too with adjectives before the name ("struck suspected Kurdish militant targets",
  // "exchanged heavy artillery fire").
  if (k >= 0 && actors.subjectEnd[k] && previous) {
    let m = mentionStart(actors, k);
    for (let a = 0; a < 2 && m > previous.end && /^[a-z]+$/.test(low[m - 1]!) && !PREPOSITIONS.has(low[m - 1]!); a++) m--;
    while (m > 0 && DETERMINERS.has(low[m - 1]!)) m--;
    const role = previous.trigger.role;
    // ("rejected the U.S. plans", "criticised the Saudi attacks", "called the U.S. sanctions illegal":
    // verbs of refusal and blame, and "call", take no clause there either.)
    const transitive =
      role === 'event' ||
      role === 'violent' ||
      role === 'split' ||
      role === 'light' ||
      role === 'refuse' ||
      role === 'accuse' ||
      previous.trigger.lemma === 'call';
    if (previous.end === m && previous.finite && (form === 's' || form === 'base') && transitive) return null;
  }
  return group({});
}
