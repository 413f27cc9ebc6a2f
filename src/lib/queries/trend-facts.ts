/**
 * Two compact tables the Trends queries read instead of joining documents and
 * mentions on every filter change:
 *
 * - `trend_docs`: one row per document with the filter columns, n_chars and
 *   its bucket keys at each granularity, computed once (the date regexp is
 *   not re-run per query);
 * - `trend_mentions`: one row per (document, slogan) mention with the same
 *   filter columns and bucket keys inlined, so the numerator is one GROUP BY
 *   over one in-memory table, without a join.
 *
 * They are derived in the engine from `documents` and `mentions` (no new
 * data file), once per runner, the first time a Trends query needs them.
 */
import type { Runner } from '../db/runner';
import { sql, toQuery, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Granularity } from '../dates';

/** SQL bucket key of d."date" (null when absent, malformed, or too imprecise); same rules as `bucketDate`. */
export function bucketSql(g: Granularity): SqlFragment {
  // days 01–31 as parseDate accepts them (a day 00 or 32 made a bucket here and none in TypeScript): test/unit/date-buckets-sql.test.ts
  const valid = sql`regexp_full_match(d."date", '[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])){0,1}){0,1}')`;
  if (g === 'year') return sql`CASE WHEN ${valid} THEN substr(d."date", 1, 4) END`;
  const hasMonth = sql`${valid} AND length(d."date") >= 7`;
  if (g === 'month') return sql`CASE WHEN ${hasMonth} THEN substr(d."date", 1, 7) END`;
  return sql`CASE WHEN ${hasMonth} THEN substr(d."date", 1, 4) || '-Q' || CAST((CAST(substr(d."date", 6, 2) AS INTEGER) + 2) // 3 AS VARCHAR) END`;
}

/** The bucket-key column of the fact tables for a granularity (fixed names, never user input). */
export function bucketColumn(g: Granularity): SqlFragment {
  return g === 'year' ? sql`b_year` : g === 'quarter' ? sql`b_quarter` : sql`b_month`;
}

/**
 * The statements creating both tables, to run in order. (Sorting
 * `trend_mentions` by slogan was tried: it doubled the set-up time and did
 * not make the queries measurably faster.)
 */
export function trendFactsSetup(): SqlQuery[] {
  return [
    // Bucket keys are computed once per distinct date (a few thousand), not per document:
    // the regexp and string building were most of the set-up time in the browser.
    toQuery(sql`CREATE OR REPLACE TABLE trend_docs AS
WITH keys AS (
  SELECT d."date" AS "date", ${bucketSql('year')} AS b_year, ${bucketSql('quarter')} AS b_quarter, ${bucketSql('month')} AS b_month
  FROM (SELECT DISTINCT "date" FROM documents WHERE "date" IS NOT NULL) d
)
SELECT d.doc_id AS doc_id, d.province AS province, d.org_type AS org_type, d.admin_level AS admin_level,
  d.source_file AS source_file, d.n_chars::DOUBLE AS n_chars, d."date" IS NULL AS undated,
  k.b_year AS b_year, k.b_quarter AS b_quarter, k.b_month AS b_month
FROM documents d LEFT JOIN keys k ON k."date" = d."date"`),
    toQuery(sql`CREATE OR REPLACE TABLE trend_mentions AS
SELECT m.slogan_id AS slogan_id, m."count"::DOUBLE AS "count", t.province AS province, t.org_type AS org_type,
  t.admin_level AS admin_level, t.source_file AS source_file, t.b_year AS b_year, t.b_quarter AS b_quarter, t.b_month AS b_month
FROM mentions m JOIN trend_docs t ON t.doc_id = m.doc_id`),
  ];
}

const ready = new WeakMap<Runner, Promise<void>>();

/** Create the fact tables once per runner; concurrent callers share the same promise, a failure allows a retry. */
export function ensureTrendFacts(runner: Runner): Promise<void> {
  let p = ready.get(runner);
  if (!p) {
    p = (async () => {
      for (const q of trendFactsSetup()) await runner.query(q);
    })();
    p.catch(() => ready.delete(runner));
    ready.set(runner, p);
  }
  return p;
}
