/**
 * Queries of the Diffusion view: when and where a formulation took hold.
 *
 * - first uses per province / organisation type / administrative level, each
 *   with the document behind it and the lag after the first central use;
 * - adoption curves: how many provinces, organisations or documents had used
 *   a slogan by each year (or month);
 * - coverage: dated documents per province and period, so that a province
 *   with no documents is drawn as such, not as "not yet adopted";
 * - every slogan's first corpus use beside the lexicon's `first_year`.
 *
 * Only dated documents count. A first use is the earliest date string, which
 * puts a year-only date before any day of that year (the document may be
 * later, never the view's claim earlier than the evidence): such rows carry
 * their `date_precision` so the view can say so. Ties break on doc_id.
 */
import type { Runner } from '../db/runner';
import { joinSql, sql, toQuery, where, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Filters } from '../vocabulary';
import { filterConditions } from './filters';
import { bucketSql } from './trend-facts';

export const DIFFUSION_DIMS = ['province', 'org_type', 'admin_level'] as const;
export type DiffusionDim = (typeof DIFFUSION_DIMS)[number];

/** What an adoption curve counts. */
export const ADOPTION_UNITS = ['province', 'org', 'doc'] as const;
export type AdoptionUnit = (typeof ADOPTION_UNITS)[number];

export const TIME_UNITS = ['year', 'month'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * `documents.date_confidence` values (the contract of branch h9d, mirrored
 * here until it is in schema.ts); `inferred` and `weak` are the lower ones.
 */
export const DATE_CONFIDENCES = ['stated', 'inferred', 'weak', 'none'] as const;
export type DateConfidence = (typeof DATE_CONFIDENCES)[number];
export const LOW_CONFIDENCE: readonly DateConfidence[] = ['inferred', 'weak'];

export interface DiffusionInput {
  slogans: string[];
  filters: Filters;
  /** leave out documents whose date is `inferred` or `weak` */
  excludeLow: boolean;
}

/**
 * Two tables built once per engine (like the Trends fact tables), so a change
 * of slogans or filters is a GROUP BY over in-memory rows without a join or a
 * date regexp per document:
 * - `diffusion_docs`: every dated document with its filter columns, date,
 *   confidence (null when the tables have no `date_confidence`) and year and
 *   month keys;
 * - `diffusion_uses`: one row per (slogan, dated document) mention, with the
 *   same columns but the title, and `fkey`, the (date, doc_id) order as one
 *   string — dates padded so that `2016` sorts before `2016-03-01`, as the
 *   plain strings do — so a first use is one `MIN(fkey)` instead of a window.
 *   Rows are sorted by slogan, so a slogan's uses sit in few row groups.
 */
export function diffusionFactsSetup(hasConfidence: boolean): SqlQuery[] {
  const confidence = hasConfidence ? sql`d.date_confidence` : sql`CAST(NULL AS VARCHAR)`;
  return [
    toQuery(sql`CREATE OR REPLACE TABLE diffusion_docs AS
WITH keys AS (
  SELECT d."date" AS "date", ${bucketSql('year')} AS b_year, ${bucketSql('month')} AS b_month
  FROM (SELECT DISTINCT "date" FROM documents WHERE "date" IS NOT NULL) d
)
SELECT d.doc_id AS doc_id, d.title AS title, d.org AS org, d.province AS province, d.org_type AS org_type,
  d.admin_level AS admin_level, d.source_file AS source_file, d."date" AS "date", d.date_precision AS date_precision,
  ${confidence} AS confidence, k.b_year AS b_year, k.b_month AS b_month
FROM documents d JOIN keys k ON k."date" = d."date"
WHERE k.b_year IS NOT NULL`),
    toQuery(sql`CREATE OR REPLACE TABLE diffusion_uses AS
SELECT m.slogan_id AS slogan_id, d.doc_id AS doc_id, d.org AS org, d.province AS province, d.org_type AS org_type,
  d.admin_level AS admin_level, d.source_file AS source_file, d."date" AS "date", d.date_precision AS date_precision,
  d.confidence AS confidence, d.b_year AS b_year, d.b_month AS b_month,
  rpad(d."date", 10, ' ') || d.doc_id AS fkey
FROM mentions m JOIN diffusion_docs d ON d.doc_id = m.doc_id
ORDER BY m.slogan_id, fkey`),
  ];
}

/** Whether `documents` has the `date_confidence` column (tables built before it existed do not). */
export function confidenceColumnQuery(): SqlQuery {
  return toQuery(sql`SELECT COUNT(*)::INTEGER AS n FROM information_schema.columns
WHERE table_name = 'documents' AND column_name = 'date_confidence'`);
}

const ready = new WeakMap<Runner, Promise<void>>();

/** Create the fact tables once per runner; concurrent callers share the promise, a failure allows a retry. */
export function ensureDiffusionFacts(runner: Runner): Promise<void> {
  let p = ready.get(runner);
  if (!p) {
    p = (async () => {
      const [{ n }] = await runner.query<{ n: number }>(confidenceColumnQuery());
      for (const q of diffusionFactsSetup(n > 0)) await runner.query(q);
    })();
    p.catch(() => ready.delete(runner));
    ready.set(runner, p);
  }
  return p;
}

/** Conditions on a fact table aliased `d`: filters and the confidence rule. */
function conditions(f: Omit<DiffusionInput, 'slogans'>): SqlFragment[] {
  const conds = filterConditions(f.filters, 'd');
  if (f.excludeLow) conds.push(sql`COALESCE(d.confidence, 'stated') NOT IN ${[...LOW_CONFIDENCE]}`);
  return conds;
}

/** Dated documents under the filters and confidence rule (a CTE body). */
function datedDocs(f: Omit<DiffusionInput, 'slogans'>): SqlFragment {
  return sql`SELECT * FROM diffusion_docs d${where(conditions(f))}`;
}

/** Dated uses of the chosen slogans, one row per (slogan, document). */
function usesCte(f: DiffusionInput): SqlFragment {
  return sql`u AS (SELECT * FROM diffusion_uses d WHERE ${joinSql([sql`d.slogan_id IN ${f.slogans}`, ...conditions(f)], ' AND ')})`;
}

// The earliest use is MIN(fkey), split back into its date and doc_id: one string MIN per group costs
// about a third of MIN("date") + arg_min(doc_id, fkey) (measured on 337k uses), with the same answer.
const FKEY_DATE = sql`rtrim(substr(k, 1, 10))`;
const FKEY_DOC = sql`substr(k, 11)`;

const DIM_COLUMN: Record<DiffusionDim, SqlFragment> = {
  province: sql`province`,
  org_type: sql`org_type`,
  admin_level: sql`admin_level`,
};

export interface FirstUseRow {
  slogan_id: string;
  /** the province, organisation type or level */
  grp: string;
  first_date: string;
  date_precision: string;
  /** null when the tables have no date_confidence */
  confidence: string | null;
  doc_id: string;
  title: string;
  org: string | null;
  /** dated documents of the group that use the slogan */
  n_docs: number;
  /** earliest dated use by a central (national) organisation, or null */
  central_date: string | null;
  /** whole years between the two dates' years (null without a central use) */
  lag_years: number | null;
  /** days, when both dates are days */
  lag_days: number | null;
}

/** The first dated use of each slogan in each group of `dim`, with the lag after the first central use. */
export function firstUsesQuery(f: DiffusionInput, dim: DiffusionDim): SqlQuery {
  const col = DIM_COLUMN[dim];
  return toQuery(sql`WITH ${usesCte(f)},
central AS (SELECT slogan_id, MIN("date") AS central_date FROM u WHERE admin_level = 'central' GROUP BY slogan_id),
f AS (SELECT slogan_id, ${col} AS grp, MIN(fkey) AS k, COUNT(*) AS n_docs FROM u WHERE ${col} IS NOT NULL GROUP BY slogan_id, ${col}),
firsts AS (SELECT slogan_id, grp, ${FKEY_DATE} AS "date", ${FKEY_DOC} AS doc_id, n_docs FROM f)
SELECT r.slogan_id AS slogan_id, r.grp AS grp, r."date" AS first_date, t.date_precision AS date_precision,
  t.confidence AS confidence, r.doc_id AS doc_id, t.title AS title, t.org AS org, r.n_docs::INTEGER AS n_docs,
  c.central_date AS central_date,
  (CAST(substr(r."date", 1, 4) AS INTEGER) - CAST(substr(c.central_date, 1, 4) AS INTEGER))::INTEGER AS lag_years,
  CASE WHEN length(r."date") = 10 AND length(c.central_date) = 10
    THEN date_diff('day', TRY_CAST(c.central_date AS DATE), TRY_CAST(r."date" AS DATE))::INTEGER END AS lag_days
FROM firsts r LEFT JOIN central c ON c.slogan_id = r.slogan_id JOIN diffusion_docs t ON t.doc_id = r.doc_id
ORDER BY r.slogan_id, r."date", r.grp`);
}

export interface AdoptionRow {
  slogan_id: string;
  /** `2016` or `2016-03` */
  bucket: string;
  /** units whose first use falls in this bucket */
  n_new: number;
  /** units that had used the slogan by the end of this bucket */
  cumulative: number;
  /** units with any dated use (at month granularity, some may be dated only by year and so not on the curve) */
  n_total: number;
}

const UNIT_COLUMN: Record<AdoptionUnit, SqlFragment> = { province: sql`province`, org: sql`org`, doc: sql`doc_id` };

/** Cumulative count of provinces, organisations or documents that had used each slogan, per bucket. */
export function adoptionQuery(f: DiffusionInput, unit: AdoptionUnit, time: TimeUnit): SqlQuery {
  const col = UNIT_COLUMN[unit];
  const bucket = time === 'year' ? sql`b_year` : sql`b_month`;
  return toQuery(sql`WITH ${usesCte(f)},
firsts AS (SELECT slogan_id, ${col} AS unit_key, MIN(${bucket}) AS bucket FROM u WHERE ${col} IS NOT NULL GROUP BY slogan_id, ${col}),
totals AS (SELECT slogan_id, COUNT(*) AS n_total FROM firsts GROUP BY slogan_id),
per AS (SELECT slogan_id, bucket, COUNT(*) AS n_new FROM firsts WHERE bucket IS NOT NULL GROUP BY slogan_id, bucket)
SELECT p.slogan_id AS slogan_id, p.bucket AS bucket, p.n_new::INTEGER AS n_new,
  (SUM(p.n_new) OVER (PARTITION BY p.slogan_id ORDER BY p.bucket ROWS UNBOUNDED PRECEDING))::INTEGER AS cumulative,
  t.n_total::INTEGER AS n_total
FROM per p JOIN totals t ON t.slogan_id = p.slogan_id
ORDER BY p.slogan_id, p.bucket`);
}

export interface CoverageRow {
  province: string;
  bucket: string;
  /** dated documents of the province in the bucket (any slogan or none) */
  n_docs: number;
}

/** Dated documents per province and bucket: the denominator that tells "no documents" from "not yet". */
export function coverageQuery(f: DiffusionInput, time: TimeUnit): SqlQuery {
  const bucket = time === 'year' ? sql`b_year` : sql`b_month`;
  return toQuery(sql`WITH dd AS (${datedDocs(f)})
SELECT province, ${bucket} AS bucket, COUNT(*)::INTEGER AS n_docs
FROM dd WHERE province IS NOT NULL AND ${bucket} IS NOT NULL
GROUP BY province, ${bucket}
ORDER BY province, bucket`);
}

export interface LexiconFirstRow {
  slogan_id: string;
  canonical: string;
  gloss_en: string;
  first_year: number | null;
  /** earliest dated use in the corpus (under the filters), or null */
  first_date: string | null;
  doc_id: string | null;
  title: string | null;
  confidence: string | null;
  /** the corpus uses the slogan before the lexicon's first_year */
  earlier: boolean;
}

/** Every lexicon slogan: its first dated use in the corpus beside `first_year`; earlier uses first. */
export function lexiconFirstUseQuery(f: Omit<DiffusionInput, 'slogans'>): SqlQuery {
  return toQuery(sql`WITH f AS (SELECT d.slogan_id AS slogan_id, MIN(d.fkey) AS k FROM diffusion_uses d${where(conditions(f))} GROUP BY d.slogan_id),
r AS (SELECT slogan_id, ${FKEY_DATE} AS "date", ${FKEY_DOC} AS doc_id FROM f)
SELECT s.slogan_id AS slogan_id, s.canonical AS canonical, s.gloss_en AS gloss_en, s.first_year AS first_year,
  r."date" AS first_date, r.doc_id AS doc_id, t.title AS title, t.confidence AS confidence,
  COALESCE(CAST(substr(r."date", 1, 4) AS INTEGER) < s.first_year, false) AS earlier
FROM slogans s LEFT JOIN r ON r.slogan_id = s.slogan_id LEFT JOIN diffusion_docs t ON t.doc_id = r.doc_id
ORDER BY earlier DESC, (CAST(substr(r."date", 1, 4) AS INTEGER) - s.first_year) NULLS LAST, s.slogan_id`);
}

/** Run functions for the view (each builds the fact tables first; no slogans: no rows, no query). */
export async function runFirstUses(runner: Runner, p: DiffusionInput & { dim: DiffusionDim }): Promise<FirstUseRow[]> {
  if (p.slogans.length === 0) return [];
  await ensureDiffusionFacts(runner);
  return runner.query<FirstUseRow>(firstUsesQuery(p, p.dim));
}

export async function runAdoption(runner: Runner, p: DiffusionInput & { unit: AdoptionUnit; time: TimeUnit }): Promise<AdoptionRow[]> {
  if (p.slogans.length === 0) return [];
  await ensureDiffusionFacts(runner);
  return runner.query<AdoptionRow>(adoptionQuery(p, p.unit, p.time));
}

export async function runCoverage(runner: Runner, p: Omit<DiffusionInput, 'slogans'> & { time: TimeUnit }): Promise<CoverageRow[]> {
  await ensureDiffusionFacts(runner);
  return runner.query<CoverageRow>(coverageQuery({ ...p, slogans: [] }, p.time));
}

export async function runLexiconFirstUse(runner: Runner, p: Omit<DiffusionInput, 'slogans'>): Promise<LexiconFirstRow[]> {
  await ensureDiffusionFacts(runner);
  return runner.query<LexiconFirstRow>(lexiconFirstUseQuery(p));
}
