/**
 * A query result as reactive state, with a stale guard: when a newer run has
 * started, an older result that arrives late is dropped, so the chart never
 * shows data for filters that are no longer selected.
 */
export class QueryState<T> {
  rows: T[] = $state([]);
  loading = $state(true);
  error: string | null = $state(null);
  #token = 0;

  /** Run `fetch` and keep its result unless another run started meanwhile. */
  async run(fetch: () => Promise<T[]>): Promise<void> {
    const token = ++this.#token;
    this.loading = true;
    try {
      const rows = await fetch();
      if (token !== this.#token) return;
      this.rows = rows;
      this.error = null;
    } catch (err) {
      if (token !== this.#token) return;
      this.error = err instanceof Error ? err.message : String(err);
      this.rows = [];
    } finally {
      if (token === this.#token) this.loading = false;
    }
  }
}
