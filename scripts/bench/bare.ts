/**
 * The baseline of `npm run bench:app`: the least a page must do to answer one
 * query from the Parquet tables — instantiate DuckDB-WASM (same 1.28.0 bundles
 * as the app) and count documents. Records when it is done, in ms since
 * navigation, on window.__bench.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

declare global {
  interface Window {
    __bench?: { doneMs: number; n: number } | { error: string };
  }
}

async function main(): Promise<void> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true } });
  const url = new URL('../../data/documents.parquet', document.baseURI).href;
  await db.registerFileURL('documents.parquet', url, duckdb.DuckDBDataProtocol.HTTP, false);
  const conn = await db.connect();
  try {
    const t = await conn.query(`SELECT count(*) AS n FROM read_parquet('documents.parquet')`);
    const n = Number(t.toArray()[0].toJSON().n);
    window.__bench = { doneMs: performance.now(), n };
  } finally {
    await conn.close();
  }
}

main().catch((e: unknown) => {
  window.__bench = { error: String(e) };
});
