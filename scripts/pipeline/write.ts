/**
 * The write stage: rows stream into an on-disk DuckDB database while files are
 * processed (so peak memory does not grow with the corpus), then each table is
 * exported sorted — Parquet by DuckDB, CSV by csvLine — into a temporary
 * folder and renamed into place, so readers never see a half-written table and
 * the same input gives byte-identical CSV.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { COLUMNS, CSV_TABLES, ORDER_BY, PARQUET_TABLES, ROW_GROUP_ROWS, type ColumnType, type TableName } from '../../src/lib/schema';
import { CSV_BOM, csvLine } from '../../src/lib/export/csv-cell';

type Row = Record<string, unknown>;

function appendValue(app: DuckDBAppender, type: ColumnType, v: unknown): void {
  if (v === null || v === undefined) return app.appendNull();
  switch (type) {
    case 'VARCHAR':
      return app.appendVarchar(String(v));
    case 'INTEGER':
      return app.appendInteger(Number(v));
    case 'BIGINT':
      return app.appendBigInt(BigInt(v as number));
    case 'DOUBLE':
      return app.appendDouble(Number(v));
    case 'BOOLEAN':
      return app.appendBoolean(Boolean(v));
  }
}

const q = (name: string) => '"' + name.replace(/"/g, '""') + '"';

export class TableStore {
  private appenders = new Map<TableName, DuckDBAppender>();
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    private readonly dir: string,
  ) {}

  /** Opens a scratch database in `scratchDir` (removed by close). */
  static async open(scratchDir: string): Promise<TableStore> {
    mkdirSync(scratchDir, { recursive: true });
    const instance = await DuckDBInstance.create(join(scratchDir, 'pipeline.duckdb'), { threads: '1' });
    const conn = await instance.connect();
    for (const [table, cols] of Object.entries(COLUMNS)) {
      const defs = cols.map(([c, t]) => `${q(c)} ${t}`).join(', ');
      await conn.run(`CREATE TABLE ${q(table)} (${defs})`);
    }
    return new TableStore(instance, conn, scratchDir);
  }

  private async appender(table: TableName): Promise<DuckDBAppender> {
    let a = this.appenders.get(table);
    if (!a) {
      a = await this.conn.createAppender(table);
      this.appenders.set(table, a);
    }
    return a;
  }

  async append(table: TableName, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const app = await this.appender(table);
    const cols = COLUMNS[table];
    for (const row of rows) {
      for (const [c, t] of cols) appendValue(app, t, row[c]);
      app.endRow();
    }
  }

  flush(): void {
    for (const a of this.appenders.values()) a.flushSync();
  }

  /** Rows of a query as plain JS objects (numbers, not BigInt). */
  async all<T = Row>(sql: string): Promise<T[]> {
    return this.query<T>({ text: sql, params: [] });
  }

  /** A parameterised query ({text, params} from the dashboard's sql tag) run on the pipeline's tables. */
  async query<T>(q: { text: string; params: readonly unknown[] }): Promise<T[]> {
    this.flush();
    const reader = await this.conn.runAndReadAll(q.text, q.params as DuckDBValue[]);
    return reader.getRowObjectsJS().map((r) => {
      const o: Row = {};
      for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
      return o as T;
    });
  }

  async run(sql: string): Promise<void> {
    this.flush();
    await this.conn.run(sql);
  }

  /**
   * Writes every table (Parquet, and CSV where the contract says so) plus the
   * given JSON files into `outDir`, atomically per file.
   */
  async export(outDir: string, json: Record<string, unknown>): Promise<string[]> {
    for (const a of this.appenders.values()) a.closeSync();
    this.appenders.clear();
    mkdirSync(outDir, { recursive: true });
    const staging = join(outDir, `.staging-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    const written: string[] = [];
    try {
      // Parquet (DuckDB's threads: texts alone is 50 MB of zstd) and CSV (rows formatted here, in
      // JavaScript) are written at the same time, on two connections.
      const csvConn = await this.instance.connect();
      const [parquet, csv] = await Promise.allSettled([
        this.writeParquet(staging),
        (async () => {
          try {
            for (const table of CSV_TABLES) await this.writeCsv(csvConn, table, join(staging, `${table}.csv`));
          } finally {
            csvConn.closeSync();
          }
        })(),
      ]);
      if (parquet.status === 'rejected') throw parquet.reason;
      if (csv.status === 'rejected') throw csv.reason;
      written.push(...PARQUET_TABLES.map((t) => `${t}.parquet`), ...CSV_TABLES.map((t) => `${t}.csv`));
      for (const [file, value] of Object.entries(json)) {
        writeFileSync(join(staging, file), JSON.stringify(value, null, 2) + '\n');
        written.push(file);
      }
      for (const file of written) renameSync(join(staging, file), join(outDir, file));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return written;
  }

  private async writeParquet(staging: string): Promise<void> {
    for (const table of PARQUET_TABLES) {
      const sel = `SELECT * FROM ${q(table)} ORDER BY ${ORDER_BY[table]}`;
      const dest = join(staging, `${table}.parquet`).replace(/'/g, "''");
      await this.conn.run(`COPY (${sel}) TO '${dest}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_ROWS[table] ?? 100000})`);
    }
  }

  private async writeCsv(conn: DuckDBConnection, table: TableName, path: string): Promise<void> {
    const cols = COLUMNS[table].map(([c]) => c);
    const out = createWriteStream(path, { encoding: 'utf8' });
    const write = async (s: string) => {
      if (!out.write(s)) await once(out, 'drain');
    };
    await write(CSV_BOM + csvLine(cols));
    const result = await conn.stream(`SELECT * FROM ${q(table)} ORDER BY ${ORDER_BY[table]}`);
    for await (const rows of result.yieldRowsJs()) {
      let chunk = '';
      for (const r of rows) chunk += csvLine(r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
      await write(chunk);
    }
    out.end();
    await once(out, 'finish');
  }

  close(): void {
    for (const a of this.appenders.values()) a.closeSync();
    this.conn.closeSync();
    this.instance.closeSync();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
