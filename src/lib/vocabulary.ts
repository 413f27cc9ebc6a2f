/**
 * The words the URL, the query modules and the views share: which document
 * filters exist, which measures a chart can show. Kept out of `state/` so the
 * query modules (plain TypeScript, run in Node by the tests) never import the
 * browser's state, and out of `schema.ts` because these are interface choices,
 * not columns of the data contract.
 */

/** What a count is shown as: raw occurrences, per 10,000 characters, % of documents mentioning it. */
export const MEASURES = ['occurrences', 'per10k', 'pctDocs'] as const;
export type Measure = (typeof MEASURES)[number];

/** Document filters, each a column of `documents` compared with `IN (…)`. */
export const FILTER_KEYS = ['province', 'org_type', 'admin_level', 'source_file'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

export function emptyFilters(): Filters {
  return { province: [], org_type: [], admin_level: [], source_file: [] };
}

export { GRANULARITIES, type Granularity } from './dates';
