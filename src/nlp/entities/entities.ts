/**
 * The `entities` layer: named entities of an article, each with every mention resolved within
 * the article, found by the NER tagger over the article's sentences.
 */
import { readFileSync } from 'node:fs';
import type { Doc } from '../../doc.js';
import type { Annotator, Layers } from '../../pipeline/annotator.js';
import type { Gazetteers } from '../ner/lexicon.js';
import { DEFAULT_MODEL_DIR, type NerTagger, nerTagger } from '../ner/tagger.js';
import { docSentences } from '../tokenize/annotator.js';
import type { Sentence } from '../tokenize/tokenize.js';
import { type EntityKind, type RawMention, resolveMentions } from './resolve.js';
import { appositionAfter, roleHead, roleReferences, titleBefore } from './roles.js';

/** Re-exported: the entities layer needs the sentences layer. */
export { docSentences, sentencesAnnotator } from '../tokenize/annotator.js';
export type { EntityKind } from './resolve.js';

/** One mention of an entity: a span `[start, end)` of {@link Doc.text}. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
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

/**
 * Finds and resolves the entities of a text, given its sentences.
 *
 * @example
 * const text = 'Angela Merkel met NATO officials. Merkel said the North Atlantic Treaty Organization must act.';
 * findEntities(text, splitSentences(text)).map((e) => [e.name, e.type, e.mentions.length]);
 * // [['Angela Merkel', 'PERSON', 2], ['North Atlantic Treaty Organization', 'ORG', 2]]
 */
export function findEntities(text: string, sentences: readonly Sentence[], tagger: NerTagger = nerTagger()): Entity[] {
  const tokens = sentences.map((s) => s.tokens.map((t) => t.text));
  const spans = tagger.tagDocument(tokens);
  const gaz = tagger.lexicon.gazetteers;
  const mentions: RawMention[] = [];
  const where = new Map<number, { sentence: number; start: number; end: number }>();
  spans.forEach((list, k) => {
    const sent = sentences[k]!;
    for (const span of list) {
      const words = tokens[k]!.slice(span.start, span.end);
      const start = sent.tokens[span.start]!.start;
      const end = sent.tokens[span.end - 1]!.end;
      let kind: EntityKind;
      if (span.type === 'PER') kind = 'PERSON';
      else if (span.type === 'ORG') kind = 'ORG';
      else if (span.type === 'LOC') kind = inLists(gaz, words, GPE_LISTS) ? 'GPE' : 'LOC';
      else kind = inLists(gaz, words, NORP_LISTS) || demonyms().has(words.join(' ').toLowerCase()) ? 'NORP' : 'MISC';
      const next = tokens[k]!.slice(span.end, span.end + 2).map((t) => t.toLowerCase());
      mentions.push({ start, end, text: text.slice(start, end), tokens: words, kind, next });
      where.set(start, { sentence: k, start: span.start, end: span.end });
    }
  });
  const resolved = resolveMentions(mentions, { demonyms: demonyms() });

  // Roles of people: titles before their names and appositions after them.
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
    }
    return [...found];
  });
  // "the former prime minister": a mention of the one person the article gave that role.
  const extra = resolved.map(() => [] as EntityMention[]);
  const taken = new Set(mentions.map((m) => m.start));
  sentences.forEach((sent) => {
    for (const ref of roleReferences(sent.tokens)) {
      const start = sent.tokens[ref.start]!.start;
      if (taken.has(sent.tokens[ref.end - 1]!.start) || taken.has(start)) continue;
      const holders = roles.flatMap((list, i) => (list.some((r) => roleHead(r) === ref.head) ? [i] : []));
      if (holders.length !== 1) continue;
      const end = sent.tokens[ref.end - 1]!.end;
      extra[holders[0]!]!.push({ start, end, text: text.slice(start, end) });
    }
  });

  return resolved.map((e, i) => {
    const all: EntityMention[] = e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }));
    all.push(...extra[i]!);
    all.sort((a, b) => a.start - b.start);
    return {
      id: `e${i + 1}`,
      name: e.name,
      type: e.kind,
      mentions: all,
      ...(roles[i]!.length > 0 ? { roles: roles[i]! } : {}),
    };
  });
}

/** Annotator: the article's named entities with in-article resolution. */
export const entitiesAnnotator: Annotator<'entities'> = {
  name: 'entities',
  version: '1',
  provides: 'entities',
  requires: ['sentences'],
  run: (doc: Doc, layers: Layers) => findEntities(doc.text, layers.sentences ?? docSentences(doc)),
};
