/** Values of a city map: the places table's rows summed per city (or per county where the map draws counties). */
import { measureValue, type Measure, type PlaceRow, type PlaceSums } from '../queries/regions';

export function cityValues(
  rows: readonly PlaceRow[],
  level: 'city' | 'county',
  m: Measure,
): Record<string, { value: number | null; n_docs: number }> {
  const sums = new Map<string, PlaceSums>();
  for (const r of rows) {
    const key = level === 'city' ? r.city : r.county;
    if (!key) continue;
    const p = sums.get(key) ?? { n_docs: 0, n_chars: 0, occurrences: 0, docs_with: 0 };
    sums.set(key, {
      n_docs: p.n_docs + r.n_docs,
      n_chars: p.n_chars + r.n_chars,
      occurrences: p.occurrences + r.occurrences,
      docs_with: p.docs_with + r.docs_with,
    });
  }
  return Object.fromEntries([...sums].map(([k, s]) => [k, { value: measureValue(s, m), n_docs: s.n_docs }]));
}
