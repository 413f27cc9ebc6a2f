import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupOptionsQuery, matrixQuery, NO_ORG, pivotMatrix, runGroupOptions, runMatrix, sortRows } from '../../src/lib/queries/organisations';
import { emptyFilters } from '../../src/lib/state/url-codec';
import { resolveSeries } from '../../src/lib/queries/phrase';
import { NONE } from '../../src/lib/queries/filters';
import { phraseSeriesId } from '../../src/lib/queries/phrase-trend';
import { toSimplified } from '../../src/lib/text/simplify';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';
import { phraseOracle } from './phrase-oracle';

describe('organisations query builders (SQL text)', () => {
  it("matrixQuery({by: 'org'}) expands keys and slogans into bound IN lists", () => {
    const q = matrixQuery({ by: 'org', keys: ["a'); DROP TABLE documents; --", 'b'], slogans: ['S001'] });
    expect(q.text).not.toContain('DROP');
    expect(q.text).toContain('COALESCE(d.org, ?) IN (?, ?)');
    // the no-org key twice (select and where), keys once (g), slogans twice (s and hits)
    expect(q.params).toEqual([NO_ORG, NO_ORG, "a'); DROP TABLE documents; --", 'b', 'S001', 'S001']);
    expect(q.text).toContain('CROSS JOIN s');
  });
  it("matrixQuery({by: 'org_type'}) groups by the type column", () => {
    expect(matrixQuery({ by: 'org_type', keys: ['soe'], slogans: ['S001'] }).text).toContain('d."org_type" AS "key"');
  });
  it('matrixQuery({filters}) binds each filter after the keys, inside the documents CTE', () => {
    const filters = { ...emptyFilters(), org_type: ['soe'], source_file: ["x'.txt"] };
    const q = matrixQuery({ by: 'org', keys: ['a'], slogans: ['S001'], filters });
    expect(q.params).toEqual([NO_ORG, NO_ORG, 'a', 'soe', "x'.txt", 'S001', 'S001']);
    expect(q.text).toContain('d."org_type" IN (?)');
    expect(q.text).not.toContain("x'.txt");
  });
  it('groupOptionsQuery(by, filters) adds the filters to its WHERE', () => {
    const q = groupOptionsQuery('org', { ...emptyFilters(), province: ['浙江省', '江苏省'] });
    expect(q.params).toEqual([NO_ORG, '浙江省', '江苏省']);
    expect(q.text).toMatch(/COALESCE\(d\.org, \?\)/);
    expect(q.text).toMatch(/WHERE d\."province" IN \(\?, \?\)/);
  });
  it('groupOptionsQuery refuses a column that is not in the schema', () => {
    expect(() => groupOptionsQuery('title; --' as never)).toThrow();
  });
});

describe('organisations queries on DuckDB over the fixture', () => {
  let dir: string;
  let runner: NodeRunner;
  const rows = fixtureRows();
  const docs = rows.documents as unknown as {
    doc_id: string;
    org: string | null;
    org_type: string;
    admin_level: string;
    province: string | null;
    source_file: string;
    n_chars: number;
  }[];
  const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'orgs-'));
    await makeDashboardFixture(dir);
    runner = await nodeRunner(dir);
  });
  afterAll(() => {
    runner?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runGroupOptions('org') lists each organisation with its document count, most first, and documents without one as NO_ORG", async () => {
    const opts = await runGroupOptions(runner, 'org');
    expect(opts.reduce((a, o) => a + o.n_docs, 0)).toBe(docs.length);
    for (const o of opts) expect(o.n_docs).toBe(docs.filter((d) => (d.org ?? NO_ORG) === o.key).length);
    expect(opts.find((o) => o.key === NO_ORG)?.n_docs).toBe(docs.filter((d) => d.org === null).length);
    expect(docs.some((d) => d.org === null)).toBe(true);
    expect(opts.map((o) => o.n_docs)).toEqual([...opts.map((o) => o.n_docs)].sort((a, b) => b - a));
  });

  it.each(['org', 'org_type'] as const)('runMatrix({by: %s}) has one row per group × slogan with independently computed rates', async (by) => {
    const groups = [...new Set(docs.map((d) => d[by]).filter((k): k is string => k !== null))].slice(0, 3);
    const slogans = ['S001', 'S004', 'S007'];
    const out = await runMatrix(runner, { by, keys: groups, slogans });
    expect(out).toHaveLength(groups.length * slogans.length);
    for (const g of groups) {
      const ds = docs.filter((d) => d[by] === g);
      const chars = ds.reduce((a, d) => a + d.n_chars, 0);
      for (const s of slogans) {
        const ms = mentions.filter((m) => m.slogan_id === s && ds.some((d) => d.doc_id === m.doc_id));
        const occ = ms.reduce((a, m) => a + m.count, 0);
        const row = out.find((r) => r.key === g && r.slogan_id === s)!;
        expect(row, `${g} × ${s}`).toBeDefined();
        expect(row.n_docs).toBe(ds.length);
        expect(row.occurrences).toBe(occ);
        expect(row.docs_with).toBe(new Set(ms.map((m) => m.doc_id)).size);
        expect(row.rate_per_10k).toBeCloseTo((occ * 10_000) / chars, 9);
        expect(typeof row.occurrences).toBe('number');
      }
    }
  });

  it('runMatrix with NO_ORG counts the documents without an organisation', async () => {
    const none = docs.filter((d) => d.org === null);
    const out = await runMatrix(runner, { by: 'org', keys: [NO_ORG], slogans: ['S001'] });
    expect(out).toHaveLength(1);
    expect(out[0].n_docs).toBe(none.length);
    const occ = mentions.filter((m) => m.slogan_id === 'S001' && none.some((d) => d.doc_id === m.doc_id)).reduce((a, m) => a + m.count, 0);
    expect(out[0].occurrences).toBe(occ);
  });

  it('runGroupOptions and runMatrix under filters count only the documents that pass every filter', async () => {
    // two filters at once, on values the fixture certainly has
    const file = docs[0].source_file;
    const level = docs.find((d) => d.source_file === file && d.org !== null)!.admin_level;
    const filters = { ...emptyFilters(), source_file: [file], admin_level: [level] };
    const pass = docs.filter((d) => d.source_file === file && d.admin_level === level);
    expect(pass.length).toBeGreaterThan(0);
    expect(pass.length).toBeLessThan(docs.length);

    const opts = await runGroupOptions(runner, 'org', filters);
    expect(new Set(opts.map((o) => o.key))).toEqual(new Set(pass.map((d) => d.org ?? NO_ORG)));
    for (const o of opts) expect(o.n_docs, o.key).toBe(pass.filter((d) => (d.org ?? NO_ORG) === o.key).length);

    // every org type of the corpus is asked for; only those with passing documents come back
    const allTypes = [...new Set(docs.map((d) => d.org_type))];
    const out = await runMatrix(runner, { by: 'org_type', keys: allTypes, slogans: ['S001', 'S002'], filters });
    const passTypes = [...new Set(pass.map((d) => d.org_type))].sort();
    expect([...new Set(out.map((r) => r.key))].sort()).toEqual(passTypes);
    for (const r of out) {
      const ds = pass.filter((d) => d.org_type === r.key);
      const occ = mentions.filter((m) => m.slogan_id === r.slogan_id && ds.some((d) => d.doc_id === m.doc_id)).reduce((a, m) => a + m.count, 0);
      expect(r.n_docs, r.key).toBe(ds.length);
      expect(r.n_chars).toBe(ds.reduce((a, d) => a + d.n_chars, 0));
      expect(r.occurrences, `${r.key} × ${r.slogan_id}`).toBe(occ);
    }
  });

  it('runMatrix with a free phrase series (q) counts it per organisation as the pipeline matcher does, beside the slogans', async () => {
    const { forms, hitsOf } = phraseOracle(rows, '急难愁盼');
    const series = resolveSeries('急難愁盼', forms, toSimplified);
    expect(series.parts.map((p) => p.kind)).toEqual(['phrase']);
    const keys = [...new Set(docs.map((d) => d.org ?? NO_ORG))];
    const progress: number[] = [];
    const out = await runMatrix(runner, { by: 'org', keys, slogans: ['S001'], phrases: [series] }, (p) => progress.push(p.docs));
    const phraseRows = out.filter((r) => r.slogan_id === phraseSeriesId('急難愁盼'));
    expect(phraseRows).toHaveLength(keys.length);
    expect(out.filter((r) => r.slogan_id === 'S001')).toHaveLength(keys.length);
    let total = 0;
    for (const k of keys) {
      const ds = docs.filter((d) => (d.org ?? NO_ORG) === k);
      const per = ds.map((d) => hitsOf(d.doc_id));
      const occ = per.reduce((a, n) => a + n, 0);
      total += occ;
      const row = phraseRows.find((r) => r.key === k)!;
      expect(row.occurrences, k).toBe(occ);
      expect(row.docs_with, k).toBe(per.filter((n) => n > 0).length);
      expect(row.n_docs).toBe(ds.length);
      expect(row.canonical).toBe('急難愁盼');
    }
    expect(total).toBeGreaterThan(0);
  });

  it('the province filter\'s NONE value ("no region") keeps exactly the documents without a province, alone or beside a named one', async () => {
    const types = [...new Set(docs.map((d) => d.org_type))];
    const sum = (rs: { n_docs: number; slogan_id: string }[]) => rs.filter((r) => r.slogan_id === 'S001').reduce((a, r) => a + r.n_docs, 0);
    const none = await runMatrix(runner, { by: 'org_type', keys: types, slogans: ['S001'], filters: { ...emptyFilters(), province: [NONE] } });
    expect(sum(none)).toBe(docs.filter((d) => d.province === null).length);
    expect(sum(none)).toBeGreaterThan(0);
    const both = await runMatrix(runner, {
      by: 'org_type',
      keys: types,
      slogans: ['S001'],
      filters: { ...emptyFilters(), province: [NONE, '浙江省'] },
    });
    expect(sum(both)).toBe(docs.filter((d) => d.province === null || d.province === '浙江省').length);
  });

  it('runMatrix with nothing chosen returns no rows', async () => {
    expect(await runMatrix(runner, { by: 'org', keys: [], slogans: ['S001'] })).toEqual([]);
  });
});

describe('pivotMatrix(rows) and sortRows(rows, column, dir)', () => {
  const m = (key: string, slogan_id: string, occurrences: number, n_chars: number) => ({
    key,
    slogan_id,
    canonical: slogan_id,
    n_docs: 1,
    n_chars,
    occurrences,
    docs_with: occurrences > 0 ? 1 : 0,
    rate_per_10k: n_chars > 0 ? (occurrences * 10_000) / n_chars : null,
  });
  const wide = pivotMatrix([
    m('甲', 'S1', 1, 30_000),
    m('甲', 'S2', 0, 30_000),
    m('乙', 'S1', 5, 10_000),
    m('乙', 'S2', 2, 10_000),
    m('丙', 'S1', 0, 0),
    m('丙', 'S2', 0, 0),
  ]);
  it('pivotMatrix gives one row per group with rate and count per slogan, rates rounded to 2 decimals', () => {
    expect(wide.map((w) => w.key)).toEqual(['甲', '乙', '丙']);
    expect(wide[0]).toEqual({ key: '甲', n_docs: 1, n_chars: 30_000, rate_S1: 0.33, count_S1: 1, rate_S2: 0, count_S2: 0 });
    expect(wide[2].rate_S1).toBeNull();
  });
  it("sortRows(rows, 'rate_S1', 'desc') puts the highest first and nulls last", () => {
    expect(sortRows(wide, 'rate_S1', 'desc').map((w) => w.key)).toEqual(['乙', '甲', '丙']);
    expect(sortRows(wide, 'rate_S1', 'asc').map((w) => w.key)).toEqual(['甲', '乙', '丙']);
  });
  it("sortRows(rows, 'key', 'asc') sorts names and does not mutate its input", () => {
    const before = wide.map((w) => w.key);
    expect(sortRows(wide, 'key', 'asc')).toHaveLength(3);
    expect(wide.map((w) => w.key)).toEqual(before);
  });
});
