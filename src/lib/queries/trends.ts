/**
 * Queries of the Trends view. Counts are bucketed with the same rules as
 * `bucketDate` in dates.ts: a year-only date has no quarter or month, so at
 * those granularities it is left out, and the chart says how many were.
 * They read the fact tables of trend-facts.ts (created once), so a filter
 * change is two GROUP BYs over in-memory tables and no join of documents
 * with mentions; the chart rows and the left-out counts come from one
 * statement. The three measures are derived in TypeScript (series.ts).
 */
import type { Runner } from '../db/runner';
import { sql, toQuery, where, type SqlQuery } from '../db/sql';
import type { Granularity } from '../dates';
import type { Filters } from '../vocabulary';
import { filterConditions } from './filters';

// The filter options are every view's: they live in filters.ts (re-exported for existing imports).
export { filterOptionsQuery, runFilterOptions } from './filters';
import { bucketColumn, ensureTrendFacts } from './trend-facts';

export interface TrendParams {
  slogans: string[];
  filters: Filters;
  granularity: Granularity;
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

/** A row of `trendQuery`: chart rows, plus rows with a null bucket for the documents the time axis cannot show. */
export interface TrendQueryRow extends Omit<TrendRow, 'bucket'> {
  bucket: string | null;
  /** of n_docs, those with no date at all (only non-zero on the null-bucket rows) */
  n_undated: number;
}

/**
 * One row per (bucket that has documents) × (selected slogan), zeros included.
 * The bucket may be null: those rows count the documents left out at this
 * granularity (undated, or dated too coarsely) and their mentions.
 */
export function trendQuery(p: TrendParams): SqlQuery {
  const b = bucketColumn(p.granularity);
  const filters = filterConditions(p.filters, 't');
  return toQuery(sql`WITH den AS (
  SELECT t.${b} AS bucket, COUNT(*) AS n_docs, SUM(t.n_chars) AS n_chars, COUNT(*) FILTER (WHERE t.undated) AS n_undated
  FROM trend_docs t${where(filters)}
  GROUP BY t.${b}
),
num AS (
  SELECT t.${b} AS bucket, t.slogan_id AS slogan_id, SUM(t."count") AS occ, COUNT(*) AS docs_with
  FROM trend_mentions t${where([sql`t.slogan_id IN ${p.slogans}`, ...filters])}
  GROUP BY t.${b}, t.slogan_id
),
sel AS (SELECT slogan_id FROM slogans WHERE slogan_id IN ${p.slogans})
SELECT den.bucket AS bucket, sel.slogan_id AS slogan_id,
  COALESCE(num.occ, 0)::DOUBLE AS occurrences,
  COALESCE(num.docs_with, 0)::DOUBLE AS docs_with,
  den.n_docs::DOUBLE AS n_docs,
  COALESCE(den.n_chars, 0)::DOUBLE AS n_chars,
  den.n_undated::DOUBLE AS n_undated
FROM den CROSS JOIN sel
LEFT JOIN num ON num.bucket IS NOT DISTINCT FROM den.bucket AND num.slogan_id = sel.slogan_id
ORDER BY bucket NULLS LAST, slogan_id`);
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

export interface TrendData {
  rows: TrendRow[];
  leftOut: LeftOutRow;
}

/** Split `trendQuery` rows into the chart rows and the left-out counts (pure). */
export function splitTrendRows(all: TrendQueryRow[]): TrendData {
  const rows: TrendRow[] = [];
  const leftOut: LeftOutRow = { n_docs: 0, n_undated: 0, n_imprecise: 0, occurrences: 0 };
  const seen = new Set<string | null>();
  for (const r of all) {
    // document counts repeat on every slogan's row of a bucket: add them once per bucket
    if (!seen.has(r.bucket)) {
      seen.add(r.bucket);
      leftOut.n_docs += r.n_docs;
      if (r.bucket === null) {
        leftOut.n_undated = r.n_undated;
        leftOut.n_imprecise = r.n_docs - r.n_undated;
      }
    }
    if (r.bucket === null) leftOut.occurrences += r.occurrences;
    else
      rows.push({
        bucket: r.bucket,
        slogan_id: r.slogan_id,
        occurrences: r.occurrences,
        docs_with: r.docs_with,
        n_docs: r.n_docs,
        n_chars: r.n_chars,
      });
  }
  return { rows, leftOut };
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
  const b = bucketColumn(p.granularity);
  return toQuery(sql`SELECT d.doc_id AS doc_id, d.title AS title, d.org AS org, d."date" AS "date", d.province AS province, m."count"::INTEGER AS "count"
FROM trend_docs t JOIN documents d ON d.doc_id = t.doc_id
JOIN mentions m ON m.doc_id = t.doc_id AND m.slogan_id = ${p.slogan}
${where([sql`t.${b} = ${p.bucket}`, ...filterConditions(p.filters, 't')])}
ORDER BY "count" DESC, d."date", d.doc_id
LIMIT ${limit}`);
}

export async function runTrend(runner: Runner, p: TrendParams): Promise<TrendData> {
  if (p.slogans.length === 0) return { rows: [], leftOut: { n_docs: 0, n_undated: 0, n_imprecise: 0, occurrences: 0 } };
  await ensureTrendFacts(runner);
  return splitTrendRows(await runner.query<TrendQueryRow>(trendQuery(p)));
}

export async function runPointDocs(runner: Runner, p: Parameters<typeof pointDocsQuery>[0]): Promise<PointDocRow[]> {
  await ensureTrendFacts(runner);
  return runner.query<PointDocRow>(pointDocsQuery(p));
}
