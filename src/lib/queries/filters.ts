/** The document filters shared by the views: SQL conditions on `documents`, and the values each filter offers. */
import type { Runner } from '../db/runner';
import { raw, sql, toQuery, type SqlFragment, type SqlQuery } from '../db/sql';
import { FILTER_KEYS, type FilterKey, type Filters } from '../vocabulary';

/**
 * One `column IN (…)` per non-empty filter; `alias` qualifies the documents table (e.g. 'd').
 * `skip` names filters a view does not apply (the Regions map compares provinces, so it
 * ignores the province filter and says so).
 */
export function filterConditions(filters: Filters, alias: string, skip: readonly FilterKey[] = []): SqlFragment[] {
  return FILTER_KEYS.filter((k) => filters[k].length > 0 && !skip.includes(k)).map((k) => {
    const col = raw(`${alias}.${k}`);
    const named = filters[k].filter((v) => v !== NONE);
    // NONE (the panel's "no region") selects the documents a chart of places leaves out
    if (named.length === filters[k].length) return sql`${col} IN ${named}`;
    return named.length ? sql`(${col} IN ${named} OR ${col} IS NULL)` : sql`${col} IS NULL`;
  });
}

/** The filter value that selects documents where the field is empty (no region, no organisation …). */
export const NONE = '∅';

export interface FilterOption {
  key: (typeof FILTER_KEYS)[number];
  value: string;
  n_docs: number;
}

/** Values (with document counts) for each filter control. */
export function filterOptionsQuery(): SqlQuery {
  return toQuery(sql`SELECT 'province' AS "key", COALESCE(province, ${NONE}) AS value, COUNT(*)::INTEGER AS n_docs FROM documents GROUP BY province
UNION ALL SELECT 'org_type', org_type, COUNT(*)::INTEGER FROM documents GROUP BY org_type
UNION ALL SELECT 'admin_level', admin_level, COUNT(*)::INTEGER FROM documents GROUP BY admin_level
UNION ALL SELECT 'source_file', source_file, COUNT(*)::INTEGER FROM documents GROUP BY source_file
ORDER BY "key", n_docs DESC, value`);
}

export function runFilterOptions(runner: Runner): Promise<FilterOption[]> {
  return runner.query<FilterOption>(filterOptionsQuery());
}
