import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { CorpusSchema } from '../schema.js';
import type { SearchTerm } from '../search-query.js';
import type { SearchPlan } from '../store.js';
import type { SearchHit } from '../types.js';

/**
 * A tsquery from parsed terms, built by PostgreSQL's own parsers from bound text, so that user
 * text is never tsquery syntax: a word or phrase goes through `phraseto_tsquery`, a prefix through
 * `to_tsquery` of one quoted lexeme with `:*`. Terms are joined with `&&` (every term must match).
 * @internal
 */
export function tsQuery(terms: readonly SearchTerm[]): RawBuilder<unknown> {
  return sql`(${sql.join(terms.map(termQuery), sql` && `)})`;
}

/** One quoted tsquery lexeme: quotes and backslashes escaped with a backslash. */
function quotedLexeme(text: string): string {
  return `'${text.replace(/['\\]/g, (c) => `\\${c}`)}'`;
}

function termQuery(t: SearchTerm): RawBuilder<unknown> {
  return t.prefix ? sql`to_tsquery('sitrep', ${`${quotedLexeme(t.text)}:*`})` : sql`phraseto_tsquery('sitrep', ${t.text})`;
}

/** Longer words are not indexed (PostgreSQL's limit is 2047 bytes), so a term this long matches nothing. */
const MAX_TERM = 1000;

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
  copies: number | string;
}

const headlineOption = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** @internal */
export async function postgresSearch(db: Kysely<CorpusSchema>, plan: SearchPlan): Promise<SearchHit[]> {
  if (plan.terms.some((t) => t.text.length > MAX_TERM)) return [];
  const query = tsQuery(plan.terms);
  // a term without a single lexeme (punctuation only) matches nothing, as in FTS5
  const lexemes = sql`(SELECT bool_and(numnode(x) > 0) FROM (VALUES ${sql.join(plan.terms.map((t) => sql`(${termQuery(t)})`))}) AS v(x))`;
  const hits = sql`
    SELECT d.seq, d.id, d.url, d.title, d.site, d.host, d.published_at, d.dup_group,
           ts_rank_cd(f.search, q.query) AS score
    FROM (SELECT ${query} AS query WHERE ${lexemes}) AS q
    JOIN documents_fts AS f ON f.search @@ q.query
    JOIN documents AS d ON d.seq = f.seq
    WHERE ${plan.where}`;
  const rows = plan.allCopies
    ? await sql<HitRow>`SELECT h.*, 1 AS copies FROM (${hits}) AS h ORDER BY h.score DESC, h.seq LIMIT ${plan.limit} OFFSET ${plan.offset}`.execute(
        db,
      )
    : await sql<HitRow>`
        SELECT r.* FROM (
          SELECT h.*, row_number() OVER (PARTITION BY h.dup_group ORDER BY h.score DESC, h.seq) AS rn,
                 count(*) OVER (PARTITION BY h.dup_group) AS copies
          FROM (${hits}) AS h
        ) AS r WHERE r.rn = 1 ORDER BY r.score DESC, r.seq LIMIT ${plan.limit} OFFSET ${plan.offset}`.execute(db);
  if (rows.rows.length === 0) return [];
  const [open, close] = plan.marks;
  const options = `StartSel=${headlineOption(open)}, StopSel=${headlineOption(close)}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
  const snippets = await sql<{ seq: number; snippet: string | null }>`
    SELECT d.seq, ts_headline('sitrep', d.text, ${query}, ${options}) AS snippet
    FROM documents AS d WHERE d.seq IN (${sql.join(rows.rows.map((r) => r.seq))})`.execute(db);
  const bySeq = new Map(snippets.rows.map((r) => [r.seq, r.snippet ?? '']));
  return rows.rows.map((r) => ({
    id: r.id,
    url: r.url,
    title: r.title,
    site: r.site,
    host: r.host,
    publishedAt: r.published_at,
    dupGroup: r.dup_group,
    copies: Number(r.copies),
    score: Number(r.score),
    snippet: bySeq.get(r.seq) ?? '',
  }));
}
