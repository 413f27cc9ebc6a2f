/**
 * Golden outputs: a tiny invented corpus (test/fixtures/golden/corpus: a UTF-8
 * compilation of two articles, a GB18030 county speech, a UTF-16 HTML page in
 * Traditional characters) through the whole pipeline, compared byte for byte
 * with the reviewed tables beside it. A difference writes `<name>-changed.csv`
 * next to the expected file (git ignores it) and fails: review the diff, and if
 * the change is intended, copy it over (or run with UPDATE_GOLDEN=1, refused
 * when CI=true). See test/fixtures/golden/README.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { runPipeline } from '../../scripts/pipeline/run';
import { CSV_BOM, csvLine } from '../../src/lib/export/csv-cell';

const GOLDEN = join(import.meta.dirname, '../fixtures/golden');
const EXPECTED = join(GOLDEN, 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
if (UPDATE && process.env.CI === 'true')
  throw new Error('UPDATE_GOLDEN=1 is refused when CI=true: golden files are updated by a person, after review');

let out: string;

/** occurrences.parquet as CSV, in the table's own order, so a reviewer can read it. */
async function occurrencesCsv(dir: string): Promise<string> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const path = join(dir, 'occurrences.parquet').replace(/'/g, "''");
    const rows = (
      await conn.runAndReadAll(`SELECT doc_id, slogan_id, start, "end", form FROM read_parquet('${path}') ORDER BY doc_id, start, slogan_id`)
    ).getRows();
    return (
      CSV_BOM +
      csvLine(['doc_id', 'slogan_id', 'start', 'end', 'form']) +
      rows.map((r) => csvLine(r.map((v) => (typeof v === 'bigint' ? Number(v) : v)))).join('')
    );
  } finally {
    conn.closeSync();
  }
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tifa-golden-'));
  await runPipeline(
    { inputs: [join(GOLDEN, 'corpus')], outDir: out, lexicons: [join(GOLDEN, 'lexicon.csv')], useManifests: true, workers: 0 },
    { log: () => {}, warn: () => {} },
  );
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('golden outputs of the fixture corpus', () => {
  it.each(['documents.csv', 'mentions.csv', 'occurrences.csv'])('%s is byte-identical to the reviewed one', async (name) => {
    const actual = name === 'occurrences.csv' ? await occurrencesCsv(out) : readFileSync(join(out, name), 'utf8');
    const expectedPath = join(EXPECTED, name);
    const changedPath = expectedPath.replace(/\.csv$/, '-changed.csv');
    if (UPDATE) writeFileSync(expectedPath, actual);
    const expected = existsSync(expectedPath) ? readFileSync(expectedPath, 'utf8') : null;
    if (actual === expected) {
      rmSync(changedPath, { force: true });
      return;
    }
    writeFileSync(changedPath, actual);
    expect.fail(
      `${name} differs from ${expectedPath}; the new output is in ${changedPath}: review it (diff the two) and copy it over if the change is intended`,
    );
  });
});
