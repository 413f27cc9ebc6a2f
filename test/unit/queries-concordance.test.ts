import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatcher } from '../../scripts/pipeline/match';
import type { LexiconEntry } from '../../scripts/pipeline/types';
import { runConcordance, sortConcordance, sloganHitsQuery, type ConcordanceRow } from '../../src/lib/queries/concordance';
import { findPhrase, lexiconFormIndex, phraseDocCountsQuery, resolveSeries, runPhraseDocCounts } from '../../src/lib/queries/phrase';
import { citation, runReader } from '../../src/lib/queries/reader';
import { NONE, bucketRange, type DocSelection } from '../../src/lib/queries/selection';
import { emptyFilters } from '../../src/lib/state/url-codec';
import { phrasePattern } from '../../src/lib/text/phrase-rule';
import { toSimplified } from '../../src/lib/text/simplify';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

type Doc = { doc_id: string; title: string; org: string | null; province: string | null; date: string | null; source_file: string };
const rows = fixtureRows();
const docs = rows.documents as unknown as Doc[];
const texts = new Map((rows.texts as unknown as { doc_id: string; text: string }[]).map((t) => [t.doc_id, t.text]));
const occ = rows.occurrences as unknown as { doc_id: string; slogan_id: string; start: number; end: number; line: number }[];
const slogans = rows.slogans as unknown as { slogan_id: string; canonical: string; variants: string }[];
const all: DocSelection = { filters: emptyFilters() };

const entry = (form: string): LexiconEntry => ({
  slogan_id: 'p',
  canonical: form,
  variants: [],
  exclude: [],
  category: 'x',
  scope: 'national',
  first_year: null,
  gloss_en: '',
  note: '',
  row: 1,
  file: 't',
});
/** The pipeline's own matcher over the text's Simplified copy: the independent oracle for phrase hits. */
const pipelineHits = (text: string, phrase: string) =>
  buildMatcher([entry(phrase)])
    .find(toSimplified(text))
    .map((o) => ({ start: o.start, end: o.end }));

describe('phrasePattern(phrase) follows the pipeline matcher', () => {
  const samples = [
    '解决群众急难“愁盼”问题，急难愁盼，急难\n愁盼，急\n难愁盼，急 难愁盼，急难，\n愁盼',
    '坚定拥护“两个确立”、两个\n确立，“两个”确立，两个、确立',
    '要严防“低级红”、“高级黑”，低级红 高级黑，低级红高级黑，低级红\n高级黑',
    '50%的_人说\\ a.b(c)* 是 a.b(c)*',
  ];
  for (const phrase of ['急难愁盼', '两个确立', '低级红、高级黑', 'a.b(c)*', '_人说\\']) {
    it(`findPhrase(text, phrasePattern('${phrase}')) = the matcher's hits`, () => {
      for (const s of samples) expect(findPhrase(s, phrasePattern(phrase))).toEqual(pipelineHits(s, phrase));
    });
  }
  it('a phrase with nothing left after normalisation has no pattern', () => {
    expect(phrasePattern(' “” ')).toBe('');
  });
});

describe('resolveSeries(input, lexicon forms, simplify)', () => {
  const forms = lexiconFormIndex(slogans);
  it('a lexicon variant resolves to its slogan, Traditional input converted first; A+B keeps both parts', () => {
    const r = resolveSeries('增强“四个意识”+急難愁盼', forms, toSimplified);
    expect(r.parts[0]).toEqual({ kind: 'slogan', slogan_id: 'S002', input: '增强“四个意识”' });
    expect(r.parts[1]).toMatchObject({ kind: 'phrase', key: '急难愁盼', input: '急難愁盼' });
    expect(resolveSeries('兩個確立', forms, toSimplified).parts).toEqual([{ kind: 'slogan', slogan_id: 'S001', input: '兩個確立' }]);
    expect(resolveSeries(' + ', forms, toSimplified).parts).toEqual([]);
  });
});

describe('concordance and phrase queries on DuckDB over the fixture tables', () => {
  let dir: string;
  let db: NodeRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-concordance-'));
    await makeDashboardFixture(dir);
    db = await nodeRunner(dir);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('phrase counts per document equal the pipeline matcher on each text (Traditional text via its Simplified copy)', async () => {
    const got = await runPhraseDocCounts(db, [phrasePattern('急难愁盼')], all);
    const want = [...texts].map(([doc_id, t]) => ({ doc_id, count: pipelineHits(t, '急难愁盼').length })).filter((r) => r.count > 0);
    expect(got).toEqual(want);
    // quotation marks inside count, and so does a line break with two characters each side (a word cut by a
    // page break); the Traditional document is found
    expect(got.length).toBeGreaterThan(10);
    expect(got.some((r) => r.doc_id === 'D00010')).toBe(true);
    expect(got.some((r) => r.doc_id === 'D00002')).toBe(true);
  });

  it('A+B sums the parts per document', async () => {
    const got = await runPhraseDocCounts(db, [phrasePattern('急难愁盼'), phrasePattern('推动各项工作')], all);
    const d1 = texts.get('D00001')!;
    expect(got.find((r) => r.doc_id === 'D00001')!.count).toBe(pipelineHits(d1, '急难愁盼').length + pipelineHits(d1, '推动各项工作').length);
  });

  it('user values reach SQL only as parameters: quotes, %, _, backslashes and SQL fragments find nothing and break nothing', async () => {
    for (const evil of ["'; DROP TABLE texts; --", '%', '_', '\\', "急难' OR 1=1 --", '") OR ("1"="1']) {
      const pattern = phrasePattern(evil);
      const q = phraseDocCountsQuery([pattern], { filters: { ...emptyFilters(), province: [evil] }, org: [evil], dateFrom: evil });
      if (evil.length > 1) expect(q.text).not.toContain(evil);
      expect(q.params).toContain(evil);
      // matched as text, like any phrase: the same hits as the pipeline's matcher
      const want = [...texts].map(([doc_id, t]) => ({ doc_id, count: pipelineHits(t, evil).length })).filter((r) => r.count > 0);
      expect(await runPhraseDocCounts(db, [pattern], all), evil).toEqual(want);
      const rowsEvil = await runConcordance(db, {
        parts: [{ kind: 'slogan', slogan_id: evil, input: evil }],
        selection: { filters: { ...emptyFilters(), province: [evil] }, org: [evil] },
      });
      expect(rowsEvil).toEqual([]);
    }
    expect((await db.query<{ n: number }>({ text: 'SELECT count(*) AS n FROM texts', params: [] }))[0].n).toBe(texts.size);
  });

  it('slogan rows: one per occurrence in the selection, contexts cut from the text independently', async () => {
    // the province and year of the first dated, placed document with the slogan
    const first = docs.find((d) => d.province && d.date && occ.some((o) => o.doc_id === d.doc_id && o.slogan_id === 'S001'))!;
    const year = first.date!.slice(0, 4);
    const sel: DocSelection = { filters: { ...emptyFilters(), province: [first.province!] }, ...bucketRange(year) };
    const keep = new Set(docs.filter((d) => d.province === first.province && d.date?.startsWith(year)).map((d) => d.doc_id));
    const want = occ.filter((o) => o.slogan_id === 'S001' && keep.has(o.doc_id));
    expect(want.length).toBeGreaterThan(0);
    const got = await runConcordance(db, { parts: [{ kind: 'slogan', slogan_id: 'S001', input: '两个确立' }], selection: sel });
    expect(got.length).toBe(want.length);
    for (const r of got) {
      const t = texts.get(r.doc_id)!;
      expect(r.match).toBe(t.slice(r.start, r.end));
      expect(r.left).toBe(t.slice(Math.max(0, r.start - 25), r.start).replace(/\s*\n\s*/g, ' '));
      expect(r.right).toBe(t.slice(r.end, r.end + 25).replace(/\s*\n\s*/g, ' '));
      expect(r.line).toBe(want.find((o) => o.doc_id === r.doc_id && o.start === r.start)!.line);
      expect(r.province).toBe(first.province);
    }
  });

  it('phrase rows: Traditional input finds the Traditional document, quoted from the original script, with its line', async () => {
    const forms = lexiconFormIndex(slogans);
    const { parts } = resolveSeries('急難愁盼', forms, toSimplified);
    const got = await runConcordance(db, { parts, selection: all });
    const want = [...texts].flatMap(([doc_id, t]) => pipelineHits(t, '急难愁盼').map((h) => ({ doc_id, ...h })));
    expect(got.map((r) => [r.doc_id, r.start, r.end])).toEqual(want.map((w) => [w.doc_id, w.start, w.end]));
    const trad = got.find((r) => r.doc_id === 'D00010')!;
    expect(trad.match).toBe('急難愁盼');
    expect(trad.form).toBe('急难愁盼');
    // the fixture's line table: line 10·i + 2, and one more after each line break
    const t = texts.get('D00010')!;
    expect(trad.line).toBe(10 * 10 + 2 + t.slice(0, trad.start).split('\n').length - 1);
  });

  it('NONE selects documents without a value; a date range applies at its own precision', async () => {
    const part = [{ kind: 'slogan' as const, slogan_id: 'S003', input: '三会一课' }];
    const noProvince = await runConcordance(db, { parts: part, selection: { filters: { ...emptyFilters(), province: [NONE] } } });
    const expectNone = occ.filter((o) => o.slogan_id === 'S003' && docs.find((d) => d.doc_id === o.doc_id)!.province === null);
    expect(noProvince.length).toBe(expectNone.length);
    const undated = await runConcordance(db, { parts: part, selection: { filters: emptyFilters(), undated: true } });
    expect(undated.length).toBe(occ.filter((o) => o.slogan_id === 'S003' && docs.find((d) => d.doc_id === o.doc_id)!.date === null).length);
    const may = await runConcordance(db, { parts: part, selection: { filters: emptyFilters(), dateFrom: '2018-04', dateTo: '2018-06' } });
    const inQ2 = (d: string | null) => d !== null && d.length >= 7 && d.slice(0, 7) >= '2018-04' && d.slice(0, 7) <= '2018-06';
    expect(may.length).toBe(occ.filter((o) => o.slogan_id === 'S003' && inQ2(docs.find((d) => d.doc_id === o.doc_id)!.date)).length);
    expect(bucketRange('2018-Q2')).toEqual({ dateFrom: '2018-04', dateTo: '2018-06' });
  });

  it('the reader returns the text, its Simplified copy, line table and every occurrence of one document', async () => {
    const r = (await runReader(db, 'D00010'))!;
    expect(r.text).toBe(texts.get('D00010'));
    expect(r.simplified).toBe(toSimplified(r.text));
    expect(r.occurrences.map((o) => [o.slogan_id, o.start])).toEqual(occ.filter((o) => o.doc_id === 'D00010').map((o) => [o.slogan_id, o.start]));
    expect(r.lineMap.lines[0]).toBe(102);
    expect(await runReader(db, "x' OR '1'='1")).toBeNull();
    expect(citation(r.doc, 104)).toBe(
      `${r.doc.title}, ${r.doc.org ?? r.doc.org_as_written}, ${r.doc.date}, ${r.doc.source_file}:104`.replace(/, null/g, ''),
    );
  });

  it('sloganHitsQuery() bounds the texts read to the chunk of doc_ids (a range the Parquet scan can use)', () => {
    const q = sloganHitsQuery(['S001'], ['D00001', 'D00005']);
    expect(q.text).toMatch(/x\.doc_id >= \? AND x\.doc_id <= \?/);
    expect(q.params).toContain('D00005');
  });
});

describe('sortConcordance(rows, by)', () => {
  const row = (left: string, right: string, date: string | null, org: string | null): ConcordanceRow => ({
    doc_id: left + right,
    term: 't',
    start: 0,
    end: 1,
    line: 1,
    left,
    match: 'X',
    right,
    form: 'X',
    title: '',
    org,
    province: null,
    city: null,
    county: null,
    date,
    source_file: 'f',
  });
  const rs = [row('甲乙', '丙', '2020', null), row('丁甲', '乙', null, '省委'), row('乙丙', '甲', '2019-05', '市委')];
  it("'left' reads the left context from the match outwards; 'date' puts undated last", () => {
    expect(sortConcordance(rs, 'left').map((r) => r.left)).toEqual(
      ['丁甲', '甲乙', '乙丙'].sort((a, b) => new Intl.Collator('zh-Hans-CN').compare([...a].reverse().join(''), [...b].reverse().join(''))),
    );
    expect(sortConcordance(rs, 'date').map((r) => r.date)).toEqual(['2019-05', '2020', null]);
    expect(sortConcordance(rs, 'org').map((r) => r.org)).toEqual(
      ['市委', '省委', null].sort((a, b) => (a === null ? 1 : b === null ? -1 : new Intl.Collator('zh-Hans-CN').compare(a, b))),
    );
  });
});
