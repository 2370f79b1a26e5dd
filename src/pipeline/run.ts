import type { Doc } from '../doc.js';
import type { Annotator, LayerKind, LayerMap, Layers } from './annotator.js';

/**
 * Orders annotators so that each runs after the ones that provide what it requires.
 * Throws when a requirement has no provider or the requirements form a cycle.
 */
export function orderAnnotators(annotators: readonly Annotator[]): Annotator[] {
  const byKind = new Map<LayerKind, Annotator>();
  for (const a of annotators) {
    if (byKind.has(a.provides)) throw new Error(`two annotators provide "${a.provides}": ${byKind.get(a.provides)!.name} and ${a.name}`);
    byKind.set(a.provides, a);
  }
  const ordered: Annotator[] = [];
  const state = new Map<Annotator, 'visiting' | 'done'>();
  const visit = (a: Annotator, path: string[]) => {
    const s = state.get(a);
    if (s === 'done') return;
    if (s === 'visiting') throw new Error(`annotators depend on each other in a cycle: ${[...path, a.name].join(' -> ')}`);
    state.set(a, 'visiting');
    for (const need of a.requires) {
      const dep = byKind.get(need);
      if (!dep) throw new Error(`annotator ${a.name} requires layer "${need}", which no annotator provides`);
      visit(dep, [...path, a.name]);
    }
    state.set(a, 'done');
    ordered.push(a);
  };
  for (const a of annotators) visit(a, []);
  return ordered;
}

/** Runs annotators over a document in dependency order and returns every layer they made. */
export function runAnnotators(doc: Doc, annotators: readonly Annotator[]): Layers {
  const layers: Partial<Record<LayerKind, unknown>> = {};
  for (const a of orderAnnotators(annotators)) {
    (layers as Record<string, unknown>)[a.provides] = a.run(doc, layers as Layers) as LayerMap[typeof a.provides];
  }
  return layers as Layers;
}
