import type { Fingerprint } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';

/** Where a document came from: the source reader's provenance record (any JSON object). */
export type SourceRecord = Readonly<Record<string, unknown>>;

/** One annotation layer to store: its kind, the version of the annotator that made it, and its data. */
export interface LayerInput {
  readonly kind: string;
  readonly version: string;
  /** Any JSON value. */
  readonly data: unknown;
}

/** A document to store. */
export interface DocumentInput {
  /** Canonical URL or content id (see `canonicalUrl`, `contentId`). */
  readonly id: string;
  /** The input it was read from (file path, WARC record, JSON Lines line); lets a re-run skip it. */
  readonly inputId?: string | null;
  readonly doc: Doc;
  readonly source?: SourceRecord;
  readonly layers?: readonly LayerInput[];
  /** Computed from `doc.text` when absent (workers compute it to spare the writer). */
  readonly fingerprint?: Fingerprint;
}

/** An input that could not be turned into a document. */
export interface IngestErrorInput {
  readonly inputId: string;
  readonly reason: string;
  readonly source?: SourceRecord;
}

/** What one {@link CorpusStore.write} call did. */
export interface WriteResult {
  /** Documents stored now, in order, with the group each joined. */
  readonly stored: ReadonlyArray<{ readonly id: string; readonly dupGroup: string; readonly duplicate: 'exact' | 'near' | null }>;
  /** Ids that were already in the store (or twice in the batch): nothing was written for them. */
  readonly skipped: readonly string[];
  /** Errors recorded. */
  readonly errors: number;
}

/** A stored document. */
export interface StoredDocument {
  readonly id: string;
  readonly inputId: string | null;
  readonly url: string | null;
  readonly host: string | null;
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly site: string | null;
  readonly lang: string | null;
  readonly text: string;
  /** The whole Doc, as extraction made it. */
  readonly doc: Doc;
  readonly source: SourceRecord;
  readonly contentHash: string | null;
  /** The id of the first-seen copy of this story (the document's own id when it is the first). */
  readonly dupGroup: string;
  readonly ingestedAt: string;
}

/** A stored layer. */
export interface StoredLayer extends LayerInput {
  readonly docId: string;
  readonly createdAt: string;
}

/** A recorded ingest failure. */
export interface IngestErrorRecord {
  readonly inputId: string;
  readonly reason: string;
  readonly source: SourceRecord;
  readonly at: string;
}

/** Options of {@link CorpusStore.search}. */
export interface SearchOptions {
  /** What the user typed; see `parseSearchText` for the (small) syntax. */
  readonly query: string;
  /** Published on or after this date or time (ISO 8601). Documents without a date are left out. */
  readonly since?: string;
  /** Published on or before this date (the whole day) or time (ISO 8601). */
  readonly until?: string;
  /** Site name or host (`reuters.com` also matches `www.reuters.com` and `uk.reuters.com`). */
  readonly source?: string;
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
  /** One hit per document instead of one per duplicate group. */
  readonly allCopies?: boolean;
  /** Marks around matched words in snippets; default `['«', '»']`. */
  readonly marks?: readonly [string, string];
}

/** One search result. */
export interface SearchHit {
  readonly id: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly site: string | null;
  readonly host: string | null;
  readonly publishedAt: string | null;
  readonly dupGroup: string;
  /** How many matching documents of the same group this hit stands for (1 with `allCopies`). */
  readonly copies: number;
  /** bm25 relevance; larger is better. */
  readonly score: number;
  /** A passage of the text around the matches, with the matched words marked. */
  readonly snippet: string;
}

/** Corpus totals. */
export interface CorpusStats {
  readonly documents: number;
  /** Distinct duplicate groups: stories, not copies. */
  readonly stories: number;
  readonly layers: number;
  readonly errors: number;
}

/** Filters shared by the corpus queries (see {@link SearchOptions} for their meaning). */
export interface CorpusFilter {
  readonly since?: string;
  readonly until?: string;
  readonly source?: string;
  /** Count documents instead of stories (duplicate groups), and list every copy. */
  readonly allCopies?: boolean;
}

/** An entity of the corpus with its counts (over the whole corpus, or what a filter keeps). */
export interface EntityCount {
  /** The store's id of the entity (stable within one corpus). */
  readonly id: number;
  /** The knowledge-base id when the entity is linked (`person/angela-merkel`, `RUS`), else `TYPE:normalised name`. */
  readonly key: string;
  /** The fullest name seen. */
  readonly name: string;
  readonly type: string;
  readonly kbId: string | null;
  /** Stories (duplicate groups) that mention it. */
  readonly stories: number;
  /** Documents that mention it. */
  readonly documents: number;
  /** Mentions in those documents (names, roles and pronouns resolved to it). */
  readonly mentions: number;
}

/** An entity with its name in the form names are compared in (see `normalizeName`: `paul d ryan`). */
export interface NamedEntityCount extends EntityCount {
  readonly norm: string;
}

/** How many stories, documents and mentions name an entity, or any of several taken as one. */
export interface EntityTotals {
  readonly stories: number;
  readonly documents: number;
  readonly mentions: number;
}

/** A speaker of a ranking: how many quotes they gave, and in how many stories. */
export interface SpeakerCount extends EntityCount {
  readonly quotes: number;
  /** Stories (duplicate groups) in which they are quoted. */
  readonly quotedIn: number;
}

/** What {@link CorpusStore.topSpeakers} counts beyond the filter. */
export interface SpeakerQuery {
  /** Only quotes that mention one of these entities (store ids); the entities themselves are no speakers of it. */
  readonly aboutIds?: readonly number[];
  /** Only these speakers (store ids), for instance a party's members. */
  readonly among?: readonly number[];
  /** Only speakers of this entity type (`PERSON`, `ORG`, …). */
  readonly type?: string;
}

/** Options of {@link CorpusStore.topEntities}. */
export interface TopEntitiesOptions extends CorpusFilter {
  /** `PERSON`, `ORG`, `GPE`, `LOC`, `NORP` or `MISC`. */
  readonly type?: string;
  /** Only these entities (store ids), for instance a party's members. */
  readonly among?: readonly number[];
  /** Default 20, at most 1000. */
  readonly limit?: number;
}

/** A party the articles give a person, and in how many of their stories (documents) they do. */
export interface PartyCount {
  /** The knowledge-base id (`party/republican-party`). */
  readonly kbId: string;
  /** The knowledge base's name of the party (`Republican Party`). */
  readonly name: string;
  readonly stories: number;
  readonly documents: number;
}

/** An entity a name was matched to, and how. */
export interface EntityMatch extends EntityCount {
  /**
   * `name`: the whole name, kb id or key; `surname`: the last word of the entity's name;
   * `variant`: the same name but for middle initials ("Paul D. Ryan" for "Paul Ryan").
   */
  readonly match: 'name' | 'surname' | 'variant';
}

/** One document-level count of a dated series: reduced to stories or buckets by the caller. */
export interface DatedCount {
  readonly story: number;
  readonly docSeq: number;
  /** `YYYY-MM-DD`, or null for an undated document. */
  readonly day: string | null;
  readonly count: number;
  /** A summed measure of those items, where the series has one (events: their Goldstein scores). */
  readonly score?: number;
}

/** An actor of an event query: entities, and countries by CAMEO code (`RUS` matches `RUSGOV`). */
export interface ActorRef {
  readonly ids: readonly number[];
  readonly countries?: readonly string[];
}

/** One stored report of a factual event between two actors, as {@link CorpusStore.eventReports} lists it. */
export interface EventReport {
  readonly story: number;
  readonly docSeq: number;
  /** The event's position in its document's events layer. */
  readonly index: number;
  /** `YYYY-MM-DD`, or null for an undated document. */
  readonly day: string | null;
  /** `forward`: from the first actor to the second; `back`: the other way. */
  readonly direction: 'forward' | 'back';
  readonly cameo: string;
  readonly plover: string | null;
  readonly goldstein: number;
  readonly quadClass: number;
  readonly sourceId: number | null;
  readonly targetId: number | null;
  readonly sourceCode: string | null;
  readonly targetCode: string | null;
  /** The tone of the sentences carrying the pair's events in that document, or null. */
  readonly tone: number | null;
}

/** Which quotes {@link CorpusStore.quotes} lists; the conditions given must all hold. */
export interface QuoteQuery extends CorpusFilter {
  /** Quotes whose speaker is one of these entities … */
  readonly speakerIds?: readonly number[];
  /** … or whose reported speaker name is one of these (normalised, see `normalizeName`). */
  readonly speakerNames?: readonly string[];
  /** Quotes that mention one of these entities. */
  readonly aboutIds?: readonly number[];
  /** Quotes relayed by an outlet of one of these names (lower case, as {@link QuoteHit.via} gives it). */
  readonly viaNames?: readonly string[];
  /** Default 20, at most 1000. */
  readonly limit?: number;
  readonly offset?: number;
}

/** A quote found by {@link CorpusStore.quotes}. */
export interface QuoteHit {
  readonly docId: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly site: string | null;
  readonly publishedAt: string | null;
  readonly dupGroup: string;
  /** Documents of the story that carry quotes matching the query (1 with `allCopies`). */
  readonly copies: number;
  readonly speaker: string | null;
  readonly speakerKind: string;
  readonly type: string;
  readonly cue: string;
  readonly via: string | null;
  readonly text: string;
}

/** Totals of a {@link CorpusStore.quotes} query without its limit. */
export interface QuoteTotals {
  readonly quotes: number;
  readonly stories: number;
}

/** A cited outlet, with counts. */
export interface OutletCount {
  /**
   * Its domain: the id of the outlet table (`reuters.com`), or null for a name that outlets of
   * several countries share when the articles did not tell which ("Channel 5"): those count by name.
   */
  readonly outlet: string | null;
  readonly name: string | null;
  /** ISO 3166 alpha-3. */
  readonly country: string | null;
  /** State Media Monitor typology code and label (`SC`, `state-controlled`), when listed. */
  readonly stateMedia: string | null;
  readonly stateMediaLabel: string | null;
  /** Stories (or documents) that cite it. */
  readonly stories: number;
  readonly documents: number;
  /** Claims that rest on it or that it relayed, over those documents. */
  readonly claims: number;
}

/** How the claims of the stories rest on their sources. */
export interface SourcingSummary {
  /** Stories (or documents, with `allCopies`) with a sources layer. */
  readonly stories: number;
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

/**
 * Named people cited as sources who belong to one party, or to no party known (see
 * {@link CorpusStore.partiesOfPeople}).
 */
export interface PartySourceCount {
  /** The party's knowledge-base id (`party/republican-party`); null for the people of no known party. */
  readonly party: string | null;
  /** How many of these people are cited. */
  readonly people: number;
  /** Stories (documents with `allCopies`) that cite one of them. */
  readonly stories: number;
  /** The claims that rest on them, a story's counted in one copy of it unless `allCopies`. */
  readonly claims: number;
}

/** Who the people cited belong to, for {@link CorpusStore.sourcesByParty}: store id to what it counts as. */
export interface CitedPeople {
  /** Each person's party (its knowledge-base id); a person not in it has no party known. */
  readonly partyOf: ReadonlyMap<number, string>;
  /** The store id a form of a person's name counts as ("Cruz" as "Ted Cruz"); itself when not in it. */
  readonly personOf?: ReadonlyMap<number, number>;
}

/** Sources by kind: how many distinct sources of each kind the stories cite. */
export interface SourceKindCount {
  readonly kind: string;
  readonly named: boolean;
  readonly stories: number;
  readonly citations: number;
}
