/**
 * The national government work reports 1954–2025 (MANIFEST honoured): the
 * first year in which each slogan is counted.
 * Expected years were checked independently of the pipeline, with
 * `grep -l FORM gwr_*.txt` over ../shared/corpus/external/national-gwr-wikisource
 * (simplified and traditional spellings), reading the hit in the first file:
 * 三个代表 2001, 科学发展观 2004, 四个全面 2015, 两个确立 2022, 中国式现代化 2023.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { runPipeline, type PipelineReport } from '../../scripts/pipeline/run';
import { EXTERNAL, sharedAvailable } from './shared-corpus';

const have = sharedAvailable('the national work-report test');
const corpus = join(EXTERNAL, 'national-gwr-wikisource');
let out: string;
let report: PipelineReport;

async function query<T>(sql: string): Promise<T[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const r = await conn.runAndReadAll(sql);
    return r.getRowObjectsJS() as T[];
  } finally {
    conn.closeSync();
  }
}

describe.skipIf(!have)('national government work reports 1954–2025', () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'tifa-gwr-'));
    report = await runPipeline(
      { inputs: [corpus], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: true, workers: 0 },
      { log: () => {}, warn: () => {} },
    );
  });
  afterAll(() => out && rmSync(out, { recursive: true, force: true }));

  it('reads every listed report as one document with the manifest title and date', async () => {
    expect(report.files_skipped).toEqual([]);
    const docs = await query<{ source_file: string; title: string; date: string; org: string; region_source: string }>(
      `SELECT source_file, title, date, org, region_source FROM '${out}/documents.parquet'`,
    );
    expect(docs.length).toBe(report.files_read.length);
    const y1957 = docs.find((d) => d.source_file === 'gwr_1957.txt')!;
    expect(y1957.date).toBe('1957-06-26');
    expect(y1957.title).toBe('1957年中华人民共和国国务院政府工作报告');
    expect(y1957.org).toBe('国务院');
  });

  it.each([
    ['三个代表', 2001],
    ['科学发展观', 2004],
    ['四个全面', 2015],
    ['两个确立', 2022],
    ['中国式现代化', 2023],
  ])('first year with a non-zero count of %s is %i', async (canonical, year) => {
    const [row] = await query<{ first: string | null }>(
      `SELECT min(substr(d.date, 1, 4)) AS first
         FROM '${out}/mentions.parquet' m
         JOIN '${out}/documents.parquet' d USING (doc_id)
         JOIN '${out}/slogans.parquet' s USING (slogan_id)
        WHERE s.canonical = '${canonical}' AND m.count > 0`,
    );
    expect(row.first).toBe(String(year));
  });
});
