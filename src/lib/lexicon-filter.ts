/**
 * The Lexicon view's search and filters: a typed query over canonical form,
 * variants and English gloss (as the slogan picker matches), and categories
 * and scopes to keep (none chosen: all). Pure; the table sorts on its own.
 */
export interface LexiconFilter {
  q: string;
  categories: readonly string[];
  scopes: readonly string[];
}

interface Filterable {
  canonical: string;
  variants: string;
  gloss_en: string;
  category: string;
  scope: string;
}

export function filterLexicon<T extends Filterable>(rows: readonly T[], f: LexiconFilter): T[] {
  const q = f.q.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (f.categories.length === 0 || f.categories.includes(r.category)) &&
      (f.scopes.length === 0 || f.scopes.includes(r.scope)) &&
      (q === '' || r.canonical.toLowerCase().includes(q) || r.variants.toLowerCase().includes(q) || r.gloss_en.toLowerCase().includes(q)),
  );
}

/** The distinct values of a column with their row counts, most rows first (the filter's checkbox list). */
export function valueCounts<T>(rows: readonly T[], key: (r: T) => string): { value: string; n: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([value, n]) => ({ value, n })).sort((a, b) => b.n - a.n || a.value.localeCompare(b.value));
}
