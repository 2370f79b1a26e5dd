import type { Doc } from '../doc.js';

/**
 * The layers an {@link Analysis} can carry, by kind. Each annotation module adds its layer here
 * (declaration merging keeps the map in one place per module):
 *
 * @example
 * declare module '../pipeline/annotator.js' {
 *   interface LayerMap { entities: readonly Entity[] }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each layer's module
export interface LayerMap {}

export type LayerKind = keyof LayerMap & string;

/** The layers computed so far for one document. */
export type Layers = { readonly [K in LayerKind]?: LayerMap[K] };

/**
 * One analysis step: a pure function from a document and the layers it needs to the layer it
 * provides. The pipeline orders steps from `requires`/`provides`; `version` keys caches and
 * stored layers, so bump it whenever the step's output can change.
 */
export interface Annotator<K extends LayerKind = LayerKind> {
  readonly name: string;
  readonly version: string;
  readonly provides: K;
  readonly requires: readonly LayerKind[];
  run(doc: Doc, layers: Layers): LayerMap[K];
}
