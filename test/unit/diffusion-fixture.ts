/**
 * The dashboard fixture with what the diffusion and keyness tests need on
 * top: `date_confidence` (the h9d contract, so the view's handling of it is
 * tested before the pipeline writes it), documents by a central organisation,
 * and a province (西藏自治区) whose only documents come late — the coverage
 * edge case. Rows are returned so tests compute expectations in plain JS.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { COLUMNS, PARQUET_TABLES, type TableName } from '../../src/lib/schema';
import { fixtureRows } from '../fixtures/make-dashboard-fixture';

export type Row = Record<string, DuckDBValue>;
export type Doc = {
  doc_id: string;
  org: string | null;
  org_type: string;
  admin_level: string;
  province: string | null;
  source_file: string;
  date: string | null;
  date_precision: string;
  date_confidence: string;
  n_tokens: number;
  title: string;
};

export function diffusionRows(): Record<TableName, Row[]> {
  const rows = fixtureRows(60);
  rows.documents.forEach((d, i) => {
    d.date_confidence = d.date === null ? 'none' : i % 5 === 1 ? 'inferred' : i % 7 === 2 ? 'weak' : 'stated';
    // a candidate phrase (not in the lexicon) in some texts, twice in every fourth
    if (i % 3 === 0) rows.texts[i].text += i % 4 === 0 ? '坚持三个一以贯之，三个一以贯之' : '三个一以贯之';
    if (d.province === null && i % 2 === 0) Object.assign(d, { org: '国务院', org_type: 'government', admin_level: 'central' });
  });
  // 西藏: two documents, both dated 2023; one uses S001 (两个确立), the other nothing.
  for (const [k, mention] of [
    [0, true],
    [1, false],
  ] as const) {
    const id = `D9000${k}`;
    rows.documents.push({
      ...rows.documents[0],
      doc_id: id,
      province: '西藏自治区',
      city: null,
      org: '自治区党委',
      org_type: 'party_committee',
      admin_level: 'province',
      date: `2023-0${k + 4}-01`,
      date_precision: 'day',
      date_confidence: 'stated',
      n_tokens: 500,
    });
    rows.texts.push({ doc_id: id, text: mention ? '两个确立两个确立' : '无' });
    if (mention) rows.mentions.push({ doc_id: id, slogan_id: 'S001', count: 2 });
  }
  return rows;
}

/** Write the tables as Parquet (documents with date_confidence after date_source unless `withConfidence` is false). */
export async function writeDiffusionFixture(dir: string, rows: Record<TableName, Row[]>, withConfidence = true): Promise<void> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    for (const t of PARQUET_TABLES) {
      // COLUMNS carries date_confidence since h9d landed; drop it for the tables built before it existed
      const cols: (readonly [string, string])[] = COLUMNS[t].filter(([c]) => withConfidence || t !== 'documents' || c !== 'date_confidence');
      const tmp = resolve(dir, `.${t}.jsonl`);
      const lines = rows[t].map((r) => JSON.stringify(Object.fromEntries(cols.map(([c]) => [c, r[c] ?? null]))));
      writeFileSync(tmp, lines.join('\n') + '\n');
      const spec = cols.map(([c, ty]) => `'${c}': '${ty}'`).join(', ');
      await conn.run(
        `COPY (SELECT * FROM read_json('${tmp}', format = 'newline_delimited', columns = {${spec}})) TO '${resolve(dir, `${t}.parquet`)}' (FORMAT PARQUET)`,
      );
      rmSync(tmp);
    }
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
