/**
 * Prepared statements kept by SQL text, so a repeated query shape (a filter
 * change re-runs the same text with other parameters) skips connect, parse
 * and plan — in DuckDB-WASM each of those is a round trip to the worker.
 * At most `max` statements are kept; an evicted one is closed once no query
 * is using it. Engine-neutral: the engine's prepare is passed in.
 */

export interface Statement<R> {
  query(...params: unknown[]): Promise<R>;
  close(): Promise<void>;
}

interface Entry<R> {
  stmt: Promise<Statement<R>>;
  inUse: number;
  evicted: boolean;
}

export class StatementCache<R> {
  readonly #entries = new Map<string, Entry<R>>();
  readonly #prepare: (text: string) => Promise<Statement<R>>;
  readonly #max: number;

  constructor(prepare: (text: string) => Promise<Statement<R>>, max = 64) {
    this.#prepare = prepare;
    this.#max = max;
  }

  /** Run `text` with `params` on its cached statement (prepared on first use). */
  async run(text: string, params: unknown[]): Promise<R> {
    let e = this.#entries.get(text);
    if (e) {
      // most recently used last, so eviction takes the least recently used
      this.#entries.delete(text);
      this.#entries.set(text, e);
    } else {
      e = { stmt: this.#prepare(text), inUse: 0, evicted: false };
      this.#entries.set(text, e);
      this.#evict();
    }
    const entry = e;
    entry.inUse++;
    try {
      const stmt = await entry.stmt.catch((err: unknown) => {
        // a statement that failed to prepare (e.g. a table not yet created) is not kept
        if (this.#entries.get(text) === entry) this.#entries.delete(text);
        throw err;
      });
      return await stmt.query(...params);
    } finally {
      entry.inUse--;
      if (entry.evicted && entry.inUse === 0) void this.#close(entry);
    }
  }

  get size(): number {
    return this.#entries.size;
  }

  #evict(): void {
    while (this.#entries.size > this.#max) {
      const [oldest, entry] = this.#entries.entries().next().value as [string, Entry<R>];
      this.#entries.delete(oldest);
      entry.evicted = true;
      if (entry.inUse === 0) void this.#close(entry);
    }
  }

  async #close(entry: Entry<R>): Promise<void> {
    try {
      await (await entry.stmt).close();
    } catch {
      /* a statement that never prepared has nothing to close */
    }
  }
}
