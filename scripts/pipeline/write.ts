/**
 * The write stage: rows stream into an on-disk DuckDB database while files are
 * processed (so peak memory does not grow with the corpus), then each table is
 * exported sorted — Parquet by DuckDB, CSV by csvLine — into a folder of
 * their own (the run's staging folder; publish.ts swaps it in as a whole), so
 * the same input gives byte-identical CSV.
 */
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { COLUMNS, CSV_TABLES, ORDER_BY, PARQUET_TABLES, ROW_GROUP_ROWS, type ColumnType, type TableName } from '../../src/lib/schema';
import { CSV_BOM, csvLine } from '../../src/lib/export/csv-cell';

type Row = Record<string, unknown>;

/**
 * The appenders are flushed (their rows committed to the tables) after about
 * this much text: an appender holds up to ~200,000 rows before it flushes by
 * itself, which for the texts table is most of a corpus — it was what made the
 * resident set grow with the input.
 */
export const FLUSH_CHARS = 8_000_000;

/**
 * An optional cap on DuckDB's memory (TIFA_DUCKDB_MEMORY=1GB …): beyond it, rows and sorts spill to the
 * scratch folder. Not set by default: at 1 GB of input a 512 MB cap ran out of memory in the export
 * (README › Performance), and a run that fails is worse than one that uses more memory; without it
 * DuckDB takes up to 80 % of the machine and spills beyond that.
 */
export const DUCKDB_MEMORY_LIMIT: string | undefined = process.env.TIFA_DUCKDB_MEMORY || undefined;

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
  /** characters of VARCHAR values appended since the last flush */
  private pendingChars = 0;
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    private readonly dir: string,
  ) {}

  /** Opens a scratch database in `scratchDir` (removed by close). */
  static async open(scratchDir: string): Promise<TableStore> {
    mkdirSync(scratchDir, { recursive: true });
    // Spilling goes to the run's scratch folder (removed with it, or by the next run after a kill).
    const instance = await DuckDBInstance.create(join(scratchDir, 'pipeline.duckdb'), {
      threads: '1',
      ...(DUCKDB_MEMORY_LIMIT ? { memory_limit: DUCKDB_MEMORY_LIMIT } : {}),
      temp_directory: join(scratchDir, 'spill'),
      preserve_insertion_order: 'false',
    });
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
    let chars = 0;
    for (const row of rows) {
      for (const [c, t] of cols) {
        const v = row[c];
        if (t === 'VARCHAR' && typeof v === 'string') chars += v.length;
        appendValue(app, t, v);
      }
      app.endRow();
    }
    this.pendingChars += chars + rows.length * cols.length;
    if (this.pendingChars > FLUSH_CHARS) this.flush();
  }

  flush(): void {
    for (const a of this.appenders.values()) a.flushSync();
    this.pendingChars = 0;
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
   * given JSON files into `dir`, a folder of this run's own (see publish.ts).
   */
  async export(dir: string, json: Record<string, unknown>): Promise<string[]> {
    for (const a of this.appenders.values()) a.closeSync();
    this.appenders.clear();
    // Committed rows not yet checkpointed cannot leave memory; written to the database file, the
    // export's sorts may evict them under the memory limit.
    await this.conn.run('CHECKPOINT');
    mkdirSync(dir, { recursive: true });
    const written: string[] = [];
    // Parquet (DuckDB's threads: texts alone is 50 MB of zstd) and CSV (rows formatted here, in
    // JavaScript) are written at the same time, on two connections.
    const csvConn = await this.instance.connect();
    const [parquet, csv] = await Promise.allSettled([
      this.writeParquet(dir),
      (async () => {
        try {
          for (const table of CSV_TABLES) await this.writeCsv(csvConn, table, join(dir, `${table}.csv`));
        } finally {
          csvConn.closeSync();
        }
      })(),
    ]);
    if (parquet.status === 'rejected') throw parquet.reason;
    if (csv.status === 'rejected') throw csv.reason;
    written.push(...PARQUET_TABLES.map((t) => `${t}.parquet`), ...CSV_TABLES.map((t) => `${t}.csv`));
    for (const [file, value] of Object.entries(json)) {
      writeFileSync(join(dir, file), JSON.stringify(value, null, 2) + '\n');
      written.push(file);
    }
    return written;
  }

  private async writeParquet(staging: string): Promise<void> {
    for (const table of PARQUET_TABLES) {
      const sel = `SELECT * FROM ${q(table)} ORDER BY ${ORDER_BY[table]}`;
      const dest = join(staging, `${table}.parquet`).replace(/'/g, "''");
      // small row groups of texts: the writer holds a whole group in memory, and a drill-down reads only the groups it needs
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
