/**
 * The `entities` layer: named entities of an article, each with every mention resolved within
 * the article, found by the NER tagger over the article's sentences.
 */

import { readFileSync } from 'node:fs';
import type { Doc } from '../../doc.js';
import { firstNameForms } from '../../kb/first-name-forms.js';
import {
  actorById,
  countriesNamed,
  findCountry,
  firstNameGender,
  holdersBySurname,
  kbKey,
  lookupActors,
  roleHolders,
  termInEffect,
} from '../../kb/kb.js';
import { normalizeRole, roleInScope } from '../../kb/roles.js';
import { stateNamed, stateOfShortForm } from '../../kb/us-states.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import type { TokenSpan } from '../ner/labels.js';
import type { Gazetteers } from '../ner/lexicon.js';
import { DEFAULT_MODEL_DIR, type NerTagger, nerTagger } from '../ner/tagger.js';
import { findOutlet, outletNames } from '../sources/outlets.js';
import { docSentences } from '../tokenize/annotator.js';
import { type Sentence, type Token, WEBSITE } from '../tokenize/tokenize.js';
import { partyOfPerson } from './affiliation.js';
import { appositiveBodies, withoutDescriptors } from './appositive-bodies.js';
import { qualifyBodies } from './bodies.js';
import { compoundParts } from './compound-names.js';
import { type CorefPerson, type Gender, resolvePronouns } from './coref.js';
import { correctedKind } from './corrected-kinds.js';
import { creditSpans } from './credit-spans.js';
import { acrossFor } from './for-names.js';
import { groupName } from './group-names.js';
import { apartAtAnd, isArticleBodyName, isOutletName, knownKind } from './known-kinds.js';
import { type EntityKb, linkEntity, linkedCountries, linkParty } from './link.js';
import { wholePartyNames } from './party-names.js';
import { acrossNameParticles, apartAtOf, courtesyGender, withFamilyNameHe, withoutCourtesyTitles } from './person-spans.js';
import { acrossPlaceParticles } from './place-spans.js';
import { type EntityKind, endsWithWords, type RawMention, type ResolvedEntity, resolveMentions } from './resolve.js';
import { appositionAfter, nameAfterRole, roleHead, roleReferences, titleBefore } from './roles.js';

/** Re-exported: the entities layer needs the sentences layer. */
export { docSentences, sentencesAnnotator } from '../tokenize/annotator.js';
export type { EntityKb, EntityRole } from './link.js';
export type { EntityKind } from './resolve.js';

/**
 * How a mention names its entity: by name ("Angela Merkel", "Merkel", "NATO", "Russian forces"),
 * by a role ("the German chancellor"), by a pronoun ("she") or by a description ("the
 * 68-year-old").
 */
export type MentionKind = 'name' | 'role' | 'pronoun' | 'description';

/** One mention of an entity: a span `[start, end)` of {@link Doc.text}. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How the mention names the entity (absent in layers stored before it was added: read as `name`). */
  readonly kind?: MentionKind;
}

/** An entity of the article and all its mentions. */
export interface Entity {
  /** `e1`, `e2`, … in order of first mention. */
  readonly id: string;
  /** The fullest name the article uses (`Angela Merkel`, `North Atlantic Treaty Organization`), or the country a demonym names. */
  readonly name: string;
  readonly type: EntityKind;
  readonly mentions: readonly EntityMention[];
  /** For people: the titles and roles the article gives them ("German Chancellor", "former Norwegian prime minister"). */
  readonly roles?: readonly string[];
  /** The actor of the knowledge base this entity is, when one is found (id, CAMEO code, dated offices). */
  readonly kb?: EntityKb;
  /**
   * For people: the knowledge-base id of the party the article says they belong to ("Republican
   * presidential candidate Ted Cruz", "Sen. Bob Casey (D-Pa.)"): `party/republican-party`.
   */
  readonly party?: string;
}

/** Options of {@link findEntities}. */
export interface FindEntitiesOptions {
  /**
   * The article's publication date or time (ISO 8601): it picks the office holder a role mention
   * names ("the Russian president" in 2015) and a person's CAMEO code in effect.
   */
  readonly publishedAt?: string | null;
}

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    entities: readonly Entity[];
  }
}

const GPE_LISTS = ['country', 'capital', 'city', 'region'];
const NORP_LISTS = ['demonym'];

function inLists(gaz: Gazetteers | null, tokens: readonly string[], lists: readonly string[]): boolean {
  if (!gaz) return false;
  const bits = gaz.entries.get(tokens.join(' ').toLowerCase());
  if (bits === undefined) return false;
  return lists.some((name) => {
    const b = gaz.names.indexOf(name);
    return b >= 0 && (bits & (1 << b)) !== 0;
  });
}

let demonymTable: Map<string, string> | null = null;

/** Lower-cased demonym → country name, from `models/ner/demonyms.tsv`. */
export function demonyms(): ReadonlyMap<string, string> {
  if (!demonymTable) {
    demonymTable = new Map();
    for (const line of readFileSync(new URL('demonyms.tsv', DEFAULT_MODEL_DIR), 'utf8').split('\n')) {
      const [d, c] = line.split('\t');
      if (d && c) demonymTable.set(d, c);
    }
  }
  return demonymTable;
}

/** Whether the words name a place: a country, a capital, a city, a region or a US state. */
function isPlaceName(gaz: Gazetteers | null, words: readonly string[]): boolean {
  return inLists(gaz, words, GPE_LISTS) || stateNamed(words.join(' ')) !== undefined;
}

/**
 * The US state a place's wire-style short form names: one typed a geopolitical place ("Calif.",
 * "Fla."), or any place's with a full stop inside ("N.C."); undefined for anything else.
 */
function stateOfPlaceForm(kind: EntityKind, words: readonly string[]): string | undefined {
  if (kind !== 'GPE' && kind !== 'LOC') return undefined;
  const form = words.join('');
  if (kind === 'LOC' && !/\p{L}\.\p{L}/u.test(form)) return undefined;
  return stateOfShortForm(form);
}

const BRACKETS: ReadonlySet<string> = new Set(['[', ']']);

/**
 * A sentence's spans with a person's name that an editor's bracket splits made one again
 * ("Newt [Gingrich]": the tagger reads "Newt" and "Gingrich").
 */
function acrossEditorialBrackets(words: readonly string[], spans: readonly TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.type === 'PER' && span.type === 'PER' && span.start === last.end + 1 && BRACKETS.has(words[last.end]!)) {
      out[out.length - 1] = { ...last, end: span.end };
    } else out.push(span);
  }
  return out;
}

/**
 * A sentence's spans with the names the tagger splits or joins wrongly made whole: a name across an
 * editor's brackets or a particle made one ("Newt [Gingrich]", "Osama bin Laden", "Dar es Salaam"), two bodies joined
 * by "and" and a person and their state joined by "of" made two ("Twitter and Facebook", "Rand Paul
 * of Kentucky"), a name after a courtesy title a person's ("Mr. Obama"), and a description run into
 * a body's name left out ("Rights group Human Rights Watch").
 */
function repairedSpans(words: readonly string[], spans: readonly TokenSpan[], gaz: Gazetteers | null): TokenSpan[] {
  const places = acrossPlaceParticles(
    words,
    spans,
    (w) => isPlaceName(gaz, w) || lookupActors(w.join(' ')).some((a) => a.kind === 'place'),
  );
  const whole = acrossFor(
    words,
    apartAtAnd(words, acrossNameParticles(words, withFamilyNameHe(words, acrossEditorialBrackets(words, places)))),
  );
  const titled = withoutCourtesyTitles(
    words,
    apartAtOf(words, whole, (w) => isPlaceName(gaz, w)),
  );
  return appositiveBodies(words, withoutDescriptors(words, titled));
}

/**
 * The name to show: a place written only in capitals, as in a dateline ("THE HAGUE —"), under the
 * name the knowledge base gives it; any other name as the article writes it.
 */
function displayName(name: string, kind: EntityKind, kb: EntityKb | undefined): string {
  if ((kind !== 'GPE' && kind !== 'LOC') || !kb || !/^[\p{Lu}\s.'-]{4,}$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 4)
    return name;
  return actorById(kb.id)?.name ?? name;
}

/** Whether a name is an outlet's acronym ("AP", "AFP", "BBC"), which the tagger reads as a place in a dateline's "(AP)". */
function isOutletAcronym(words: readonly string[]): boolean {
  const word = words.length === 1 ? words[0]! : '';
  return /^[A-Z]{2,6}$/.test(word) && findOutlet(word) !== null;
}

/**
 * Finds and resolves the entities of a text, given its sentences.
 *
 * @example
 * const text = 'Angela Merkel met NATO officials. Merkel said the North Atlantic Treaty Organization must act.';
 * findEntities(text, splitSentences(text)).map((e) => [e.name, e.type, e.mentions.length]);
 * // [['Angela Merkel', 'PERSON', 2], ['North Atlantic Treaty Organization', 'ORG', 2]]
 */
export function findEntities(
  text: string,
  sentences: readonly Sentence[],
  tagger: NerTagger = nerTagger(),
  options: FindEntitiesOptions = {},
): Entity[] {
  const date = options.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(options.publishedAt) ? options.publishedAt.slice(0, 10) : undefined;
  const tokens = sentences.map((s) => s.tokens.map((t) => t.text));
  const spans = tagger.tagDocument(tokens);
  const gaz = tagger.lexicon.gazetteers;
  const tagged: RawMention[] = [];
  const where = new Map<number, { sentence: number; start: number; end: number }>();
  spans.forEach((found, k) => {
    const sent = sentences[k]!;
    const inSentence = tokens[k]!;
    for (const span of repairedSpans(inSentence, found, gaz)) {
      // ("[Bob] Corker": the editor's brackets are no part of the name)
      const words = inSentence.slice(span.start, span.end).filter((w) => !BRACKETS.has(w));
      const start = sent.tokens[span.start]!.start;
      const end = sent.tokens[span.end - 1]!.end;
      const corrected = correctedKind(text, start, end);
      if (corrected === null) continue;
      let kind: EntityKind;
      if (corrected) kind = corrected;
      else if (span.type === 'PER') kind = 'PERSON';
      // ("GunBroker.com", "Politico.com": a website is the organisation that runs it)
      else if (span.type === 'ORG' || isOutletAcronym(words) || (words.length === 1 && WEBSITE.test(words[0]!))) kind = 'ORG';
      else if (span.type === 'LOC') kind = inLists(gaz, words, GPE_LISTS) ? 'GPE' : 'LOC';
      else kind = inLists(gaz, words, NORP_LISTS) || demonyms().has(words.join(' ').toLowerCase()) ? 'NORP' : 'MISC';
      const next = tokens[k]!.slice(span.end, span.end + 2).map((t) => t.toLowerCase());
      if (corrected === undefined) kind = knownKind(kind, words, next) ?? kind;
      // ("Calif." is California, and meets the article's other mentions of it)
      // ("a Muslim family", "Muslims": a religious or ethnic group, one entity under the group's name)
      const group = kind === 'MISC' || kind === 'NORP' ? groupName(words) : null;
      if (group) kind = 'NORP';
      const state = group ? undefined : stateOfPlaceForm(kind, words);
      if (state) kind = 'GPE';
      // ("Cook Islands-flagged Eagle S": the country, then the ship)
      const offsets = inSentence
        .slice(span.start, span.end)
        .map((_, i): [number, number] => [sent.tokens[span.start + i]!.start, sent.tokens[span.start + i]!.end]);
      const parts = words.length === span.end - span.start ? compoundParts(words, offsets, kind, demonyms()) : null;
      if (parts) {
        for (const p of parts) {
          tagged.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end), tokens: p.words, kind: p.kind, next });
          where.set(p.start, { sentence: k, start: span.start, end: span.end });
        }
        continue;
      }
      // ("Mrs. Clinton", "Mr. Clinton": the title says which of two Clintons)
      const title = span.start > 0 ? courtesyGender(inSentence[span.start - 1]!) : undefined;
      // ("President Obama" after "Michelle Obama": the office's holder on the day)
      const holder = kind === 'PERSON' && !title ? titledHolder(words, sent.tokens, span.start, date) : undefined;
      tagged.push({
        start,
        end,
        text: text.slice(start, end),
        tokens: (state ?? group)?.split(' ') ?? words,
        kind,
        next,
        ...(title ? { title } : {}),
        ...(holder ? { holder } : {}),
      });
      where.set(start, { sentence: k, start: span.start, end: span.end });
    }
  });
  // ("(Reporting by Andrea Shalal; Editing by Daniel Wallis)": the report's own staff, nobody in the news)
  const credits = creditSpans(text);
  const named = credits.length === 0 ? tagged : tagged.filter((m) => !credits.some(([a, b]) => m.start >= a && m.end <= b));
  // ("Law and Justice", which the tagger reads as "Justice", is one name)
  const mentions = wholePartyNames(text, sentences, named, where);
  // ("Russia's Defence Ministry" and "Ukraine's Defence Ministry" are two bodies)
  const resolved = qualifyBodies(text, resolveMentions(mentions, { demonyms: demonyms() }));
  for (const e of resolved) {
    const state = stateOfPlaceForm(e.kind, e.name.split(' ')) ?? (e.kind === 'NORP' ? groupName(e.name.split(' ')) : null);
    if (state) e.name = state;
    // ("Breitbart", "Huffington Post", "Politico" read as people or places; "Andrew Breitbart" stays a person)
    if ((e.kind === 'PERSON' || e.kind === 'LOC' || e.kind === 'MISC') && isOutletName(e.name)) e.kind = 'ORG';
    // ("Al Qaeda" read as a man named Al; "Anwar al-Awlaki" named in full stays a person)
    if (e.kind === 'PERSON' && isArticleBodyName(e.name)) e.kind = 'ORG';
  }

  // Roles of people: titles before their names, appositions after them, and roles they stand in
  // apposition to ("The alliance chief, Mark Rutte,").
  const references = new Map<number, ReturnType<typeof roleReferences>>();
  const referencesOf = (sentence: number) => {
    let refs = references.get(sentence);
    if (!refs) references.set(sentence, (refs = roleReferences(sentences[sentence]!.tokens)));
    return refs;
  };
  const roles = resolved.map((e) => {
    if (e.kind !== 'PERSON') return [];
    const found = new Set<string>();
    for (const m of e.mentions) {
      const at = where.get(m.start);
      if (!at) continue;
      const toks = sentences[at.sentence]!.tokens;
      const title = titleBefore(toks, at.start);
      const apposition = appositionAfter(toks, at.end);
      if (title) found.add(title);
      if (apposition) found.add(apposition);
      if (toks[at.start - 1]?.text !== ',') continue;
      const ref = referencesOf(at.sentence).find((r) => nameAfterRole(toks, r) === at.start);
      if (ref)
        found.add(
          toks
            .slice(ref.start + 1, ref.end)
            .map((t) => t.text)
            .join(' '),
        );
    }
    return [...found];
  });
  const links = resolved.map(
    (e, i) =>
      linkEntity(e.kind, namesOf(e.name, e.mentions), date) ?? (e.kind === 'PERSON' ? linkByTitle(e.name, roles[i]!, date) : undefined),
  );
  // ("Rutte" in an article about NATO in 2025, "Erdogan" in one about Turkey)
  linkBySurnameInContext(resolved, links, date);
  mergeLinkedBodies(resolved, links, roles);
  // A party is named in an article about its country ("Republicans" beside Washington, "Labour" beside London).
  const countries = linkedCountries(
    links,
    resolved.map((e) => e.mentions.length),
  );
  resolved.forEach((e, i) => {
    // ("United Russia", "Kuomintang": a party's name the tagger took for a place no table knows)
    const placeLike = e.kind === 'GPE' || e.kind === 'LOC';
    if (links[i] === undefined && (PARTY_KINDS.has(e.kind) || placeLike)) links[i] = linkParty(namesOf(e.name, e.mentions), countries);
  });
  // ("Party for Freedom (PVV)": a party's names the table lists are one party)
  mergeLinkedBodies(resolved, links, roles, (e, id) => id.startsWith('party/') && lookupActors(e.name).some((a) => a.id === id));
  // The party each person belongs to, where the article says it ("Republican presidential candidate Ted Cruz", "(D-Pa.)")
  const partyMentions = resolved.flatMap((e, i) => {
    const id = links[i]?.id;
    return id?.startsWith('party/') ? e.mentions.map((m) => ({ start: m.start, end: m.end, party: id })) : [];
  });
  const usParties = (countries.get('USA') ?? 0) > 0;
  const affiliations = resolved.map((e) =>
    e.kind === 'PERSON' && (partyMentions.length > 0 || usParties) ? partyOfPerson(text, e.mentions, partyMentions, usParties) : undefined,
  );
  const { extra, fromKb } = roleMentions(text, sentences, resolved, roles, links, new Set(mentions.map((m) => m.start)), date);

  const entities = resolved.map((e, i) => ({
    name: displayName(e.name, e.kind, links[i]),
    type: e.kind,
    mentions: [...e.mentions.map((m): EntityMention => ({ start: m.start, end: m.end, text: m.text, kind: 'name' })), ...extra[i]!],
    roles: roles[i]!,
    kb: links[i],
    party: affiliations[i],
  }));
  for (const p of fromKb) entities.push({ name: p.name, type: 'PERSON', mentions: p.mentions, roles: [], kb: p.kb, party: undefined });

  // Pronouns and descriptions of people, resolved to the person named before them.
  const people = entities.flatMap((e, i) => (e.type === 'PERSON' ? [i] : []));
  const corefPeople: CorefPerson[] = people.map((i) => {
    const e = entities[i]!;
    const gender = genderOf(
      text,
      e.name,
      e.mentions,
      e.kb?.roles?.map((r) => r.scope),
    );
    return { mentions: e.mentions, ...(gender ? { gender } : {}) };
  });
  for (const c of resolvePronouns(text, sentences, corefPeople)) {
    entities[people[c.person]!]!.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind });
  }

  return entities
    .map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
    .map((e, i) => ({
      id: `e${i + 1}`,
      name: e.name,
      type: e.type,
      mentions: e.mentions,
      ...(e.roles.length > 0 ? { roles: e.roles } : {}),
      ...(e.kb ? { kb: e.kb } : {}),
      ...(e.party ? { party: e.party } : {}),
    }));
}

/**
 * Joins the organisations the knowledge base links to one body under two names ("the U.N. Security
 * Council" … "the Security Council"), and the countries likewise ("Iran" … "the Islamic Republic"),
 * in place: the later one's mentions go to the first. `links` and `roles` are the entities' own, in
 * the same order.
 */
function mergeLinkedBodies(
  resolved: ResolvedEntity[],
  links: (EntityKb | undefined)[],
  roles: string[][],
  only: (e: ResolvedEntity, id: string) => boolean = () => true,
): void {
  for (let i = 0; i < resolved.length; i++) {
    const id = links[i]?.id;
    const kind = resolved[i]!.kind;
    if (!id || !(kind === 'ORG' || (kind === 'GPE' && namesCountry(resolved[i]!, id))) || !only(resolved[i]!, id)) continue;
    for (let j = resolved.length - 1; j > i; j--) {
      if (links[j]?.id !== id || resolved[j]!.kind !== kind || (kind === 'GPE' && !namesCountry(resolved[j]!, id))) continue;
      if (!only(resolved[j]!, id)) continue;
      // (the tables file agencies under the state body they belong to: "the Pentagon" and "the
      // Joint Chiefs of Staff" are both the US military, yet two bodies; one named by part of the
      // other's name is the same one)
      if (id.startsWith('state-body/') && !namedByPart(resolved[i]!.name, resolved[j]!.name)) continue;
      resolved[i]!.mentions = [...resolved[i]!.mentions, ...resolved[j]!.mentions].sort((a, b) => a.start - b.start);
      // (a country goes by its own name, a body by its fuller one: "UN Security Council")
      const other = resolved[j]!.name;
      if (kind === 'GPE') resolved[i]!.name = countryDisplayName(resolved[i]!, findCountry(id)?.name);
      else if (other.split(' ').length > resolved[i]!.name.split(' ').length) resolved[i]!.name = other;
      resolved.splice(j, 1);
      links.splice(j, 1);
      roles.splice(j, 1);
    }
  }
}

/** Whether an entity's name is one of the names of country `iso3` (not "Scotland" or "Gaza", parts the table lists among them). */
function namesCountry(e: ResolvedEntity, iso3: string): boolean {
  return findCountry(e.name)?.iso3 === iso3 && !PARTS_NAMED_AS_COUNTRY.has(kbKey(e.name));
}

/** A country's name as the article writes it: the table's, if the article uses it, else the article's most frequent. */
function countryDisplayName(e: ResolvedEntity, tableName: string | undefined): string {
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  if (tableName && counts.has(tableName)) return tableName;
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? e.name;
}

/** Parts of a country that the country table lists among the country's own names, in `kbKey` form. */
const PARTS_NAMED_AS_COUNTRY = new Set(['Scotland', 'Wales', 'Gaza', 'West Bank', 'Occupied Territories', 'Cisjordan'].map(kbKey));

/** Whether one name is the other's last words ("Security Council" of "U.N. Security Council"). */
function namedByPart(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => n.toLowerCase().replace(/^the /u, '').split(/\s+/u)) as [string[], string[]];
  return x.length <= y.length ? endsWithWords(y, x) : endsWithWords(x, y);
}

/** The kinds of entity a party's name is tagged with: its name, or the word for its members or its adjective. */
const PARTY_KINDS = new Set<EntityKind>(['ORG', 'MISC', 'NORP']);

/** Words that make a role phrase name no one in particular. */
const NOT_A_HOLDER = new Set(['next', 'future', 'potential', 'possible', 'prospective', 'would-be', 'hypothetical', 'eventual']);

/** A person the article names only by a role, found in the knowledge base. */
interface KbPerson {
  readonly name: string;
  readonly mentions: EntityMention[];
  readonly kb: EntityKb | undefined;
}

/**
 * Role mentions ("the former prime minister", "the Russian president") of people: of the one
 * person the article gave that role, else of the office holder on the article's day in the
 * knowledge base (a person of the article by name or surname, whose missing link it fills, or a
 * new one). `taken` holds the starts of the tagger's mentions, which a role phrase may not overlap
 * at its ends.
 */
function roleMentions(
  text: string,
  sentences: readonly Sentence[],
  resolved: readonly { name: string; kind: EntityKind; mentions: readonly { start: number }[] }[],
  roles: readonly (readonly string[])[],
  links: (EntityKb | undefined)[],
  taken: ReadonlySet<number>,
  date: string | undefined,
): { extra: EntityMention[][]; fromKb: KbPerson[] } {
  const extra = resolved.map(() => [] as EntityMention[]);
  const fromKb: KbPerson[] = [];
  const personAt = (offset: number | undefined) =>
    offset === undefined ? -1 : resolved.findIndex((e) => e.kind === 'PERSON' && e.mentions.some((m) => m.start === offset));
  sentences.forEach((sent) => {
    for (const ref of roleReferences(sent.tokens)) {
      const start = sent.tokens[ref.start]!.start;
      if (taken.has(sent.tokens[ref.end - 1]!.start) || taken.has(start)) continue;
      const end = sent.tokens[ref.end - 1]!.end;
      // "the next president" is nobody the article or the knowledge base can name.
      if (sent.tokens.slice(ref.start, ref.end).some((t) => NOT_A_HOLDER.has(t.text.toLowerCase()))) continue;
      const mention: EntityMention = { start, end, text: text.slice(start, end), kind: 'role' };
      // "the Polish president, Karol Nawrocki": the name in apposition is whose role it is
      const after = nameAfterRole(sent.tokens, ref);
      const named = after >= 0 ? personAt(sent.tokens[after]!.start) : -1;
      if (named >= 0) {
        extra[named]!.push(mention);
        continue;
      }
      const refCountry = countryIn(sent.tokens.slice(ref.start + 1, ref.end).map((t) => t.text));
      const refFormer = sent.tokens.slice(ref.start + 1, ref.end).some((t) => FORMER.has(t.text.toLowerCase()));
      // a former office, where the knowledge base knows the person's offices, must be one of them, taken up before the article
      const office = normalizeRole(ref.head);
      const heldBefore = (i: number) =>
        !links[i]?.roles?.length || links[i]!.roles!.some((r) => r.role === office && (!date || r.from < date));
      const holders = roles.flatMap((list, i) =>
        list.some((r) => {
          if (roleHead(r) !== ref.head) return false;
          // "the former prime minister" is the one the article called former; "the prime minister" one it did not
          if (/\b(?:former|ex)\b/iu.test(r) !== refFormer) return false;
          const own = countryIn(r.split(' '));
          return !own || !refCountry || own === refCountry;
        }) &&
        (!refFormer || heldBefore(i))
          ? [i]
          : [],
      );
      if (holders.length === 1) {
        extra[holders[0]!]!.push(mention);
        continue;
      }
      if (holders.length > 1) continue;
      const words = sent.tokens.slice(ref.start + 1, ref.end).map((t) => t.text);
      if (!date) {
        // an undated article: the one person it names who has ever held the office ("the alliance chief" and Mark Rutte)
        const ever = everHeld(words, ref.head, resolved, links);
        if (ever >= 0) extra[ever]!.push(mention);
        continue;
      }
      // "the former Norwegian prime minister": the one person of the article whose office, in the
      // knowledge base, ended before the article's day.
      if (refFormer) {
        const former = links.flatMap((l, i) =>
          resolved[i]!.kind === 'PERSON' &&
          l?.roles?.some((r) => r.role === office && (!refCountry || r.scope === refCountry) && r.from < date && (r.to ?? date) < date)
            ? [i]
            : [],
        );
        if (former.length === 1) extra[former[0]!]!.push(mention);
        continue;
      }
      // "the Russian president", "the alliance chief": the office holder on the article's day.
      const holder = kbRoleHolder(words, ref.head, date, links);
      if (!holder) continue;
      const key = kbKey(holder);
      const surname = key.split(' ').pop()!;
      const inArticle = resolved.findIndex(
        (e) => e.kind === 'PERSON' && (kbKey(e.name) === key || kbKey(e.name).split(' ').pop() === surname),
      );
      if (inArticle >= 0) {
        extra[inArticle]!.push(mention);
        // The office holder's full name links a person the article names by surname only.
        links[inArticle] ??= linkEntity('PERSON', [holder], date);
      } else {
        const known = fromKb.find((p) => kbKey(p.name) === key);
        if (known) known.mentions.push(mention);
        else fromKb.push({ name: holder, mentions: [mention], kb: linkEntity('PERSON', [holder], date) });
      }
    }
  });

  return { extra, fromKb };
}

/** The full name of the office holder a titled surname names ("President Obama"), the title inside the name's words or before them. */
function titledHolder(words: readonly string[], tokens: readonly Token[], at: number, date: string | undefined): string | undefined {
  if (words.length === 1) return officeHolder(words[0]!, titleBefore(tokens, at), date);
  return words.length === 2 ? officeHolder(words[1]!, words[0]!, date) : undefined;
}

/** The office's holder on the date a title names, not a former one ("President Obama": Barack Obama). */
function officeHolder(surname: string, title: string | null, date: string | undefined): string | undefined {
  return title && !FORMER_TITLE.test(title) ? holderByTitle(surname, title, date) : undefined;
}

/**
 * A person the article names by surname alone under an office's title ("President Obama", "Chancellor
 * Merkel"), linked to the one holder of that office with that surname, on the article's date when it
 * has one: "President Bush" is George W. Bush in 2008. A former holder's title ("former President
 * Bush") names no date, and is left unlinked when several held the office.
 */
function linkByTitle(name: string, titles: readonly string[], date: string | undefined): EntityKb | undefined {
  if (/\s/.test(name.trim())) return undefined;
  for (const title of titles) {
    const holder = holderByTitle(name, title, date);
    if (holder) return linkEntity('PERSON', [holder], date);
  }
  return undefined;
}

/**
 * The one holder of an office with this surname by the title before it ("President Obama": Barack
 * Obama), on the date when there is one; a former holder's title names no date.
 */
function holderByTitle(surname: string, title: string, date: string | undefined): string | undefined {
  const former = FORMER_TITLE.test(title);
  const holders = new Set(
    holdersBySurname(surname, title)
      .filter((t) => former || date === undefined || (t.from <= date && (t.to === undefined || date <= t.to)))
      .map((t) => t.name),
  );
  return holders.size === 1 ? [...holders][0] : undefined;
}

const FORMER_TITLE = /\b(?:former|ex|late)\b/i;

/** Offices whose holders the news names by surname alone ("Macron said", "Rutte warned"); `head` of an organisation. */
const NAMED_BY_SURNAME = ['president', 'prime minister', 'chancellor', 'foreign minister', 'head'];

/**
 * Links the people named by a surname alone (no first name in any mention, a surname of four letters
 * or more that is no first name) to the one holder of that surname of an office the news names by
 * surname (a head of state or government, a foreign minister, an organisation's head) in office on
 * the article's date, of a country or organisation the article's other links name: "Rutte" in an
 * article about NATO in 2025 is Mark Rutte, "Erdogan" in one about Turkey Recep Tayyip Erdogan.
 * Without a date, or with two such holders, nothing is linked.
 */
function linkBySurnameInContext(
  resolved: readonly { name: string; kind: EntityKind; mentions: readonly RawMention[] }[],
  links: (EntityKb | undefined)[],
  date: string | undefined,
): void {
  if (!date) return;
  const scopes = new Set<string>();
  for (const link of links) {
    const code = link?.cameo ?? (link && /^[A-Z]{3}$/.test(link.id) ? link.id : undefined);
    if (!code) continue;
    scopes.add(code.startsWith('IGO') ? code : code.slice(0, 3));
  }
  if (scopes.size === 0) return;
  resolved.forEach((e, i) => {
    if (e.kind !== 'PERSON' || links[i] !== undefined || /\s/.test(e.name.trim())) return;
    const surname = e.name.trim();
    if (surname.length < 4 || !/^\p{Lu}\p{Ll}/u.test(surname) || firstNameGender(surname) !== undefined) return;
    const holders = new Set(
      holdersBySurname(surname, NAMED_BY_SURNAME)
        .filter((t) => scopes.has(t.scope) && termInEffect(t, date))
        .map((t) => t.name),
    );
    if (holders.size === 1) links[i] = linkEntity('PERSON', [...holders], date);
  });
}

/** The names to link an entity by: its display name, then its mentions' texts, longest first. */
function namesOf(name: string, mentions: readonly RawMention[]): string[] {
  const texts = [...new Set(mentions.map((m) => m.tokens.filter((t) => !/^['’]s?$/.test(t)).join(' ')))];
  const names = [name, ...texts.filter((t) => t !== name).sort((a, b) => b.length - a.length)];
  // "The Associated Press" is the knowledge base's "Associated Press", and so is "AP"; a middle
  // initial may be missing there
  const found = names.flatMap((n) => {
    if (/^the\s/i.test(n)) return [n, n.replace(/^the\s+/i, '')];
    // "Donald J. Trump" is the knowledge base's "Donald Trump"
    if (/^\p{Lu}\S+ \p{Lu}\. \p{Lu}\S+$/u.test(n)) return [n, n.replace(/ \p{Lu}\. /u, ' ')];
    if (isOutletAcronym([n])) return [n, ...outletNames(n).filter((o) => o !== n && !/^the\s/i.test(o))];
    return [n];
  });
  // last, a first name's other forms: "Joseph R. Biden" is the knowledge base's "Joe Biden"
  const other = found.flatMap((n) => {
    const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}\S+)$/u.exec(n);
    return m ? firstNameForms(m[1]!.toLowerCase()).map((f) => `${f[0]!.toUpperCase()}${f.slice(1)} ${m[2]!}`) : [];
  });
  return [...new Set([...found, ...other])];
}

/** The country a capitalised word of a role phrase names ("Russian" in "the Russian president"). */
function countryIn(words: readonly string[]): string | undefined {
  return countriesNamed(words)[0]?.iso3;
}

/** Nouns that stand for an organisation the article names ("the alliance chief" with NATO in it). */
export const ORGANISATION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['alliance', 'IGOWSTNAT'],
  ['bloc', 'IGOEUREEC'],
  ['commission', 'IGOEUREEC'],
  ['world body', 'IGOUNO'],
]);
const PAST = new Set(['former', 'ex', 'then', 'late', 'previous', 'outgoing', 'incoming', 'future', 'deputy', 'vice', 'acting', 'interim']);
const FORMER = new Set(['former', 'ex', 'ex-']);

/**
 * The one person who held the office a role phrase names, on `date`: the country from a
 * nationality or country word ("the Russian president"), or an organisation named in the phrase
 * or, through a noun like "alliance", in the article.
 */
function kbRoleHolder(words: readonly string[], head: string, date: string, links: readonly (EntityKb | undefined)[]): string | null {
  const scope = roleScope(words, head, links);
  if (!scope) return null;
  const found = roleHolders(scope, head, date);
  return found.length === 1 ? found[0]!.name : null;
}

/**
 * The person of an undated article (an index into `resolved`) whose knowledge-base offices include
 * the one a role phrase names, at any time, when exactly one does; -1 otherwise.
 */
function everHeld(
  words: readonly string[],
  head: string,
  resolved: readonly { name: string; kind: EntityKind }[],
  links: readonly (EntityKb | undefined)[],
): number {
  const scope = roleScope(words, head, links);
  const role = normalizeRole(head);
  if (!scope || !role) return -1;
  const office = roleInScope(role, scope);
  const found = links.flatMap((l, i) =>
    resolved[i]!.kind === 'PERSON' && l?.roles?.some((r) => r.scope === scope && r.role === office) ? [i] : [],
  );
  return found.length === 1 ? found[0]! : -1;
}

/**
 * The country or organisation a role phrase is an office of: from a nationality or country word
 * ("the Russian president"), an organisation named in the phrase or, through a noun like
 * "alliance", in the article; null for a past office ("the former president") or none found.
 */
function roleScope(words: readonly string[], head: string, links: readonly (EntityKb | undefined)[]): string | null {
  if (words.some((w) => PAST.has(w.toLowerCase()))) return null;
  const qualifiers = words.slice(0, words.length - head.split(' ').length);
  let scope: string | null = null;
  for (let i = 0; i < qualifiers.length && !scope; i++) {
    const w = qualifiers[i]!;
    const pair = i + 1 < qualifiers.length ? `${w} ${qualifiers[i + 1]}`.toLowerCase() : '';
    const noun = ORGANISATION_NOUNS.get(pair) ?? ORGANISATION_NOUNS.get(w.toLowerCase());
    if (noun) {
      if (links.some((l) => l?.cameo === noun)) scope = noun;
      continue;
    }
    if (!/^\p{Lu}/u.test(w)) continue;
    const country = countryIn(qualifiers.slice(i, i + 2));
    if (country) scope = country;
    else scope = lookupActors(w).find((a) => a.kind === 'organisation' && a.code?.startsWith('IGO'))?.code ?? null;
  }
  return scope;
}

const TITLES: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'M'],
  ['mr.', 'M'],
  ['mrs', 'F'],
  ['mrs.', 'F'],
  ['ms', 'F'],
  ['ms.', 'F'],
  ['miss', 'F'],
  ['sir', 'M'],
  ['lord', 'M'],
  ['lady', 'F'],
  ['dame', 'F'],
  ['king', 'M'],
  ['queen', 'F'],
  ['prince', 'M'],
  ['princess', 'F'],
]);

/**
 * A person's gender from a title before a mention ("Mrs Merkel") or their first name, when either
 * tells, the name read as the countries of their offices read it.
 */
function genderOf(text: string, name: string, mentions: readonly EntityMention[], countries: readonly string[] = []): Gender | undefined {
  for (const m of mentions) {
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();
    const g = before ? TITLES.get(before) : undefined;
    if (g) return g;
  }
  const first = name.split(/\s+/)[0] ?? '';
  if (!name.includes(' ')) return undefined;
  return firstNameGender(first, countries) ?? surnameGender(name.split(/\s+/).at(-1)!);
}

/**
 * Endings of family names that only women bear, read when the first name tells nothing: Lithuanian
 * (Sakalienė, Šimonytė, Navickaitė), Russian, Ukrainian or Bulgarian (Zakharova, Matveeva), Czech
 * (Nováková's -ová) and Polish (Nowacka, Kowalska).
 */
const WOMEN_SURNAME_ENDINGS = /\p{L}{3}(?:ien[eė]|ait[eė]|yt[eė]|[uū]t[eė]|ova|ová|eva|ska|cka|dzka)$/u;

/** The gender a family name's ending gives ("Sakaliene" F), or undefined. */
function surnameGender(surname: string): Gender | undefined {
  return WOMEN_SURNAME_ENDINGS.test(surname.toLowerCase()) ? 'F' : undefined;
}

/** Annotator: the article's named entities with in-article resolution. */
export const entitiesAnnotator: Annotator<'entities'> = {
  name: 'entities',
  version: '2',
  provides: 'entities',
  requires: ['sentences'],
  run: (doc: Doc, layers: Layers) =>
    findEntities(doc.text, layers.sentences ?? docSentences(doc), nerTagger(), { publishedAt: doc.meta.publishedAt }),
};
