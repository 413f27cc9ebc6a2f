/** The document filters shared by the Trends, Organisations and Regions queries, as SQL conditions on `documents`. */
import { raw, sql, type SqlFragment } from '../db/sql';
import { FILTER_KEYS, type FilterKey, type Filters } from '../vocabulary';

/**
 * One `column IN (…)` per non-empty filter; `alias` qualifies the documents table (e.g. 'd').
 * `skip` names filters a view does not apply (the Regions map compares provinces, so it
 * ignores the province filter and says so).
 */
export function filterConditions(filters: Filters, alias: string, skip: readonly FilterKey[] = []): SqlFragment[] {
  return FILTER_KEYS.filter((k) => filters[k].length > 0 && !skip.includes(k)).map((k) => sql`${raw(`${alias}.${k}`)} IN ${filters[k]}`);
}

export interface FilterOption {
  key: (typeof FILTER_KEYS)[number];
  value: string;
  n_docs: number;
}
