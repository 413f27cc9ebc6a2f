/** Queries of the Overview view: corpus headline numbers, top slogans, slogans by category. */
import type { Runner } from '../db/runner';
import type { CorpusHeadline } from '../schema';
import { sql, toQuery, type SqlQuery } from '../db/sql';

export type HeadlineRow = CorpusHeadline;

export function headlineQuery(): SqlQuery {
  return toQuery(sql`SELECT COUNT(*)::INTEGER AS n_documents,
  COUNT(DISTINCT org)::INTEGER AS n_orgs,
  COUNT(DISTINCT province)::INTEGER AS n_regions,
  (COUNT(*) FILTER (WHERE "date" IS NULL))::INTEGER AS n_undated,
  MIN("date") AS date_min,
  MAX("date") AS date_max
FROM documents`);
}

export interface TopSloganRow {
  slogan_id: string;
  canonical: string;
  gloss_en: string;
  category: string;
  count: number;
  n_docs: number;
}

/** The `limit` slogans with the most occurrences (ties broken by id so the order is stable). */
export function topSlogansQuery(limit: number): SqlQuery {
  return toQuery(sql`SELECT s.slogan_id AS slogan_id, s.canonical AS canonical, s.gloss_en AS gloss_en, s.category AS category,
  SUM(m."count")::DOUBLE AS "count",
  COUNT(DISTINCT m.doc_id)::INTEGER AS n_docs
FROM mentions m JOIN slogans s ON s.slogan_id = m.slogan_id
GROUP BY s.slogan_id, s.canonical, s.gloss_en, s.category
ORDER BY "count" DESC, s.slogan_id
LIMIT ${limit}`);
}

export interface CategoryRow {
  category: string;
  count: number;
  n_slogans: number;
  n_docs: number;
}

/** Occurrences per slogan category; categories without any mention are listed with 0. */
export function byCategoryQuery(): SqlQuery {
  return toQuery(sql`SELECT s.category AS category,
  COALESCE(SUM(m."count"), 0)::DOUBLE AS "count",
  COUNT(DISTINCT s.slogan_id)::INTEGER AS n_slogans,
  COUNT(DISTINCT m.doc_id)::INTEGER AS n_docs
FROM slogans s LEFT JOIN mentions m ON m.slogan_id = s.slogan_id
GROUP BY s.category
ORDER BY "count" DESC, s.category`);
}

export interface OverviewData {
  headline: HeadlineRow;
  top: TopSloganRow[];
  categories: CategoryRow[];
}

export async function runOverview(runner: Runner, limit = 15): Promise<OverviewData> {
  const [headline, top, categories] = await Promise.all([
    runner.query<HeadlineRow>(headlineQuery()),
    runner.query<TopSloganRow>(topSlogansQuery(limit)),
    runner.query<CategoryRow>(byCategoryQuery()),
  ]);
  return { headline: headline[0], top, categories };
}
