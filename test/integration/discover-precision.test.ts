/**
 * Precision of candidate discovery on the seed corpus, against hand labels.
 *
 * test/fixtures/discover/seed-labels.csv (`phrase,label,reason`) holds a
 * judgement of each phrase as a formulaic slogan or not, made by reading the
 * phrase in its example contexts (the top 100 before the ranking rules of
 * discover.md "Evidence" were added, and the top 200 after), not from its score.
 * A phrase the ranking newly brings into the top 50 is missing from the labels
 * and counts as NOT a slogan: the test then fails, naming it, so someone labels
 * it rather than the precision passing by default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runPipeline } from '../../scripts/pipeline/run';
import { parseCsvRecords } from '../../scripts/pipeline/csv';
import { TABLES } from '../../src/lib/schema';

const TOP = 50;
const MIN_SLOGANS = 35;
const LABELS_FILE = join(__dirname, '../fixtures/discover/seed-labels.csv');

let out: string;
let top: string[] = [];

function readCsv(file: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), file).records;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tifa-precision-'));
  await runPipeline(
    { inputs: ['data/raw/seeds'], outDir: out, lexicons: ['data/lexicon/slogans.csv'], useManifests: true, workers: 0 },
    { log: () => {}, warn: () => {} },
  );
  top = readCsv(join(out, `${TABLES.candidates}.csv`))
    .filter((r) => r.in_lexicon !== 'true')
    .slice(0, TOP)
    .map((r) => r.phrase);
});
afterAll(() => out && rmSync(out, { recursive: true, force: true }));

describe('candidate discovery on the seed corpus', () => {
  it('the labels fixture is well formed: one row per phrase, label slogan or not, a reason', () => {
    const rows = readCsv(LABELS_FILE);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((r) => r.phrase)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['slogan', 'not'], r.phrase).toContain(r.label);
      expect(r.reason.trim(), r.phrase).not.toBe('');
    }
  });

  it(`at least ${MIN_SLOGANS} of the top ${TOP} candidates not in the lexicon are hand-labelled slogans`, () => {
    const labels = new Map(readCsv(LABELS_FILE).map((r) => [r.phrase, r.label]));
    expect(top).toHaveLength(TOP);
    const unlabelled = top.filter((p) => !labels.has(p));
    const notSlogans = top.filter((p) => labels.get(p) === 'not');
    const slogans = top.filter((p) => labels.get(p) === 'slogan');
    console.log(
      `discover precision: ${slogans.length}/${TOP} labelled slogans; not: ${notSlogans.join(' ') || '—'}; ` +
        `unlabelled (counted as not): ${unlabelled.join(' ') || '—'}`,
    );
    expect(slogans.length, `unlabelled phrases in the top ${TOP}: ${unlabelled.join(' ')}`).toBeGreaterThanOrEqual(MIN_SLOGANS);
  });
});
