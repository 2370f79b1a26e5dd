/**
 * The `events` layer: who did what to whom, coded in CAMEO and PLOVER with the Goldstein score,
 * from each sentence of an article (see code.ts for how, and `models/events/README.md` for the
 * tables it uses).
 */

import type { Doc } from '../../doc.js';
import { actorById } from '../../kb/kb.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import type { Entity, EntityMention } from '../entities/entities.js';
import { docSentences } from '../tokenize/annotator.js';
import { type Sentence, splitSentences } from '../tokenize/tokenize.js';
import { articleBlocs } from './actors.js';
import { ArticleCountry } from './article.js';
import { backgroundAct, latestYearNamed } from './background.js';
import { asCampaignPolitics, campaignArticle, isForce } from './campaign.js';
import { codeSentence, type Phrase, type SentenceEvent, unknownActor } from './code.js';
import { sportsReport } from './everyday.js';
import { cameoCode } from './lexicon.js';

/** A span of the article's text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An actor of an event. */
export interface EventActor {
  /** The entity of the `entities` layer this actor is, when one covers it. */
  readonly entity?: string;
  /** The words that name the actor (the whole phrase for a compound: "Hungary and Romania"). */
  readonly text: string;
  /** CAMEO actor code: country ISO-3 (`RUS`), organisation (`IGOWSTNAT`), plus sector (`RUSMIL`); `---MIL` when only the role is known. */
  readonly code: string;
  /** The actors of a compound ("Hungary and Romania agreed"): each code with its words, and its entity when one covers them. */
  readonly members?: readonly { readonly code: string; readonly text: string; readonly entity?: string }[];
  /** Not named in the sentence but implied by it (the government a protest is aimed at); `text` is then empty. */
  readonly implied?: true;
}

/** One coded event. Offsets are into {@link Doc.text}. */
export interface Event {
  /** The span from the first to the last word of the event (trigger and actors). */
  readonly start: number;
  readonly end: number;
  readonly trigger: TextSpan;
  /** CAMEO event code (`190`, `0841`). */
  readonly cameo: string;
  /** PLOVER 0.5 category (`FIGHT`, `AGREE`); appeals (02x) are DEMAND; null for CAMEO statements (01x) and appeals joined to another act, which PLOVER drops. */
  readonly plover: string | null;
  /** Goldstein conflict–cooperation score of the CAMEO code, −10 … +10. */
  readonly goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly source: EventActor | null;
  readonly target: EventActor | null;
  /** "did not threaten": reported as not having happened. */
  readonly negated: boolean;
  /** "may deploy", "hoped … would": reported as possible, not as a fact. */
  readonly hedged: boolean;
  /** An act years before the report ("blew up a Pan Am plane in 1988"): history, not an event of the report's day. */
  readonly background?: true;
  /** The statement event that goes with a reported event ("X said Y attacked Z" → X's statement). */
  readonly statement: boolean;
  /** Index of the sentence in the `sentences` layer. */
  readonly sentence: number;
  /** Which pattern or decision produced the event. */
  readonly evidence: string;
}

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    events: readonly Event[];
  }
}

/** Options of {@link findEvents}. */
export interface FindEventsOptions {
  /** The report's date (ISO 8601): picks people's codes in effect on that day. */
  readonly date?: string | null;
  /** The article's entities, to name the entity behind each actor. */
  readonly entities?: readonly Entity[];
  /** The article's title: one that reports sport makes the page sport on fewer such sentences. */
  readonly title?: string | null;
}

function actorOf(text: string, sentence: Sentence, ph: Phrase | null, entities: readonly Entity[] | undefined): EventActor | null {
  if (!ph || ph.members.length === 0) return null;
  if (ph.end <= ph.start) return { text: '', code: ph.members[0]!.code, implied: true };
  const tok = sentence.tokens;
  const start = tok[ph.start]!.start;
  const end = tok[ph.end - 1]!.end;
  const members = ph.members.map((m) => {
    const a = tok[m.start]!.start;
    const b = tok[m.end - 1]!.end;
    const over = entities?.filter((e) => e.mentions.some((x) => x.start < b && a < x.end)) ?? [];
    // a party the entities name ("Germany's Christian Democrats" is no Christian group): its country's party agent
    const partyEntity = over.find((e) => e.kb?.id.startsWith('party/'));
    const party = partyEntity ? actorById(partyEntity.kb!.id)?.code : undefined;
    // ("accused the alliance": an organisation of states the article names, called back by a common noun)
    const named =
      over.length === 0 && m.code.startsWith('IGO') ? entities?.filter((e) => e.type === 'ORG' && e.kb?.cameo === m.code) : undefined;
    const entity = (partyEntity ?? over[0] ?? (named?.length === 1 ? named[0] : undefined))?.id;
    return { code: party ? `${party}PTY` : m.code, text: text.slice(a, b), ...(entity ? { entity } : {}) };
  });
  const entity = members[0]!.entity;
  return {
    ...(entity ? { entity } : {}),
    text: text.slice(start, end),
    code: members[0]!.code,
    ...(members.length > 1 ? { members } : {}),
  };
}

/**
 * A sentence's subject as the next sentence may use it ("He said …"): its actors' codes without
 * token spans, which index the sentence they came from, so the next one takes it as implied.
 */
function carried(subject: Phrase): Phrase {
  const members = subject.members.map((m) => ({ code: m.code, start: 0, end: 0 }));
  return {
    start: 0,
    end: 0,
    members,
    pronoun: false,
    ...(subject.plural !== undefined ? { plural: subject.plural } : {}),
    ...(subject.state ? { state: true as const } : {}),
  };
}

/** Words between a subject and its verb: auxiliaries, adverbs, times. */
const BEFORE_VERB =
  /^(?:has|have|had|is|are|was|were|will|would|also|again|then|now|yesterday|today|\w+ly|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * The doer of an event with none, when a person or organisation the dictionary does not know is
 * named right before its verb ("Mitt Romney resumed his criticism of Obama"): it keeps no code.
 * Not for reported, passive or statement events, whose subject is someone else.
 */
function namedDoer(low: readonly string[], names: readonly { start: number; end: number }[], c: SentenceEvent): Phrase | null {
  if (names.length === 0 || c.statement || /^passive|reported by/.test(c.evidence)) return null;
  let k = c.trigger.start - 1;
  while (k >= 0 && BEFORE_VERB.test(low[k]!)) k--;
  const name = names.find((x) => x.end === k + 1);
  return name ? unknownActor(name) : null;
}

/** A person the knowledge base codes ("Boris Johnson", GBRGOV), as a phrase carried over to the next sentence; else null. */
function knownPerson(entities: readonly Entity[], id: string): Phrase | null {
  const code = entities.find((e) => e.id === id)?.kb?.cameo;
  return code ? { start: 0, end: 0, members: [{ code, start: 0, end: 0 }], pronoun: false } : null;
}

/** The person an actor phrase names ("Pakistani President Pervez Musharraf"), as an entity id. */
function personIn(entities: readonly Entity[] | undefined, sentence: Sentence, ph: Phrase): string | undefined {
  if (!entities || ph.end <= ph.start) return undefined;
  const from = sentence.tokens[ph.start]!.start;
  const to = sentence.tokens[ph.end - 1]!.end;
  return entities.find((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind !== 'pronoun' && m.start >= from && m.end <= to))?.id;
}

/** The person the first "he" or "she" of a sentence names, as the entities resolve it; undefined when none does. */
function pronounPerson(entities: readonly Entity[], sentence: Sentence): string | undefined {
  const tok = sentence.tokens;
  if (tok.length === 0) return undefined;
  const from = tok[0]!.start;
  const to = tok[tok.length - 1]!.end;
  let first: { at: number; id: string } | undefined;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.kind !== 'pronoun' || m.start < from || m.end > to || !/^(?:he|she)$/i.test(m.text)) continue;
      if (!first || m.start < first.at) first = { at: m.start, id: e.id };
    }
  }
  return first?.id;
}

/** The mentions of people and organisations that no actor of the knowledge base matches ("WeWork", "Julian Assange"). */
function unknownMentions(entities: readonly Entity[] | undefined, storms: ReadonlySet<Entity>): EntityMention[] {
  return (
    (entities ?? [])
      // (a party by its members' word, "Republicans", is one too: its code comes from the party)
      .filter((e) => (e.type === 'PERSON' || e.type === 'ORG' || e.kb?.id.startsWith('party/')) && !e.kb?.cameo && !storms.has(e))
      .flatMap((e) => e.mentions)
  );
}

/** A storm's kind before its name ("Hurricane Sandy") or in apposition after it ("Sandy, the punishing superstorm"). */
const STORM_BEFORE = /\b(?:hurricane|superstorm|storm|typhoon|cyclone)\s+$/i;
const STORM_AFTER = /^,\s+(?:the|a)\s+(?:[a-z-]+\s+){0,2}(?:hurricane|superstorm|storm|typhoon|cyclone)\b/;

/** The names the entities read as people's or organisations' that the article calls storms ("Sandy"). */
function stormsIn(text: string, entities: readonly Entity[] | undefined): Set<Entity> {
  const storm = (m: EntityMention) =>
    m.kind === 'name' &&
    (STORM_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.end).replace(/\S+$/, '')) ||
      STORM_AFTER.test(text.slice(m.end, m.end + 48)));
  return new Set((entities ?? []).filter((e) => (e.type === 'PERSON' || e.type === 'ORG') && e.mentions.some(storm)));
}

/** The token spans of a sentence that such mentions cover. */
function namesIn(sentence: Sentence, mentions: readonly EntityMention[]): { start: number; end: number }[] {
  const tok = sentence.tokens;
  const out: { start: number; end: number }[] = [];
  if (tok.length === 0) return out;
  for (const m of mentions) {
    if (m.start < tok[0]!.start || m.end > tok[tok.length - 1]!.end) continue;
    const start = tok.findIndex((t) => t.start === m.start);
    const last = tok.findIndex((t) => t.end === m.end);
    if (start >= 0 && last >= start) out.push({ start, end: last + 1 });
  }
  return out;
}

/**
 * The shorter names the article gives its people ("Xi" for Xi Jinping, "Lavrov" for Sergei Lavrov),
 * lower-cased, each with the person's full name; a short name two people share is left out.
 */
function shorterNames(entities: readonly Entity[]): Map<string, string> {
  const out = new Map<string, string>();
  const shared = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || !/\s/.test(e.name)) continue;
    const words = new Set(e.name.toLowerCase().split(/\s+/));
    for (const m of e.mentions) {
      if (m.kind !== undefined && m.kind !== 'name') continue;
      const key = m.text.toLowerCase();
      if (key === e.name.toLowerCase() || !key.split(/\s+/).every((w) => words.has(w))) continue;
      if (out.has(key) && out.get(key) !== e.name) shared.add(key);
      else out.set(key, e.name);
    }
  }
  for (const key of shared) out.delete(key);
  return out;
}

/**
 * The sentence with the typographic apostrophes of possessives after a capitalised word
 * ("Russia’s", "China’s") and of negations ("didn’t") made straight, as the coder's word lists
 * write them. Other contractions ("he’s", "you’ll") are left as they are. Offsets are kept.
 */
function withStraightApostrophes(sentence: Sentence): Sentence {
  const toks = sentence.tokens;
  if (!toks.some((t) => t.text.includes('\u2019'))) return sentence;
  return {
    ...sentence,
    tokens: toks.map((t, i) => {
      const lower = t.text.toLowerCase();
      const possessive =
        lower === '\u2019s' &&
        i > 0 &&
        /^\p{Lu}/u.test(toks[i - 1]!.text) &&
        !/^(?:He|She|It|That|What|There|Here|Who|Where)$/u.test(toks[i - 1]!.text);
      return possessive || lower === 'n\u2019t' ? { ...t, text: t.text.replace('\u2019', "'") } : t;
    }),
  };
}

/**
 * Whether a text is a report on sport: at least two of its sentences, and at least one in seven,
 * read as sport (a competition, a league, a score beside a game). Teams and cities there visit,
 * beat, sign and shoot; nothing in it is coded, where single sentences of sport elsewhere are
 * already passed over.
 */
export function sportsArticle(text: string, sentences: readonly Sentence[], title?: string | null): boolean {
  if (sentences.length < 2) return false;
  let sport = 0;
  for (const s of sentences) if (sportsReport(text.slice(s.start, s.end))) sport++;
  // A page whose title reports sport ("The Science of Sport: London Women's Marathon") needs fewer
  // such sentences: race commentary names its sport once in a while.
  const share = title && sportsReport(title) ? 20 : 7;
  return sport >= 2 && sport * share >= sentences.length;
}

/**
 * Codes the events of a text, sentence by sentence.
 *
 * @example
 * const text = 'Russia was accused by NATO of violating the ceasefire.';
 * findEvents(text, splitSentences(text)).map((e) => [e.source?.code, e.plover, e.target?.code]);
 * // [['IGOWSTNAT', 'DISAPPROVE', 'RUS']]
 */
export function findEvents(text: string, given: readonly Sentence[], options: FindEventsOptions = {}): Event[] {
  const sentences = given.map(withStraightApostrophes);
  if (sportsArticle(text, sentences, options.title)) return [];
  const events = codeSentences(text, sentences, options);
  // (an article is read for campaign talk only when it has an act of force to read again)
  const force = events.some((e) => isForce(e.cameo) && !e.statement);
  return force && campaignArticle(text, sentences)
    ? asCampaignPolitics(events, (i) => text.slice(sentences[i]!.start, sentences[i]!.end))
    : events;
}

function codeSentences(text: string, sentences: readonly Sentence[], options: FindEventsOptions): Event[] {
  const date = options.date && /^\d{4}-\d{2}-\d{2}/.test(options.date) ? options.date.slice(0, 10) : undefined;
  const out: Event[] = [];
  let previousSubject: Phrase | null = null;
  let previousSpeaker: Phrase | null = null;
  let lastSpeaker: Phrase | null = null;
  // The person entity that phrase names, if any, and the phrase each person was last coded by.
  let previousPerson: string | undefined;
  const carriedBy = new Map<string, Phrase>();
  const reportYear = date ? Number(date.slice(0, 4)) : latestYearNamed(sentences.map((s) => s.tokens.map((t) => t.text.toLowerCase())));
  const article = new ArticleCountry(text, sentences, date);
  const fullNames = options.entities ? shorterNames(options.entities) : undefined;
  const blocs = options.entities ? articleBlocs(options.entities.flatMap((e) => (e.kb?.cameo ? [e.kb.cameo] : []))) : undefined;
  const storms = stormsIn(text, options.entities);
  const unknown = unknownMentions(options.entities, storms);
  const stormMentions = [...storms].flatMap((e) => e.mentions);
  // A sentence the page repeats word for word (a summary above the story, a pull quote) reports
  // its acts once.
  const seen = new Set<string>();
  sentences.forEach((sentence, index) => {
    if (sentence.tokens.length >= 6) {
      const words = sentence.tokens.map((t) => t.text).join(' ');
      if (seen.has(words)) return;
      seen.add(words);
    }
    const names = namesIn(sentence, unknown);
    const stormNames = stormMentions.length > 0 ? namesIn(sentence, stormMentions) : [];
    // "… she told reporters as she flew to Germany": when the entities say that "he" or "she"
    // names another person than the one who acted last, the pronoun stands for that person's last
    // coded phrase, else for the person as the knowledge base codes them, else for no one coded.
    const named = options.entities ? pronounPerson(options.entities, sentence) : undefined;
    // ("Andrej Babis won on Saturday. He has ruled out …": with no person coded before, the one the
    // entities name, when the knowledge base codes them)
    const other =
      named !== undefined && named !== previousPerson && (previousPerson !== undefined || knownPerson(options.entities!, named) !== null);
    // (typed by a cast: it is set inside the callback, which narrowing does not see)
    let speaker = null as Phrase | null;
    const coded = codeSentence(text, sentence.tokens, {
      onSpeaker: (ph) => {
        speaker = ph;
      },
      ...(date ? { date } : {}),
      previousSubject: other ? (carriedBy.get(named) ?? knownPerson(options.entities!, named)) : previousSubject,
      previousSpeaker,
      lastSpeaker,
      articleCountry: () => article.before(index),
      datelineCountry: () => article.datelined(),
      ...(fullNames ? { fullNames } : {}),
      ...(blocs?.size ? { blocs } : {}),
      ...(names.length > 0 ? { names } : {}),
    });
    const low = coded.length > 0 ? sentence.tokens.map((t) => t.text.toLowerCase()) : [];
    const before = previousSubject;
    for (const c of coded) {
      // ("Sandy offered Obama a chance": what a storm does is no one's act.)
      if (!c.source && namedDoer(low, stormNames, c)) continue;
      const tok = sentence.tokens;
      const background = backgroundAct(low, c.trigger, reportYear);
      const source = actorOf(text, sentence, c.source ?? namedDoer(low, names, c), options.entities);
      const target = actorOf(text, sentence, c.target, options.entities);
      const trigger: TextSpan = {
        start: tok[c.trigger.start]!.start,
        end: tok[c.trigger.end - 1]!.end,
        text: text.slice(tok[c.trigger.start]!.start, tok[c.trigger.end - 1]!.end),
      };
      const spans = [c.trigger, c.source, c.target].filter((s): s is { start: number; end: number } => !!s && s.end > s.start);
      const first = Math.min(...spans.map((s) => s.start));
      const last = Math.max(...spans.map((s) => s.end));
      const info = cameoCode(c.cameo);
      out.push({
        start: tok[first]!.start,
        end: tok[last - 1]!.end,
        trigger,
        cameo: c.cameo,
        plover: c.plover,
        goldstein: info?.goldstein ?? 0,
        quadClass: info?.quadClass ?? 1,
        source,
        target,
        negated: c.negated,
        hedged: c.hedged,
        ...(background ? { background: true as const } : {}),
        statement: c.statement,
        sentence: index,
        evidence: c.evidence,
      });
      if (!c.statement && c.source && !c.source.pronoun) {
        previousSubject = carried(c.source);
        previousPerson = personIn(options.entities, sentence, c.source);
        if (previousPerson) carriedBy.set(previousPerson, previousSubject);
      }
      // "The 48-year-old Australian was evicted and sentenced … He is held at Belmarsh": a
      // passive's subject is what the next sentence's "he" most likely names.
      else if (!c.statement && !c.source && c.target && !c.target.pronoun && c.evidence.startsWith('passive')) {
        previousSubject = carried(c.target);
        previousPerson = personIn(options.entities, sentence, c.target);
        if (previousPerson) carriedBy.set(previousPerson, previousSubject);
      }
    }
    // ("Pakistan said the strikes killed 26 civilians. Its military said …": with no act of its own
    // coded, a sentence's speaker is whom the next sentence's "its" most likely stands for)
    previousSpeaker = previousSubject === before && speaker ? carried(speaker) : null;
    lastSpeaker = speaker && !(speaker as Phrase).pronoun ? carried(speaker) : null;
  });
  return out;
}

/**
 * Codes a sentence or an article given as plain text (split into sentences at line breaks and
 * sentence ends).
 *
 * @example
 * codeText('Iran threatened to shell Iraqi towns.').map((e) => [e.source?.code, e.cameo, e.plover, e.target?.code]);
 * // [['IRN', '138', 'THREATEN', 'IRQ']]
 */
export function codeText(text: string, options: FindEventsOptions = {}): Event[] {
  return findEvents(text, splitSentences(text), options);
}

/** Whether an event is reported as a fact of its day (neither negated, hedged nor years-old background). */
export function isFactual(e: Event): boolean {
  return !e.negated && !e.hedged && !e.background;
}

/** Annotator: the events of the article, with the entities layer for entity ids. */
export const eventsAnnotator: Annotator<'events'> = {
  name: 'events',
  version: '1',
  provides: 'events',
  requires: ['sentences', 'entities'],
  run: (doc: Doc, layers: Layers) =>
    findEvents(doc.text, layers.sentences ?? docSentences(doc), {
      date: doc.meta.publishedAt,
      title: doc.meta.title,
      ...(layers.entities ? { entities: layers.entities } : {}),
    }),
};
