/** Type-ahead matching of slogans over canonical form, variants and English gloss. */
export interface PickOption {
  slogan_id: string;
  canonical: string;
  variants: string;
  gloss_en: string;
  occurrences: number;
}

/** Options matching `query` (case-insensitive substring), best first: canonical, then variant, then gloss. */
export function matchSlogans(options: PickOption[], query: string, limit = 20): PickOption[] {
  const q = query.trim().toLowerCase();
  if (q === '') return options.slice(0, limit);
  const scored: [number, PickOption][] = [];
  for (const o of options) {
    const rank = o.canonical.toLowerCase().includes(q) ? 0 : o.variants.toLowerCase().includes(q) ? 1 : o.gloss_en.toLowerCase().includes(q) ? 2 : -1;
    if (rank >= 0) scored.push([rank, o]);
  }
  return scored
    .sort((a, b) => a[0] - b[0] || b[1].occurrences - a[1].occurrences)
    .slice(0, limit)
    .map(([, o]) => o);
}
