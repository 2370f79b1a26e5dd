import { analyzeDoc, defaultAnnotators } from '../analyze.js';
import { type Fingerprint, fingerprint } from '../dedup/fingerprint.js';
import type { Doc } from '../doc.js';
import type { Annotator } from '../pipeline/annotator.js';
import { canonicalUrl, contentId } from '../store/ids.js';
import type { LayerInput } from '../store/types.js';
import type { AnalyzeResult, AnalyzeTask } from './analyze-task.js';
import { extractSourceDoc } from './source-doc.js';

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
 * Analyses one document: extraction with what its source knows ({@link extractSourceDoc}), the
 * default annotators of `analyze()` (entities, quotes, sources, …), and fingerprints for
 * deduplication.
 * Throws with a reason for inputs that cannot be read. Runs in worker threads.
 * @internal
 */
export function analyzeDocument(task: AnalyzeTask): AnalyzeResult {
  const p = task.provenance;
  const sourceUrl = canonicalUrl(p.url);
  let doc = extractSourceDoc(task.body, {
    provenance: p,
    ...(task.mode ? { mode: task.mode } : {}),
    ...(task.charset ? { charset: task.charset } : {}),
  });
  const ownId = p.kind === 'jsonl' && p.recordId ? p.recordId : null;
  const id = ownId ?? sourceUrl ?? contentId(task.body);
  if (task.annotate === false) return { id, doc, fingerprint: fingerprint(doc.text), layers: [] };
  const { layers, warnings } = storedLayers(doc);
  if (warnings.length > 0) doc = { ...doc, warnings: [...doc.warnings, ...warnings] };
  return { id, doc, fingerprint: fingerprint(doc.text), layers };
}
