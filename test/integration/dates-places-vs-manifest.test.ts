/**
 * Issue 9: dates and places read from texts the rules were not written on, scored against the manifests
 * with manifests off (`--no-manifest`).
 *
 * xi-2020-dev (58 texts flattened to one line): the manifest's date is the news item's publication date,
 * usually 0–2 days after the speech or letter, so documents are scored by year. Read by hand, 32 texts
 * state a date of their own (a date after the title, a closing note ※这是…, a signed letter); two of them
 * are older speeches published in 2020 (OWN_YEAR). The other 26 carry only the newspaper edition line
 * and the wire dateline (or nothing): they are counted separately and may get only a `weak` (edition
 * line) or `inferred` (2020年是…之年) date.
 * Xi's speeches speak for the centre: no province at all.
 *
 * Floors are the targets (year right ≥ 90 % of the documents with a date of their own, wrong
 * year ≤ 2 %, province right ≥ 95 % of the provincial reports, zero wrong provinces); the scores reached
 * when this test was written are in the README (all 100 %). Held out: every third file of xi-2020-dev
 * (sorted by name, index % 3 === 2) is scored on its own too, so a rule fitted to the rest shows here.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { runPipeline } from '../../scripts/pipeline/run';
import { decode } from '../../scripts/pipeline/decode';
import { cleanLines } from '../../scripts/pipeline/clean';
import { splitDocuments } from '../../scripts/pipeline/split';
import { joinParagraphs } from '../../scripts/pipeline/paragraphs';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const simplify = createSimplifier();
const res = { simplify, places: loadPlaces() };
import { parseManifest } from '../../scripts/pipeline/manifest';
import { EXTERNAL, sharedAvailable } from './shared-corpus';

const have = sharedAvailable('the dates-and-places test');

interface Doc {
  source_file: string;
  date: string | null;
  date_confidence: string;
  province: string | null;
}

/** Older speeches published in 2020, dated in their own text (read by hand). */
const OWN_YEAR: Record<string, string> = { 'xi2020_2020-04-30_1.txt': '2018', 'xi2020_2020-08-15_1.txt': '2015' };
/** Texts with no date of their own: only the edition line 《人民日报》（date 版）, a wire dateline, or nothing. */
const NO_OWN_DATE = new Set(
  [
    '01-09_1',
    '01-18_1',
    '02-24_1',
    '03-07_1',
    '03-27_1',
    '05-19_2',
    '06-18_1',
    '07-22_1',
    '07-29_1',
    '08-25_1',
    '09-04_1',
    '09-09_1',
    '09-12_1',
    '09-20_1',
    '09-22_1',
    '09-23_1',
    '09-23_2',
    '09-24_1',
    '10-01_1',
    '10-02_1',
    '10-15_2',
    '10-18_1',
    '10-24_1',
    '11-04_1',
    '11-05_1',
    '12-13_1',
  ].map((k) => `xi2020_2020-${k}.txt`),
);

async function run(name: string): Promise<{ docs: Doc[]; manifest: Map<string, { date?: string; province?: string }>; out: string }> {
  const dir = join(EXTERNAL, name);
  const out = mkdtempSync(join(tmpdir(), 'tifa-h9-'));
  await runPipeline(
    { inputs: [dir], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: false, workers: 0 },
    { log: () => {}, warn: () => {} },
  );
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const r = await conn.runAndReadAll(
      `SELECT source_file, date, date_confidence, province FROM '${out}/documents.parquet' ORDER BY source_file, start_line`,
    );
    const docs = r.getRowObjectsJS() as unknown as Doc[];
    const manifest = parseManifest(readFileSync(join(dir, 'MANIFEST.csv'), 'utf8'), '').entries as Map<string, { date?: string; province?: string }>;
    return { docs, manifest, out };
  } finally {
    conn.closeSync();
  }
}

interface YearScore {
  n: number;
  right: number;
  wrong: number;
  none: number;
}

function scoreYears(docs: Doc[], expectedYear: (d: Doc) => string): YearScore {
  const s = { n: docs.length, right: 0, wrong: 0, none: 0 };
  for (const d of docs) {
    if (!d.date) s.none++;
    else if (d.date.slice(0, 4) === expectedYear(d)) s.right++;
    else s.wrong++;
  }
  return s;
}

describe.skipIf(!have)('dates and places on unseen collections, scored against the manifests', () => {
  const outs: string[] = [];
  let xi: Awaited<ReturnType<typeof run>>;
  let prov: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    xi = await run('xi-2020-dev');
    prov = await run('provincial-gwr-2026');
    outs.push(xi.out, prov.out);
  });
  afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

  it('xi-2020-dev: the year of every text that dates itself, on the development part and on the held-out third', () => {
    const files = [...xi.manifest.keys()].sort();
    expect(xi.docs.map((d) => d.source_file).sort()).toEqual(files); // one document per file
    const heldOut = new Set(files.filter((_, i) => i % 3 === 2));
    const yearOf = (d: Doc) => OWN_YEAR[d.source_file] ?? (xi.manifest.get(d.source_file)?.date ?? '').slice(0, 4);
    const own = xi.docs.filter((d) => !NO_OWN_DATE.has(d.source_file));
    const parts = { development: own.filter((d) => !heldOut.has(d.source_file)), 'held out': own.filter((d) => heldOut.has(d.source_file)) };
    for (const [part, docs] of Object.entries(parts)) {
      const s = scoreYears(docs, yearOf);
      console.log(`xi-2020-dev ${part}: ${s.n} texts with a date of their own, year right ${s.right}, wrong ${s.wrong}, none ${s.none}`);
      expect(s.right / s.n, part).toBeGreaterThanOrEqual(0.9);
      expect(s.wrong / s.n, part).toBeLessThanOrEqual(0.02);
    }
    // a text's own date is stated, never guessed
    expect(own.filter((d) => d.date && d.date_confidence !== 'stated').map((d) => d.source_file)).toEqual([]);
  });

  it('xi-2020-dev: texts without a date of their own get no stated date, and never a wrong year', () => {
    const rest = xi.docs.filter((d) => NO_OWN_DATE.has(d.source_file));
    expect(rest).toHaveLength(26);
    const s = scoreYears(rest, (d) => (xi.manifest.get(d.source_file)?.date ?? '').slice(0, 4));
    const byConfidence = new Map<string, number>();
    for (const d of rest) byConfidence.set(d.date_confidence, (byConfidence.get(d.date_confidence) ?? 0) + 1);
    const counts = [...byConfidence].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`xi-2020-dev without a date of their own: ${s.n} (${counts}), year right ${s.right}, wrong ${s.wrong}, none ${s.none}`);
    expect(s.wrong).toBe(0);
    // an edition line is weak; a sentence such as 2020年是决战脱贫攻坚之年 is inferred; nothing here is stated
    expect(rest.filter((d) => d.date_confidence === 'stated').map((d) => d.source_file)).toEqual([]);
  });

  it('xi-2020-dev: speeches for the centre get no province (they name 湖北, 上海, 凉山 as topics)', () => {
    expect(xi.docs.filter((d) => d.province).map((d) => `${d.source_file}: ${d.province}`)).toEqual([]);
  });

  it('provincial-gwr-2026: year and province of the 31 reports', () => {
    const s = scoreYears(prov.docs, (d) => (prov.manifest.get(d.source_file)?.date ?? '').slice(0, 4));
    expect(s.right / s.n).toBeGreaterThanOrEqual(0.9);
    expect(s.wrong / s.n).toBeLessThanOrEqual(0.02);
    const right = prov.docs.filter((d) => d.province && d.province === prov.manifest.get(d.source_file)?.province).length;
    const wrong = prov.docs.filter((d) => d.province && d.province !== prov.manifest.get(d.source_file)?.province);
    console.log(`provincial-gwr-2026: year right ${s.right}/${s.n}, province right ${right}/${prov.docs.length}`);
    expect(right / prov.docs.length).toBeGreaterThanOrEqual(0.95);
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!have)('the provincial reports flattened to one line (a layout the rules were not written on)', () => {
  it('keep their year and province where they get one, and never a wrong one', () => {
    const dir = join(EXTERNAL, 'provincial-gwr-2026');
    const manifest = parseManifest(readFileSync(join(dir, 'MANIFEST.csv'), 'utf8'), '').entries as Map<string, { date?: string; province?: string }>;
    const s = { docs: 0, year: 0, wrongYear: [] as string[], province: 0, wrongProvince: [] as string[] };
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const decoded = decode(new Uint8Array(readFileSync(join(dir, f))));
      if ('error' in decoded) throw new Error(decoded.error);
      const { docs, context } = splitDocuments(cleanLines(decoded.text.replace(/\n+/g, '')).lines, f);
      const e = manifest.get(f) ?? {};
      for (const span of docs) {
        const a = attributeDocument(span, joinParagraphs(span.body), context, undefined, res);
        s.docs++;
        if (a.date) {
          if (a.date.slice(0, 4) === e.date?.slice(0, 4)) s.year++;
          else s.wrongYear.push(`${f}: ${a.date}`);
        }
        if (a.province) {
          if (a.province === e.province) s.province++;
          else s.wrongProvince.push(`${f}: ${a.province}`);
        }
      }
    }
    console.log(`provincial-gwr-2026 flattened: ${s.docs} documents, year right ${s.year}, province right ${s.province}`);
    expect(s.wrongYear).toEqual([]);
    expect(s.wrongProvince).toEqual([]);
    // measured 27 and 26 of 30 when written; the floor leaves room for how one-line files are split
    expect(s.year).toBeGreaterThanOrEqual(0.8 * s.docs);
    expect(s.province).toBeGreaterThanOrEqual(0.8 * s.docs);
  });
});
