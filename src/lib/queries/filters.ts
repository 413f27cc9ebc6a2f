/** The document filters shared by the Trends queries, as SQL conditions on `documents`. */
import { raw, sql, type SqlFragment } from '../db/sql';
import { FILTER_KEYS, type Filters } from '../state/url-codec';

/** One `column IN (…)` per non-empty filter; `alias` qualifies the documents table (e.g. 'd'). */
export function filterConditions(filters: Filters, alias: string): SqlFragment[] {
  return FILTER_KEYS.filter((k) => filters[k].length > 0).map((k) => sql`${raw(`${alias}.${k}`)} IN ${filters[k]}`);
}

export interface FilterOption {
  key: (typeof FILTER_KEYS)[number];
  value: string;
  n_docs: number;
}
