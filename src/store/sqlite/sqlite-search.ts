import { type Kysely, sql } from 'kysely';
import type { CorpusSchema } from '../schema.js';
import type { SearchTerm } from '../search-query.js';
import type { SearchPlan } from '../store.js';
import type { SearchHit } from '../types.js';

/**
 * An FTS5 query from parsed terms: every term becomes a double-quoted string (inner quotes
 * doubled), so FTS5 reads it as text to match, never as `OR`, `NEAR`, `*`, `^`, `:`, `-` or
 * parentheses. A prefix term gets FTS5's `*` after its closing quote. Terms are joined by spaces
 * (implicit AND).
 * @internal
 */
export function fts5Query(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? ' *' : ''}`).join(' ');
}

const TITLE_WEIGHT = 4;
const SNIPPET_TOKENS = 24;

interface HitRow {
  seq: number;
  id: string;
  url: string | null;
  title: string | null;
  site: string | null;
  host: string | null;
  published_at: string | null;
  dup_group: string;
  score: number;
  copies: number;
}

/** @internal */
export async function sqliteSearch(db: Kysely<CorpusSchema>, plan: SearchPlan): Promise<SearchHit[]> {
  const match = fts5Query(plan.terms);
  const hits = sql`
    SELECT d.seq, d.id, d.url, d.title, d.site, d.host, d.published_at, d.dup_group,
           bm25(documents_fts, ${TITLE_WEIGHT}, 1.0) AS score
    FROM documents_fts JOIN documents AS d ON d.seq = documents_fts.rowid
    WHERE documents_fts MATCH ${match} AND ${plan.where}`;
  const query = plan.allCopies
    ? sql<HitRow>`SELECT h.*, 1 AS copies FROM (${hits}) AS h ORDER BY h.score, h.seq LIMIT ${plan.limit} OFFSET ${plan.offset}`
    : sql<HitRow>`
        SELECT r.* FROM (
          SELECT h.*, row_number() OVER (PARTITION BY h.dup_group ORDER BY h.score, h.seq) AS rn,
                 count(*) OVER (PARTITION BY h.dup_group) AS copies
          FROM (${hits}) AS h
        ) AS r WHERE r.rn = 1 ORDER BY r.score, r.seq LIMIT ${plan.limit} OFFSET ${plan.offset}`;
  const rows = (await query.execute(db)).rows;
  if (rows.length === 0) return [];
  const [open, close] = plan.marks;
  const seqs = rows.map((r) => r.seq);
  const snippets = await sql<{ seq: number; snippet: string | null }>`
    SELECT rowid AS seq, snippet(documents_fts, 1, ${open}, ${close}, '…', ${SNIPPET_TOKENS}) AS snippet
    FROM documents_fts WHERE documents_fts MATCH ${match} AND rowid IN (${sql.join(seqs)})`.execute(db);
  const bySeq = new Map(snippets.rows.map((r) => [r.seq, r.snippet ?? '']));
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    site: r.site,
    host: r.host,
    publishedAt: r.published_at,
    dupGroup: r.dup_group,
    copies: Number(r.copies),
    score: -r.score,
    snippet: bySeq.get(r.seq) ?? '',
  }));
}
