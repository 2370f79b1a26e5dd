/**
 * The `sources` layer: the people, outlets, documents and organisations that an article's claims
 * rest on, each linked to the outlet table where it is an outlet, with vague sources ("some
 * analysts", "officials", "reports say") flagged as unnamed; and a per-article summary of how
 * many claims rest on what, and how much of the body is quotation.
 */
import type { Doc } from '../../doc.js';
import { findCountry } from '../../kb/kb.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import { hostOf } from '../../store/ids.js';
import type { Entity } from '../entities/entities.js';
import { DOCUMENT_NOUNS } from '../quotes/lexicon.js';
import { findQuotations } from '../quotes/marks.js';
import { paragraphsOf, type Quote } from '../quotes/quotes.js';
import { findOutlet, type Outlet, type OutletContext, outletFields, stateMediaNamed, wholeOutlet } from './outlets.js';

/** Head nouns of bodies that speak as one ("the Russian defence ministry", "the Clinton campaign"). */
const SPEAKING_BODIES = new Set(
  (
    'ministry department agency government administration office committee council commission campaign company ' +
    'party embassy army military police court foundation institute union association federation alliance coalition ' +
    'cabinet parliament senate congress assembly bureau consulate watchdog secretariat mission command navy militia delegation force guard guards ' +
    'firm bank group board team organization organisation opposition staff headquarters directorate service panel newspaper network'
  ).split(' '),
);

function lastWord(name: string): string {
  return (name.toLowerCase().match(/[\p{L}-]+(?=[^\p{L}]*$)/u)?.[0] ?? '').replace(/[\u2019']s$/u, '');
}

/** Plural heads of groups of people no one in particular speaks for ("Democratic voters", "Trump supporters"). */
const GROUP_HEADS = new Set(
  (
    'voters investors supporters opponents users leaders contenders candidates lawmakers legislators members delegates ' +
    'protesters demonstrators workers citizens activists allies lawyers spokesmen spokeswomen donors fans students ' +
    'parents patients customers consumers businesses companies economists executives conservatives liberals progressives ' +
    'evangelicals republicans democrats americans bloggers commentators hardliners hawks nationalists residents ' +
    'soldiers troops veterans refugees officers farmers teachers doctors'
  ).split(' '),
);

/** What a source is. */
export type SourceKind = 'person' | 'outlet' | 'document' | 'organisation' | 'unnamed' | 'unknown';

/** One source of the article, with every claim that rests on it. */
export interface Source {
  /** `s1`, `s2`, … in order of first mention. */
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  /** False for vague sources and for roles or pronouns the article never ties to a name. */
  readonly named: boolean;
  /** The words that name it, each a span of {@link Doc.text}. */
  readonly mentions: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  /** Indices into the `quotes` layer of the claims that rest on it. */
  readonly quotes: readonly number[];
  /** Indices into the `quotes` layer of the claims it relayed from someone else ("Reuters quoted …"). */
  readonly relayed: readonly number[];
  /** The id of its entity in the `entities` layer. */
  readonly entity?: string;
  /** The outlet it is, or whose document it is ("a column in the Financial Times"). */
  readonly outlet?: Outlet;
}

/** How the claims of an article are sourced. */
export interface SourceSummary {
  readonly claims: number;
  readonly namedPeople: number;
  readonly namedOutlets: number;
  readonly namedOrganisations: number;
  readonly documents: number;
  /** Claims on vague sources: "officials said", "some analysts", "sources familiar with". */
  readonly unnamed: number;
  /** Claims on a role or pronoun that could not be tied to anyone named. */
  readonly unresolved: number;
  /** Claims with no speaker at all. */
  readonly unattributed: number;
  /** Claims relayed through an outlet. */
  readonly relayed: number;
  /** Share of the text inside quotation marks (titles and scare quotes left out), 0–1. */
  readonly quotationShare: number;
}

export interface SourcesLayer {
  readonly sources: readonly Source[];
  readonly summary: SourceSummary;
}

declare module '../../pipeline/annotator.js' {
  interface LayerMap {
    sources: SourcesLayer;
  }
}

interface Draft {
  name: string;
  kind: SourceKind;
  named: boolean;
  mentions: { start: number; end: number; text: string }[];
  quotes: number[];
  relayed: number[];
  entity?: string;
  outlet?: Outlet;
}

/**
 * Builds the sources of an article from its quotes and entities. `host` is the host of the
 * article's page: with the countries its entities name, it tells apart outlets of several
 * countries that share a name ("Daily News", "ABC").
 *
 * @example
 * const layer = findSources(text, quotes, entities, paragraphs, 'www.example.com.au');
 * layer.summary.namedOutlets; // claims that rest on a named outlet
 */
export function findSources(
  text: string,
  quotes: readonly Quote[],
  entities: readonly Entity[],
  paragraphs: readonly { start: number; end: number }[],
  host: string | null = null,
): SourcesLayer {
  const context: OutletContext = { host, countries: countriesMentioned(entities) };
  const drafts = new Map<string, Draft>();
  const counts = {
    namedPeople: 0,
    namedOutlets: 0,
    namedOrganisations: 0,
    documents: 0,
    unnamed: 0,
    unresolved: 0,
    unattributed: 0,
    relayed: 0,
  };
  const entityType = new Map(entities.map((e) => [e.id, e.type]));
  const entityCode = new Map(entities.map((e) => [e.id, e.kb?.cameo]));
  const touch = (key: string, init: () => Draft, mention: { start: number; end: number } | null): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = init();
      drafts.set(key, d);
    }
    if (mention && !d.mentions.some((m) => m.start === mention.start))
      d.mentions.push({ ...mention, text: text.slice(mention.start, mention.end) });
    return d;
  };

  // an outlet's report of a statement it relays, and what someone did not say or never said (which
  // rests on the writer; not "does not believe", a stance of theirs), are no claims of a source
  const notClaims = relayReports(quotes);
  quotes.forEach((q, qi) => {
    if (q.negated && UNSAID.test(q.cue)) notClaims.add(qi);
  });
  quotes.forEach((q, qi) => {
    if (notClaims.has(qi)) return;
    if (q.via !== undefined && q.viaStart !== undefined && q.viaEnd !== undefined) {
      const surface = text.slice(q.viaStart, q.viaEnd);
      // ("The newspaper, citing unnamed sources, said": the outlet it stands for; "in comments broadcast
      // by state television": the speaker's state's)
      const outlet =
        findOutlet(surface, context) ??
        wholeOutlet(q.via, context) ??
        stateMediaNamed(surface, stateOf(entityCode.get(q.speakerEntity ?? '')));
      const name = outlet?.name ?? q.via;
      const d = touch(
        `outlet:${outlet?.domain ?? `${name.toLowerCase()}${outlet?.country ? ` ${outlet.country}` : ''}`}`,
        () => ({
          name,
          kind: 'outlet',
          named: true,
          mentions: [],
          quotes: [],
          relayed: [],
          ...(outlet ? { outlet: outletFields(outlet) } : {}),
        }),
        {
          start: q.viaStart,
          end: q.viaEnd,
        },
      );
      d.relayed.push(qi);
      counts.relayed++;
    }
    if (q.speaker === null || q.speakerStart === undefined || q.speakerEnd === undefined) {
      if (q.speaker === null) counts.unattributed++;
      return;
    }
    const mention = { start: q.speakerStart, end: q.speakerEnd };
    const written = text.slice(mention.start, mention.end);
    // "It said …", "they believed …" after the body or the people they stand for: the source is theirs
    const standsFor = /^(?:it|they)$/iu.test(written) && !q.speakerEntity && q.speaker !== written;
    const surface = standsFor ? q.speaker : written;
    const speakerKind = standsFor && q.speakerKind === 'pronoun' ? 'name' : q.speakerKind;
    // ("the Russian Embassy in Washington": the embassy, not the place it sits in)
    const head = lastWord(surface.replace(/\s+(?:in|at)\s.*$/su, ''));
    const type = q.speakerEntity ? entityType.get(q.speakerEntity) : undefined;
    // ("The newspaper said" after the Global Times: the outlet the role stands for)
    const outlet = findOutlet(surface, context) ?? (q.speakerKind === 'role' && type === 'ORG' ? wholeOutlet(q.speaker, context) : null);
    let d: Draft;
    if (outlet && type !== 'PERSON') {
      const before = surface
        .slice(0, outlet.start)
        .toLowerCase()
        .split(/[^\p{L}-]+/u);
      const isDocument = DOCUMENT_NOUNS.has(head) || before.some((w) => DOCUMENT_NOUNS.has(w));
      d = touch(
        // one source for an outlet whatever name the article gives it ("the New York Daily News", "the Daily News")
        `outlet:${outlet.domain ?? outlet.name.toLowerCase()}`,
        () => ({ name: outlet.name, kind: 'outlet', named: true, mentions: [], quotes: [], relayed: [], outlet: outletFields(outlet) }),
        mention,
      );
      if (isDocument) counts.documents++;
      counts.namedOutlets++;
    } else if (speakerKind === 'vague') {
      d = touch(
        `unnamed:${surface.toLowerCase()}`,
        () => ({ name: surface, kind: 'unnamed', named: false, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      counts.unnamed++;
    } else if (type === 'PERSON') {
      d = touch(
        `entity:${q.speakerEntity}`,
        () => ({ name: q.speaker!, kind: 'person', named: true, mentions: [], quotes: [], relayed: [], entity: q.speakerEntity! }),
        mention,
      );
      counts.namedPeople++;
    } else if (DOCUMENT_NOUNS.has(head)) {
      const vague = /^(?:a|an|some|one|several|many|new|recent)\b/i.test(surface) && !/\p{Lu}/u.test(surface.slice(2));
      d = touch(
        `document:${surface.toLowerCase()}`,
        () => ({ name: surface, kind: vague ? 'unnamed' : 'document', named: !vague, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      if (vague) counts.unnamed++;
      else counts.documents++;
    } else if (type !== undefined) {
      d = touch(
        `entity:${q.speakerEntity}`,
        () => ({ name: q.speaker!, kind: 'organisation', named: true, mentions: [], quotes: [], relayed: [], entity: q.speakerEntity! }),
        mention,
      );
      counts.namedOrganisations++;
    } else if ((speakerKind === 'name' || (speakerKind === 'role' && q.speaker === surface)) && GROUP_HEADS.has(head)) {
      // "Democratic voters", "Trump supporters": people, none of them named
      d = touch(
        `unnamed:${surface.toLowerCase()}`,
        () => ({ name: surface, kind: 'unnamed', named: false, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      counts.unnamed++;
    } else if (speakerKind === 'role' && q.speaker !== surface) {
      // A role the office-holder table tied to a person the article does not name otherwise.
      d = touch(
        `person:${q.speaker.toLowerCase()}`,
        () => ({ name: q.speaker!, kind: 'person', named: true, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      counts.namedPeople++;
    } else if (speakerKind === 'name') {
      // "the Russian defence ministry", "Clinton's campaign": a body the entities layer did not list
      const body = SPEAKING_BODIES.has(head);
      d = touch(
        `name:${q.speaker.toLowerCase()}`,
        () => ({ name: q.speaker!, kind: body ? 'organisation' : 'unknown', named: true, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      counts.namedOrganisations++;
    } else if (SPEAKING_BODIES.has(head) && (/^the\s/iu.test(surface) || /^police$/iu.test(surface))) {
      // "The ministry did not explain": the body of that kind the article brought up last, else one it does not name
      const earlier = [...drafts.entries()].filter(([, x]) => x.kind === 'organisation' && lastWord(x.name) === head).at(-1);
      d = touch(
        earlier?.[0] ?? `unresolved:${surface.toLowerCase()}`,
        () => ({ name: surface, kind: 'organisation', named: false, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      if (earlier) counts.namedOrganisations++;
      else counts.unresolved++;
    } else {
      d = touch(
        `unresolved:${surface.toLowerCase()}`,
        () => ({ name: surface, kind: 'person', named: false, mentions: [], quotes: [], relayed: [] }),
        mention,
      );
      counts.unresolved++;
    }
    d.quotes.push(qi);
  });

  const sources = [...drafts.values()]
    .map((d) => ({ ...d, mentions: d.mentions.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))
    .map((d, i): Source => ({ id: `s${i + 1}`, ...d }));
  return { sources, summary: { claims: quotes.length - notClaims.size, ...counts, quotationShare: quotationShare(text, paragraphs) } };
}

/** Cues of speech that, denied, leave nothing said: "did not say", "never told", "declined to specify". */
const UNSAID =
  /\b(?:say|says|said|tell|tells|told|specify|specified|elaborate|elaborated|comment|commented|disclose|disclosed|confirm|confirmed|mention|mentioned)$/iu;

/**
 * The quotes that are an outlet's report of a statement it relays: in "Zakharova said Brussels was
 * meddling, RIA Novosti reported.", RIA's "reported" holds Zakharova's statement, which the quotes
 * layer gives RIA as its relay. The statement is the claim; RIA's report of it is no second claim.
 */
function relayReports(quotes: readonly Quote[]): Set<number> {
  const out = new Set<number>();
  quotes.forEach((q, qi) => {
    if (q.speakerStart === undefined) return;
    const relays = quotes.some(
      (r) => r !== q && r.viaStart === q.speakerStart && r.viaEnd === q.speakerEnd && r.start >= q.start && r.end <= q.end,
    );
    if (relays) out.add(qi);
  });
  return out;
}

/** The state a CAMEO actor code belongs to ("RUSGOV" → "RUS"), or null for none (an organisation of states, a group). */
function stateOf(code: string | undefined): string | null {
  return code ? (findCountry(code.slice(0, 3))?.iso3 ?? null) : null;
}

/** How often the article mentions each country, itself or a place in it (CAMEO country codes). */
function countriesMentioned(entities: readonly Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'NORP') continue;
    const code = e.kb?.cameo;
    if (code?.length !== 3) continue;
    counts.set(code, (counts.get(code) ?? 0) + e.mentions.length);
  }
  return counts;
}

/** The share of the text's characters (white space left out) that lie inside quotation marks. */
export function quotationShare(text: string, paragraphs: readonly { start: number; end: number }[]): number {
  let inside = 0;
  for (const q of findQuotations(text, paragraphs)) {
    // Short quoted words in running text are terms or titles rather than quotation.
    if (q.pieces.length === 1 && wordCount(text, q.pieces[0]![0], q.pieces[0]![1]) < 4) continue;
    for (const [a, b] of q.pieces) inside += solidChars(text, a, b);
  }
  const total = solidChars(text, 0, text.length);
  return total === 0 ? 0 : Math.round((inside / total) * 1000) / 1000;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function solidChars(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

function wordCount(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Annotator: the article's sources, from its quotes and entities. */
export const sourcesAnnotator: Annotator<'sources'> = {
  name: 'sources',
  version: '2',
  provides: 'sources',
  requires: ['quotes', 'entities'],
  run: (doc: Doc, layers: Layers) =>
    findSources(doc.text, layers.quotes ?? [], layers.entities ?? [], paragraphsOf(doc), hostOf(doc.meta.url)),
};
