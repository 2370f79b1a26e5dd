/**
 * Speaker resolution: turns the speaker phrase found in a frame into the speaker as it should be
 * reported. A name becomes its entity's fullest name; "he" or "she" the nearest person it can
 * refer to; "the former prime minister" the person the article or the office-holder table says
 * held that office; "I" the article's author. What cannot be resolved stays as written.
 */

import { findCountry, firstNameGender, kbKey } from '../../kb/kb.js';
import { unnamedPerson } from '../entities/coref.js';
import { type Entity, ORGANISATION_NOUNS } from '../entities/entities.js';
import { findOutlet, wholeOutlet } from '../sources/outlets.js';
import type { RawAttribution } from './attribute.js';
import {
  DOCUMENT_NOUNS,
  MISSION_NOUNS,
  OUTLET_NOUNS,
  PEOPLE_QUANTIFIERS,
  ROLE_NOUNS,
  SEATED_BODIES,
  VAGUE_HEADS,
  VAGUE_MARKERS,
} from './lexicon.js';
import type { Piece } from './marks.js';
import { isShareOfPeople, type Phrase } from './phrases.js';
import { countriesOf, foldName, heldBefore, holders, officeOf } from './roles.js';
import { afterDateline, mentionKind, type TokenView } from './tokens.js';
import { IN_CAPITALS } from './transcript.js';

const POSSESSIVE_WORDS = new Set(['his', 'her', 'their', 'its']);
/** Endings of nouns for people ("commenter", "activist", "employee", "chairman"). */
const PERSON_NOUN = /(?:er|ers|or|ors|ist|ists|ian|ians|ee|ees|man|men|woman|women|ant|ants)$/u;
/** How a speaker was identified. */
export type SpeakerKind = 'name' | 'pronoun' | 'role' | 'vague' | 'none';

export interface ResolvedSpeaker {
  readonly name: string | null;
  readonly start?: number;
  readonly end?: number;
  readonly entity?: string;
  readonly kind: SpeakerKind;
  /** The entity type when the speaker resolved to an entity. */
  readonly entityType?: Entity['type'];
}

export interface ResolveContext {
  readonly publishedAt: string | null;
  readonly authors: readonly string[];
}

/** The context with what every attribution of the text reports, to tell a speaker's own words from what they report. */
interface ArticleContext extends ResolveContext {
  readonly reported: readonly Piece[];
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['they', 'their', 'it', 'its', 'we']);
const PERSON_ROLES = new Set(
  (
    'spokesman spokeswoman spokesperson president minister senator governor candidate leader chief chairman chairwoman chair ' +
    'director secretary lawmaker legislator congressman congresswoman representative mayor ambassador envoy diplomat general ' +
    'commander prosecutor judge lawyer attorney economist professor author columnist editor chancellor premier king queen ' +
    'nominee front-runner frontrunner contender rival mogul billionaire businessman businesswoman executive ceo founder host ' +
    'manager strategist adviser advisor aide head official commissioner negotiator magnate tycoon'
  ).split(' '),
);

/** Nouns that end the names of bodies ("the Central Election Commission" … "the commission"). */
const NAMED_BODY_NOUNS = new Set('commission committee council court ministry department bureau authority tribunal parliament'.split(' '));

/** Bodies whose people speak unnamed ("government sources", "campaign officials"). */
const BODY_WORDS = new Set('government administration military campaign party police army intelligence security'.split(' '));

/** Offices a role phrase's head names, which a person known to hold another one does not hold. */
const OFFICE_HEADS: readonly string[] =
  'president governor mayor minister senator chancellor premier king queen ambassador general commander prosecutor judge'.split(' ');

/**
 * Whether what the article and the knowledge base say of a person's offices contradicts a role
 * phrase's head: "the regional governor" is not the President Volodymyr Zelensky quoted before.
 */
function holdsOtherOffice(person: Entity, head: string): boolean {
  if (!OFFICE_HEADS.includes(head)) return false;
  const known = [...(person.roles ?? []), ...(person.kb?.roles ?? []).map((r) => r.role)].map((r) => r.toLowerCase());
  const offices = known.filter((r) => OFFICE_HEADS.some((o) => r.includes(o)));
  return offices.length > 0 && !offices.some((r) => r.includes(head));
}

/** Heads a person's name can qualify ("a Trump adviser", "the Clinton campaign", "Sanders supporters"), plural "s" dropped. */
const QUALIFIED_HEADS = new Set([
  ...[...PERSON_ROLES].filter((r) => !/s$/u.test(r)),
  'aide',
  'ally',
  'allie',
  'associate',
  'backer',
  'campaign',
  'administration',
  'supporter',
  'surrogate',
  'staffer',
  'staff',
  'team',
  'camp',
  'source',
  'voter',
  'fan',
  'loyalist',
  'operative',
]);

interface Gendered {
  male: Set<number>;
  female: Set<number>;
}

/** Genders of the article's people: from honorifics (Mr., Mrs., Ms.) and first names given to one sex. */
function genders(v: TokenView): Gendered {
  const out: Gendered = { male: new Set(), female: new Set() };
  v.entities.forEach((e, i) => {
    if (e.type !== 'PERSON' || !e.name.includes(' ')) return;
    const g = firstNameGender(
      e.name.split(' ')[0]!,
      e.kb?.roles?.map((r) => r.scope),
    );
    if (g === 'M') out.male.add(i);
    else if (g === 'F') out.female.add(i);
  });
  const T = v.tokens;
  for (let i = 1; i < T.length; i++) {
    const e = T[i]!.entity;
    if (e < 0 || v.entities[e]!.type !== 'PERSON') continue;
    const prev = T[i - 1]!.lower;
    if (prev === 'mr.' || prev === 'mr') out.male.add(e);
    else if (prev === 'mrs.' || prev === 'ms.' || prev === 'mrs' || prev === 'ms' || prev === 'miss') out.female.add(e);
  }
  return out;
}

/**
 * Resolves the speakers of an article's attributions, in text order, each with the ones before
 * it as context.
 *
 * @example
 * resolveSpeakers(view, attributions, { publishedAt: '2016-03-01', authors: [] })[0].name; // 'Ben Carson'
 */
export function resolveSpeakers(v: TokenView, atts: readonly RawAttribution[], ctx: ResolveContext): ResolvedSpeaker[] {
  const g = genders(v);
  const done: { at: number; para: number; entity: number }[] = [];
  const resolved: ResolvedSpeaker[] = [];
  const article: ArticleContext = { ...ctx, reported: atts.flatMap((a) => a.pieces) };
  return atts.map((a, i) => {
    const one = reportingBody(v, a, atts, resolved) ?? resolveOne(v, a.speaker, article, g, done, a.pieces);
    const r =
      one.kind === 'pronoun' && one.entity === undefined ? (pluralSpeakerBefore(v, a, i, atts, resolved) ?? pairBefore(v, a) ?? one) : one;
    resolved.push(r);
    if (a.speaker && r.entity !== undefined) {
      const e = v.entities.findIndex((x) => x.id === r.entity);
      const t = v.tokens[a.speaker.from]!;
      if (e >= 0) done.push({ at: t.start, para: t.para, entity: e });
    }
    return r;
  });
}

/**
 * "Republican officials said … They said …": "they" that no organisation stands for is the people
 * the speaker before it named, when that speaker, in this sentence or the one before, was a plural
 * phrase naming no one ("officials", "the groups", "Some analysts").
 */
function pluralSpeakerBefore(
  v: TokenView,
  a: RawAttribution,
  i: number,
  atts: readonly RawAttribution[],
  resolved: readonly ResolvedSpeaker[],
): ResolvedSpeaker | null {
  const sp = a.speaker;
  if (!sp || v.tokens[sp.from]!.lower !== 'they') return null;
  const unit = v.tokens[sp.from]!.unit;
  for (let k = i - 1; k >= 0; k--) {
    const b = atts[k]!.speaker;
    const r = resolved[k]!;
    if (!b || b.kind === 'pronoun' || b.from >= sp.from) continue;
    // (the sentence right before, or this one)
    if (unit - v.tokens[b.from]!.unit > 1) return null;
    const head = v.tokens[b.to - 1]!;
    // (people, not documents: "videos", "Their analysis")
    const plural = (/\p{Ll}s$/u.test(head.text) && !DOCUMENT_NOUNS.has(head.lower)) || PEOPLE_QUANTIFIERS.has(head.lower);
    if ((r.kind !== 'vague' && r.kind !== 'role') || !plural || !r.name) return null;
    return { name: r.name, start: v.tokens[sp.from]!.start, end: v.tokens[sp.from]!.end, kind: r.kind };
  }
  return null;
}

/**
 * "Stephen S. Cohen and J. Bradford DeLong … suggest that …. The United States might have leaned …,
 * they argue": "they" that nobody else stands for is the two people last named together ("A and
 * B"), in this sentence or the one before.
 */
function pairBefore(v: TokenView, a: RawAttribution): ResolvedSpeaker | null {
  const sp = a.speaker;
  if (!sp || v.tokens[sp.from]!.lower !== 'they') return null;
  const T = v.tokens;
  const unit = T[sp.from]!.unit;
  const person = (k: number) => k >= 0 && T[k]!.entity >= 0 && v.entities[T[k]!.entity]!.type === 'PERSON' && T[k]!.quote < 0;
  for (let k = sp.from - 1; k > 0 && T[k]!.unit >= unit - 1; k--) {
    // (people named nearer stand for "they" first: "members were surprised at what they consider")
    if (T[k]!.entity < 0 && T[k]!.quote < 0 && /s$/u.test(T[k]!.lower) && ROLE_NOUNS.has(T[k]!.lower)) return null;
    // ("Mr. VandeHei and Mr. Allen": a courtesy title before the second name)
    const next = /^(?:mr|mrs|ms|dr)\.?$/u.test(T[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    if (T[k]!.lower !== 'and' || !person(k - 1) || !person(next)) continue;
    const first = T[k - 1]!.entity;
    const second = T[next]!.entity;
    if (first === second) continue;
    // (nor the end of a list, "stars like Brandy, Monica and Lauryn Hill", nor company another "they"
    // kept: "In a paper they wrote with Daron Acemoglu and Brendan Price, they estimated …")
    let opening = k - 1;
    while (opening > 0 && T[opening - 1]!.entity === first) opening--;
    if (T[opening - 1]?.text === ',' || T.slice(v.units[T[opening]!.unit]!.from, opening).some((t) => t.lower === 'they')) return null;
    return {
      name: `${v.entities[first]!.name} and ${v.entities[second]!.name}`,
      start: T[sp.from]!.start,
      end: T[sp.from]!.end,
      kind: 'pronoun',
    };
  }
  return null;
}

/**
 * "Russia's foreign ministry said it welcomed …": "it" opening what a body named by a phrase (no
 * entity) reported is that body, not the country inside its name. `resolved` holds the speakers of
 * the attributions before `a`, in order. "It" opening the sentence after a body's is that body too.
 */
function reportingBody(
  v: TokenView,
  a: RawAttribution,
  atts: readonly RawAttribution[],
  resolved: readonly ResolvedSpeaker[],
): ResolvedSpeaker | null {
  const sp = a.speaker;
  if (!sp || sp.kind !== 'pronoun' || !/^(?:it|they)$/u.test(v.tokens[sp.from]!.lower)) return null;
  const at = v.tokens[sp.from]!.start;
  const end = v.tokens[sp.from]!.end;
  const outer = atts.findIndex((b, i) => i < resolved.length && b !== a && b.pieces[0]![0] === at);
  const body = outer >= 0 ? resolved[outer]! : null;
  if (body?.name && body.entity === undefined && body.kind === 'name') return { name: body.name, start: at, end, kind: 'pronoun' };
  // "Russia's defence ministry said … It said it was ready …": "It" opening the next sentence is the
  // body that spoke last there, not a country its words named
  const unit = v.tokens[sp.from]!.unit;
  const prev = atts[resolved.length - 1];
  const last = resolved[resolved.length - 1];
  if (v.tokens[sp.from]!.lower !== 'it' || !prev?.speaker || !prev.cue || !last?.name) return null;
  const opens = sp.from === v.units[unit]!.from && unit - v.tokens[prev.speaker.from]!.unit === 1;
  // "…, the Estonian foreign ministry said, in what it called …": "it" after a body's frame in the
  // same sentence, outside what the body said, is that body too
  const after = v.tokens[prev.cue[0]]!.unit === unit && sp.from >= prev.cue[1] && at >= prev.pieces.at(-1)![1];
  if (!opens && !after) return null;
  const isBody = last.entity === undefined ? last.kind === 'name' : last.entityType === 'ORG' || last.entityType === 'GPE';
  return isBody ? { ...last, start: at, end, kind: 'pronoun' } : null;
}

function span(v: TokenView, p: Phrase): { start: number; end: number; text: string } {
  const start = v.tokens[p.from]!.start;
  const end = v.tokens[p.to - 1]!.end;
  return { start, end, text: v.text.slice(start, end) };
}

function fromEntity(v: TokenView, e: number, s: { start: number; end: number }, kind: SpeakerKind): ResolvedSpeaker {
  const ent = v.entities[capitalsState(v, e)]!;
  return { name: ent.name, start: s.start, end: s.end, entity: ent.id, kind, entityType: ent.type };
}

/**
 * "Kinshasa accuses Rwanda …", "Moscow said": a capital that speaks is its country's state, the
 * country's entity when the article names the country too; else the entity `e` itself. Brussels
 * speaks for the European Union.
 */
function capitalsState(v: TokenView, e: number): number {
  const kb = v.entities[e]!.kb;
  if (v.entities[e]!.type !== 'GPE' || !kb?.id.startsWith('place/') || !kb.cameo) return e;
  // ("Brussels said it would respond": the European Union that sits there, when the article names it, else Brussels)
  if (kb.id === 'place/brussels') {
    const union = v.entities.findIndex((x) => x.kb?.cameo === 'IGOEUREEC');
    return union >= 0 ? union : e;
  }
  if (kbKey(findCountry(kb.cameo)?.capital ?? '') !== kbKey(v.entities[e]!.name)) return e;
  const country = v.entities.findIndex((x) => x.kb?.id === kb.cameo);
  return country >= 0 ? country : e;
}

function resolveOne(
  v: TokenView,
  p: Phrase | null,
  ctx: ArticleContext,
  g: Gendered,
  done: readonly { at: number; para: number; entity: number }[],
  content: readonly Piece[],
): ResolvedSpeaker {
  if (!p) return { name: null, kind: 'none' };
  const T = v.tokens;
  const s = span(v, p);
  const plain = (kind: SpeakerKind): ResolvedSpeaker => ({ name: s.text, start: s.start, end: s.end, kind });

  // "47 percent said", "One in three said": a share of those a poll asked, none of them named
  if (isShareOfPeople(s.text)) return plain('vague');
  if (p.kind === 'pronoun') {
    const w = T[p.from]!.lower;
    if (w === 'i' || w === 'we') {
      // the author, when the byline names one person (not an agency: "Associated Press", whose "I" is an interviewee's)
      if (w === 'i' && ctx.authors.length === 1 && !findOutlet(ctx.authors[0]!))
        return { name: ctx.authors[0]!, start: s.start, end: s.end, kind: 'pronoun' };
      return plain('pronoun');
    }
    if (PERSON_PRONOUNS.has(w)) {
      // The entities layer's own coreference, when it tied the pronoun to a person.
      const own = T[p.from]!.entity;
      if (own >= 0 && v.entities[own]!.type === 'PERSON') return fromEntity(v, own, s, 'pronoun');
      const female = w === 'she' || w === 'her';
      if (unnamedPersonNearer(v, p.from, female ? 'F' : 'M', content)) return plain('pronoun');
      const e = antecedent(
        v,
        p.from,
        (x) => v.entities[x]!.type === 'PERSON' && !(female ? g.male.has(x) : g.female.has(x)),
        done,
        content,
      );
      return e >= 0 ? fromEntity(v, e, s, 'pronoun') : plain('pronoun');
    }
    if (GROUP_PRONOUNS.has(w)) {
      // "they" are people: an organisation that spoke last, else nobody the text names ("Russia is
      // meddling, they say" after "Chinese traders say …"; not a newspaper that reported something);
      // "it" and "we" may be any body or country
      const e =
        w === 'they' || w === 'their'
          ? antecedent(v, p.from, (x) => v.entities[x]!.type === 'ORG' && !wholeOutlet(v.entities[x]!.name), done, content, false)
          : antecedent(v, p.from, (x) => v.entities[x]!.type === 'ORG' || v.entities[x]!.type === 'GPE', [], content);
      return e >= 0 ? fromEntity(v, e, s, 'pronoun') : plain('pronoun');
    }
    return plain('pronoun');
  }

  // "His campaign", "her spokesman", "Its military" after "Pakistan said …": the owner the pronoun
  // stands for, named (a role or a body of theirs, and no name in the phrase: not "his son, Donald
  // Jr.", "her nuanced views")
  const owner = T[p.from]!.lower;
  const last = T[p.to - 1]!.lower;
  const owned =
    p.to - p.from >= 2 &&
    (owner === 'his' || owner === 'her' || owner === 'its') &&
    ((ROLE_NOUNS.has(last) && !DOCUMENT_NOUNS.has(last)) || (owner === 'its' && STATE_BODIES.has(last))) &&
    T.slice(p.from + 1, p.to).every((t) => t.entity < 0);
  if (owned) {
    const fits =
      owner === 'its'
        ? (x: number) => v.entities[x]!.type === 'ORG' || v.entities[x]!.type === 'GPE'
        : (x: number) => v.entities[x]!.type === 'PERSON' && !(owner === 'her' ? g.male.has(x) : g.female.has(x));
    // (the person the entities layer tied the pronoun to, when it did: "Babis … has denied
    // wrongdoing. His party has said …" after Pavel spoke)
    const own = T[p.from]!.entity;
    const e = owner !== 'its' && own >= 0 && fits(own) ? own : antecedent(v, p.from, fits, done, content);
    // (an owner the knowledge base knows, or a state that owns a body of its own: a campaign's manager
    // quoted last is no candidate)
    const state = owner === 'its' && STATE_BODIES.has(last) && v.entities[e]?.type === 'GPE';
    if (e >= 0 && (state || v.entities[e]!.kb !== undefined)) {
      const rest = v.text.slice(T[p.from + 1]!.start, s.end);
      return { name: `${v.entities[e]!.name}'s ${rest}`, start: s.start, end: s.end, kind: 'role' };
    }
  }
  // A name inside the phrase: the last person's, else the last entity's ("White House press secretary Josh Earnest").
  let person = -1;
  let personAt = -1;
  let other = -1;
  const clients = new Set<number>();
  for (let i = p.from; i < p.to; i++) {
    const e = T[i]!.entity;
    if (e < 0) continue;
    // the owner in "her foundation", "Obama's spokesman", "Benjamin Netanyahu's office" is not who speaks
    let last = i;
    while (last + 1 < p.to && T[last + 1]!.entity === e && T[last + 1]!.mention === T[i]!.mention) last++;
    // (nor the names in the owner's title: "House Speaker Paul Ryan's office" is not the House's)
    if (last < p.to - 1 && /^['\u2019]s$/u.test(T[last + 1]!.text)) {
      // (a title's words run up to the owner: not "experts X and Y of Washington's institute")
      if (i > p.from && /^\p{Lu}/u.test(T[i - 1]!.text)) {
        person = -1;
        other = -1;
      }
      i = last;
      continue;
    }
    if (i < p.to - 1 && POSSESSIVE_WORDS.has(T[i]!.lower)) continue;
    // nor the client in "attorneys for Clinton", "a spokeswoman for Fiorina", "supporters of Sanders"
    if (i > p.from && T[i - 1]!.entity !== e && v.entities[e]!.type === 'PERSON') {
      const prep = T[i - 1]!.lower;
      if (prep === 'for' || (prep === 'of' && i - 2 >= p.from && QUALIFIED_HEADS.has(T[i - 2]!.lower.replace(/s$/u, '')))) clients.add(e);
    }
    if (clients.has(e)) continue;
    if (v.entities[e]!.type === 'PERSON') {
      person = e;
      personAt = i;
    } else if (other < 0 || v.entities[e]!.type === 'ORG') other = e;
  }
  const words = s.text.toLowerCase().split(/\s+/);
  // "some diplomats in Brussels", "the mayor of Paris": the phrase's head stands before its preposition
  let before = p.from;
  while (before < p.to && !HEAD_BOUNDARIES.has(T[before]!.lower)) before++;
  const noun = before > p.from && before < p.to && T[before - 1]!.entity < 0 ? T[before - 1]!.lower : '';
  const people = (VAGUE_HEADS.has(noun) || PERSON_ROLES.has(noun) || ROLE_NOUNS.has(noun)) && !DOCUMENT_NOUNS.has(noun);
  const head = person < 0 && people ? noun : T[p.to - 1]!.lower;
  // "a senior Donald Trump adviser", "Clinton campaign officials": a name before the people or body it qualifies
  const modifier =
    person >= 0 &&
    T[p.to - 1]!.entity < 0 &&
    QUALIFIED_HEADS.has(head.replace(/s$/u, '')) &&
    // "Sanders and his supporters", "Mr. Xi and other leaders": the person is one of those speaking
    !andAfter(T, person, p);
  // ("the alliance chief", "the 71-year-old": a role or a description the entities layer tied to its holder is still a role)
  if (person >= 0 && !modifier)
    return fromEntity(v, person, s, /^(?:role|description)$/u.test(mentionKind(v, personAt) ?? '') ? 'role' : 'name');
  if (clients.size > 0 || modifier) return plain('role');
  // "a State Department spokesperson", "a Kremlin spokesman": an unnamed voice of the body, which speaks through it
  if (other >= 0 && /^(?:a|an)$/u.test(words[0]!) && /^spokes(?:man|woman|person)$/u.test(head) && v.entities[other]!.type === 'ORG')
    return fromEntity(v, other, s, 'name');
  // "the German news agency dpa": an outlet the tagger did not name that ends the phrase speaks, not the nationality before it
  const outlet = T[p.to - 1]!.entity < 0 ? findOutlet(s.text) : null;
  if (outlet && outlet.end === s.text.length) return { name: outlet.name, start: s.start, end: s.end, kind: 'name' };
  // "one Weibo commenter", "a Fox viewer": a person described by an organisation is not it
  const lowerHead = /^\p{Ll}/u.test(T[p.to - 1]!.text);
  // ("The Supreme Court justice": a judge of the court, not the court; "the Brennan Center for Justice" is the body)
  const personNoun = (PERSON_NOUN.test(head) || head === 'justice' || head === 'justices') && lowerHead;
  // "a New Hampshire Republican", "another Iowa Democrat": a member of a party from a place, not the place
  if (
    other >= 0 &&
    /^(?:republican|democrat)s?$/u.test(head) &&
    T[p.to - 1]!.entity !== other &&
    /^(?:GPE|LOC)$/u.test(v.entities[other]!.type)
  )
    return plain(VAGUE_MARKERS.has(words[0]!) || /^(?:another|one)$/u.test(words[0]!) ? 'vague' : 'role');
  // "the Inner Mongolia health commission": a body of a place is not the place
  const bodyOfPlace =
    lowerHead && other >= 0 && /^(?:GPE|LOC)$/u.test(v.entities[other]!.type) && !/^(?:government|administration)$/u.test(head);
  // "Most of Delaware's top Democratic brass", "the Thai health ministry": a name used as an adjective
  // (MISC, NORP) speaks only as the phrase's head
  const adjective = other >= 0 && /^(?:MISC|NORP)$/u.test(v.entities[other]!.type) && T[p.to - 1]!.entity !== other;
  // "The Russian Embassy in Washington": a mission in a place is neither the place nor the country it serves
  if (MISSION_NOUNS.has(noun) && T[before]?.lower !== 'of') return plain('name');
  // "SurveyMonkey data from Iowa", "a poll in Ohio": a document about a place is not the place's
  if (
    DOCUMENT_NOUNS.has(noun) &&
    person < 0 &&
    other >= 0 &&
    /^(?:GPE|LOC)$/u.test(v.entities[other]!.type) &&
    T[p.to - 1]!.entity === other
  )
    return plain('role');
  // "the foreign ministry in Paris", "police in Goma": the body, named by its seat
  if (SEATED_BODIES.has(noun) && T[before]?.lower === 'in') return plain('name');
  // "Some Republicans", "many Democrats": people of a party or a country, none of them named
  if (VAGUE_MARKERS.has(words[0]!) && words.length === 2 && other >= 0 && /s$/u.test(words[1]!) && T[p.to - 1]!.entity === other)
    return plain('vague');
  // "Americans said", "56 percent of Americans said": a country's people, as a poll counts them, not its
  // state (as "the Russians said" of a war's side is)
  const nation = other >= 0 ? v.entities[other]! : null;
  if (
    nation?.type === 'NORP' &&
    words[0] !== 'the' &&
    /^[A-Z]{3}$/u.test(nation.kb?.id ?? '') &&
    T[p.to - 1]!.entity === other &&
    /\p{Ll}s$/u.test(words[words.length - 1]!)
  )
    return plain('vague');
  // "the Trump administration" (the tagger may call the name an organisation): the body, not the person
  const namedAfter = lowerHead && other >= 0 && v.entities[other]!.type !== 'GPE' && /^(?:administration|campaign|camp)$/u.test(head);
  if (namedAfter) return plain('name');
  if (p.kind === 'name' && other >= 0 && !PERSON_ROLES.has(head) && !VAGUE_HEADS.has(head) && !personNoun && !bodyOfPlace && !adjective)
    return fromEntity(v, other, s, 'name');
  // ("officials in Moscow": a bare plural head before its place is as vague as "officials")
  const bareHead = words.length === 1 || (before === p.from + 1 && before < p.to);
  // ("government sources", "administration officials": people of a body, none of them named)
  if (VAGUE_HEADS.has(head) && (VAGUE_MARKERS.has(words[0]!) || bareHead || !ROLE_NOUNS.has(words[0]!) || BODY_WORDS.has(words[0]!))) {
    if (!words.some((w) => /^\p{Lu}/u.test(w))) return plain('vague');
  }
  // "Military analysts said", "MOSCOW (Reuters) - An army unit said": a capital only because the
  // sentence starts there names no one
  const unitFrom = v.units[T[p.from]!.unit]!.from;
  const sentenceCapital =
    p.to - p.from > 1 &&
    T[p.from]!.entity < 0 &&
    (unitFrom === p.from || afterDateline(v, unitFrom) === p.from) &&
    T.slice(p.from + 1, p.to).every((t) => /^\p{Ll}/u.test(t.text));
  if (p.kind === 'name' && !PERSON_ROLES.has(head) && !sentenceCapital) {
    // a transcript's "TRUMP:" or "BOULDUAN:": the one person of the article with that surname
    if (person < 0 && other < 0 && IN_CAPITALS.test(T[p.to - 1]!.text)) {
      const bearers = peopleWithSurname(v, T[p.to - 1]!.text);
      if (bearers.length === 1) return fromEntity(v, bearers[0]!, s, 'name');
    }
    return plain('name');
  }

  // "the alliance said", "a spokesperson for the bloc": the organisation the noun stands for, when the
  // article names it ("the commission" may be any commission)
  const standsFor =
    /^(?:the|a|an)$/u.test(words[0]!) && words.at(-2) === 'the' && (words.length <= 3 || /^(?:for|of)$/u.test(words.at(-3)!));
  const code = standsFor && head !== 'commission' ? ORGANISATION_NOUNS.get(head) : undefined;
  const body = code && person < 0 && other < 0 ? v.entities.findIndex((x) => x.kb?.cameo === code) : -1;
  if (body >= 0) return fromEntity(v, body, s, words.length <= 3 ? 'role' : 'name');
  // "The newspaper said": the outlet the article named last
  if (person < 0 && other < 0 && words[0] === 'the' && words.length <= 3 && OUTLET_NOUNS.has(head)) {
    const named = outletStoodFor(v, p);
    if (named >= 0) return fromEntity(v, named, s, 'role');
  }
  // "according to the commission" after "the Central Election Commission": the body the article named
  // last whose name ends in the noun
  if (person < 0 && other < 0 && words[0] === 'the' && words.length === 2 && NAMED_BODY_NOUNS.has(head)) {
    const named = namedBefore(v, p, (x) => v.entities[x]!.type === 'ORG' && v.entities[x]!.name.toLowerCase().endsWith(` ${head}`));
    if (named >= 0) return fromEntity(v, named, s, 'role');
  }
  // A role: an office the table knows, or the person last quoted when nothing contradicts it.
  const office = officeOf(s.text);
  if (office && ctx.publishedAt) {
    const found = holders(office, ctx.publishedAt);
    const inArticle = found.map((t) => personNamed(v, t.name)).filter((e) => e >= 0);
    if (inArticle.length === 1) return fromEntity(v, inArticle[0]!, s, 'role');
    if (found.length === 1) return { name: found[0]!.name, start: s.start, end: s.end, kind: 'role' };
    if (office.former) {
      // "the former Estonian prime minister": a person of the article who held that office before.
      const former = v.entities.flatMap((e, i) => (e.type === 'PERSON' && heldBefore(e.name, office, ctx.publishedAt) ? [i] : []));
      if (former.length === 1) return fromEntity(v, former[0]!, s, 'role');
    }
  }
  const definite = /^(?:the|this|that)$/u.test(words[0]!) || /['\u2019]s$/u.test(words[0]!);
  // "Hamas said … "We have accepted," the group said": the organisation quoted last, within two paragraphs
  if (words.length === 2 && words[0] === 'the' && /^(?:group|movement|organi[sz]ation)$/u.test(head)) {
    const last = [...done].reverse().find((d) => v.entities[d.entity]!.type === 'ORG');
    if (last && T[p.from]!.para - last.para <= 2) return fromEntity(v, last.entity, s, 'role');
  }
  // "Hamas said in a Telegram post that … The statement added …": the statement of the speaker quoted
  // just before, in this paragraph or the one before, when one was named outside what anyone reported
  // (not "The Times said Cook provided a written statement … the statement said": Cook's)
  if (words.length === 2 && definite && ISSUED_DOCUMENTS.has(head)) {
    const last = done[done.length - 1];
    if (last && T[p.from]!.para - last.para <= 1) {
      const floor = v.paragraphs[last.para]!.start;
      const reported = (at: number) => ctx.reported.some(([a, b]) => a <= at && at < b);
      for (let k = p.from - 1; k >= 0 && T[k]!.start >= floor; k--)
        if (ISSUED_DOCUMENTS.has(T[k]!.lower) && !reported(T[k]!.start)) return fromEntity(v, last.entity, s, 'role');
    }
  }
  if (definite && PERSON_ROLES.has(head) && !/s$/u.test(head)) {
    const last = done[done.length - 1];
    const para = T[p.from]!.para;
    if (last && para - last.para <= 3 && v.entities[last.entity]!.type === 'PERSON' && !holdsOtherOffice(v.entities[last.entity]!, head)) {
      // With a country in the phrase, only when the table confirms the person held office there.
      if (!office || countriesOf(v.entities[last.entity]!.name).has(office.country)) return fromEntity(v, last.entity, s, 'role');
    }
  }
  return plain('role');
}

/** What a speaker issues and an article goes on quoting as such ("The statement added …"). */
const ISSUED_DOCUMENTS = new Set(['statement', 'readout', 'communique', 'release', 'post', 'letter']);

/** Bodies of a state that "its" may own in a speaker's phrase ("Its military", "its foreign ministry"). */
const STATE_BODIES = new Set(
  'military army navy forces government ministry embassy president leader leaders officials spokesman spokeswoman spokesperson parliament'.split(
    ' ',
  ),
);

/** Words that end a speaker's head noun and open where or what it belongs to ("officials in Moscow", "people familiar with …"). */
const HEAD_BOUNDARIES = new Set(
  'in of from at near outside inside familiar privy close briefed aware involved knowledgeable with polled surveyed interviewed questioned contacted'.split(
    ' ',
  ),
);

/** Whether an "and" follows the name of entity `e` inside the phrase ("Sanders and his supporters"). */
function andAfter(T: TokenView['tokens'], e: number, p: Phrase): boolean {
  let i = p.from;
  while (i < p.to && T[i]!.entity !== e) i++;
  while (i < p.to && T[i]!.entity === e) i++;
  for (; i < p.to; i++) if (T[i]!.lower === 'and') return true;
  return false;
}

const surnameOf = (name: string) => foldName(name).split(' ').pop() ?? '';

/** The people of the article whose surname is the last word of `name`, by entity index. */
function peopleWithSurname(v: TokenView, name: string): number[] {
  const key = surnameOf(name);
  return v.entities.flatMap((e, i) => (e.type === 'PERSON' && surnameOf(e.name) === key ? [i] : []));
}

/** The person the article names with a name from the office-holder table, matched by surname. */
function personNamed(v: TokenView, name: string): number {
  return peopleWithSurname(v, name)[0] ?? -1;
}

/**
 * Whether someone the text does not name ("a woman in Worcester told him she …") comes between
 * the pronoun at token `at` and any person named before it in its sentence, outside what was said.
 */
function unnamedPersonNearer(v: TokenView, at: number, gender: 'F' | 'M', content: readonly Piece[]): boolean {
  const T = v.tokens;
  const from = v.units[T[at]!.unit]!.from;
  const isName = (i: number) => mentionKind(v, i) === 'name';
  const word = (i: number) => (i >= from && i < at ? T[i]!.text : undefined);
  for (let i = at - 1; i > from; i--) {
    if (isName(i) && v.entities[T[i]!.entity]!.type === 'PERSON') return false;
    if (T[i]!.quote >= 0 || content.some(([a, b]) => a <= T[i]!.start && T[i]!.start < b)) continue;
    const g = unnamedPerson(word, isName, i);
    if (g !== null && (g === undefined || g === gender)) return true;
  }
  return false;
}

/**
 * The entity a pronoun at token `at` most likely stands for: the last speaker within two
 * paragraphs when it fits, else the nearest fitting mention before it outside quotations and
 * outside what the speaker is reported to have said (`content`: "Russia is meddling, they say").
 */
function antecedent(
  v: TokenView,
  at: number,
  fits: (e: number) => boolean,
  done: readonly { at: number; para: number; entity: number }[],
  content: readonly Piece[],
  nearest = true,
): number {
  const T = v.tokens;
  const para = T[at]!.para;
  const start = T[at]!.start;
  for (let k = done.length - 1; k >= 0; k--) {
    const d = done[k]!;
    if (d.at >= start) continue;
    if (para - d.para > 2) break;
    if (fits(d.entity)) {
      // A fitting mention between that speaker and the pronoun, in the same sentence, wins.
      const near = nearestMention(v, at, fits, d.at, content);
      return near >= 0 && T[at]!.unit === T[near]!.unit ? T[near]!.entity : d.entity;
    }
    break;
  }
  if (!nearest) return -1;
  const m = nearestMention(v, at, fits, v.paragraphs[Math.max(0, para - 3)]!.start, content);
  return m >= 0 ? T[m]!.entity : -1;
}

/**
 * The entity of the outlet a phrase like "the newspaper" or "the agency" stands for: the one the
 * article named last, within three paragraphs (an agency may be any body the article calls one:
 * "the International Atomic Energy Agency … the agency"). -1 when there is none.
 */
export function outletStoodFor(v: TokenView, p: { readonly from: number; readonly to: number }): number {
  const agency = (x: number) => v.entities[x]!.type === 'ORG' && /\bagency\b/iu.test(v.entities[x]!.name);
  const outlet = (x: number) => v.entities[x]!.type === 'ORG' && wholeOutlet(v.entities[x]!.name) !== null;
  const m = v.tokens[p.to - 1]!.lower === 'agency' ? namedBefore(v, p, agency) : -1;
  return m >= 0 ? m : namedBefore(v, p, outlet);
}

/** The entity that fits, mentioned last before phrase `p` within three paragraphs; -1 when none is. */
function namedBefore(v: TokenView, p: { readonly from: number }, fits: (e: number) => boolean): number {
  const floor = v.paragraphs[Math.max(0, v.tokens[p.from]!.para - 3)]!.start;
  const m = nearestMention(v, p.from, fits, floor, []);
  return m >= 0 ? v.tokens[m]!.entity : -1;
}

function nearestMention(v: TokenView, at: number, fits: (e: number) => boolean, floorOffset: number, content: readonly Piece[]): number {
  const T = v.tokens;
  for (let i = at - 1; i >= 0 && T[i]!.start >= floorOffset; i--) {
    const t = T[i]!;
    if (t.entity >= 0 && t.quote < 0 && fits(t.entity) && !content.some(([a, b]) => a <= t.start && t.start < b)) return i;
  }
  return -1;
}
