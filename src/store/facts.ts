import { actorById, findCountry, kbKey } from '../kb/kb.js';
import { quoteWords } from '../nlp/quotes/marks.js';
import { lastWord, normalizeName } from './names.js';

/**
 * The facts of one document that the corpus queries read, taken from its stored layers
 * (`entities`, `quotes`, `sources`, `events`). Layers are read as loose JSON: a missing or malformed field
 * leaves out that one item, never the document, so layers stored by older or newer annotators
 * still count.
 * @internal
 */
export interface DocFacts {
  readonly entities: readonly EntityFact[];
  readonly quotes: readonly QuoteFact[];
  readonly sources: readonly SourceFact[];
  readonly claims: ClaimsFact | null;
  readonly events: readonly EventFact[];
}

/** @internal */
export interface EventFact {
  readonly index: number;
  readonly cameo: string;
  readonly plover: string | null;
  readonly goldstein: number;
  readonly quadClass: number;
  /** Entity keys of the actors, when the layer ties them to entities. */
  readonly sourceKey: string | null;
  readonly targetKey: string | null;
  /** CAMEO actor codes (`RUSGOV`). */
  readonly sourceCode: string | null;
  readonly targetCode: string | null;
  /** Neither negated nor hedged. */
  readonly factual: boolean;
  readonly statement: boolean;
  readonly trigger: string;
  /** The tone the `tone` layer gives the sentences of this actor pair's events (factual events only), or null. */
  readonly tone: number | null;
}

/** @internal */
export interface EntityFact {
  /** Corpus-wide identity: the knowledge-base id when linked, else `TYPE:normalised name`. */
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly kbId: string | null;
  readonly norm: string;
  readonly tail: string;
  readonly mentions: number;
  /** For a person: the knowledge-base id of the party the article gives them (`party/republican-party`), or null. */
  readonly party: string | null;
  /**
   * How well `name` names the entity for the corpus: a country's own name outranks every name an
   * article gives it ("Australians", "Indian"), then the knowledge base's name for a linked actor
   * as an article writes it ("Marco Rubio" over a headline run into it, "PMJeb Bush Hits Marco
   * Rubio"), then longer names, then names in running text over names in capitals ("New York"
   * over a dateline's "NEW YORK").
   */
  readonly nameRank: number;
}

/** The {@link EntityFact.nameRank} of a name that is no country's own: longer first, then not in capitals. @internal */
export function nameRankOf(name: string): number {
  return name.length * 2 + (/\p{Ll}/u.test(name) ? 1 : 0);
}

/** @internal */
export interface QuoteFact {
  readonly index: number;
  readonly text: string;
  readonly type: string;
  readonly speaker: string | null;
  readonly speakerNorm: string | null;
  /** Entity key of the speaker. */
  readonly speakerKey: string | null;
  readonly speakerKind: string;
  readonly cue: string;
  readonly via: string | null;
  /** Keys of the entities mentioned inside the quote (the speaker left out). */
  readonly about: readonly string[];
}

/** @internal */
export interface SourceFact {
  readonly name: string;
  readonly norm: string;
  readonly kind: string;
  readonly named: boolean;
  readonly outlet: string | null;
  readonly outletName: string | null;
  readonly outletCountry: string | null;
  readonly stateMedia: string | null;
  readonly stateMediaLabel: string | null;
  readonly claims: number;
  readonly relayed: number;
  readonly entityKey: string | null;
}

/** @internal */
export interface ClaimsFact {
  readonly claims: number;
  readonly namedPeople: number;
  readonly namedOutlets: number;
  readonly namedOrganisations: number;
  readonly documents: number;
  readonly unnamed: number;
  readonly unresolved: number;
  readonly unattributed: number;
  readonly relayed: number;
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.round(v)) : 0);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The tone layer's tone by actor pair (`SOURCE\tTARGET` codes). */
function pairTones(data: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (!isObject(data)) return out;
  for (const p of list(data.pairs)) {
    if (!isObject(p)) continue;
    const source = str(p.source);
    const target = str(p.target);
    if (source && target && typeof p.tone === 'number' && Number.isFinite(p.tone)) out.set(`${source}\t${target}`, p.tone);
  }
  return out;
}

/** One actor of an event side: its entity key when the layer ties it to one, and its CAMEO code. */
interface SideActor {
  readonly key: string | null;
  readonly code: string | null;
}

/** Members of a compound taken into the facts at most, so that a long list cannot multiply rows. */
const MAX_MEMBERS = 4;

/**
 * The actors of one side of an event: each member of a compound ("Hungary and Romania"), or the
 * side's one actor; none for an absent side.
 */
function sideActors(side: unknown, keys: ReadonlyMap<string, string>): SideActor[] {
  if (!isObject(side)) return [];
  const keyOf = (local: string | null) => (local ? (keys.get(local) ?? null) : null);
  const members = list(side.members).filter(isObject).slice(0, MAX_MEMBERS);
  if (members.length > 1) {
    // the side's own entity is its first member's
    return members.map((m, i) => ({ key: keyOf(str(m.entity) ?? (i === 0 ? str(side.entity) : null)), code: str(m.code) }));
  }
  return [{ key: keyOf(str(side.entity)), code: str(side.code) }];
}

/**
 * The actor pairs an event is stored under, for the queries between two actors: every source with
 * every target ("Germany and France warned Russia": each of the two warned it); a joint act with
 * no target ("Russia and Ukraine agreed to swap prisoners") each member with each other, both
 * ways, as dyadic event data counts it; otherwise the one source with the one target (or none).
 */
function actorPairs(sources: readonly SideActor[], targets: readonly SideActor[]): Array<[SideActor, SideActor | null]> {
  const none: SideActor = { key: null, code: null };
  if (targets.length === 0 && sources.length > 1) {
    const pairs: Array<[SideActor, SideActor]> = [];
    for (const a of sources) for (const b of sources) if (a !== b && (a.code !== b.code || a.key !== b.key)) pairs.push([a, b]);
    if (pairs.length > 0) return pairs;
  }
  const from = sources.length > 0 ? sources : [none];
  const to: ReadonlyArray<SideActor | null> = targets.length > 0 ? targets : [null];
  return from.flatMap((s) => to.map((t): [SideActor, SideActor | null] => [s, t]));
}

function eventFacts(data: unknown, entities: EntityLayerFacts, tones: ReadonlyMap<string, number>): EventFact[] {
  const out: EventFact[] = [];
  list(data).forEach((e, index) => {
    if (!isObject(e)) return;
    const cameo = str(e.cameo);
    if (!cameo) return;
    const trigger = isObject(e.trigger) ? (str(e.trigger.text) ?? '') : '';
    const factual = e.negated !== true && e.hedged !== true && e.background !== true;
    for (const [source, target] of actorPairs(sideActors(e.source, entities.keys), sideActors(e.target, entities.keys))) {
      const tone = factual && source.code && target?.code ? (tones.get(`${source.code}\t${target.code}`) ?? null) : null;
      out.push({
        index,
        cameo,
        plover: str(e.plover),
        goldstein: typeof e.goldstein === 'number' && Number.isFinite(e.goldstein) ? e.goldstein : 0,
        quadClass: int(e.quadClass),
        sourceKey: source.key,
        targetKey: target?.key ?? null,
        sourceCode: source.code,
        targetCode: target?.code ?? null,
        factual,
        statement: e.statement === true,
        trigger,
        tone,
      });
    }
  });
  return out;
}

/** The key that identifies an entity across documents. @internal */
export function entityKey(type: string, norm: string, kbId: string | null): string {
  return kbId ?? `${type}:${norm}`;
}

interface EntityLayerFacts {
  readonly facts: EntityFact[];
  /** Local entity id (`e3`) → key. */
  readonly keys: Map<string, string>;
  /** Key → mention spans. */
  readonly spans: Map<string, Array<[number, number]>>;
}

function entityFacts(data: unknown): EntityLayerFacts {
  const facts: EntityFact[] = [];
  const keys = new Map<string, string>();
  const spans = new Map<string, Array<[number, number]>>();
  for (const e of list(data)) {
    if (!isObject(e)) continue;
    const local = str(e.id);
    const given = str(e.name);
    if (!local || !given) continue;
    const kbId = isObject(e.kb) ? str(e.kb.id) : null;
    // a country is shown by its name and as a place, whatever the article called it
    const country = kbId && /^[A-Z]{3}$/.test(kbId) ? findCountry(kbId) : undefined;
    const mentions = list(e.mentions).filter(isObject);
    // a party is shown by its name and as an organisation, whatever word the article used ("GOP", "Tories")
    const party = kbId?.startsWith('party/') ? actorById(kbId)?.name : undefined;
    // a linked actor is shown by the name the knowledge base gives it, as the article writes it
    const asKb = country || party || !kbId ? undefined : kbSpelling(kbId, [given, ...mentions.map((m) => str(m.text) ?? '')]);
    const name = country?.name ?? party ?? asKb ?? given;
    const norm = normalizeName(name);
    if (norm === '') continue;
    const type = country ? 'GPE' : party ? 'ORG' : (str(e.type) ?? 'MISC');
    const key = entityKey(type, norm, kbId);
    const at = mentions.flatMap((m) =>
      typeof m.start === 'number' && typeof m.end === 'number' ? [[m.start, m.end] as [number, number]] : [],
    );
    keys.set(local, key);
    const known = spans.get(key);
    if (known) {
      // two entities of one article can share a key (a demonym and its country): the article counts once
      known.push(...at);
      const i = facts.findIndex((f) => f.key === key);
      const f = facts[i]!;
      facts[i] = { ...f, mentions: f.mentions + Math.max(1, mentions.length), party: f.party ?? partyOf(e) };
      continue;
    }
    spans.set(key, at);
    const nameRank =
      country || party ? Number.MAX_SAFE_INTEGER : asKb ? Number.MAX_SAFE_INTEGER - (/\p{Ll}/u.test(asKb) ? 1 : 2) : nameRankOf(name);
    // ("Defence Ministry (Russia)": the country that tells the body apart is no surname)
    const tail = lastWord(normalizeName(name.replace(/\s*\([^)]*\)$/u, '')) || norm);
    facts.push({ key, name, type, kbId, norm, tail, mentions: Math.max(1, mentions.length), party: partyOf(e), nameRank });
  }
  return { facts, keys, spans };
}

/** The party an entities-layer item says a person belongs to (a knowledge-base party id), or null. */
function partyOf(e: Record<string, unknown>): string | null {
  const party = str(e.party);
  return party?.startsWith('party/') ? party : null;
}

/** The one of `names` that is the knowledge-base actor's name ("Marco Rubio", "NATO"), as written there. */
function kbSpelling(kbId: string, names: readonly string[]): string | undefined {
  const own = actorById(kbId)?.name;
  if (!own) return undefined;
  const key = kbKey(own);
  const spelt = names.filter((n) => n !== '' && kbKey(n) === key);
  // running text before a dateline's capitals ("New York", not "NEW YORK")
  return spelt.find((n) => /\p{Ll}/u.test(n)) ?? spelt[0];
}

function quoteFacts(data: unknown, entities: EntityLayerFacts): QuoteFact[] {
  const out: QuoteFact[] = [];
  list(data).forEach((q, index) => {
    if (!isObject(q)) return;
    const text = str(q.text);
    if (!text) return;
    const speaker = str(q.speaker);
    const speakerLocal = str(q.speakerEntity);
    const speakerKey = speakerLocal ? (entities.keys.get(speakerLocal) ?? null) : null;
    const start = typeof q.start === 'number' ? q.start : -1;
    const end = typeof q.end === 'number' ? q.end : -1;
    const pieces = quotePieces(q.fragments, start, end, text.length);
    const about: string[] = [];
    if (start >= 0 && end > start) {
      for (const [key, ms] of entities.spans) {
        if (key !== speakerKey && ms.some(([s, e]) => pieces.some(([a, b]) => s >= a && e <= b))) about.push(key);
      }
    }
    out.push({
      index,
      text: quoteWords(text, start, pieces),
      type: str(q.type) ?? 'direct',
      speaker,
      speakerNorm: speaker ? normalizeName(speaker) || null : null,
      speakerKey,
      speakerKind: str(q.speakerKind) ?? (speaker ? 'name' : 'none'),
      cue: typeof q.cue === 'string' ? q.cue : '',
      via: str(q.via),
      about,
    });
  });
  return out;
}

/** The spans of a quote's words: its fragments when the cue splits it ("…," said Conway. "…"), else the whole span. */
function quotePieces(fragments: unknown, start: number, end: number, length: number): [number, number][] {
  const valid = Array.isArray(fragments)
    ? fragments.filter(
        (f): f is [number, number] =>
          Array.isArray(f) &&
          typeof f[0] === 'number' &&
          typeof f[1] === 'number' &&
          f[0] >= start &&
          f[1] <= start + length &&
          f[0] < f[1],
      )
    : [];
  return valid.length > 1 ? valid : [[start, end]];
}

function sourceFacts(data: unknown, entities: EntityLayerFacts): { sources: SourceFact[]; claims: ClaimsFact | null } {
  if (!isObject(data)) return { sources: [], claims: null };
  const sources: SourceFact[] = [];
  for (const s of list(data.sources)) {
    if (!isObject(s)) continue;
    const name = str(s.name);
    if (!name) continue;
    const outlet = isObject(s.outlet) ? s.outlet : null;
    const state = outlet && isObject(outlet.stateMedia) ? outlet.stateMedia : null;
    sources.push({
      name,
      norm: normalizeName(name),
      kind: str(s.kind) ?? 'unknown',
      named: s.named !== false,
      outlet: outlet ? (str(outlet.domain)?.toLowerCase() ?? null) : null,
      outletName: outlet ? str(outlet.name) : null,
      outletCountry: outlet ? str(outlet.country) : null,
      stateMedia: state ? str(state.typology) : null,
      stateMediaLabel: state ? str(state.label) : null,
      claims: list(s.quotes).length,
      relayed: list(s.relayed).length,
      entityKey: entities.keys.get(str(s.entity) ?? '') ?? null,
    });
  }
  const sum = isObject(data.summary) ? data.summary : null;
  const claims: ClaimsFact | null = sum
    ? {
        claims: int(sum.claims),
        namedPeople: int(sum.namedPeople),
        namedOutlets: int(sum.namedOutlets),
        namedOrganisations: int(sum.namedOrganisations),
        documents: int(sum.documents),
        unnamed: int(sum.unnamed),
        unresolved: int(sum.unresolved),
        unattributed: int(sum.unattributed),
        relayed: int(sum.relayed),
      }
    : null;
  return { sources, claims };
}

/**
 * The query facts of a document from its layers, by kind (`{ entities: [...], quotes: [...],
 * sources: {...} }`; other kinds are ignored).
 * @internal
 */
export function docFacts(layers: Readonly<Record<string, unknown>>): DocFacts {
  const entities = entityFacts(layers.entities);
  const { sources, claims } = sourceFacts(layers.sources, entities);
  return {
    entities: entities.facts,
    quotes: quoteFacts(layers.quotes, entities),
    sources,
    claims,
    events: eventFacts(layers.events, entities, pairTones(layers.tone)),
  };
}

/** Layer kinds whose facts the query tables hold. @internal */
export const FACT_KINDS: ReadonlySet<string> = new Set(['entities', 'quotes', 'sources', 'events', 'tone']);
