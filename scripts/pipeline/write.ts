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

/** The export's memory cap (unless TIFA_DUCKDB_MEMORY caps the whole run) and its slices of texts; tests shrink them. */
export interface ExportLimits {
  memoryLimit: string;
  textSliceBytes: number;
}

/**
 * The appenders are flushed (their rows committed to the tables) after about
 * this much text: an appender holds up to ~200,000 rows before it flushes by
 * itself, which for the texts table is most of a corpus — it was what made the
 * resident set grow with the input.
 */
export const FLUSH_CHARS = 8_000_000;

/**
 * An optional cap on DuckDB's memory (TIFA_DUCKDB_MEMORY=1GB …) for the whole run: beyond it, rows and
 * sorts spill to the scratch folder. Without it DuckDB may take up to 80 % of the machine while files
 * are processed, and EXPORT_MEMORY_LIMIT applies to the export.
 */
export const DUCKDB_MEMORY_LIMIT: string | undefined = process.env.TIFA_DUCKDB_MEMORY || undefined;

/**
 * The export's cap when TIFA_DUCKDB_MEMORY is not set. Uncapped, DuckDB kept each sort in memory
 * (80 % of the machine is far more than any corpus), so the export's peak followed the input: 1.2 GB
 * of RSS for 250 MB of texts, 4.3 GB for 1 GB (scripts/bench-export.ts). Under a cap the sorts of
 * the narrow tables spill; texts is sorted in slices (TEXT_SLICE_BYTES) because DuckDB could not
 * spill a sort of long strings (out of memory at 512 MB with 1 GB of texts).
 */
export const EXPORT_MEMORY_LIMIT = '512MB';

/** Texts are sorted and copied this many bytes at a time: well under EXPORT_MEMORY_LIMIT. */
export const TEXT_SLICE_BYTES = 64 * 1024 * 1024;

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
    private readonly limits: ExportLimits,
  ) {}

  /** Opens a scratch database in `scratchDir` (removed by close). */
  static async open(scratchDir: string, limits: Partial<ExportLimits> = {}): Promise<TableStore> {
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
    return new TableStore(instance, conn, scratchDir, {
      memoryLimit: EXPORT_MEMORY_LIMIT,
      textSliceBytes: TEXT_SLICE_BYTES,
      ...limits,
    });
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
    if (!DUCKDB_MEMORY_LIMIT) await this.conn.run(`SET memory_limit = '${this.limits.memoryLimit}'`);
    await this.sortTexts();
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

  /**
   * Copies texts into `texts_sorted` in key order, one slice of about TEXT_SLICE_BYTES at a time:
   * only the keys and lengths are sorted whole (a few bytes a document), each slice's sort holds one
   * slice, and with insertion order preserved the table is then read back in that order, unsorted.
   */
  private async sortTexts(): Promise<void> {
    await this.conn.run('SET preserve_insertion_order = true');
    const defs = COLUMNS.texts.map(([c, t]) => `${q(c)} ${t}`).join(', ');
    await this.conn.run(`CREATE TABLE texts_sorted (${defs})`);
    // The last key of each run of TEXT_SLICE_BYTES in key order (doc_id is unique, ORDER_BY.texts). In
    // JavaScript, streamed: DuckDB's window sum over the same rows ran out of memory under small caps.
    const bounds: string[] = [];
    let bytes = 0;
    let last: string | null = null;
    // Bytes of every VARCHAR column but the key (text and its Simplified copy).
    const len = COLUMNS.texts
      .filter(([c, t]) => t === 'VARCHAR' && c !== 'doc_id')
      .map(([c]) => `coalesce(strlen(${q(c)}), 0)`)
      .join(' + ');
    const keys = await this.conn.stream(`SELECT doc_id, ${len} FROM texts ORDER BY doc_id`);
    for await (const rows of keys.yieldRowsJs()) {
      for (const [id, n] of rows) {
        if (bytes > 0 && bytes + Number(n) > this.limits.textSliceBytes) {
          bounds.push(last as string);
          bytes = 0;
        }
        bytes += Number(n);
        last = id as string;
      }
    }
    if (last !== null) bounds.push(last);
    let lower: string | null = null;
    for (const upper of bounds) {
      const where = lower === null ? 'doc_id <= $1' : 'doc_id <= $1 AND doc_id > $2';
      await this.conn.run(`INSERT INTO texts_sorted SELECT * FROM texts WHERE ${where} ORDER BY doc_id`, lower === null ? [upper] : [upper, lower]);
      lower = upper;
    }
  }

  private async writeParquet(staging: string): Promise<void> {
    const [{ threads }] = await this.all<{ threads: number }>(`SELECT current_setting('threads') AS threads`);
    for (const table of PARQUET_TABLES) {
      const sel = table === 'texts' ? 'SELECT * FROM texts_sorted' : `SELECT * FROM ${q(table)} ORDER BY ${ORDER_BY[table]}`;
      const dest = join(staging, `${table}.parquet`).replace(/'/g, "''");
      // small row groups of texts: the writer holds a whole group in memory, and a drill-down reads only the groups it needs
      const rowGroup = ROW_GROUP_ROWS[table] ?? 100000;
      // In order, DuckDB's threads each hold row groups of texts for the writer; one thread holds one.
      if (table === 'texts') await this.conn.run('SET threads = 1');
      await this.conn.run(`COPY (${sel}) TO '${dest}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroup})`);
      if (table === 'texts') await this.conn.run(`SET threads = ${threads}`);
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
