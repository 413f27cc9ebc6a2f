import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  measureValue,
  placesQuery,
  provinceStatsQuery,
  rollupCities,
  runPlaces,
  runRegions,
  runSloganOptions,
  unplacedQuery,
  type PlaceRow,
} from '../../src/lib/queries/regions';
import { emptyFilters } from '../../src/lib/state/url-codec';
import { resolveSeries } from '../../src/lib/queries/phrase';
import { toSimplified } from '../../src/lib/text/simplify';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';
import { phraseOracle } from './phrase-oracle';

describe('regions query builders (SQL text)', () => {
  it('provinceStatsQuery({slogan}) binds the slogan instead of writing it into the SQL', () => {
    const evil = "S001' OR 1=1 --";
    const q = provinceStatsQuery({ slogan: evil });
    expect(q.text).not.toContain(evil);
    expect(q.params).toEqual([evil]);
    expect(q.text).toMatch(/WHERE d\.province IS NOT NULL\s+GROUP BY d\.province/);
  });
  it('provinceStatsQuery({slogan: null}) has no slogan filter and no parameters', () => {
    const q = provinceStatsQuery({ slogan: null });
    expect(q.params).toEqual([]);
    expect(q.text).not.toMatch(/slogan_id =/);
  });
  it('placesQuery binds slogan then province, in text order', () => {
    const q = placesQuery({ slogan: 'S002', province: '浙江省' });
    expect(q.params).toEqual(['S002', '浙江省']);
    expect(q.text).toContain('d.province = ?');
  });
  it('provinceStatsQuery({filters}) binds the document filters and leaves the province filter out', () => {
    const q = provinceStatsQuery({ slogan: null, filters: { ...emptyFilters(), province: ['浙江省'], org_type: ['soe', 'party_group'] } });
    expect(q.params).toEqual(['soe', 'party_group']);
    expect(q.text).toContain('WHERE d.province IS NOT NULL AND d."org_type" IN (?, ?)');
    expect(q.text).not.toContain('d."province" IN');
  });
  it('unplacedQuery counts documents whose province IS NULL', () => {
    expect(unplacedQuery({ slogan: null }).text).toContain('WHERE d.province IS NULL');
  });
});

describe('measureValue(sums, measure)', () => {
  const s = { n_docs: 4, n_chars: 20_000, occurrences: 6, docs_with: 3 };
  it("measureValue(s, 'occurrences') is the count", () => expect(measureValue(s, 'occurrences')).toBe(6));
  it("measureValue(s, 'per10k') divides by characters", () => expect(measureValue(s, 'per10k')).toBe(3));
  it("measureValue(s, 'pctDocs') is the share of documents", () => expect(measureValue(s, 'pctDocs')).toBe(75));
  it('measureValue of a place without documents is null, not 0', () => {
    expect(measureValue({ n_docs: 0, n_chars: 0, occurrences: 0, docs_with: 0 }, 'pctDocs')).toBeNull();
    expect(measureValue({ n_docs: 1, n_chars: 0, occurrences: 0, docs_with: 0 }, 'per10k')).toBeNull();
  });
});

describe('rollupCities(rows)', () => {
  it('sums counties into their city and keeps an unknown city apart', () => {
    const row = (city: string | null, county: string | null, n: number): PlaceRow => ({
      city,
      county,
      n_docs: n,
      n_chars: n * 100,
      occurrences: n * 2,
      docs_with: 1,
    });
    const out = rollupCities([row('杭州市', '西湖区', 1), row('杭州市', '余杭区', 2), row(null, null, 5)]);
    expect(out).toEqual([
      { city: '杭州市', county: null, n_docs: 3, n_chars: 300, occurrences: 6, docs_with: 2 },
      { city: null, county: null, n_docs: 5, n_chars: 500, occurrences: 10, docs_with: 1 },
    ]);
  });
});

describe('regions queries on DuckDB over the fixture', () => {
  let dir: string;
  let runner: NodeRunner;
  const rows = fixtureRows();
  const docs = rows.documents as unknown as {
    doc_id: string;
    province: string | null;
    city: string | null;
    n_chars: number;
    admin_level: string;
    org_type: string;
    source_file: string;
  }[];
  const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];

  /** Expected sums computed in JS from the fixture rows, independent of the SQL. */
  function expectedSums(keep: (d: (typeof docs)[number]) => boolean, slogan: string | null) {
    const ds = docs.filter(keep);
    const occOf = (id: string) =>
      mentions.filter((m) => m.doc_id === id && (slogan === null || m.slogan_id === slogan)).reduce((a, m) => a + m.count, 0);
    return {
      n_docs: ds.length,
      n_chars: ds.reduce((a, d) => a + d.n_chars, 0),
      occurrences: ds.reduce((a, d) => a + occOf(d.doc_id), 0),
      docs_with: ds.filter((d) => occOf(d.doc_id) > 0).length,
    };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'regions-'));
    await makeDashboardFixture(dir);
    runner = await nodeRunner(dir);
  });
  afterAll(() => {
    runner?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([null, 'S002'])('runRegions({slogan: %s}) matches sums computed from the fixture rows', async (slogan) => {
    const { provinces, unplaced } = await runRegions(runner, { slogan });
    const names = [...new Set(docs.map((d) => d.province).filter((p): p is string => p !== null))].sort();
    expect(provinces.map((p) => p.province)).toEqual(names);
    for (const p of provinces) {
      expect({ ...p, province: undefined }).toEqual({ ...expectedSums((d) => d.province === p.province, slogan), province: undefined });
      for (const v of Object.values(p)) expect(typeof v === 'string' || typeof v === 'number').toBe(true);
    }
    const none = expectedSums((d) => d.province === null, slogan);
    expect(unplaced.n_docs).toBe(none.n_docs);
    expect(unplaced.n_docs).toBeGreaterThan(0);
    expect(unplaced.occurrences).toBe(none.occurrences);
    expect(unplaced.n_central).toBe(docs.filter((d) => d.province === null && d.admin_level === 'central').length);
  });

  it('runRegions and runPlaces with a free phrase series (q) count it in the text as the pipeline matcher does', async () => {
    const { forms, hitsOf } = phraseOracle(rows, '急难愁盼');
    const phrase = resolveSeries('急難愁盼', forms, toSimplified);
    const want = (keep: (d: (typeof docs)[number]) => boolean) => {
      const ds = docs.filter(keep);
      return {
        n_docs: ds.length,
        occurrences: ds.reduce((a, d) => a + hitsOf(d.doc_id), 0),
        docs_with: ds.filter((d) => hitsOf(d.doc_id) > 0).length,
      };
    };
    const progress: number[] = [];
    const { provinces, unplaced } = await runRegions(runner, { slogan: 'S001', phrase }, (p) => progress.push(p.docs));
    let total = unplaced.occurrences;
    for (const p of provinces) {
      expect({ n_docs: p.n_docs, occurrences: p.occurrences, docs_with: p.docs_with }, p.province).toEqual(want((d) => d.province === p.province));
      total += p.occurrences;
    }
    expect(unplaced.occurrences).toBe(want((d) => d.province === null).occurrences);
    expect(total).toBe(want(() => true).occurrences);
    expect(total).toBeGreaterThan(0);
    const top = provinces.reduce((a, b) => (b.occurrences > a.occurrences ? b : a));
    const cities = rollupCities(await runPlaces(runner, { slogan: null, phrase, province: top.province }));
    expect(cities.reduce((a, c) => a + c.occurrences, 0)).toBe(top.occurrences);
  });

  it('runPlaces({province: 浙江省}) returns its cities with the same sums as the province', async () => {
    const places = await runPlaces(runner, { slogan: 'S001', province: '浙江省' });
    const expected = expectedSums((d) => d.province === '浙江省', 'S001');
    expect(places.length).toBeGreaterThan(0);
    const cities = rollupCities(places);
    const total = cities.reduce((a, c) => a + c.n_docs, 0);
    expect(total).toBe(expected.n_docs);
    expect(cities.reduce((a, c) => a + c.occurrences, 0)).toBe(expected.occurrences);
  });

  it('runRegions and runPlaces under org-type and source-file filters count only passing documents; a province filter is not applied', async () => {
    const types = [...new Set(docs.filter((d) => d.province === '浙江省').map((d) => d.org_type))].slice(0, 2);
    const file = docs.find((d) => d.province !== null && types.includes(d.org_type))!.source_file;
    const keep = (d: (typeof docs)[number]) => types.includes(d.org_type) && d.source_file === file;
    expect(docs.filter(keep).length).toBeLessThan(docs.length);
    const filters = { ...emptyFilters(), org_type: types, source_file: [file], province: ['北京市'] };
    const { provinces, unplaced } = await runRegions(runner, { slogan: 'S001', filters });
    const names = [
      ...new Set(
        docs
          .filter(keep)
          .map((d) => d.province)
          .filter((p): p is string => p !== null),
      ),
    ].sort();
    expect(provinces.map((p) => p.province)).toEqual(names);
    for (const p of provinces) {
      expect({ ...p, province: undefined }).toEqual({ ...expectedSums((d) => keep(d) && d.province === p.province, 'S001'), province: undefined });
    }
    const none = expectedSums((d) => keep(d) && d.province === null, 'S001');
    expect(unplaced.n_docs).toBe(none.n_docs);
    expect(unplaced.occurrences).toBe(none.occurrences);

    const places = rollupCities(await runPlaces(runner, { slogan: 'S001', province: '浙江省', filters }));
    const zj = expectedSums((d) => keep(d) && d.province === '浙江省', 'S001');
    expect(places.reduce((a, c) => a + c.n_docs, 0)).toBe(zj.n_docs);
    expect(places.reduce((a, c) => a + c.occurrences, 0)).toBe(zj.occurrences);
  });

  it('runSloganOptions lists every slogan with its total occurrences, most frequent first', async () => {
    const opts = await runSloganOptions(runner);
    expect(opts).toHaveLength(rows.slogans.length);
    for (const o of opts) {
      expect(o.occurrences).toBe(mentions.filter((m) => m.slogan_id === o.slogan_id).reduce((a, m) => a + m.count, 0));
    }
    const counts = opts.map((o) => o.occurrences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
