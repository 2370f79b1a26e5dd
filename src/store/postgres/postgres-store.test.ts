import { afterAll, describe } from 'vitest';
import { runStoreContract } from '../store.case.test.js';
import { openPostgresStore } from './postgres-store.js';
import { startPgServer } from './test-utils/pg-server.js';

const server = await startPgServer();
// CI installs PostgreSQL (.ci/run); elsewhere these tests run where it is installed
if (!server && process.env.CI) throw new Error('PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)');
afterAll(() => server?.stop());

describe.skipIf(!server)('postgres store', () => {
  runStoreContract({
    newStore: async () => {
      const url = await server!.createDatabase();
      return { open: () => openPostgresStore(url), dispose: async () => {} };
    },
  });
});
