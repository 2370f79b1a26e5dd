import { analyzeDoc, defaultAnnotators } from '../analyze.js';
import { type Fingerprint, fingerprint } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';
import { decodeBytes } from '../extract/decode.js';
import { extract } from '../extract/extract.js';
import type { Annotator } from '../pipeline/annotator.js';
import { canonicalUrl, contentId } from '../store/ids.js';
import type { LayerInput } from '../store/types.js';
import type { AnalyzeResult, AnalyzeTask } from './analyze-task.js';

export { type AnalyzeResult, type AnalyzeTask, analyzeTask } from './analyze-task.js';

/**
 * Layers not stored: sentences are cheap to recompute and about eight times the size of the text.
 * Every other layer of the default annotators (entities, quotes, sources, …) is stored.
 */
const NOT_STORED: ReadonlySet<string> = new Set(['sentences']);

/**
 * The layers to store, and a warning for each annotator that failed: a failing annotator (or one
 * whose input layer failed) costs its own layer, not the document.
 */
function storedLayers(doc: Doc): { layers: LayerInput[]; warnings: string[] } {
  const warnings: string[] = [];
  const guarded = defaultAnnotators().map(
    (a): Annotator => ({
      ...a,
      run: (d, layers) => {
        try {
          return a.run(d, layers);
        } catch (error) {
          warnings.push(`annotator ${a.name} failed: ${error instanceof Error ? error.message : String(error)}`);
          return undefined as never;
        }
      },
    }),
  );
  const layers = analyzeDoc(doc, guarded) as Record<string, unknown>;
  return {
    layers: guarded
      .filter((a) => !NOT_STORED.has(a.provides) && layers[a.provides] !== undefined)
      .map((a) => ({ kind: a.provides, version: a.version, data: layers[a.provides] }))
      .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    warnings,
  };
}

/**
 * Analyses one document: extraction, the default annotators of `analyze()` (entities, quotes,
 * sources, …), and fingerprints for deduplication. The date the source states (a JSON line's,
 * a feed item's) wins over the one extraction finds; the title and authors a page lacks are
 * taken from the source (a feed item's).
 * Throws with a reason for inputs that cannot be read. Runs in worker threads.
 * @internal
 */
export function analyzeDocument(task: AnalyzeTask): AnalyzeResult {
  const p = task.provenance;
  const sourceUrl = canonicalUrl(p.url);
  let body = task.body;
  let decodeWarnings: string[] = [];
  if (typeof body !== 'string' && task.charset && !(body[0] === 0x1f && body[1] === 0x8b)) {
    const decoded = decodeBytes(body, task.charset);
    body = decoded.text;
    decodeWarnings = decoded.warnings;
  }
  let doc = extract(body, { mode: task.mode ?? 'auto', url: sourceUrl });
  if (decodeWarnings.length > 0) doc = { ...doc, warnings: [...decodeWarnings, ...doc.warnings] };
  const meta = doc.meta;
  // The date a record states (a JSON line's "publishedAt", a feed item's date) is the one its
  // publisher or the user gave; extraction's is read off the page and may be a date the story
  // tells of ("on May 17, 2001"). The title and authors the page shows come first.
  const statedDate = p.publishedAt && p.publishedAt !== meta.publishedAt ? p.publishedAt : null;
  if ((!meta.title && p.title) || statedDate || (meta.authors.length === 0 && p.authors?.length)) {
    doc = {
      ...doc,
      meta: {
        ...meta,
        title: meta.title ?? p.title ?? null,
        publishedAt: statedDate ?? meta.publishedAt,
        authors: meta.authors.length > 0 ? meta.authors : [...(p.authors ?? [])],
      },
    };
  }
  const ownId = p.kind === 'jsonl' && p.recordId ? p.recordId : null;
  const id = ownId ?? sourceUrl ?? contentId(task.body);
  if (task.annotate === false) return { id, doc, fingerprint: fingerprint(doc.text), layers: [] };
  const { layers, warnings } = storedLayers(doc);
  if (warnings.length > 0) doc = { ...doc, warnings: [...doc.warnings, ...warnings] };
  return { id, doc, fingerprint: fingerprint(doc.text), layers };
}
