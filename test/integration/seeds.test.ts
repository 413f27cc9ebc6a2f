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
    expect(site.filter((d) => d.date?.startsWith('2023'))).toEqual([]);
  });

  it('every document gets the date and place a researcher reads from it (or none), never another', () => {
    const seedDocs = docs.filter((d) => d.source_file.startsWith('seeds/')); // data/raw also holds the national reports
    const got = new Map(seedDocs.map((d) => [`${d.source_file.slice(6, 9)}:${d.start_line}`, d]));
    expect([...got.keys()].sort()).toEqual(SEED_EXPECTED.map((e) => `${e[0]}:${e[1]}`).sort());
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const [file, line, date, province, city, miss] of SEED_EXPECTED) {
      const d = got.get(`${file}:${line}`) as Doc;
      const pairs: [string, string | null, string | null][] = [
        ['date', d.date, date],
        ['province', d.province, province],
        ['city', d.city, city],
      ];
      for (const [field, g, e] of pairs) {
        if (g === e) continue;
        // a known miss: the reader knows it from the page or the field, the text does not say it
        if (g === null && miss?.includes(field)) missed.push(`${file}:${line} ${field} ${e}`);
        else wrong.push(`${file}:${line} ${field}: got ${g}, expected ${e}`);
      }
    }
    console.log(`seed documents: ${SEED_EXPECTED.length}; known misses (unknown, not wrong): ${missed.length}\n${missed.join('\n')}`);
    expect(wrong).toEqual([]);
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

type Expect = [file: string, line: number, date: string | null, province: string | null, city: string | null, miss?: string[]];
/**
 * Every seed document's date, province and city as read by hand from the raw file (see the header of
 * this file), independently of the pipeline. null = the text does not say. `miss` lists fields a reader
 * knows from outside the document's own words (the page it was printed on, a province's signature
 * formula, a free-trade-port city), where the pipeline's unknown is accepted but nothing else is.
 */
const SEED_EXPECTED: Expect[] = [
  // 000: a 湖州 compilation (undated articles), then articles of other places under dated headers
  ['000', 40, null, '浙江省', '湖州市'], // 南浔区委
  ['000', 51, null, '浙江省', '湖州市'], // 吴兴区委
  ['000', 64, null, '浙江省', '湖州市'], // 市公安局, 湖州辨识度的现代警务
  ['000', 75, null, '浙江省', '金华市'], // 金华市综合行政执法局立足实际
  ['000', 98, null, '浙江省', '湖州市'], // 湖州各级党外人士
  ['000', 140, null, '浙江省', '湖州市'], // 湖州市建立…
  ['000', 153, null, '浙江省', '湖州市'], // 湖州看见美丽中国
  ['000', 181, null, '浙江省', '金华市'], // 浙中水网, 金华水利
  ['000', 205, null, '浙江省', '湖州市'], // 实力新湖州
  ['000', 224, null, '浙江省', '金华市'], // 金华市公安机关把…
  ['000', 237, null, '浙江省', '金华市'], // 平安金华, 金华实践
  ['000', 249, null, '浙江省', '湖州市'], // 长三角（湖州）产业合作区
  ['000', 264, '2022-12-30', null, null], // 中核华泰: a central SOE's subsidiary; 深圳 is where it works, not said as home
  ['000', 279, '2022-12-28', '宁夏回族自治区', '吴忠市'],
  ['000', 292, '2022-12-17', '广西壮族自治区', '北海市'],
  ['000', 325, '2022-12-27', '广西壮族自治区', '桂林市'],
  ['000', 338, '2022-12-01', '湖南省', '益阳市'],
  ['000', 358, '2022-12-01', '湖南省', '常德市'],
  ['000', 379, '2022-12-13', '湖南省', '湘潭市'],
  ['000', 397, '2022-12-26', null, null], // 中央和国家机关工委
  ['000', 436, '2022-12-07', '湖南省', '娄底市'],
  // 001: 主题教育 speeches (2023–24) from a content farm; the year only where the text gives it
  ['001', 1, '2023', null, null],
  ['001', 15, null, '重庆市', null], // 新潼南建设, 潼南民政 (county 潼南区)
  ['001', 45, null, '甘肃省', null], // 总书记对甘肃重要讲话重要指示精神 + 全省
  ['001', 65, null, null, null], // 2023年6月30日 / 2023年7月: quoted events, a lower bound only
  ['001', 79, '2023-10', null, null, ['date']], // 第二批主题教育10月份: the second batch ran from September 2023
  ['001', 92, null, null, null],
  ['001', 101, null, null, null],
  ['001', 112, null, null, null],
  ['001', 121, null, '湖北省', null], // 对湖北工作的重要指示要求 + 全省首创
  ['001', 129, null, null, null],
  ['001', 135, null, null, null], // 2023年前三季度 in the body: a period reported, not the date
  ['001', 147, null, null, null],
  ['001', 153, '2023', null, null],
  ['001', 172, null, '湖南省', null], // 三高四新 + 全省: Hunan's formula (lexicon scope), weak evidence
  ['001', 180, null, null, null],
  ['001', 190, null, null, null],
  ['001', 197, '2023', '海南省', null, ['province']], // 自由贸易港, 一本三基四梁八柱 + 我市: Hainan, never named
  ['001', 204, null, null, null],
  ['001', 211, '2023', null, null],
  ['001', 235, null, null, null],
  ['001', 243, '2023', null, null], // 今年是全面贯彻落实党的二十大精神的开局之年
  ['001', 258, null, null, null],
  ['001', 269, null, '陕西省', '咸阳市'], // 推动咸阳市场监管工作高质量发展 + 全市
  ['001', 279, null, null, null],
  ['001', 295, null, null, null],
  ['001', 328, null, null, null],
  ['001', 334, '2023', null, null],
  ['001', 340, null, '山西省', null], // 总书记四次考察调研山西重要讲话精神 + 全省
  ['001', 347, null, null, null], // 在江苏考察时: a visit; 我省 is not named
  // 002: a 湘潭 newspaper page; 11月30日 without a year
  ['002', 2, null, '湖南省', '湘潭市'],
  ['002', 86, null, '湖南省', '湘潭市'],
  ['002', 167, null, '湖南省', '湘潭市'],
  ['002', 255, null, '湖南省', '湘潭市'],
  ['002', 345, '2022-11-30', '湖南省', '湘潭市', ['date', 'province', 'city']], // 11月30日, 市政协: year and place only from the page
  ['002', 374, '2022-11-30', '湖南省', '湘潭市', ['date']], // 11月30日, 二十大宣讲: the year from the page
  // 003: a party magazine (2023); no article dates itself
  ['003', 3, null, '河南省', '南阳市'],
  ['003', 25, null, '福建省', '宁德市'], // 对宁德来说…我们
  ['003', 43, null, '陕西省', '铜川市'],
  ['003', 64, null, null, null], // 党刊评论 about 宁德
  ['003', 74, null, null, null], // 中国商飞 (a central SOE); 2023年5月28日 is a quoted event
  ['003', 93, null, '内蒙古自治区', '通辽市'],
  ['003', 111, null, '浙江省', '杭州市'],
  ['003', 125, null, null, null],
  ['003', 148, null, '湖北省', '襄阳市'],
  ['003', 169, null, null, null],
  // 004: a template site's 篇一…篇五 under a false 杭州 title
  ['004', 13, '2018', '江苏省', null], // 2018年是…开局之年; 省人大机关, 强富美高新江苏
  ['004', 61, null, '浙江省', '金华市'], // 义乌 (under 金华)
  ['004', 137, null, '江苏省', '苏州市'], // 我镇, 苏州市文明镇
  ['004', 155, '2020', null, null], // 召开全县2019年度…述职评议大会 → given in 2020
  ['004', 429, null, null, null], // x委 anonymised
];
