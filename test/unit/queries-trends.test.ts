import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketDate, type Granularity } from '../../src/lib/dates';
import { emptyFilters, type Filters } from '../../src/lib/state/url-codec';
import { NONE } from '../../src/lib/queries/filters';
import {
  filterOptionsQuery,
  pointDocsQuery,
  runFilterOptions,
  runPointDocs,
  runTrend,
  splitTrendRows,
  trendQuery,
} from '../../src/lib/queries/trends';
import { buildSeries } from '../../src/lib/series';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

const rows = fixtureRows();
const docs = rows.documents as unknown as { doc_id: string; date: string | null; province: string | null; org_type: string; n_chars: number }[];
const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];

/** Expected sums computed in plain JS from the fixture rows (independently of the SQL). */
function expected(slogan: string, g: Granularity, keep: (d: (typeof docs)[number]) => boolean) {
  const out = new Map<string, { occurrences: number; docs_with: number; n_docs: number; n_chars: number }>();
  for (const d of docs.filter(keep)) {
    const b = bucketDate(d.date, g);
    if (b === null) continue;
    const e = out.get(b) ?? { occurrences: 0, docs_with: 0, n_docs: 0, n_chars: 0 };
    e.n_docs++;
    e.n_chars += d.n_chars;
    const m = mentions.find((x) => x.doc_id === d.doc_id && x.slogan_id === slogan);
    if (m) {
      e.occurrences += m.count;
      e.docs_with++;
    }
    out.set(b, e);
  }
  return out;
}

describe('trend query builders (SQL text)', () => {
  it('trendQuery() binds slogans and filter values as parameters', () => {
    const filters: Filters = { ...emptyFilters(), province: ["浙江省'; DROP"] };
    const q = trendQuery({ slogans: ['S001', 'S002'], filters, granularity: 'quarter' });
    expect(q.text).not.toContain('浙江省');
    expect(q.text).not.toContain('S001');
    // denominators filtered; numerators filtered by slogan and province; the selected slogans
    expect(q.params).toEqual(["浙江省'; DROP", 'S001', 'S002', "浙江省'; DROP", 'S001', 'S002']);
    expect(q.text).toContain('t."province" IN (?)');
    expect(q.text).toContain('t.b_quarter');
    expect(q.text.match(/\?/g)).toHaveLength(q.params.length);
  });

  it('without filters there is no WHERE on the documents facts; no join of documents with mentions', () => {
    const q = trendQuery({ slogans: ['S001'], filters: emptyFilters(), granularity: 'year' });
    expect(q.text).not.toMatch(/FROM trend_docs t WHERE/);
    expect(q.text).not.toMatch(/\bmentions\b(?! t)|\bdocuments\b/);
    expect(trendQuery({ slogans: [], filters: emptyFilters(), granularity: 'month' }).text).toContain('(SELECT NULL WHERE FALSE)');
    expect(filterOptionsQuery().params).toEqual([NONE]);
    expect(pointDocsQuery({ slogan: 'S1', bucket: '2021', filters: emptyFilters(), granularity: 'year' }).params).toEqual(['S1', '2021', 200]);
  });

  it("splitTrendRows() counts a bucket's documents once, however many slogans, and keeps null-bucket rows out of the chart", () => {
    const row = (bucket: string | null, slogan_id: string, occurrences: number, n_docs: number, n_undated = 0) => ({
      bucket,
      slogan_id,
      occurrences,
      docs_with: 0,
      n_docs,
      n_chars: 10 * n_docs,
      n_undated,
    });
    const out = splitTrendRows([
      row('2020', 'A', 1, 5),
      row('2020', 'B', 2, 5),
      row('2021', 'A', 0, 3),
      row('2021', 'B', 4, 3),
      row(null, 'A', 7, 4, 1),
      row(null, 'B', 1, 4, 1),
    ]);
    expect(out.rows.map((r) => r.bucket)).toEqual(['2020', '2020', '2021', '2021']);
    expect(out.leftOut).toEqual({ n_docs: 12, n_undated: 1, n_imprecise: 3, occurrences: 8 });
  });
});

describe('trend queries on DuckDB over the fixture', () => {
  let dir: string;
  let db: NodeRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-trends-'));
    await makeDashboardFixture(dir);
    db = await nodeRunner(dir);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const g of ['year', 'quarter', 'month'] as const) {
    it(`runTrend(…, '${g}') matches sums computed from the fixture rows`, async () => {
      const { rows: got } = await runTrend(db, { slogans: ['S002'], filters: emptyFilters(), granularity: g });
      const want = expected('S002', g, () => true);
      expect(got.map((r) => r.bucket)).toEqual([...want.keys()].sort());
      for (const r of got) {
        expect({ occurrences: r.occurrences, docs_with: r.docs_with, n_docs: r.n_docs, n_chars: r.n_chars }).toEqual(want.get(r.bucket));
        for (const v of [r.occurrences, r.docs_with, r.n_docs, r.n_chars]) expect(typeof v).toBe('number');
      }
    });
  }

  it('a province filter narrows the rows to that province', async () => {
    const province = docs.find((d) => d.province)!.province!;
    const filters: Filters = { ...emptyFilters(), province: [province] };
    const { rows: got } = await runTrend(db, { slogans: ['S001'], filters, granularity: 'year' });
    const want = expected('S001', 'year', (d) => d.province === province);
    expect(got.reduce((a, r) => a + r.n_docs, 0)).toBe([...want.values()].reduce((a, e) => a + e.n_docs, 0));
    expect(got.reduce((a, r) => a + r.occurrences, 0)).toBe([...want.values()].reduce((a, e) => a + e.occurrences, 0));
  });

  it('two filters at month: every bucket matches the sums of the fixture rows, left-out counts included', async () => {
    const orgType = docs.find((d) => d.org_type !== 'unknown')!.org_type;
    const provinces = [...new Set(docs.map((d) => d.province).filter((p): p is string => p !== null))].slice(0, 2);
    const filters: Filters = { ...emptyFilters(), org_type: [orgType], province: provinces };
    const keep = (d: (typeof docs)[number]) => d.org_type === orgType && d.province !== null && provinces.includes(d.province);
    const { rows: got, leftOut } = await runTrend(db, { slogans: ['S002'], filters, granularity: 'month' });
    const want = expected('S002', 'month', keep);
    expect(got.length).toBeGreaterThan(0);
    expect(new Map(got.map((r) => [r.bucket, { occurrences: r.occurrences, docs_with: r.docs_with, n_docs: r.n_docs, n_chars: r.n_chars }]))).toEqual(
      want,
    );
    const kept = docs.filter(keep);
    expect(leftOut.n_docs).toBe(kept.length);
    expect(leftOut.n_undated + leftOut.n_imprecise).toBe(kept.filter((d) => bucketDate(d.date, 'month') === null).length);
  });

  it('left-out documents: undated plus too-imprecise, adding up with the charted ones', async () => {
    for (const g of ['year', 'month'] as const) {
      const { rows: got, leftOut } = await runTrend(db, { slogans: ['S001'], filters: emptyFilters(), granularity: g });
      expect(leftOut.n_docs).toBe(docs.length);
      expect(leftOut.n_undated).toBe(docs.filter((d) => d.date === null).length);
      expect(leftOut.n_imprecise).toBe(docs.filter((d) => d.date !== null && bucketDate(d.date, g) === null).length);
      const lost = new Set(docs.filter((d) => bucketDate(d.date, g) === null).map((d) => d.doc_id));
      expect(leftOut.occurrences).toBe(mentions.filter((m) => m.slogan_id === 'S001' && lost.has(m.doc_id)).reduce((a, m) => a + m.count, 0));
      const charted = new Map(got.map((r) => [r.bucket, r.n_docs]));
      expect([...charted.values()].reduce((a, b) => a + b, 0) + leftOut.n_undated + leftOut.n_imprecise).toBe(docs.length);
    }
  });

  it('an empty slogan list returns nothing without querying', async () => {
    const out = await runTrend(db, { slogans: [], filters: emptyFilters(), granularity: 'year' });
    expect(out.rows).toEqual([]);
  });

  it('runPointDocs() lists exactly the documents behind a point', async () => {
    const { rows: got } = await runTrend(db, { slogans: ['S003'], filters: emptyFilters(), granularity: 'year' });
    const point = got.find((r) => r.docs_with > 0)!;
    const list = await runPointDocs(db, { slogan: 'S003', bucket: point.bucket, filters: emptyFilters(), granularity: 'year' });
    expect(list).toHaveLength(point.docs_with);
    expect(list.reduce((a, r) => a + r.count, 0)).toBe(point.occurrences);
    for (const r of list) expect(bucketDate(r.date, 'year')).toBe(point.bucket);
  });

  it('runFilterOptions() counts documents per value', async () => {
    const opts = await runFilterOptions(db);
    const provinces = opts.filter((o) => o.key === 'province');
    // documents without a province are a value of their own (NONE, "no region"), not left out
    expect(provinces.reduce((a, o) => a + o.n_docs, 0)).toBe(docs.length);
    expect(provinces.find((o) => o.value === NONE)?.n_docs).toBe(docs.filter((d) => !d.province).length);
    expect(docs.some((d) => !d.province)).toBe(true);
    const orgTypes = opts.filter((o) => o.key === 'org_type');
    expect(orgTypes.reduce((a, o) => a + o.n_docs, 0)).toBe(docs.length);
  });

  it('buildSeries() fills gaps and derives the % measure from the same sums', async () => {
    const { rows: got } = await runTrend(db, { slogans: ['S001', 'S004'], filters: emptyFilters(), granularity: 'quarter' });
    const series = buildSeries(got, ['S001', 'S004'], 'quarter', 'pctDocs', 0);
    expect(series).toHaveLength(2);
    const p = series[0].points.find((x) => x.sums.n_docs > 0)!;
    expect(p.value).toBeCloseTo((p.sums.docs_with * 100) / p.sums.n_docs);
    expect(series[0].points.length).toBeGreaterThanOrEqual(new Set(got.map((r) => r.bucket)).size);
  });
});
