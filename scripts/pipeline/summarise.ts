/**
 * Corpus-level figures computed once at the end of a run: the small
 * summary.json the dashboard shows before DuckDB-WASM is ready, and the
 * lexicon rows that never occurred (for the researcher's attention).
 */
import type { SummaryJson } from '../../src/lib/schema';
import { runOverview } from '../../src/lib/queries/overview';
import type { TableStore } from './write';

/**
 * summary.json is computed with the very queries the Overview runs live
 * (src/lib/queries/overview.ts), so its numbers cannot differ from what
 * replaces them once DuckDB-WASM is ready.
 */
export async function buildSummary(store: TableStore, files: string[]): Promise<SummaryJson> {
  const { headline, top, categories } = await runOverview({ query: (q) => store.query(q) }, 15);
  return {
    generated_from: 'pipeline',
    ...headline,
    top_slogans: top,
    by_category: categories,
    files: [...files].sort(),
  };
}

export async function lexiconReport(store: TableStore): Promise<{ slogan_id: string; canonical: string }[]> {
  return store.all(
    `SELECT slogan_id, canonical FROM slogans
      WHERE slogan_id NOT IN (SELECT DISTINCT slogan_id FROM mentions) ORDER BY slogan_id`,
  );
}
