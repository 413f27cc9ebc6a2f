/**
 * Corpus-level figures computed once at the end of a run: the small
 * summary.json the dashboard shows before DuckDB-WASM is ready, and the
 * lexicon rows that never occurred (for the researcher's attention).
 */
import type { SummaryJson } from '../../src/lib/schema';
import type { TableStore } from './write';

export async function buildSummary(store: TableStore, files: string[]): Promise<SummaryJson> {
  const [head] = await store.all<{
    n_documents: number;
    n_orgs: number;
    n_regions: number;
    n_undated: number;
    date_min: string | null;
    date_max: string | null;
  }>(`SELECT count(*) AS n_documents,
             count(DISTINCT org) AS n_orgs,
             -- "Provinces" on the Overview card: distinct provinces, as the live query counts them
             -- (src/lib/queries/overview.ts), so the number does not jump when DuckDB is ready.
             count(DISTINCT province) AS n_regions,
             count(*) FILTER (WHERE date IS NULL) AS n_undated,
             min(date) AS date_min, max(date) AS date_max
      FROM documents`);
  const top = await store.all<SummaryJson['top_slogans'][number]>(
    `SELECT s.slogan_id, s.canonical, s.gloss_en, CAST(sum(m.count) AS INTEGER) AS count, CAST(count(*) AS INTEGER) AS n_docs
       FROM mentions m JOIN slogans s USING (slogan_id)
      GROUP BY ALL ORDER BY count DESC, s.slogan_id LIMIT 15`,
  );
  const byCategory = await store.all<SummaryJson['by_category'][number]>(
    // Every category, 0 included, like the live byCategoryQuery: the chart keeps its bars when it goes live.
    `SELECT s.category, CAST(coalesce(sum(m.count), 0) AS INTEGER) AS count
       FROM slogans s LEFT JOIN mentions m USING (slogan_id)
      GROUP BY ALL ORDER BY count DESC, s.category`,
  );
  return {
    generated_from: 'pipeline',
    ...head,
    top_slogans: top,
    by_category: byCategory,
    files: [...files].sort(),
  };
}

export async function lexiconReport(store: TableStore): Promise<{ slogan_id: string; canonical: string }[]> {
  return store.all(
    `SELECT slogan_id, canonical FROM slogans
      WHERE slogan_id NOT IN (SELECT DISTINCT slogan_id FROM mentions) ORDER BY slogan_id`,
  );
}
