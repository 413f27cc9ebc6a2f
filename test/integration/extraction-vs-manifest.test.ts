/**
 * How well the pipeline reads metadata from the text alone: both external
 * work-report corpora are run with `useManifests: false`, and every document
 * is scored against its corpus's MANIFEST.csv (see manifest-score.ts for what
 * counts as right). Wrong provinces and wrong dates must be zero; the recall
 * floors are the numbers reached when this test was written (table printed).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { runPipeline, type PipelineReport } from '../../scripts/pipeline/run';
import { parseManifest } from '../../scripts/pipeline/manifest';
import { EXTERNAL, sharedAvailable } from './shared-corpus';
import { formatTable, scoreAll, type Expected, type Extracted, type Table } from './manifest-score';

const have = sharedAvailable('the extraction-vs-manifest test');

interface Run {
  report: PipelineReport;
  docs: (Extracted & { start_line: number; end_line: number })[];
  manifest: Map<string, Expected>;
  table: Table;
}

async function runCorpus(name: string): Promise<{ run: Run; out: string }> {
  const dir = join(EXTERNAL, name);
  const out = mkdtempSync(join(tmpdir(), 'tifa-extract-'));
  const report = await runPipeline(
    { inputs: [dir], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: false, workers: 0 },
    { log: () => {}, warn: () => {} },
  );
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  let docs: Run['docs'];
  try {
    const r = await conn.runAndReadAll(
      `SELECT source_file, start_line, end_line, title, date, org, province, city FROM '${out}/documents.parquet' ORDER BY source_file, start_line`,
    );
    docs = r.getRowObjectsJS() as unknown as Run['docs'];
  } finally {
    conn.closeSync();
  }
  const manifest = parseManifest(readFileSync(join(dir, 'MANIFEST.csv'), 'utf8'), '').entries as Map<string, Expected>;
  const { table, misses } = scoreAll(docs, manifest);
  console.log(`${formatTable(name, table)}\n${misses.join('\n')}`);
  return { run: { report, docs, manifest, table }, out };
}

describe.skipIf(!have)('metadata read from the text, scored against the manifests', () => {
  const outs: string[] = [];
  let prov: Run;
  let nat: Run;
  beforeAll(async () => {
    const p = await runCorpus('provincial-gwr-2026');
    const n = await runCorpus('national-gwr-wikisource');
    outs.push(p.out, n.out);
    prov = p.run;
    nat = n.run;
  });
  afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

  it.each(['provincial', 'national'])('%s: every listed report is read as exactly one document', (which) => {
    const run = which === 'provincial' ? prov : nat;
    expect(run.report.files_skipped).toEqual([]);
    const perFile = new Map<string, number>();
    for (const d of run.docs) perFile.set(d.source_file, (perFile.get(d.source_file) ?? 0) + 1);
    expect([...perFile.keys()].sort()).toEqual([...run.manifest.keys()].sort());
    expect([...perFile.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('provincial reports: no wrong province, city or date; recall floors', () => {
    const t = prov.table;
    expect(t.province.wrong).toBe(0);
    expect(t.city.wrong).toBe(0);
    expect(t.date.wrong).toBe(0);
    expect(t.org.wrong).toBe(0);
    expect(t.title.wrong).toBe(0);
    // every report names its province in its title, byline or date line, and the 人民代表大会 it was given at
    expect(t.province.right).toBeGreaterThanOrEqual(31);
    expect(t.date.right).toBeGreaterThanOrEqual(31);
    expect(t.org.right).toBeGreaterThanOrEqual(31);
  });

  it('national reports: no province or city at all, no wrong date; recall floors', () => {
    const t = nat.table;
    expect(t.province.wrong).toBe(0);
    expect(t.city.wrong).toBe(0);
    expect(t.date.wrong).toBe(0);
    expect(t.org.wrong).toBe(0);
    expect(t.title.wrong).toBe(0);
    // the openings say 我代表国务院 (or 根据国务院的决定, 国务院决定由我…); only 1957, 2017 and 2021–2024 carry a date line and a title
    expect(t.org.right).toBeGreaterThanOrEqual(49);
    expect(t.date.right).toBeGreaterThanOrEqual(23); // 6 date lines + 15 openings 一、YYYY年工作回顾 + 2 一、过去一年工作回顾 YYYY年，
    expect(t.title.right).toBeGreaterThanOrEqual(6);
  });
});
