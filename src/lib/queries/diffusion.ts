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
import { joinSql, sql, toQuery, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Filters } from '../state/url-codec';
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
  /**
   * whether documents carry `date_confidence` (older tables do not: then every
   * dated document counts and none is marked)
   */
  hasConfidence: boolean;
}

/** Dated documents under the filters and confidence rule, with their year and month keys (a CTE body). */
function datedDocs(f: DiffusionInput): SqlFragment {
  const conds = [
    sql`d."date" IS NOT NULL`,
    sql`${bucketSql('year')} IS NOT NULL`,
    ...filterConditions(f.filters, 'd'),
  ];
  if (f.hasConfidence && f.excludeLow) conds.push(sql`COALESCE(d.date_confidence, 'stated') NOT IN ${[...LOW_CONFIDENCE]}`);
  const confidence = f.hasConfidence ? sql`d.date_confidence` : sql`CAST(NULL AS VARCHAR)`;
  return sql`SELECT d.doc_id AS doc_id, d.title AS title, d.org AS org, d.province AS province, d.org_type AS org_type,
  d.admin_level AS admin_level, d."date" AS "date", d.date_precision AS date_precision, ${confidence} AS confidence,
  ${bucketSql('year')} AS b_year, ${bucketSql('month')} AS b_month
FROM documents d
WHERE ${joinSql(conds, ' AND ')}`;
}

/** Dated documents that mention one of the chosen slogans, one row per (slogan, document). */
function usesCte(f: DiffusionInput): SqlFragment {
  return sql`dd AS (${datedDocs(f)}),
u AS (SELECT m.slogan_id AS slogan_id, dd.* FROM mentions m JOIN dd ON dd.doc_id = m.doc_id WHERE m.slogan_id IN ${f.slogans})`;
}

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
ranked AS (
  SELECT u.*, ${col} AS grp,
    row_number() OVER (PARTITION BY slogan_id, ${col} ORDER BY "date", doc_id) AS rn,
    COUNT(*) OVER (PARTITION BY slogan_id, ${col}) AS n_docs
  FROM u WHERE ${col} IS NOT NULL
)
SELECT r.slogan_id AS slogan_id, r.grp AS grp, r."date" AS first_date, r.date_precision AS date_precision,
  r.confidence AS confidence, r.doc_id AS doc_id, r.title AS title, r.org AS org, r.n_docs::INTEGER AS n_docs,
  c.central_date AS central_date,
  (CAST(substr(r."date", 1, 4) AS INTEGER) - CAST(substr(c.central_date, 1, 4) AS INTEGER))::INTEGER AS lag_years,
  CASE WHEN length(r."date") = 10 AND length(c.central_date) = 10
    THEN date_diff('day', TRY_CAST(c.central_date AS DATE), TRY_CAST(r."date" AS DATE))::INTEGER END AS lag_days
FROM ranked r LEFT JOIN central c ON c.slogan_id = r.slogan_id
WHERE r.rn = 1
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
  return toQuery(sql`WITH dd AS (${datedDocs({ ...f, slogans: [] })}),
r AS (
  SELECT m.slogan_id AS slogan_id, dd.doc_id AS doc_id, dd.title AS title, dd."date" AS "date", dd.confidence AS confidence,
    row_number() OVER (PARTITION BY m.slogan_id ORDER BY dd."date", dd.doc_id) AS rn
  FROM mentions m JOIN dd ON dd.doc_id = m.doc_id
)
SELECT s.slogan_id AS slogan_id, s.canonical AS canonical, s.gloss_en AS gloss_en, s.first_year AS first_year,
  r."date" AS first_date, r.doc_id AS doc_id, r.title AS title, r.confidence AS confidence,
  COALESCE(CAST(substr(r."date", 1, 4) AS INTEGER) < s.first_year, false) AS earlier
FROM slogans s LEFT JOIN r ON r.slogan_id = s.slogan_id AND r.rn = 1
ORDER BY earlier DESC, (CAST(substr(r."date", 1, 4) AS INTEGER) - s.first_year) NULLS LAST, s.slogan_id`);
}

/** Whether `documents` has the `date_confidence` column (tables built before it existed do not). */
export function confidenceColumnQuery(): SqlQuery {
  return toQuery(sql`SELECT COUNT(*)::INTEGER AS n FROM information_schema.columns
WHERE table_name = 'documents' AND column_name = 'date_confidence'`);
}

const confidenceKnown = new WeakMap<Runner, Promise<boolean>>();

/** Asks the engine once per runner whether dates carry a confidence. */
export function hasDateConfidence(runner: Runner): Promise<boolean> {
  let p = confidenceKnown.get(runner);
  if (!p) {
    p = runner.query<{ n: number }>(confidenceColumnQuery()).then((r) => (r[0]?.n ?? 0) > 0);
    p.catch(() => confidenceKnown.delete(runner));
    confidenceKnown.set(runner, p);
  }
  return p;
}

export interface DiffusionData {
  firstUses: FirstUseRow[];
  adoption: AdoptionRow[];
  coverage: CoverageRow[];
}

/** The view's three queries for the chosen slogans (none chosen: empty results, no query). */
export async function runDiffusion(
  runner: Runner,
  f: Omit<DiffusionInput, 'hasConfidence'>,
  dim: DiffusionDim,
  unit: AdoptionUnit,
  time: TimeUnit,
): Promise<DiffusionData> {
  const input = { ...f, hasConfidence: await hasDateConfidence(runner) };
  if (f.slogans.length === 0) return { firstUses: [], adoption: [], coverage: await runner.query<CoverageRow>(coverageQuery(input, time)) };
  const [firstUses, adoption, coverage] = await Promise.all([
    runner.query<FirstUseRow>(firstUsesQuery(input, dim)),
    runner.query<AdoptionRow>(adoptionQuery(input, unit, time)),
    runner.query<CoverageRow>(coverageQuery(input, time)),
  ]);
  return { firstUses, adoption, coverage };
}

export async function runLexiconFirstUse(runner: Runner, f: Omit<DiffusionInput, 'slogans' | 'hasConfidence'>): Promise<LexiconFirstRow[]> {
  return runner.query<LexiconFirstRow>(lexiconFirstUseQuery({ ...f, hasConfidence: await hasDateConfidence(runner) }));
}
