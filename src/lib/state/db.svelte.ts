/**
 * App-wide data access: the cached DuckDB-WASM runner, whether it is ready,
 * and summary.json (headline numbers shown while DuckDB starts).
 */
import { cachedRunner, type Runner } from '../db/runner';
import { DataFileError, EngineError } from '../db/errors';
import { dataBaseUrl, loadDuckDB, wasmRunner } from '../db/wasm';
import { ensureTrendFacts } from '../queries/trend-facts';
import { builtDate } from '../export/source-line';
import { SUMMARY_FILE, type SummaryJson } from '../schema';

/**
 * Why the live views cannot show data: a table file is missing or malformed, or the
 * engine itself (worker, wasm) did not load or start in time. `file` names the culprit.
 */
export interface DbFailure {
  file: string;
  problem: 'missing' | 'malformed' | 'unavailable' | 'timeout';
  detail: string;
}

/** Any start-up error as the failure the page shows. */
export function dbFailure(err: unknown): DbFailure {
  if (err instanceof DataFileError || err instanceof EngineError) return { file: err.file, problem: err.problem, detail: err.detail };
  return { file: 'public/data', problem: 'malformed', detail: err instanceof Error ? err.message : String(err) };
}

class Db {
  readonly runner: Runner = cachedRunner(wasmRunner());
  ready = $state(false);
  /** set when the tables cannot be used; `file` names the culprit */
  failure: DbFailure | null = $state(null);
  summary: SummaryJson | null = $state(null);
  /** YYYY-MM-DD the tables were written (summary.json's Last-Modified), for the exports' source line */
  built: string | null = $state(null);
  #started = false;

  /** Fetch summary.json and start DuckDB, once. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#loadSummary();
    loadDuckDB().then(
      () => {
        this.ready = true;
        // Build the Trends fact tables in the background, after the queries of the view on
        // screen (sent as soon as `ready` flips), so opening Trends later does not wait for them.
        setTimeout(() => void ensureTrendFacts(this.runner).catch(() => undefined), 0);
      },
      (err: unknown) => {
        this.failure = dbFailure(err);
      },
    );
  }

  async #loadSummary(): Promise<void> {
    try {
      const res = await fetch(dataBaseUrl() + SUMMARY_FILE);
      if (!res.ok) return; // optional: the live queries will fill in
      this.built = builtDate(res.headers.get('last-modified'));
      const json = (await res.json()) as SummaryJson;
      if (typeof json.n_documents === 'number' && Array.isArray(json.top_slogans)) this.summary = json;
    } catch {
      /* a malformed summary only loses the early preview */
    }
  }
}

export const db = new Db();
