/** Plain JS values for d3: any integer that slipped through as BigInt becomes a number. */
function plainValue(v: unknown): unknown {
  return typeof v === 'bigint' ? Number(v) : v;
}

/** Copy a row object with every BigInt replaced by a number. */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) out[key] = plainValue(row[key]);
  return out;
}
