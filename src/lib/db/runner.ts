/**
 * The seam between query modules and an engine (DuckDB-WASM in the browser,
 * @duckdb/node-api in tests). Query modules only see this interface.
 */
import type { SqlQuery } from './sql';

export interface Runner {
  query<T>(q: { text: string; params: unknown[] }): Promise<T[]>;
}

/** Cache results by SQL text and parameters: switching back to a previous filter is instant. */
export function cachedRunner(inner: Runner, maxEntries = 200): Runner {
  const cache = new Map<string, Promise<unknown[]>>();
  return {
    query<T>(q: SqlQuery): Promise<T[]> {
      const key = q.text + '\u0000' + JSON.stringify(q.params);
      let hit = cache.get(key);
      if (!hit) {
        hit = inner.query<T>(q);
        // A failed query must not stay cached: the next attempt may succeed (e.g. data rebuilt).
        hit.catch(() => cache.delete(key));
        cache.set(key, hit);
        if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      }
      return hit as Promise<T[]>;
    },
  };
}
