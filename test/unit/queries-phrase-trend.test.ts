import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketDate } from '../../src/lib/dates';
import { resolveSeries } from '../../src/lib/queries/phrase';
import { phraseSeriesId, runPhraseTrend } from '../../src/lib/queries/phrase-trend';
import { runTrend } from '../../src/lib/queries/trends';
import { emptyFilters } from '../../src/lib/state/url-codec';
import { toSimplified } from '../../src/lib/text/simplify';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';
import { phraseOracle } from './phrase-oracle';

const rows = fixtureRows();
const docs = rows.documents as unknown as { doc_id: string; date: string | null; org_type: string }[];
const { forms, hitsOf } = phraseOracle(rows, '急难愁盼');

describe('runPhraseTrend() on DuckDB over the fixture tables', () => {
  let dir: string;
  let db: NodeRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-phrase-trend-'));
    await makeDashboardFixture(dir);
    db = await nodeRunner(dir);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a free phrase series: occurrences and documents per year as the pipeline matcher counts them', async () => {
    const series = resolveSeries('急難愁盼', forms, toSimplified);
    const filters = { ...emptyFilters(), org_type: ['party_committee', 'soe'] };
    const progress: number[] = [];
    const got = await runPhraseTrend(db, { series: [series], filters, granularity: 'year' }, (p) => progress.push(p.docs));
    expect(progress.length).toBeGreaterThan(0);
    const want = new Map<string, { occ: number; with: number; n: number }>();
    for (const d of docs.filter((x) => filters.org_type.includes(x.org_type))) {
      const b = bucketDate(d.date, 'year');
      if (!b) continue;
      const e = want.get(b) ?? { occ: 0, with: 0, n: 0 };
      const k = hitsOf(d.doc_id);
      e.n++;
      e.occ += k;
      if (k) e.with++;
      want.set(b, e);
    }
    expect(got.rows.every((r) => r.slogan_id === phraseSeriesId('急難愁盼'))).toBe(true);
    expect(Object.fromEntries(got.rows.map((r) => [r.bucket, { occ: r.occurrences, with: r.docs_with, n: r.n_docs }]))).toEqual(
      Object.fromEntries(want),
    );
    expect(got.rows.reduce((s, r) => s + r.occurrences, 0)).toBeGreaterThan(0);
  });

  it('a series of a lexicon slogan plus a phrase sums both per bucket; the slogan part equals its slogan trend', async () => {
    const mixed = resolveSeries('两个确立+急难愁盼', forms, toSimplified);
    const only = resolveSeries('两个确立', forms, toSimplified);
    const phrase = resolveSeries('急难愁盼', forms, toSimplified);
    const p = { filters: emptyFilters(), granularity: 'quarter' as const };
    const [a, b, c, slogan] = await Promise.all([
      runPhraseTrend(db, { ...p, series: [mixed] }),
      runPhraseTrend(db, { ...p, series: [only] }),
      runPhraseTrend(db, { ...p, series: [phrase] }),
      runTrend(db, { ...p, slogans: ['S001'] }),
    ]);
    expect(b.rows.map((r) => [r.bucket, r.occurrences])).toEqual(slogan.rows.map((r) => [r.bucket, r.occurrences]));
    for (const r of a.rows) {
      const x = b.rows.find((y) => y.bucket === r.bucket)!.occurrences + c.rows.find((y) => y.bucket === r.bucket)!.occurrences;
      expect(r.occurrences).toBe(x);
    }
  });
});
