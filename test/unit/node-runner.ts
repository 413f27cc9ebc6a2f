/**
 * The same Runner as src/lib/db/wasm.ts, over @duckdb/node-api, so unit tests
 * execute the dashboard's SQL on real DuckDB. Integers are turned into plain
 * numbers, mirroring `castBigIntToDouble` in the browser.
 */
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { PARQUET_TABLES, TABLES } from '../../src/lib/schema';
import type { Runner } from '../../src/lib/db/runner';
import { plainRow } from '../../src/lib/db/rows';

export interface NodeRunner extends Runner {
  close(): void;
}

/** Open an in-memory DuckDB with one view per table over `${dir}/${table}.parquet`. */
export async function nodeRunner(dir: string): Promise<NodeRunner> {
  const instance = await DuckDBInstance.create(':memory:');
  const setup = await instance.connect();
  try {
    for (const t of PARQUET_TABLES) {
      const path = `${dir}/${t}.parquet`.replaceAll("'", "''");
      await setup.run(`CREATE VIEW "${TABLES[t]}" AS SELECT * FROM read_parquet('${path}')`);
    }
  } finally {
    setup.closeSync();
  }
  return {
    async query<T>(q: { text: string; params: unknown[] }): Promise<T[]> {
      const conn = await instance.connect();
      try {
        const stmt = await conn.prepare(q.text);
        try {
          if (q.params.length > 0) stmt.bind(q.params as DuckDBValue[]);
          const reader = await stmt.runAndReadAll();
          return reader.getRowObjectsJS().map((r) => plainRow(r) as T);
        } finally {
          stmt.destroySync();
        }
      } finally {
        conn.closeSync();
      }
    },
    close() {
      instance.closeSync();
    },
  };
}
