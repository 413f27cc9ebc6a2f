/**
 * Queries of the Trends view. Counts are bucketed in SQL with the same rules
 * as `bucketDate` in dates.ts: a year-only date has no quarter or month, so
 * at those granularities it is left out and counted in `leftOutQuery`.
 * The three measures are derived in TypeScript (series.ts) from the same sums.
 */
import type { Runner } from '../db/runner';
import { sql, toQuery, where, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Granularity } from '../dates';
import type { Filters } from '../state/url-codec';
import { filterConditions, type FilterOption } from './filters';

export interface TrendParams {
  slogans: string[];
  filters: Filters;
  granularity: Granularity;
}

/** SQL bucket key of d."date" (null when absent, malformed, or too imprecise). */
export function bucketSql(g: Granularity): SqlFragment {
  const valid = sql`regexp_full_match(d."date", '[0-9]{4}(-(0[1-9]|1[0-2])(-[0-9]{2}){0,1}){0,1}')`;
  if (g === 'year') return sql`CASE WHEN ${valid} THEN substr(d."date", 1, 4) END`;
  const hasMonth = sql`${valid} AND length(d."date") >= 7`;
  if (g === 'month') return sql`CASE WHEN ${hasMonth} THEN substr(d."date", 1, 7) END`;
  return sql`CASE WHEN ${hasMonth} THEN substr(d."date", 1, 4) || '-Q' || CAST((CAST(substr(d."date", 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) END`;
}

function docsCte(p: Pick<TrendParams, 'filters' | 'granularity'>): SqlFragment {
  return sql`SELECT d.doc_id, d.n_chars, d."date" IS NULL AS undated, ${bucketSql(p.granularity)} AS bucket FROM documents d${where(filterConditions(p.filters, 'd'))}`;
}

export interface TrendRow {
  bucket: string;
  slogan_id: string;
  /** sum of mentions.count in the bucket */
  occurrences: number;
  /** documents in the bucket with ≥ 1 mention */
  docs_with: number;
  /** all documents in the bucket (same filters), the denominator of the % measure */
  n_docs: number;
  /** their characters, the denominator of the per-10,000 measure */
  n_chars: number;
}

/** One row per (bucket that has documents) × (selected slogan), zeros included. */
export function trendQuery(p: TrendParams): SqlQuery {
  return toQuery(sql`WITH docs AS (${docsCte(p)}),
den AS (SELECT bucket, COUNT(*) AS n_docs, SUM(n_chars) AS n_chars FROM docs WHERE bucket IS NOT NULL GROUP BY bucket),
num AS (
  SELECT docs.bucket, m.slogan_id, SUM(m."count") AS occ, COUNT(*) AS docs_with
  FROM docs JOIN mentions m ON m.doc_id = docs.doc_id
  WHERE docs.bucket IS NOT NULL AND m.slogan_id IN ${p.slogans}
  GROUP BY docs.bucket, m.slogan_id
),
sel AS (SELECT slogan_id FROM slogans WHERE slogan_id IN ${p.slogans})
SELECT den.bucket AS bucket, sel.slogan_id AS slogan_id,
  COALESCE(num.occ, 0)::DOUBLE AS occurrences,
  COALESCE(num.docs_with, 0)::DOUBLE AS docs_with,
  den.n_docs::DOUBLE AS n_docs,
  COALESCE(den.n_chars, 0)::DOUBLE AS n_chars
FROM den CROSS JOIN sel
LEFT JOIN num ON num.bucket = den.bucket AND num.slogan_id = sel.slogan_id
ORDER BY bucket, slogan_id`);
}

export interface LeftOutRow {
  /** documents matching the filters */
  n_docs: number;
  /** of which no date at all */
  n_undated: number;
  /** of which dated, but too coarsely for the granularity (e.g. `2021` at month) */
  n_imprecise: number;
  /** mentions of the selected slogans in the left-out documents */
  occurrences: number;
}

/** How many documents (and mentions) the time axis cannot show, so the chart can say so. */
export function leftOutQuery(p: TrendParams): SqlQuery {
  // Mentions are joined only for the (few) left-out documents, not the whole filtered set.
  return toQuery(sql`WITH docs AS (${docsCte(p)}),
lost AS (SELECT doc_id FROM docs WHERE bucket IS NULL)
SELECT COUNT(*)::INTEGER AS n_docs,
  (COUNT(*) FILTER (WHERE bucket IS NULL AND undated))::INTEGER AS n_undated,
  (COUNT(*) FILTER (WHERE bucket IS NULL AND NOT undated))::INTEGER AS n_imprecise,
  (SELECT COALESCE(SUM(m."count"), 0) FROM mentions m JOIN lost ON lost.doc_id = m.doc_id WHERE m.slogan_id IN ${p.slogans})::DOUBLE AS occurrences
FROM docs`);
}

export interface PointDocRow {
  doc_id: string;
  title: string;
  org: string | null;
  date: string | null;
  province: string | null;
  count: number;
}

/** The documents behind one point of the chart: bucket × slogan under the current filters. */
export function pointDocsQuery(p: Omit<TrendParams, 'slogans'> & { slogan: string; bucket: string }, limit = 200): SqlQuery {
  return toQuery(sql`WITH docs AS (${docsCte(p)})
SELECT d.doc_id AS doc_id, d.title AS title, d.org AS org, d."date" AS "date", d.province AS province, m."count"::INTEGER AS "count"
FROM docs JOIN documents d ON d.doc_id = docs.doc_id
JOIN mentions m ON m.doc_id = docs.doc_id AND m.slogan_id = ${p.slogan}
WHERE docs.bucket = ${p.bucket}
ORDER BY "count" DESC, d."date", d.doc_id
LIMIT ${limit}`);
}

/** Values (with document counts) for each filter control. */
export function filterOptionsQuery(): SqlQuery {
  return toQuery(sql`SELECT 'province' AS "key", province AS value, COUNT(*)::INTEGER AS n_docs FROM documents WHERE province IS NOT NULL GROUP BY province
UNION ALL SELECT 'org_type', org_type, COUNT(*)::INTEGER FROM documents GROUP BY org_type
UNION ALL SELECT 'admin_level', admin_level, COUNT(*)::INTEGER FROM documents GROUP BY admin_level
UNION ALL SELECT 'source_file', source_file, COUNT(*)::INTEGER FROM documents GROUP BY source_file
ORDER BY "key", n_docs DESC, value`);
}

export interface TrendData {
  rows: TrendRow[];
  leftOut: LeftOutRow;
}

export async function runTrend(runner: Runner, p: TrendParams): Promise<TrendData> {
  if (p.slogans.length === 0) return { rows: [], leftOut: { n_docs: 0, n_undated: 0, n_imprecise: 0, occurrences: 0 } };
  const [rows, leftOut] = await Promise.all([runner.query<TrendRow>(trendQuery(p)), runner.query<LeftOutRow>(leftOutQuery(p))]);
  return { rows, leftOut: leftOut[0] };
}

export function runPointDocs(runner: Runner, p: Parameters<typeof pointDocsQuery>[0]): Promise<PointDocRow[]> {
  return runner.query<PointDocRow>(pointDocsQuery(p));
}

export function runFilterOptions(runner: Runner): Promise<FilterOption[]> {
  return runner.query<FilterOption>(filterOptionsQuery());
}
