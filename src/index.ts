/**
 * sitrep: read the news at scale the way an analyst does.
 *
 * @example
 * import { extract } from 'sitrep';
 * const doc = extract(html, { url: 'https://example.com/news/1' });
 * console.log(doc.meta.title, doc.meta.authors, doc.text);
 */
export { type Analysis, type AnalyzeOptions, analyze, analyzeDoc, analyzeSync, defaultAnnotators } from './analyze.js';
export type { Block, BlockKind, Doc, DocMeta, ExtractMode, RelatedLink } from './doc.js';
export { NotTextError } from './extract/decode.js';
export { ExtractError, type ExtractOptions, extract } from './extract/extract.js';
export {
  type ActorKind,
  actorCodes,
  type DatedCode,
  findCountry,
  type KbActor,
  type KbCountry,
  lookupActors,
  type RoleTerm,
  roleHolders,
  rolesOf,
} from './kb/index.js';
export {
  type Entity,
  type EntityKb,
  type EntityKind,
  type EntityMention,
  type EntityRole,
  entitiesAnnotator,
  type FindEntitiesOptions,
  findEntities,
  type MentionKind,
} from './nlp/entities/entities.js';
export type { EntityType, TokenSpan } from './nlp/ner/labels.js';
export { type NerTagger, nerTagger } from './nlp/ner/tagger.js';
export {
  findQuotes,
  type Quote,
  type QuoteOptions,
  type QuoteType,
  quotesAnnotator,
  type SpeakerKind,
} from './nlp/quotes/quotes.js';
export { findOutlet, type Outlet } from './nlp/sources/outlets.js';
export {
  findSources,
  type Source,
  type SourceKind,
  type SourceSummary,
  type SourcesLayer,
  sourcesAnnotator,
} from './nlp/sources/sources.js';
export { docSentences, sentencesAnnotator } from './nlp/tokenize/annotator.js';
export { type Sentence, splitSentences, type Token, tokenize } from './nlp/tokenize/tokenize.js';
export type { Annotator, LayerKind, LayerMap, Layers } from './pipeline/annotator.js';
export { orderAnnotators, runAnnotators } from './pipeline/run.js';
