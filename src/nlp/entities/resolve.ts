/**
 * In-article entity resolution: groups the mentions of one article into entities. Rules, in
 * order: same name; a company's name without its legal ending ("Blockstack" of "Blockstack PBC");
 * a person's surname or first name after (or before) the full name; an acronym and its long form;
 * a demonym that names a country's actor ("Russian forces") joins the country.
 */
import { firstNameGender } from '../../kb/kb.js';
import { COMPANY_ENDINGS } from '../ner/document-consistency.js';

/** Entity kinds of the `entities` layer. */
export type EntityKind = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

/** A mention as the tagger found it: a span of the text, its tokens and a kind. */
export interface RawMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly string[];
  readonly kind: EntityKind;
  /** The words right after the mention (lower-cased), to tell "Russian forces" from "Russian food". */
  readonly next: readonly string[];
  /** The gender of a courtesy title right before it ("Mrs. Clinton": `F`). */
  readonly title?: 'F' | 'M';
  /** The office holder an office's title before a surname names ("President Obama": `Barack Obama`). */
  readonly holder?: string;
}

export interface ResolvedEntity {
  name: string;
  kind: EntityKind;
  mentions: RawMention[];
}

export interface ResolveOptions {
  /** Lower-cased demonym → country name (`russian` → `Russia`). */
  readonly demonyms: ReadonlyMap<string, string>;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des', 'del', 'di', 'da', '&', "'s", 'on', 'in', 'to', 'at']);
/** Titles that can open a tagged person's name ("Mr. Sanders"). */
const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. sir dame lord lady president minister'.split(' '),
);
/**
 * Whether a word is a title that can open a person's name ("Mr.", "Sen.", "President"), in any case.
 *
 * @example
 * isHonorific('Sen.'); // true
 */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

/** Nouns after a demonym that make it name the country as an actor. */
const ACTOR_NOUNS = new Set(
  (
    'forces force troops soldiers military army navy air government officials official authorities ministry ministers minister ' +
    'president prime leader leaders diplomats diplomat police embassy parliament state regime warplanes jets border guards ' +
    'security intelligence side delegation envoy ambassador negotiators administration cabinet court courts prosecutors coast ' +
    'chancellor king queen monarch foreign defence defense finance interior economy trade central lawmakers legislators warships'
  ).split(' '),
);

/** The comparable form of a name: ASCII punctuation, no possessive, single spaces, lower case. */
export function nameKey(tokens: readonly string[]): string {
  const words = tokens.map((t) => t.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  while (words.length > 1 && (words[words.length - 1] === "'s" || words[words.length - 1] === "'")) words.pop();
  return words.join(' ').toLowerCase();
}

/** The initials of a long name's content words (`North Atlantic Treaty Organization` → `nato`). */
export function initials(tokens: readonly string[]): string {
  return tokens
    .filter((t) => !FUNCTION_WORDS.has(t.toLowerCase()) && /^\p{L}/u.test(t))
    .flatMap((t) => t.split('-'))
    .map((t) => t[0]!.toLowerCase())
    .join('');
}

/** Whether a token looks like an acronym (`NATO`, `U.N.`, `EU`). */
export function isAcronym(token: string): boolean {
  const letters = token.replace(/\./g, '');
  return /^\p{Lu}{2,6}s?$/u.test(letters) && letters.length >= 2;
}

function acronymKey(token: string): string {
  return token.replace(/\./g, '').replace(/s$/, '').toLowerCase();
}

/**
 * Groups mentions (in text order) into entities.
 *
 * @example
 * resolveMentions([angelaMerkel, merkel], { demonyms }); // one PERSON entity, name "Angela Merkel"
 */
export function resolveMentions(mentions: readonly RawMention[], options: ResolveOptions): ResolvedEntity[] {
  const entities: ResolvedEntity[] = [];
  const byKey = new Map<string, ResolvedEntity>();
  const entityOf = new Map<RawMention, ResolvedEntity>();
  const join = (m: RawMention, e: ResolvedEntity) => {
    e.mentions.push(m);
    entityOf.set(m, e);
  };
  const create = (m: RawMention, name = m.text, kind = m.kind): ResolvedEntity => {
    const e: ResolvedEntity = { name, kind, mentions: [] };
    entities.push(e);
    join(m, e);
    return e;
  };

  // Demonyms that name an actor join the country's entity.
  const countries = new Map<string, ResolvedEntity>();
  const pending: RawMention[] = [];
  for (const m of mentions) {
    const country = m.kind === 'NORP' ? options.demonyms.get(nameKey(m.tokens)) : undefined;
    if (country && m.next.length > 0 && ACTOR_NOUNS.has(m.next[0]!)) {
      const key = country.toLowerCase();
      const e = byKey.get(key) ?? countries.get(key);
      if (e) join(m, e);
      else {
        const made = create(m, country, 'GPE');
        countries.set(key, made);
        byKey.set(key, made);
      }
      continue;
    }
    pending.push(m);
  }

  // Full names first, so that a surname mentioned before the full name still finds it.
  const longestFirst = [...pending].sort((a, b) => b.tokens.length - a.tokens.length || a.start - b.start);
  const keys = new MentionKeys();
  for (const m of longestFirst) {
    const key = keys.key(m);
    // ("Mr. Clinton" with no man of that name in full is his own entity, which "Mrs. Clinton" does not join)
    const titled = m.title ? `${key}#${m.title}` : null;
    const plain = byKey.get(key);
    const same = (titled ? byKey.get(titled) : undefined) ?? (plain && !(m.title && titleOf(plain, m.title)) ? plain : undefined);
    if (same) {
      join(m, same);
      continue;
    }
    const target =
      companyTarget(m, entities, keys) ??
      (m.tokens.length <= 2
        ? (partialNameTarget(m, entities, keys) ?? acronymTarget(m, entities, keys) ?? shortBodyTarget(m, entities, keys))
        : null);
    if (target) {
      join(m, target);
      continue;
    }
    const e = create(m);
    if (titled) byKey.set(titled, e);
    if (!plain) byKey.set(key, e);
  }

  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start);
    const fromDemonym = countries.get(e.name.toLowerCase()) === e;
    e.kind = majorityKind(e);
    if (!fromDemonym) e.name = displayName(e.mentions.reduce((a, b) => (nameRank(b) > nameRank(a) ? b : a)));
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Whether a full name's first word is the holder's first name ("barack obama", "Barack Hussein Obama"). */
function sameFirstName(full: readonly string[], holder: string): boolean {
  return full[0] === holder.split(' ')[0]!.toLowerCase();
}

/** Whether an entity's mentions carry a courtesy title of the other gender than `title`. */
function titleOf(e: ResolvedEntity, title: 'F' | 'M'): boolean {
  return e.mentions.some((m) => m.title !== undefined && m.title !== title);
}

/** Longer names first; among equals, one in running text before one in capitals. */
function nameRank(m: RawMention): number {
  return m.tokens.length * 2 + (m.text.length >= 4 && m.text === m.text.toUpperCase() ? 0 : 1);
}

function displayName(m: RawMention): string {
  const tokens = [...m.tokens];
  while (tokens.length > 1 && /^['’]s?$/.test(tokens[tokens.length - 1]!)) tokens.pop();
  // ("[Bob] Corker": the words without the editor's brackets)
  return tokens.length === m.tokens.length && !/[[\]]/u.test(m.text) ? m.text : tokens.join(' ');
}

/** Each mention's name key, its words and its initials, computed once per article. */
class MentionKeys {
  private readonly keys = new Map<RawMention, string>();
  private readonly words = new Map<RawMention, string[]>();
  private readonly initials = new Map<RawMention, string>();
  // Looked up for every pair of mentions: the makers are made once, so that a hit allocates nothing.
  private readonly makeKey = (m: RawMention) => nameKey(m.tokens);
  private readonly makeWords = (m: RawMention) => this.key(m).split(' ');
  private readonly makeInitials = (m: RawMention) => initials(m.tokens);

  key(m: RawMention): string {
    return memo(this.keys, m, this.makeKey);
  }

  wordsOf(m: RawMention): string[] {
    return memo(this.words, m, this.makeWords);
  }

  initialsOf(m: RawMention): string {
    return memo(this.initials, m, this.makeInitials);
  }
}

function memo<V>(cache: Map<RawMention, V>, m: RawMention, make: (m: RawMention) => V): V {
  let v = cache.get(m);
  if (v === undefined) {
    v = make(m);
    cache.set(m, v);
  }
  return v;
}

/** Whether `words` are the last words of `full`. */
export function endsWithWords(full: readonly string[], words: readonly string[]): boolean {
  const offset = full.length - words.length;
  for (let i = 0; i < words.length; i++) if (full[offset + i] !== words[i]) return false;
  return true;
}

/** A person already named in full whose surname (or first name) this short mention is. */
function partialNameTarget(m: RawMention, entities: readonly ResolvedEntity[], keys: MentionKeys): ResolvedEntity | null {
  const words = keys.wordsOf(m).slice();
  // "Mr. Sanders", "Sen. Sanders": the title is not part of the name.
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  let best: ResolvedEntity | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    if (e.kind !== 'PERSON' && !hasPersonMention(e)) continue;
    for (const full of e.mentions) {
      const fw = keys.wordsOf(full);
      if (fw.length <= words.length) continue;
      // ("Mrs. Clinton" is not "Bill Clinton", nor "Mr. Clinton" "Hillary Clinton")
      const gender = m.title ? firstNameGender(fw[0]!) : undefined;
      if (gender !== undefined && gender !== m.title) continue;
      // (nor "President Obama", the office's holder, "Michelle Obama")
      if (m.holder && fw.length >= 2 && !sameFirstName(fw, m.holder)) continue;
      const tail = endsWithWords(fw, words);
      const head = words.length === 1 && fw[0] === words[0];
      if (!tail && !head) continue;
      // Prefer the nearest full name before the mention; one after it only if none comes before.
      const distance = full.start <= m.start ? m.start - full.start : 1e9 + full.start - m.start;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e;
      }
    }
  }
  return best;
}

/** The last words of bodies' names that stand for the whole name in a later mention ("the Post", "the Committee"). */
const BODY_HEADS = new Set(
  (
    'post times journal globe tribune herald chronicle gazette telegraph guardian observer examiner inquirer ' +
    'committee commission council court department ministry agency bureau foundation institute university college ' +
    'company corporation bank fund board service network'
  ).split(' '),
);

/**
 * An organisation named in full whose last word this one names alone, with or without "the"
 * ("The Washington Post" … "The Post", "the Senate Armed Services Committee" … "the Committee"):
 * the nearest named before it, or else the first after it.
 */
function shortBodyTarget(m: RawMention, entities: readonly ResolvedEntity[], keys: MentionKeys): ResolvedEntity | null {
  if (m.kind !== 'ORG') return null;
  const words = keys.wordsOf(m);
  const head = words.length === 1 ? words[0]! : words.length === 2 && words[0] === 'the' ? words[1]! : '';
  if (!BODY_HEADS.has(head)) return null;
  let best: ResolvedEntity | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const e of entities) {
    if (e.kind !== 'ORG') continue;
    for (const full of e.mentions) {
      const fw = keys.wordsOf(full);
      const named = fw[0] === 'the' ? fw.length - 1 : fw.length;
      if (named < 2 || fw[fw.length - 1] !== head) continue;
      const distance = full.start <= m.start ? m.start - full.start : 1e9 + full.start - m.start;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e;
      }
    }
  }
  return best;
}

function hasPersonMention(e: ResolvedEntity): boolean {
  for (const x of e.mentions) if (x.kind === 'PERSON') return true;
  return false;
}

/** An organisation named in full with a company ending that this mention gives without it ("Blockstack PBC" … "Blockstack"). */
function companyTarget(m: RawMention, entities: readonly ResolvedEntity[], keys: MentionKeys): ResolvedEntity | null {
  const words = keys.wordsOf(m);
  for (const e of entities) {
    for (const full of e.mentions) {
      if (full.kind !== 'ORG') continue;
      const fw = keys.wordsOf(full);
      if (fw.length !== words.length + 1 || !COMPANY_ENDINGS.has(fw[fw.length - 1]!)) continue;
      let same = true;
      for (let i = 0; i < words.length && same; i++) same = fw[i] === words[i];
      if (same) return e;
    }
  }
  return null;
}

/** An entity with a long name whose initials this acronym mention spells (or the reverse). */
function acronymTarget(m: RawMention, entities: readonly ResolvedEntity[], keys: MentionKeys): ResolvedEntity | null {
  if (m.tokens.length !== 1 || !isAcronym(m.tokens[0]!)) return null;
  const key = acronymKey(m.tokens[0]!);
  for (const e of entities) {
    for (const long of e.mentions) {
      if (long.tokens.length >= 2 && keys.initialsOf(long) === key) return e;
    }
  }
  return null;
}

function majorityKind(e: ResolvedEntity): EntityKind {
  const counts = new Map<EntityKind, number>();
  // Names in capitals (headlines, datelines) are tagged less reliably than names in running text.
  for (const m of e.mentions) {
    const weight = m.text.length > 4 && m.text === m.text.toUpperCase() ? 0.5 : 1;
    counts.set(m.kind, (counts.get(m.kind) ?? 0) + weight * m.tokens.length);
  }
  if (e.kind === 'GPE' && e.mentions.some((m) => m.kind === 'NORP')) return 'GPE';
  let best: EntityKind = e.kind;
  let n = -1;
  for (const [k, c] of counts) {
    if (c > n) [best, n] = [k, c];
  }
  return best;
}
