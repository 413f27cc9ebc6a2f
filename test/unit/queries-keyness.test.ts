import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureKeynessFacts,
  groupCondition,
  groupOptionsQuery,
  keynessQuery,
  parsePeriod,
  runKeyness,
  type Group,
  type GroupOption,
  type KeynessInput,
  type KeynessRow,
} from '../../src/lib/queries/keyness';
import { keynessRowLink } from '../../src/lib/keyness-link';
import { concordanceHref } from '../../src/lib/state/concordance-link';
import { emptyFilters, type Filters } from '../../src/lib/state/url-codec';
import { diffusionRows, writeDiffusionFixture, type Doc } from './diffusion-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

const rows = diffusionRows();
const docs = rows.documents as unknown as Doc[];
const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];
const texts = rows.texts as unknown as { doc_id: string; text: string }[];

/** Dunning's G² and Hardie's log ratio from the textbook formulas (Rayson & Garside 2000; Hardie 2014), in JS. */
function expectedStats(a: number, b: number, c: number, d: number) {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const term = (o: number, e: number) => (o === 0 ? 0 : o * Math.log(o / e));
  return { g2: 2 * (term(a, e1) + term(b, e2)), log_ratio: Math.log2(Math.max(a, 0.5) / c / (Math.max(b, 0.5) / d)) };
}

function inGroup(d: Doc, g: Group): boolean {
  if (g.kind === 'period') {
    const [lo, hi] = parsePeriod(g.value)!;
    return d.date !== null && Number(d.date.slice(0, 4)) >= lo && Number(d.date.slice(0, 4)) <= hi;
  }
  return (d as unknown as Record<string, unknown>)[g.kind] === g.value;
}

/** Counts per side as plain JS. */
function sides(target: Group, reference: Group | null, filters: Filters = emptyFilters()) {
  const keep = docs.filter((d) =>
    (Object.keys(filters) as (keyof Filters)[]).every((k) => filters[k].length === 0 || filters[k].includes(d[k] as string)),
  );
  const t = keep.filter((d) => inGroup(d, target));
  const r = keep.filter((d) => !inGroup(d, target) && (reference === null || inGroup(d, reference)));
  const tokens = (ds: Doc[]) => ds.reduce((s, d) => s + d.n_tokens, 0);
  const freq = (ds: Doc[], slogan: string) => {
    const ids = new Set(ds.map((d) => d.doc_id));
    return mentions.filter((m) => m.slogan_id === slogan && ids.has(m.doc_id)).reduce((s, m) => s + m.count, 0);
  };
  return { t, r, c: tokens(t), d: tokens(r), freq };
}

let dir: string;
let runner: NodeRunner;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tifa-keyness-'));
  await writeDiffusionFixture(dir, rows);
  runner = await nodeRunner(dir);
  await ensureKeynessFacts(runner);
});
afterAll(() => {
  runner?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('keyness builders', () => {
  it("parsePeriod('2012-2017') gives inclusive years; a single year; junk is null", () => {
    expect(parsePeriod('2012-2017')).toEqual([2012, 2017]);
    expect(parsePeriod('2017–2012')).toEqual([2012, 2017]);
    expect(parsePeriod('2016')).toEqual([2016, 2016]);
    expect(parsePeriod('2016; DROP')).toBeNull();
  });
  it('groupCondition binds the value; an invalid period matches nothing', () => {
    const evil = "浙江省' OR 1=1 --";
    const q = groupCondition({ kind: 'province', value: evil });
    expect(q.text).not.toContain(evil);
    expect(q.params).toEqual([evil]);
    expect(groupCondition({ kind: 'period', value: 'x' }).text).toBe('FALSE');
  });
});

describe('keyness on DuckDB over the fixture: G² and log ratio equal the textbook formulas computed in JS', () => {
  const cases: [string, Group, Group | null, Filters?][] = [
    ['a province against the rest', { kind: 'province', value: '浙江省' }, null],
    ['a period against the rest (undated documents in the rest)', { kind: 'period', value: '2021-2023' }, null],
    ['an organisation type against another', { kind: 'org_type', value: 'party_committee' }, { kind: 'org_type', value: 'united_front' }],
    ['rising: a later period against an earlier one', { kind: 'period', value: '2021-2023' }, { kind: 'period', value: '2016-2018' }],
    [
      'a source file against the rest, inside a filter',
      { kind: 'source_file', value: 'external/c.txt' },
      null,
      { ...emptyFilters(), admin_level: ['city'] },
    ],
  ];
  for (const [name, target, reference, filters] of cases) {
    it(name, async () => {
      const f: KeynessInput = { target, reference, filters: filters ?? emptyFilters(), candidates: 0 };
      const got = await runner.query<KeynessRow>(keynessQuery(f));
      const s = sides(target, reference, f.filters);
      expect(s.t.length).toBeGreaterThan(0);
      expect(s.r.length).toBeGreaterThan(0);
      const used = [...new Set(mentions.map((m) => m.slogan_id))].filter((id) => s.freq(s.t, id) + s.freq(s.r, id) > 0);
      expect(got.map((r) => r.item).sort()).toEqual(used.sort());
      for (const id of used) {
        const a = s.freq(s.t, id);
        const b = s.freq(s.r, id);
        const e = expectedStats(a, b, s.c, s.d);
        const r = got.find((x) => x.item === id)!;
        expect([r.a, r.b, r.c, r.d]).toEqual([a, b, s.c, s.d]);
        expect(r.g2).toBeCloseTo(e.g2, 9);
        expect(r.log_ratio).toBeCloseTo(e.log_ratio, 9);
        expect(r.direction).toBe(a / s.c < b / s.d ? 'under' : 'over');
        expect(r.rate_a).toBeCloseTo((a * 10_000) / s.c, 9);
      }
      const g2s = got.map((r) => r.g2 ?? -1);
      expect(g2s).toEqual([...g2s].sort((x, y) => y - x));
    });
  }

  it('a slogan absent from one side still has a finite log ratio (zero taken as 0.5)', async () => {
    const target: Group = { kind: 'province', value: '西藏自治区' };
    const got = await runner.query<KeynessRow>(keynessQuery({ target, reference: null, filters: emptyFilters(), candidates: 0 }));
    const absent = got.find((r) => r.a === 0)!;
    expect(absent).toBeDefined();
    expect(Number.isFinite(absent.log_ratio)).toBe(true);
    expect(absent.direction).toBe('under');
  });

  it('candidate phrases not in the lexicon are counted in the texts when asked for', async () => {
    const target: Group = { kind: 'province', value: '浙江省' };
    const { rows: got } = await runKeyness(runner, { target, reference: null, filters: emptyFilters(), candidates: 10 });
    const phrases = (rows.candidates as unknown as { phrase: string; in_lexicon: boolean }[]).filter((c) => !c.in_lexicon);
    const s = sides(target, null);
    const count = (ds: Doc[], p: string) => {
      const ids = new Set(ds.map((d) => d.doc_id));
      return texts.filter((t) => ids.has(t.doc_id)).reduce((n, t) => n + t.text.split(p).length - 1, 0);
    };
    for (const p of phrases) {
      const a = count(s.t, p.phrase);
      const b = count(s.r, p.phrase);
      const r = got.find((x) => x.item_kind === 'phrase' && x.item === p.phrase);
      if (a + b === 0) expect(r).toBeUndefined();
      else expect([r?.a, r?.b]).toEqual([a, b]);
    }
    expect(got.some((r) => r.item_kind === 'slogan')).toBe(true);
    expect(got.find((r) => r.item === '三个一以贯之')?.a).toBeGreaterThan(0);
  });

  it('groupOptionsQuery lists each kind with document counts', async () => {
    const got = await runner.query<GroupOption>(groupOptionsQuery());
    const zj = got.find((o) => o.kind === 'province' && o.value === '浙江省')!;
    expect(zj.n_docs).toBe(docs.filter((d) => d.province === '浙江省').length);
    expect(new Set(got.map((o) => o.kind))).toEqual(new Set(['org', 'org_type', 'province', 'admin_level', 'source_file']));
  });
});

describe('keynessRowLink(row, target, filters) → concordance href', () => {
  it('a slogan in a province: s= and province=, keeping the other filters', () => {
    const href = concordanceHref(
      keynessRowLink({ item_kind: 'slogan', item: 'S001' }, { kind: 'province', value: '浙江省' }, { ...emptyFilters(), org_type: ['soe'] }),
    );
    const p = new URLSearchParams(href.slice(1));
    expect(p.get('view')).toBe('concordance');
    expect(p.getAll('s')).toEqual(['S001']);
    expect(p.getAll('province')).toEqual(['浙江省']);
    expect(p.getAll('org_type')).toEqual(['soe']);
  });
  it('a phrase in a period: q= and date_from/date_to', () => {
    const p = new URLSearchParams(
      concordanceHref(keynessRowLink({ item_kind: 'phrase', item: '三个一以贯之' }, { kind: 'period', value: '2012-2017' }, emptyFilters())).slice(1),
    );
    expect([p.getAll('q'), p.get('date_from'), p.get('date_to'), p.getAll('s')]).toEqual([['三个一以贯之'], '2012', '2017', []]);
  });
  it('an organisation: org=', () => {
    const p = new URLSearchParams(
      concordanceHref(keynessRowLink({ item_kind: 'slogan', item: 'S002' }, { kind: 'org', value: '国务院' }, emptyFilters())).slice(1),
    );
    expect(p.get('org')).toBe('国务院');
  });
});
