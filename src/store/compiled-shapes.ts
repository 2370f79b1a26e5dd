import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { CorpusSchema } from './schema.js';

/**
 * Hot queries whose SQL depends only on their shape, compiled once by the engine's own compiler
 * and re-run with new parameters: building and compiling a Kysely query costs more than SQLite
 * takes to run a small insert. Parameters are placed by sentinels, so their order is whatever
 * the compiler chose.
 * @internal
 */
export class CompiledShapes {
  readonly #cache = new Map<string, { compiled: CompiledQuery; slots: Array<{ value: number } | { constant: unknown }> }>();

  async run<R>(
    db: Kysely<CorpusSchema>,
    key: string,
    build: (value: (i: number) => string) => Compilable<R>,
    values: readonly unknown[],
  ): Promise<R[]> {
    let shape = this.#cache.get(key);
    if (!shape) {
      const sentinels = values.map((_, i) => `\u0000sitrep-parameter-${i}\u0000`);
      const compiled = build((i) => sentinels[i]!).compile();
      const slots = compiled.parameters.map((p) => {
        const i = sentinels.indexOf(p as string);
        return i >= 0 ? { value: i } : { constant: p };
      });
      if (new Set(slots.flatMap((s) => ('value' in s ? [s.value] : []))).size !== values.length) {
        throw new Error(`query shape ${key}: not every value became a parameter`);
      }
      shape = { compiled, slots };
      this.#cache.set(key, shape);
    }
    const parameters = shape.slots.map((s) => ('value' in s ? values[s.value] : s.constant));
    return (await db.executeQuery<R>({ ...shape.compiled, parameters })).rows;
  }
}
