/**
 * The only module that imports @duckdb/duckdb-wasm.
 *
 * Pinned to 1.28.0 on purpose: it has the Parquet reader built in. 1.32.0
 * fetches `parquet.duckdb_extension.wasm` from the DuckDB extension site on the
 * first Parquet query, which breaks an offline, same-origin-only dashboard.
 * The wasm and worker files are bundled by Vite (`?url`), so nothing is loaded
 * from a CDN.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { COLUMNS, PARQUET_TABLES, TABLES } from '../schema';
import { DataFileError, EngineError } from './errors';
import type { Runner } from './runner';
import { plainRow } from './rows';
import { assertAsset, assertParquet, assetName } from './preflight';
import { StatementCache } from './statements';
import { paramsTooLarge } from './limits';

/** An Arrow row proxy; typed locally because apache-arrow types are not a direct dependency. */
interface ArrowRow {
  toJSON(): Record<string, unknown>;
}

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/** Tables left on the server (read over HTTP on demand) because they grow with the corpus text. */
const LAZY_TABLES: ReadonlySet<string> = new Set(['texts', 'text_lines', 'occurrences']);

/** Where the tables are served: `./data/` next to the page. */
export function dataBaseUrl(): string {
  return new URL('data/', document.baseURI).href;
}

/**
 * How long DuckDB-WASM may take to start (worker, wasm, open) before the page says so.
 * It starts in 0.6–1.3 s on this 2-core machine; 30 s leaves room for a loaded machine,
 * a slow disk or a cold cache without leaving anyone in front of "Loading…" for ever.
 */
export const ENGINE_START_LIMIT_MS = 30_000;

/**
 * The limit in force. A test lowers it by setting `window.__tifaEngineStartLimitMs` before
 * the page's scripts run (an init script); it is deliberately not a URL parameter, so a
 * link cannot make the engine fail for whoever opens it.
 */
export function engineStartLimitMs(): number {
  const v = (globalThis as { __tifaEngineStartLimitMs?: unknown }).__tifaEngineStartLimitMs;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : ENGINE_START_LIMIT_MS;
}

let loading: Promise<duckdb.AsyncDuckDB> | null = null;

/** Start DuckDB-WASM once; every caller shares the same promise. */
export function loadDuckDB(): Promise<duckdb.AsyncDuckDB> {
  if (!loading) {
    loading = start().catch((err) => {
      loading = null; // allow a retry after the data has been rebuilt
      throw err;
    });
  }
  return loading;
}

async function start(): Promise<duckdb.AsyncDuckDB> {
  const base = dataBaseUrl();
  // Check the files while DuckDB instantiates: a 404 should name the file, not surface as an IO error.
  const present = Promise.all(PARQUET_TABLES.map((t) => assertParquet(`${t}.parquet`, base)));
  const instantiated = instantiate();
  instantiated.catch(() => undefined); // reported below, after a missing data file (the likelier cause)
  await present;
  const db = await instantiated;
  const conn = await db.connect();
  try {
    await Promise.all(PARQUET_TABLES.map((t) => db.registerFileURL(`${t}.parquet`, `${base}${t}.parquet`, duckdb.DuckDBDataProtocol.HTTP, false)));
    // The tables every chart filters (documents, mentions, slogans, candidates) are small and
    // read by every query: copied into DuckDB's memory once, so a filter change does not
    // re-read Parquet over HTTP (measured: ~180 ms → see bench:app). texts and occurrences can
    // be large and are only needed for drill-downs: they stay views over the URL.
    await conn.query(
      PARQUET_TABLES.map((t) =>
        LAZY_TABLES.has(t)
          ? `CREATE VIEW "${TABLES[t]}" AS SELECT * FROM read_parquet('${t}.parquet')`
          : `CREATE TABLE "${TABLES[t]}" AS SELECT * FROM read_parquet('${t}.parquet')`,
      ).join(';\n'),
    );
    await assertColumns(conn);
  } catch (err) {
    if (err instanceof DataFileError) throw err;
    // The tables are created in one round trip; only when that fails is each file read on its own, to name it.
    throw (await brokenFile(conn)) ?? new DataFileError('public/data', 'malformed', errorText(err));
  } finally {
    await conn.close();
  }
  return db;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The first Parquet file DuckDB cannot read (its footer and schema), as a DataFileError; null if all read. */
async function brokenFile(conn: duckdb.AsyncDuckDBConnection): Promise<DataFileError | null> {
  for (const t of PARQUET_TABLES) {
    try {
      await conn.query(`SELECT * FROM read_parquet('${t}.parquet') LIMIT 1`);
    } catch (err) {
      return new DataFileError(`public/data/${t}.parquet`, 'malformed', errorText(err));
    }
  }
  return null;
}

/** Start the worker, load the wasm and open the database, within engineStartLimitMs(). */
async function instantiate(): Promise<duckdb.AsyncDuckDB> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const workerUrl = bundle.mainWorker!;
  const limit = engineStartLimitMs();
  // what the timeout names: the step DuckDB was in when it ran out of time
  let step = `${assetName(workerUrl)} and ${assetName(bundle.mainModule)}`;
  const worker = new Worker(workerUrl);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    // A worker script that does not load (or throws while loading) never answers DuckDB's messages.
    const onError = (e: ErrorEvent) => {
      const why = e.message ? ` (${e.message})` : '';
      reject(new EngineError(assetName(workerUrl), 'unavailable', `the worker did not start${why}`));
    };
    worker.addEventListener('error', onError, { once: true });
    const onTimeout = () => reject(new EngineError(step, 'timeout', `DuckDB-WASM did not start within ${limit / 1000} s`));
    timer = setTimeout(onTimeout, limit);
  });
  const run = async () => {
    await Promise.all([assertAsset(workerUrl), assertAsset(bundle.mainModule)]);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    step = assetName(bundle.mainModule); // the worker fetches and compiles it
    try {
      await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    } catch (err) {
      const why = `the WebAssembly module did not load (${errorText(err)})`;
      throw new EngineError(assetName(bundle.mainModule), 'unavailable', why);
    }
    step = 'opening the database';
    await db.open({
      query: { castBigIntToDouble: true, castDecimalToDouble: true, castTimestampToDate: true },
    });
    return db;
  };
  try {
    return await Promise.race([run(), failed]);
  } catch (err) {
    worker.terminate(); // a half-started worker would keep its memory and may answer late
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Every column schema.ts names must exist; the first table missing one is reported by file name. */
async function assertColumns(conn: duckdb.AsyncDuckDBConnection): Promise<void> {
  const found = await conn.query(`SELECT table_name, column_name FROM information_schema.columns`);
  const have = new Set(found.toArray().map((r: ArrowRow) => `${r.toJSON().table_name}.${r.toJSON().column_name}`));
  for (const table of PARQUET_TABLES) {
    const missing = COLUMNS[table].map(([c]) => c).filter((c) => !have.has(`${TABLES[table]}.${c}`));
    if (missing.length > 0) {
      throw new DataFileError(`public/data/${table}.parquet`, 'malformed', `missing column(s) ${missing.join(', ')}`);
    }
  }
}

/**
 * A Runner over DuckDB-WASM: one connection for the page's lifetime and a
 * prepared statement per SQL text (statements.ts), so a filter change costs
 * one round trip to the worker instead of connect + prepare + query + two closes.
 */
export function wasmRunner(): Runner {
  let session: Promise<StatementCache<ArrowRow[]>> | null = null;
  const open = async () => {
    const db = await loadDuckDB();
    const conn = await db.connect();
    return new StatementCache<ArrowRow[]>(async (text) => {
      const stmt = await conn.prepare(text);
      return { query: async (...params) => (await stmt.query(...params)).toArray() as ArrowRow[], close: () => stmt.close() };
    });
  };
  return {
    async query<T>(q: { text: string; params: unknown[] }): Promise<T[]> {
      // Refused here, not sent: an oversized statement breaks the engine for the rest of the page's life.
      const tooLarge = paramsTooLarge(q.params);
      if (tooLarge) throw new Error(tooLarge);
      session ??= open().catch((err: unknown) => {
        session = null; // DuckDB failed to start: a later query may retry
        throw err;
      });
      const statements = await session;
      const t0 = performance.now();
      try {
        return (await statements.run(q.text, q.params)).map((r) => plainRow(r.toJSON()) as T);
      } finally {
        // A User Timing entry per query: visible in devtools, and bench:app reports the engine's share of a filter change.
        performance.measure('duckdb', { start: t0, detail: q.text.slice(0, 80) });
      }
    },
  };
}
