import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { makeDoc } from '../store.case.test.js';
import { sqliteMigrations } from './sqlite-migrations.js';
import { openSqliteStore } from './sqlite-store.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

it('fills the query tables of a corpus stored before they existed', async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-backfill-'));
  const path = join(dir, 'old.db');
  const raw = new Database(path);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const first = { '0001_corpus': sqliteMigrations['0001_corpus']! };
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => first } }).migrateToLatest();
  expect(error).toBeUndefined();
  const insert = raw.prepare(
    `INSERT INTO documents (id, url, host, title, authors, published_at, site, text, meta, source, dup_group, ingested_at)
     VALUES (?, ?, ?, ?, '[]', ?, ?, 'text', '{}', '{}', ?, '2024-03-09')`,
  );
  insert.run('https://a.example/1', 'https://a.example/1', 'a.example', 'One', '2024-03-01', 'A Daily', 'https://a.example/1');
  insert.run('https://b.example/1', 'https://b.example/1', 'b.example', 'Copy', '2024-03-02', null, 'https://a.example/1');
  const layer = raw.prepare(`INSERT INTO layers (doc_id, kind, version, data, created_at) VALUES (?, ?, '1', ?, '2024-03-09')`);
  const entities = JSON.stringify([
    {
      id: 'e1',
      name: 'Jens Stoltenberg',
      type: 'PERSON',
      party: 'party/labour-party',
      mentions: [{ start: 0, end: 16, text: 'Jens Stoltenberg' }],
    },
  ]);
  const quotes = JSON.stringify([
    {
      start: 20,
      end: 40,
      text: 'We stand with Ukraine',
      type: 'direct',
      speaker: 'Jens Stoltenberg',
      speakerEntity: 'e1',
      speakerKind: 'name',
      cue: 'said',
    },
  ]);
  for (const id of ['https://a.example/1', 'https://b.example/1']) {
    layer.run(id, 'entities', entities);
    layer.run(id, 'quotes', quotes);
    layer.run(id, 'sources', '{not json');
  }
  await db.destroy();

  const store = await openSqliteStore(path);
  try {
    expect((await store.topEntities()).map((e) => [e.name, e.stories, e.documents])).toEqual([['Jens Stoltenberg', 1, 2]]);
    const [jens] = await store.matchEntities('Stoltenberg');
    const { hits } = await store.quotes({ speakerIds: [jens!.id] });
    expect(hits.map((h) => [h.docId, h.text, h.copies])).toEqual([['https://a.example/1', 'We stand with Ukraine', 2]]);
    // (a made-up party for the test: the layers' party reaches the rows)
    expect(await store.entityParties([jens!.id])).toEqual([{ kbId: 'party/labour-party', name: 'Labour Party', stories: 1, documents: 2 }]);
  } finally {
    await store.close();
  }
});

it("gives a corpus stored before the query tables kept people's parties the parties its layers hold", async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitrep-backfill-'));
  const path = join(dir, 'parties.db');
  const store = await openSqliteStore(path);
  const entities = [
    { id: 'e1', name: 'Ted Cruz', type: 'PERSON', party: 'party/republican-party', mentions: [{ start: 0, end: 8, text: 'Ted Cruz' }] },
  ];
  await store.write({
    documents: [
      {
        id: 'https://a.example/1',
        inputId: 'file:a',
        doc: makeDoc({ text: 'Ted Cruz spoke in Iowa on Monday about the race.', url: 'https://a.example/1' }),
        layers: [{ kind: 'entities', version: '2', data: entities }],
      },
    ],
  });
  await store.close();
  // the corpus as the step before left it: no party column, no record of the step
  const raw = new Database(path);
  raw.exec(`DROP INDEX q_entity_docs_party; ALTER TABLE q_entity_docs DROP COLUMN party;
    DELETE FROM kysely_migration WHERE name = '0007_entity_party';`);
  raw.close();

  const reopened = await openSqliteStore(path);
  try {
    const [cruz] = await reopened.matchEntities('Ted Cruz');
    expect(await reopened.entityParties([cruz!.id])).toEqual([
      { kbId: 'party/republican-party', name: 'Republican Party', stories: 1, documents: 1 },
    ]);
  } finally {
    await reopened.close();
  }
});
