import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../store.case.test.js';
import { openSqliteStore } from './sqlite-store.js';

runStoreContract({
  newStore: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sitrep-store-'));
    return { open: () => openSqliteStore(join(dir, 'corpus.db')), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
});
