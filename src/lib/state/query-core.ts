/**
 * The bookkeeping behind the `useQuery` rune, free of Svelte so it is tested in
 * Node: run a query for the latest inputs only — equal inputs do not run it
 * again, and a result that arrives after newer inputs were requested is
 * dropped (the-pudding/svelte-starter's `useFetcher`, Mosaic's client
 * `requestQuery`).
 */

export interface QuerySnapshot<T> {
  rows: T[];
  loading: boolean;
  error: string | null;
}

/**
 * Structural equality of plain data (primitives, arrays, plain objects), the
 * kind a view's query inputs are made of. Key order does not matter.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameValue(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ob = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(ob, k) && sameValue((a as Record<string, unknown>)[k], ob[k]));
}

export class LatestQuery<I, T> {
  #token = 0;
  #last: { input: I } | null = null;

  /** `publish` receives every state change (the rune copies it into its `$state`). */
  constructor(
    private readonly run: (input: I) => Promise<T[]>,
    private readonly publish: (patch: Partial<QuerySnapshot<T>>) => void,
  ) {}

  /** Run for `input` unless it equals the input of the last run; returns whether it ran. */
  request(input: I): boolean {
    if (this.#last && sameValue(this.#last.input, input)) return false;
    this.#last = { input };
    const token = ++this.#token;
    this.publish({ loading: true });
    let pending: Promise<T[]>;
    try {
      pending = this.run(input);
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (rows) => {
        if (token === this.#token) this.publish({ rows, error: null, loading: false });
      },
      (err: unknown) => {
        if (token === this.#token) this.publish({ rows: [], error: err instanceof Error ? err.message : String(err), loading: false });
      },
    );
    return true;
  }

  /** Inputs are not ready (or the engine failed): drop any run in flight and forget the last input. */
  reset(loading: boolean): void {
    this.#token++;
    this.#last = null;
    this.publish({ loading });
  }
}
