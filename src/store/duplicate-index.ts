import type { Transaction } from 'kysely';
import type { Candidate, DuplicateIndex, IndexedDoc } from '../dedup/duplicates.js';
import { signatureFromBytes } from '../dedup/fingerprint.js';
import type { CompiledShapes } from './compiled-shapes.js';
import type { CorpusSchema } from './schema.js';

/** The dedup index over the store's tables, inside a write transaction (sees the batch so far). @internal */
export class TransactionDuplicateIndex implements DuplicateIndex {
  constructor(
    private readonly trx: Transaction<CorpusSchema>,
    private readonly shapes: CompiledShapes,
  ) {}

  async byContentHash(hash: string): Promise<IndexedDoc | undefined> {
    const [row] = await this.shapes.run(
      this.trx,
      'by-content-hash',
      (v) => this.trx.selectFrom('documents').select(['id', 'dup_group']).where('content_hash', '=', v(0)).orderBy('seq').limit(1),
      [hash],
    );
    return row ? { id: row.id, group: row.dup_group } : undefined;
  }

  async byBandKeys(keys: readonly number[], limit: number): Promise<Candidate[]> {
    if (keys.length === 0) return [];
    const rows = await this.shapes.run(
      this.trx,
      `by-band-keys:${keys.length}`,
      (v) =>
        this.trx
          .selectFrom((eb) =>
            eb
              .selectFrom('dedup_bands')
              .select('doc_seq')
              .distinct()
              .where(
                'band_key',
                'in',
                keys.map((_, i) => v(i) as unknown as number),
              )
              .orderBy('doc_seq')
              .limit(v(keys.length) as unknown as number)
              .as('b'),
          )
          .innerJoin('documents as d', 'd.seq', 'b.doc_seq')
          .innerJoin('dedup_signatures as s', 's.doc_seq', 'b.doc_seq')
          .select(['d.id', 'd.dup_group', 's.signature'])
          .orderBy('b.doc_seq'),
      [...keys, limit],
    );
    return rows.map((r) => ({ id: r.id, group: r.dup_group, signature: signatureFromBytes(r.signature) }));
  }
}
