/**
 * Queries of the Organisations view: organisations (or organisation types)
 * × slogans, with the rate per 10,000 characters. Every chosen group × slogan
 * pair gets a row, zero included, so the heatmap has no holes. The global
 * document filters (province, org type, admin level, source file) apply to
 * both the group list and the matrix.
 */
import type { Runner } from '../db/runner';
import { raw, sql, toQuery, where, type SqlFragment, type SqlQuery } from '../db/sql';
import { emptyFilters, type Filters } from '../vocabulary';
import { filterConditions } from './filters';
import { ensureMatchTexts, type LoadProgress, type ResolvedSeries } from './phrase';
import { needsTexts, phraseSeriesId, seriesHits } from './phrase-trend';

/** Compare single organisations (documents.org) or organisation types (documents.org_type). */
export type GroupBy = 'org' | 'org_type';

/**
 * The group of documents with no organisation stated (documents.org is null):
 * counted and selectable like an organisation, never silently left out.
 */
export const NO_ORG = '__no_org__';

/** The group column: documents without an org fall in NO_ORG (org_type is never null: `unknown`). */
function groupColumn(by: GroupBy): SqlFragment {
  return by === 'org' ? sql`COALESCE(d.org, ${NO_ORG})` : sql`${raw(`d.${by}`)}`;
}

export interface GroupOption {
  key: string;
  /** the org's type, or the type itself when grouping by type */
  org_type: string;
  n_docs: number;
}

export interface MatrixFilter {
  by: GroupBy;
  keys: string[];
  slogans: string[];
  /** free phrase series (`q`), rows under slogan_id `q:<input>` like Trends; none when absent */
  phrases?: ResolvedSeries[];
  /** document filters; none when absent */
  filters?: Filters;
}

export interface MatrixRow {
  key: string;
  slogan_id: string;
  canonical: string;
  /** documents of the group (with or without the slogan) */
  n_docs: number;
  n_chars: number;
  occurrences: number;
  docs_with: number;
  /** occurrences per 10,000 characters of the group's documents; null if it has no characters */
  rate_per_10k: number | null;
}

/** Organisations or types to choose from (documents under the filters), most documents first; no org stated is NO_ORG. */
export function groupOptionsQuery(by: GroupBy, filters: Filters = emptyFilters()): SqlQuery {
  const col = groupColumn(by);
  return toQuery(sql`SELECT ${col} AS "key", MIN(d.org_type) AS org_type, COUNT(*)::INTEGER AS n_docs
FROM documents d${where(filterConditions(filters, 'd'))}
GROUP BY 1
ORDER BY n_docs DESC, "key"`);
}

/** One row per chosen group (that has documents under the filters) × chosen slogan. */
export function matrixQuery(f: MatrixFilter): SqlQuery {
  const col = groupColumn(f.by);
  const keep = where([sql`${col} IN ${f.keys}`, ...filterConditions(f.filters ?? emptyFilters(), 'd')]);
  return toQuery(sql`WITH g AS (
  SELECT ${col} AS "key", d.doc_id, d.n_chars FROM documents d${keep}
), tot AS (
  SELECT "key", COUNT(*)::INTEGER AS n_docs, COALESCE(SUM(n_chars), 0)::BIGINT AS n_chars FROM g GROUP BY "key"
), s AS (
  SELECT slogan_id, canonical FROM slogans WHERE slogan_id IN ${f.slogans}
), hits AS (
  SELECT g."key", m.slogan_id, SUM(m."count")::BIGINT AS occ, COUNT(DISTINCT m.doc_id)::INTEGER AS docs_with
  FROM g JOIN mentions m ON m.doc_id = g.doc_id
  WHERE m.slogan_id IN ${f.slogans}
  GROUP BY g."key", m.slogan_id
)
SELECT tot."key" AS "key", s.slogan_id AS slogan_id, s.canonical AS canonical, tot.n_docs, tot.n_chars,
  COALESCE(hits.occ, 0)::BIGINT AS occurrences,
  COALESCE(hits.docs_with, 0)::INTEGER AS docs_with,
  CASE WHEN tot.n_chars > 0 THEN COALESCE(hits.occ, 0) * 10000.0 / tot.n_chars END AS rate_per_10k
FROM tot CROSS JOIN s
LEFT JOIN hits ON hits."key" = tot."key" AND hits.slogan_id = s.slogan_id
ORDER BY tot."key", s.slogan_id`);
}

/** One row per chosen group × one phrase series: the same columns as matrixQuery, slogan_id `q:<input>`. */
export function phraseMatrixQuery(f: Omit<MatrixFilter, 'slogans' | 'phrases'>, series: ResolvedSeries): SqlQuery {
  const col = groupColumn(f.by);
  const keep = where([sql`${col} IN ${f.keys}`, ...filterConditions(f.filters ?? emptyFilters(), 'd')]);
  return toQuery(sql`WITH g AS (
  SELECT ${col} AS "key", d.doc_id, d.n_chars FROM documents d${keep}
), tot AS (
  SELECT "key", COUNT(*)::INTEGER AS n_docs, COALESCE(SUM(n_chars), 0)::BIGINT AS n_chars FROM g GROUP BY "key"
), h AS (${seriesHits(series)}
), hits AS (
  SELECT g."key", SUM(h.c)::BIGINT AS occ, (COUNT(*) FILTER (WHERE h.c > 0))::INTEGER AS docs_with
  FROM g JOIN h ON h.doc_id = g.doc_id
  GROUP BY g."key"
)
SELECT tot."key" AS "key", ${phraseSeriesId(series.input)} AS slogan_id, ${series.input} AS canonical, tot.n_docs, tot.n_chars,
  COALESCE(hits.occ, 0)::BIGINT AS occurrences,
  COALESCE(hits.docs_with, 0)::INTEGER AS docs_with,
  CASE WHEN tot.n_chars > 0 THEN COALESCE(hits.occ, 0) * 10000.0 / tot.n_chars END AS rate_per_10k
FROM tot LEFT JOIN hits ON hits."key" = tot."key"
ORDER BY tot."key"`);
}

export function runGroupOptions(runner: Runner, by: GroupBy, filters?: Filters): Promise<GroupOption[]> {
  return runner.query<GroupOption>(groupOptionsQuery(by, filters));
}

/**
 * Runs the matrix, slogans then phrase series (reading the texts first when a phrase part needs them, with
 * progress and a stop signal as on Trends); an empty choice returns no rows without asking the engine.
 */
export async function runMatrix(runner: Runner, f: MatrixFilter, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<MatrixRow[]> {
  const phrases = f.phrases ?? [];
  if (f.keys.length === 0 || (f.slogans.length === 0 && phrases.length === 0)) return [];
  const rows = f.slogans.length ? [...(await runner.query<MatrixRow>(matrixQuery(f)))] : [];
  if (needsTexts(phrases)) await ensureMatchTexts(runner, onProgress, signal);
  for (const s of phrases) rows.push(...(await runner.query<MatrixRow>(phraseMatrixQuery(f, s))));
  return rows;
}

/** One table row per group: totals, then per slogan its rate and count under `rate_<id>` / `count_<id>`. */
export interface WideRow {
  key: string;
  n_docs: number;
  n_chars: number;
  [column: string]: string | number | null;
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Matrix rows → one row per group (in first-seen order), rates rounded to 2 decimals as shown. */
export function pivotMatrix(rows: readonly MatrixRow[]): WideRow[] {
  const out = new Map<string, WideRow>();
  for (const r of rows) {
    let w = out.get(r.key);
    if (!w) {
      w = { key: r.key, n_docs: r.n_docs, n_chars: r.n_chars };
      out.set(r.key, w);
    }
    w[`rate_${r.slogan_id}`] = round2(r.rate_per_10k);
    w[`count_${r.slogan_id}`] = r.occurrences;
  }
  return [...out.values()];
}

/** Sorts a copy by one column; nulls last in both directions, ties broken by key so the order is stable. */
export function sortRows<R extends { key: string }>(rows: readonly R[], column: string, dir: 'asc' | 'desc'): R[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = (a as Record<string, unknown>)[column];
    const y = (b as Record<string, unknown>)[column];
    if (x === y) return a.key.localeCompare(b.key, 'zh');
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return c === 0 ? a.key.localeCompare(b.key, 'zh') : sign * c;
  });
}
