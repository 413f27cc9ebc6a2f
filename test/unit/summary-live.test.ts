/**
 * summary.json (written by the pipeline, shown while DuckDB-WASM starts) and
 * the Overview's live queries must define their numbers the same way, or the
 * cards and bars jump when the engine becomes ready.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSummary } from '../../scripts/pipeline/summarise';
import { TableStore } from '../../scripts/pipeline/write';
import { runOverview, type OverviewData } from '../../src/lib/queries/overview';
import { PARQUET_TABLES, type SummaryJson } from '../../src/lib/schema';
import { makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

describe('summary.json agrees with the live Overview queries', () => {
  let dir: string;
  let store: TableStore;
  let live: NodeRunner;
  let summary: SummaryJson;
  let overview: OverviewData;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-summary-'));
    await makeDashboardFixture(dir);
    store = await TableStore.open(join(dir, 'scratch'));
    for (const t of PARQUET_TABLES) await store.run(`INSERT INTO "${t}" SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
    // The fixture has one city per province; give some documents a second city so that counting
    // places (province|city|county) and counting provinces give different numbers.
    await store.run(`UPDATE documents SET city = city || '二' WHERE province IS NOT NULL AND hash(doc_id) % 2 = 0`);
    await store.run(`COPY documents TO '${join(dir, 'documents.parquet')}' (FORMAT parquet)`);
    summary = await buildSummary(store, []);
    live = await nodeRunner(dir);
    overview = await runOverview(live, 15);
  });
  afterAll(() => {
    store?.close();
    live?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the data has provinces with several cities, so counting places would differ from counting provinces', async () => {
    const [r] = await store.all<{ places: number; provinces: number }>(
      `SELECT count(DISTINCT province || '|' || coalesce(city, '') || '|' || coalesce(county, '')) AS places, count(DISTINCT province) AS provinces FROM documents`,
    );
    expect(r.places).toBeGreaterThan(r.provinces);
  });

  it('buildSummary() headline numbers equal headlineQuery() (n_regions = distinct provinces)', () => {
    const { n_documents, n_orgs, n_regions, n_undated, date_min, date_max } = summary;
    expect({ n_documents, n_orgs, n_regions, n_undated, date_min, date_max }).toEqual(overview.headline);
  });

  it('buildSummary() by_category lists the same categories, in the same order, with the same counts', () => {
    expect(summary.by_category.map((c) => [c.category, c.count])).toEqual(overview.categories.map((c) => [c.category, c.count]));
  });

  it('buildSummary() top slogans are the live top slogans', () => {
    expect(summary.top_slogans.map((s) => [s.slogan_id, s.count, s.n_docs])).toEqual(overview.top.map((s) => [s.slogan_id, s.count, s.n_docs]));
  });
});
