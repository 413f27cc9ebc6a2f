import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adoptionQuery,
  coverageQuery,
  diffusionFactsSetup,
  ensureDiffusionFacts,
  firstUsesQuery,
  lexiconFirstUseQuery,
  type AdoptionRow,
  type CoverageRow,
  type DiffusionInput,
  type FirstUseRow,
  type LexiconFirstRow,
} from '../../src/lib/queries/diffusion';
import { emptyFilters } from '../../src/lib/state/url-codec';
import { diffusionRows, writeDiffusionFixture, type Doc } from './diffusion-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

const rows = diffusionRows();
const docs = rows.documents as unknown as Doc[];
const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];
const byId = new Map(docs.map((d) => [d.doc_id, d]));
const base: DiffusionInput = { slogans: ['S001', 'S002'], filters: emptyFilters(), excludeLow: false };

/** Dated uses of a slogan as plain JS: the expectation, computed without SQL. */
function uses(slogan: string, excludeLow: boolean, pred: (d: Doc) => boolean = () => true): Doc[] {
  return mentions
    .filter((m) => m.slogan_id === slogan)
    .map((m) => byId.get(m.doc_id)!)
    .filter((d) => d.date !== null && pred(d) && !(excludeLow && ['inferred', 'weak'].includes(d.date_confidence)));
}
const earliest = (ds: Doc[]) => [...ds].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.doc_id < b.doc_id ? -1 : 1))[0];
const groupBy = <T>(xs: T[], key: (x: T) => string | null) => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (k !== null) m.set(k, [...(m.get(k) ?? []), x]);
  }
  return m;
};

let dir: string;
let dirOld: string;
let runner: NodeRunner;
let runnerOld: NodeRunner;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tifa-diffusion-'));
  dirOld = mkdtempSync(join(tmpdir(), 'tifa-diffusion-old-'));
  await writeDiffusionFixture(dir, rows);
  await writeDiffusionFixture(dirOld, rows, false);
  runner = await nodeRunner(dir);
  runnerOld = await nodeRunner(dirOld);
  await ensureDiffusionFacts(runner);
  await ensureDiffusionFacts(runnerOld);
});
afterAll(() => {
  runner?.close();
  runnerOld?.close();
  for (const d of [dir, dirOld]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('diffusion query builders (SQL text)', () => {
  it('firstUsesQuery binds slogans and filter values instead of writing them into the SQL', () => {
    const evil = "S001' OR 1=1 --";
    const q = firstUsesQuery({ ...base, slogans: [evil], filters: { ...emptyFilters(), province: ['浙江省'] } }, 'province');
    expect(q.text).not.toContain(evil);
    expect(q.params).toContain(evil);
    expect(q.params).toContain('浙江省');
  });
  it('diffusionFactsSetup(false), for tables without date_confidence, never names the column', () => {
    expect(
      diffusionFactsSetup(false)
        .map((q) => q.text)
        .join('\n'),
    ).not.toContain('date_confidence');
    expect(diffusionFactsSetup(true)[0].text).toContain('d.date_confidence');
  });
});

describe('diffusion queries on DuckDB over the fixture', () => {
  it('ensureDiffusionFacts(runner) reads date_confidence when documents carry it, null otherwise', async () => {
    const conf = (r: NodeRunner) =>
      r.query<{ c: string | null }>({ text: 'SELECT DISTINCT confidence AS c FROM diffusion_docs ORDER BY 1', params: [] });
    expect((await conf(runner)).map((r) => r.c)).toEqual(['inferred', 'stated', 'weak']);
    expect((await conf(runnerOld)).map((r) => r.c)).toEqual([null]);
  });

  for (const excludeLow of [false, true]) {
    it(`firstUsesQuery(province, excludeLow=${excludeLow}): the earliest dated use per province, its document, count and lag`, async () => {
      const got = await runner.query<FirstUseRow>(firstUsesQuery({ ...base, excludeLow }, 'province'));
      const expected = base.slogans.flatMap((s) => {
        const all = uses(s, excludeLow);
        const central = earliest(all.filter((d) => d.admin_level === 'central'));
        return [...groupBy(all, (d) => d.province)].map(([grp, ds]) => {
          const first = earliest(ds);
          return {
            slogan_id: s,
            grp,
            doc_id: first.doc_id,
            first_date: first.date,
            n_docs: ds.length,
            confidence: first.date_confidence,
            central_date: central?.date ?? null,
            lag_years: central ? Number(first.date!.slice(0, 4)) - Number(central.date!.slice(0, 4)) : null,
          };
        });
      });
      const pick = (r: FirstUseRow) => ({
        slogan_id: r.slogan_id,
        grp: r.grp,
        doc_id: r.doc_id,
        first_date: r.first_date,
        n_docs: r.n_docs,
        confidence: r.confidence,
        central_date: r.central_date,
        lag_years: r.lag_years,
      });
      const key = (r: { slogan_id: string; grp: string }) => r.slogan_id + r.grp;
      expect(got.map(pick).sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
      expect(expected.some((e) => e.central_date !== null)).toBe(true); // the fixture does exercise the lag
      if (excludeLow) expect(got.every((r) => r.confidence === 'stated')).toBe(true);
    });
  }

  it('firstUsesQuery: lag_days only when both dates are days, and equal to the calendar difference', async () => {
    const got = await runner.query<FirstUseRow>(firstUsesQuery(base, 'admin_level'));
    for (const r of got) {
      if (r.first_date.length === 10 && r.central_date?.length === 10) {
        expect(r.lag_days).toBe((Date.parse(r.first_date) - Date.parse(r.central_date)) / 86_400_000);
      } else expect(r.lag_days).toBeNull();
    }
    expect(got.find((r) => r.grp === 'central')?.lag_years).toBe(0);
  });

  it('adoptionQuery(province, year): the last cumulative value is the number of provinces using the slogan', async () => {
    const got = await runner.query<AdoptionRow>(adoptionQuery(base, 'province', 'year'));
    for (const s of base.slogans) {
      const firstYear = new Map<string, string>();
      for (const d of uses(s, false)) {
        if (d.province === null) continue;
        const y = d.date!.slice(0, 4);
        if (!firstYear.has(d.province) || y < firstYear.get(d.province)!) firstYear.set(d.province, y);
      }
      const years = [...new Set(firstYear.values())].sort();
      let run = 0;
      const expected = years.map((y) => {
        const n = [...firstYear.values()].filter((v) => v === y).length;
        run += n;
        return { slogan_id: s, bucket: y, n_new: n, cumulative: run, n_total: firstYear.size };
      });
      expect(got.filter((r) => r.slogan_id === s)).toEqual(expected);
      expect(expected.at(-1)!.cumulative).toBe(
        new Set(
          uses(s, false)
            .map((d) => d.province)
            .filter(Boolean),
        ).size,
      );
    }
  });

  it('adoptionQuery(doc, month): documents dated only by year are not placed in a month but are in n_total', async () => {
    const got = await runner.query<AdoptionRow>(adoptionQuery({ ...base, slogans: ['S001'] }, 'doc', 'month'));
    const all = uses('S001', false);
    const monthly = all.filter((d) => d.date!.length >= 7);
    expect(got.at(-1)!.cumulative).toBe(monthly.length);
    expect(got[0].n_total).toBe(all.length);
    expect(monthly.length).toBeLessThan(all.length);
  });

  it('coverageQuery(year): dated documents per province and year, whatever they mention', async () => {
    const got = await runner.query<CoverageRow>(coverageQuery(base, 'year'));
    const counts = new Map<string, number>();
    for (const d of docs)
      if (d.date && d.province) counts.set(`${d.province}|${d.date.slice(0, 4)}`, (counts.get(`${d.province}|${d.date.slice(0, 4)}`) ?? 0) + 1);
    expect(new Map(got.map((r) => [`${r.province}|${r.bucket}`, r.n_docs]))).toEqual(counts);
    // the edge case: 西藏 has documents in 2023 only
    expect(got.filter((r) => r.province === '西藏自治区')).toEqual([{ province: '西藏自治区', bucket: '2023', n_docs: 2 }]);
  });

  it('coverageQuery with excludeLow leaves out inferred and weak dates', async () => {
    const got = await runner.query<CoverageRow>(coverageQuery({ ...base, excludeLow: true }, 'year'));
    const n = docs.filter((d) => d.date && d.province && d.date_confidence === 'stated').length;
    expect(got.reduce((a, r) => a + r.n_docs, 0)).toBe(n);
  });

  it('the same queries run on tables without date_confidence (confidence is null, nothing excluded)', async () => {
    const input = { ...base, excludeLow: true };
    const got = await runnerOld.query<FirstUseRow>(firstUsesQuery(input, 'province'));
    expect(got.length).toBe(
      new Set(
        base.slogans.flatMap((s) =>
          uses(s, false)
            .filter((d) => d.province)
            .map((d) => s + d.province),
        ),
      ).size,
    );
    expect(got.every((r) => r.confidence === null)).toBe(true);
  });

  it('lexiconFirstUseQuery: every slogan, its first dated use, flagged when earlier than first_year', async () => {
    const got = await runner.query<LexiconFirstRow>(lexiconFirstUseQuery(base));
    expect(got.length).toBe(rows.slogans.length);
    for (const s of rows.slogans) {
      const first = earliest(uses(s.slogan_id as string, false));
      const r = got.find((g) => g.slogan_id === s.slogan_id)!;
      expect([r.first_date, r.doc_id]).toEqual([first?.date ?? null, first?.doc_id ?? null]);
      expect(r.earlier).toBe(first ? Number(first.date!.slice(0, 4)) < (s.first_year as number) : false);
    }
    // earlier-than-recorded rows come first
    const flags = got.map((r) => r.earlier);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect(flags.some(Boolean)).toBe(true);
  });

  it('filters narrow every query (org_type)', async () => {
    const f = { ...base, filters: { ...emptyFilters(), org_type: ['party_committee'] } };
    const got = await runner.query<AdoptionRow>(adoptionQuery(f, 'doc', 'year'));
    const n = uses('S001', false, (d) => d.org_type === 'party_committee').length;
    expect(got.filter((r) => r.slogan_id === 'S001').at(-1)?.cumulative ?? 0).toBe(n);
  });

  it('first uses of two slogans are the rows of each slogan alone', async () => {
    const both = await runner.query<FirstUseRow>(firstUsesQuery(base, 'org_type'));
    const each = [];
    for (const s of base.slogans) each.push(...(await runner.query<FirstUseRow>(firstUsesQuery({ ...base, slogans: [s] }, 'org_type'))));
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(each);
  });
});
