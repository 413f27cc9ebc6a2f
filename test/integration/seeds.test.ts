/**
 * The default corpus: the five seed documents in data/raw/seeds, through the
 * whole pipeline (in-process, manifests on — the seeds have none).
 *
 * How the expected values were checked, independently of the pipeline:
 * - documents per file: by reading the raw files (000: the TOC's 18 entries
 *   matched to body headings, plus three articles the TOC omits = 21; 001: 29
 *   titled speeches between ad lines; 003: 10 magazine articles; 004: 篇一…篇五).
 * - titles, orgs, regions and dates: read off the raw lines cited in each case.
 * - slogan counts: `grep -o FORM file | wc -l` over the raw file (003 with
 *   D→党 unmasked, 002 with its hard line breaks removed), minus the hits in
 *   000's table of contents, plus the row's variants counted the same way
 *   (乡村全面振兴 for 乡村振兴, 道路自信、理论自信、制度自信、文化自信 for
 *   四个自信); every difference was read in context.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { runPipeline, type PipelineReport } from '../../scripts/pipeline/run';
import { createSimplifier } from '../../scripts/pipeline/simplify';

const toSimplified = createSimplifier();

let out: string;
let report: PipelineReport;
const F = {
  s000: 'seeds/000_83ceffdfb6a9c23d.txt',
  s001: 'seeds/001_6c46de81eb12d8ae.txt',
  s002: 'seeds/002_af2bb5f6d6c8ddb0.txt',
  s003: 'seeds/003_6feaf2fadfef7054.txt',
  s004: 'seeds/004_d6dbffc23111a032.txt',
};

async function query<T>(sql: string): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
  } finally {
    conn.closeSync();
  }
}

interface Doc {
  source_file: string;
  start_line: number;
  title: string;
  org: string | null;
  org_as_written: string | null;
  org_type: string;
  province: string | null;
  city: string | null;
  county: string | null;
  region_source: string;
  date: string | null;
  date_source: string | null;
}
let docs: Doc[];
const docAt = (file: string, line: number) => {
  const d = docs.find((x) => x.source_file === file && x.start_line <= line && line <= (x as unknown as { end_line: number }).end_line);
  if (!d) throw new Error(`no document covers ${file}:${line}`);
  return d;
};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tifa-seeds-'));
  report = await runPipeline(
    { inputs: ['data/raw'], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: true, workers: 0 },
    { log: () => {}, warn: () => {} },
  );
  docs = await query<Doc>(`SELECT * FROM '${out}/documents.parquet'`);
});
afterAll(() => out && rmSync(out, { recursive: true, force: true }));

describe('seed corpus', () => {
  it('reads all five seeds and splits them into the documents a reader sees', () => {
    expect(report.files_skipped).toEqual([]);
    const per = Object.fromEntries(report.files_read.map((f) => [f.file, f.documents]));
    expect(per[F.s000]).toBe(21);
    expect(per[F.s001]).toBe(29);
    expect(per[F.s003]).toBe(10);
    expect(per[F.s004]).toBe(5);
    // 002 is a newspaper page: 4 signed commentaries + 2 本报讯 news items.
    expect(per[F.s002]).toBe(6);
  });

  it('002: a commentary gets its headline and byline from the block printed at the end of the page (lines 476–481)', () => {
    const d = docAt(F.s002, 10);
    expect(d.title).toBe('深学细悟笃行党的二十大精神 奋力开创新时代湘潭政法工作新局面');
    expect(d.org_as_written).toContain('向敏');
    expect(d.city).toBe('湘潭市');
  });

  it('000: titles and org lines of the compilation, with region from the org line (lines 40–41)', () => {
    const d = docAt(F.s000, 43);
    expect(d.title).toBe('唯有实干争先 方能赢得未来');
    expect(d.org).toBe('南浔区委理论学习中心组');
    expect([d.province, d.city, d.county]).toEqual(['浙江省', '湖州市', '南浔区']);
    expect(d.region_source).toBe('org_line');
  });

  it('000: a dated article from another region keeps its own region and date (lines 279–281)', () => {
    const d = docAt(F.s000, 282);
    expect(d.org).toBe('吴忠市委理论学习中心组');
    expect([d.province, d.city]).toEqual(['宁夏回族自治区', '吴忠市']);
    expect(d.date).toBe('2022-12-28');
    expect(d.date_source).toContain('2022年12月28日');
  });

  it('000: an enterprise party committee has a date but no region (lines 264–266)', () => {
    const d = docAt(F.s000, 267);
    expect(d.org).toBe('中核华泰建设有限公司党委');
    expect(d.date).toBe('2022-12-30');
    expect(d.province).toBeNull();
  });

  it('000: an unsigned 市公安局 article about 湖州 gets the full name (lines 64–73, 湖州 in the body)', () => {
    const d = docAt(F.s000, 67);
    expect(d.title).toBe('深学细悟谋发展 笃行实干勇前行');
    expect(d.org).toBe('湖州市公安局党委理论学习中心组');
    expect(d.city).toBe('湖州市');
  });

  it('001: a speech that quotes a leader visiting 内蒙古 is not located there; its year comes from its title', () => {
    const d = docAt(F.s001, 2);
    expect(d.province).toBeNull();
    expect(d.date).toBe('2023');
  });

  it('003: the D-masked article is about 南阳 (河南省) and its title is unmasked', () => {
    const d = docAt(F.s003, 5);
    expect(d.title).toBe('持续推进全域党建工作高质量发展');
    expect([d.province, d.city]).toEqual(['河南省', '南阳市']);
  });

  it('004: the template site publishing time (2023-04-25) is never a speech date', () => {
    const site = docs.filter((d) => d.source_file === F.s004);
    expect(site).toHaveLength(5);
    expect(site.every((d) => d.date === null)).toBe(true);
  });

  it.each([
    // canonical, [000, 001, 002, 003, 004]
    ['两个确立', [26, 13, 9, 9, 0]],
    ['两个维护', [20, 15, 5, 6, 0]],
    ['四个意识', [5, 7, 2, 0, 2]],
    ['四个自信', [5, 7, 2, 0, 2]],
    ['中国式现代化', [30, 12, 9, 1, 0]],
    ['两个先行', [6, 0, 0, 0, 0]],
    ['四下基层', [0, 0, 0, 32, 0]],
    ['三会一课', [4, 3, 0, 3, 3]],
    ['枫桥经验', [2, 2, 1, 0, 0]],
    ['全面从严治党', [23, 9, 0, 8, 11]],
    ['以学促干', [0, 29, 0, 5, 0]],
    ['乡村振兴', [5, 5, 2, 21, 8]],
    ['第一议题', [0, 7, 0, 4, 0]],
  ] as const)('counts %s per seed file as checked by hand', async (canonical, expected) => {
    const rows = await query<{ f: string; n: number }>(
      `SELECT d.source_file AS f, CAST(sum(m.count) AS INTEGER) AS n
         FROM '${out}/mentions.parquet' m JOIN '${out}/documents.parquet' d USING (doc_id)
         JOIN '${out}/slogans.parquet' s USING (slogan_id)
        WHERE s.canonical = '${canonical}' GROUP BY 1`,
    );
    const got = Object.values(F).map((f) => rows.find((r) => r.f === f)?.n ?? 0);
    expect(got).toEqual(expected);
  });

  it('every occurrence offset points at its form in the document text (read through a Simplified copy for Traditional text)', async () => {
    // the default corpus also holds the national reports, one of them in Traditional characters: there the
    // text keeps its script and the form is the Simplified one the matcher found
    const bad = await query<{ got: string; form: string }>(
      `SELECT substr(t.text, o.start + 1, o."end" - o.start) AS got, o.form AS form
        FROM '${out}/occurrences.parquet' o JOIN '${out}/texts.parquet' t USING (doc_id)
        WHERE substr(t.text, o.start + 1, o."end" - o.start) <> o.form`,
    );
    for (const b of bad) expect(toSimplified(b.got)).toBe(b.form);
  });
});
