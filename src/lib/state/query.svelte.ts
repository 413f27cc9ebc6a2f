/**
 * `useQuery`: a view declares a query from its inputs, and gets its result as
 * reactive `{rows, loading, error}`.
 *
 *   const trend = useQuery(() => ({ slogans: chosen, filters: url.current.filters }), runTrendRows);
 *
 * `inputs` reads reactive state and returns plain data (or `null`: not ready
 * to run yet). The query runs when DuckDB is ready and whenever the inputs
 * change *by value*: state the function does not read (the measure, the
 * smoothing) never re-runs it, and an equal value rebuilt from changed state
 * does not either, so the chart does not blink. Results of superseded runs are
 * dropped. Call it while a component initialises (it owns an `$effect`).
 */
import { untrack } from 'svelte';
import type { Runner } from '../db/runner';
import { LatestQuery } from './query-core';
import { db } from './db.svelte';

/** What ChartFrame needs to know about one or more queries. */
export interface QueryStatus {
  readonly loading: boolean;
  readonly error: string | null;
}

export interface Query<T> extends QueryStatus {
  readonly rows: T[];
}

/** Where queries run: the app's DuckDB (`db`), or a stand-in. */
export interface QueryEngine {
  readonly ready: boolean;
  readonly failure: unknown;
  readonly runner: Runner;
}

class QueryResult<T> implements Query<T> {
  // raw: rows are replaced, never mutated, and need no deep proxy
  rows: T[] = $state.raw([]);
  loading = $state(true);
  error: string | null = $state(null);
}

export function useQuery<I, T>(inputs: () => I | null, run: (runner: Runner, input: I) => Promise<T[]>, engine: QueryEngine = db): Query<T> {
  const result = new QueryResult<T>();
  const latest = new LatestQuery<I, T>(
    (input) => {
      // one User Timing mark per run (devtools › Performance; the e2e tests count them)
      performance.mark('useQuery');
      return run(engine.runner, input);
    },
    (patch) => Object.assign(result, patch),
  );
  $effect(() => {
    // a failed engine is shown once by the app (DataProblem); its charts stop "loading"
    if (!engine.ready) return void untrack(() => latest.reset(!engine.failure));
    const input = inputs();
    // a snapshot: the inputs are compared with the next ones, so they must not change under us
    untrack(() => (input === null ? latest.reset(true) : latest.request($state.snapshot(input) as I)));
  });
  return result;
}

/** Several queries (or other loads) shown by one frame: loading while any is, the first error. */
export function combine(...parts: QueryStatus[]): QueryStatus {
  return {
    get loading() {
      return parts.some((p) => p.loading);
    },
    get error() {
      return parts.find((p) => p.error !== null)?.error ?? null;
    },
  };
}

/** An engine that is always ready, for loads that need no DuckDB (the province map). */
export const NO_ENGINE: QueryEngine = {
  ready: true,
  failure: null,
  runner: {
    query: () => Promise.reject(new Error('no query engine')),
  },
};
