/**
 * How much a single query may hand DuckDB-WASM. Measured in chromium on 1.28.0: a
 * statement with 6,000 parameters, or with two 60 kB string parameters, fails with
 * "memory access out of bounds", and every later query of the page fails the same way;
 * 4,000 parameters and two 30 kB strings run. The limits stay well below both, so a
 * selection that is too large is refused with a message and the engine stays usable.
 */
export const QUERY_LIMITS = {
  params: 3_000,
  /** UTF-8 bytes of all string parameters together */
  paramBytes: 48 * 1024,
} as const;

/** Why a query's parameters are too large for the engine, or null when they fit. */
export function paramsTooLarge(params: readonly unknown[]): string | null {
  if (params.length > QUERY_LIMITS.params) {
    const what = `${params.length} values; at most ${QUERY_LIMITS.params}`;
    return `this selection is too large for the query engine (${what}): choose fewer filter values`;
  }
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const p of params) if (typeof p === 'string') bytes += encoder.encode(p).length;
  if (bytes > QUERY_LIMITS.paramBytes) {
    const what = `${Math.ceil(bytes / 1024)} kB of text; at most ${QUERY_LIMITS.paramBytes / 1024} kB`;
    return `this selection is too large for the query engine (${what}): choose fewer or shorter values`;
  }
  return null;
}
