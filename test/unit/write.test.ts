import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { TableStore } from '../../scripts/pipeline/write';

const dirs: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const mentions = [
  { doc_id: 'b-L1', slogan_id: 'four_consciousnesses', count: 2 },
  { doc_id: 'a-L9', slogan_id: 'two_establishes', count: 1 },
  { doc_id: 'a-L9', slogan_id: 'four_consciousnesses', count: 3 },
];
const slogans = [
  {
    slogan_id: 'x',
    canonical: '=HYPERLINK("http://e")',
    variants: '',
    exclude: '',
    category: 'numbered',
    scope: 'national',
    first_year: null,
    gloss_en: 'a, "b"',
    note: '',
  },
];

async function writeWith(rows: typeof mentions): Promise<string> {
  const out = tmp('tifa-out-');
  const store = await TableStore.open(join(tmp('tifa-db-'), 'db'));
  await store.append('mentions', rows);
  await store.append('slogans', slogans);
  await store.export(out, { 'report.json': { ok: true } });
  store.close();
  return out;
}

describe('TableStore.export', { timeout: 30_000 }, () => {
  it('writes byte-identical CSV whatever order the rows arrived in', async () => {
    const a = await writeWith(mentions);
    const b = await writeWith([...mentions].reverse());
    expect(readFileSync(join(a, 'mentions.csv'))).toEqual(readFileSync(join(b, 'mentions.csv')));
  });

  it('writes UTF-8 CSV with a BOM, a header, sorted rows and neutralised formula cells', async () => {
    const out = await writeWith(mentions);
    const csv = readFileSync(join(out, 'mentions.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('doc_id,slogan_id,count');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['a-L9', 'a-L9', 'b-L1']);
    const sl = readFileSync(join(out, 'slogans.csv'), 'utf8');
    expect(sl).toContain(`"'=HYPERLINK(""http://e"")"`);
    expect(sl).toContain('"a, ""b"""');
  });

  it('writes Parquet that DuckDB reads back with the contract columns, and leaves no staging folder', async () => {
    const out = await writeWith(mentions);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const r = await conn.runAndReadAll(`SELECT * FROM '${join(out, 'mentions.parquet')}'`);
    expect(r.columnNames()).toEqual(['doc_id', 'slogan_id', 'count']);
    expect(r.getRowObjectsJS().reduce((s, x) => s + Number(x.count), 0)).toBe(6);
    const empty = await conn.runAndReadAll(`SELECT count(*) AS n FROM '${join(out, 'documents.parquet')}'`);
    expect(Number(empty.getRowObjectsJS()[0].n)).toBe(0);
    conn.closeSync();
  });
});

describe('TableStore.export of texts in slices', { timeout: 120_000 }, () => {
  // ~24 MB of texts (varied, so zstd sees no repeats) arriving in scrambled key order, sorted and copied in
  // 256 kB slices (about a hundred) under a cap: every text must come out once, whole, in doc_id order.
  // (That the slices bound the memory is measured by scripts/bench-export.ts, not timed here: DuckDB's
  // sorts need caps of hundreds of MB, too large for a unit test's corpus.)
  const n = 2_400;
  const docId = (i: number) => `doc-${String((i * 7919) % n).padStart(5, '0')}`;
  const text = (i: number) => `${i}：` + Array.from({ length: 750 }, (_, k) => ((i * 31 + k * 17) % 9973).toString(36)).join('两个确立');

  it('writes texts.parquet with all rows in key order', async () => {
    const out = tmp('tifa-out-');
    const store = await TableStore.open(join(tmp('tifa-db-'), 'db'), {
      memoryLimit: '128MB',
      textSliceBytes: 256 << 10,
    });
    for (let lo = 0; lo < n; lo += 200) {
      const rows = Array.from({ length: 200 }, (_, k) => ({ doc_id: docId(lo + k), text: text(lo + k) }));
      await store.append('texts', rows);
    }
    const [{ bytes }] = await store.all<{ bytes: number }>('SELECT sum(strlen(text)) AS bytes FROM texts');
    expect(bytes).toBeGreaterThan(20 << 20);
    await store.export(out, {});
    store.close();
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const r = await conn.runAndReadAll(`SELECT doc_id, text FROM '${join(out, 'texts.parquet')}'`);
    const got = r.getRowObjectsJS() as { doc_id: string; text: string }[];
    const want = Array.from({ length: n }, (_, i) => ({ doc_id: docId(i), text: text(i) })).sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1));
    expect(got.length).toBe(n);
    expect(got.map((x) => x.doc_id)).toEqual(want.map((x) => x.doc_id));
    expect(got.every((x, i) => x.text === want[i].text)).toBe(true);
  });
});
