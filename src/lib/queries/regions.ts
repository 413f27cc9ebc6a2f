/**
 * Queries of the Regions view. Builders are pure (→ {text, params}); the
 * measure (occurrences, rate per 10,000 characters, % of documents) is
 * computed in TypeScript from the same raw sums so switching it needs no query.
 */
import type { Runner } from '../db/runner';
import { joinSql, sql, toQuery, type SqlFragment, type SqlQuery } from '../db/sql';
import { FILTER_KEYS, type FilterKey, type Filters, type Measure } from '../vocabulary';
import { filterConditions } from './filters';
import { ensureMatchTexts, type LoadProgress, type ResolvedSeries } from './phrase';
import { needsTexts, seriesHits } from './phrase-trend';

// The measure names are the URL's (lib/vocabulary), so a shared link picks the same measure.
export { MEASURES, type Measure } from '../vocabulary';

/** The raw sums every measure is derived from. */
export interface PlaceSums {
  /** documents attributed to the place (with or without the slogan) */
  n_docs: number;
  /** their total characters (documents.n_chars) */
  n_chars: number;
  /** slogan occurrences in them (sum of mentions.count) */
  occurrences: number;
  /** documents with at least one occurrence */
  docs_with: number;
}

export interface ProvinceRow extends PlaceSums {
  province: string;
}

export interface PlaceRow extends PlaceSums {
  /** null when the document names the province but not the city */
  city: string | null;
  county: string | null;
}

export interface UnplacedRow {
  /** documents with no province */
  n_docs: number;
  /** of which the organisation is central (national), so no province is expected */
  n_central: number;
  occurrences: number;
}

/** Filter: one slogan, or null for all slogans; and the global document filters. */
export interface RegionFilter {
  slogan: string | null;
  /** a free phrase series (`q`, as on Trends): counted instead of the slogan when given */
  phrase?: ResolvedSeries | null;
  /** document filters; none when absent. The province filter is not applied (see REGION_SKIPS). */
  filters?: Filters;
}

/**
 * Filters the Regions queries leave out: the map compares provinces and the
 * drill-down names its own province, so a province filter would only blank
 * the rest of the map. The view says it is not applied.
 */
export const REGION_SKIPS: readonly FilterKey[] = ['province'];

/** ` AND …` for the document filters, or nothing. */
function andFilters(f: RegionFilter): SqlFragment {
  const conds = f.filters ? filterConditions(f.filters, 'd', REGION_SKIPS) : [];
  return conds.length === 0 ? sql`` : sql` AND ${joinSql(conds, ' AND ')}`;
}

/** Per-document occurrences of the chosen phrase series, else slogan (null: all slogans), as a CTE body. */
function hitsCte(slogan: string | null, phrase?: ResolvedSeries | null): SqlFragment {
  if (phrase) return sql`SELECT doc_id, c AS occ FROM (${seriesHits(phrase)})`;
  const cond = slogan === null ? sql`` : sql` WHERE slogan_id = ${slogan}`;
  return sql`SELECT doc_id, SUM("count") AS occ FROM mentions${cond} GROUP BY doc_id`;
}

const SUMS = sql`COUNT(*)::INTEGER AS n_docs,
  COALESCE(SUM(d.n_chars), 0)::BIGINT AS n_chars,
  COALESCE(SUM(h.occ), 0)::BIGINT AS occurrences,
  (COUNT(*) FILTER (WHERE h.occ > 0))::INTEGER AS docs_with`;

/** Sums per province, for documents that have one. */
export function provinceStatsQuery(f: RegionFilter): SqlQuery {
  return toQuery(sql`WITH h AS (${hitsCte(f.slogan, f.phrase)})
SELECT d.province AS province, ${SUMS}
FROM documents d LEFT JOIN h ON h.doc_id = d.doc_id
WHERE d.province IS NOT NULL${andFilters(f)}
GROUP BY d.province
ORDER BY d.province`);
}

/** Sums per (city, county) inside one province. */
export function placesQuery(f: RegionFilter & { province: string }): SqlQuery {
  return toQuery(sql`WITH h AS (${hitsCte(f.slogan, f.phrase)})
SELECT d.city AS city, d.county AS county, ${SUMS}
FROM documents d LEFT JOIN h ON h.doc_id = d.doc_id
WHERE d.province = ${f.province}${andFilters(f)}
GROUP BY d.city, d.county
ORDER BY d.city NULLS LAST, d.county NULLS FIRST`);
}

/** Documents the map cannot show: no province attributed. */
export function unplacedQuery(f: RegionFilter): SqlQuery {
  return toQuery(sql`WITH h AS (${hitsCte(f.slogan, f.phrase)})
SELECT COUNT(*)::INTEGER AS n_docs,
  (COUNT(*) FILTER (WHERE d.admin_level = 'central'))::INTEGER AS n_central,
  COALESCE(SUM(h.occ), 0)::BIGINT AS occurrences
FROM documents d LEFT JOIN h ON h.doc_id = d.doc_id
WHERE d.province IS NULL${andFilters(f)}`);
}

/** The measure's value, or null when it is undefined (no documents, or no characters for a rate). */
export function measureValue(s: PlaceSums, m: Measure): number | null {
  if (s.n_docs === 0) return null;
  if (m === 'occurrences') return s.occurrences;
  if (m === 'per10k') return s.n_chars > 0 ? (s.occurrences * 10_000) / s.n_chars : null;
  return (s.docs_with * 100) / s.n_docs;
}

/** Adds sums up (used to roll counties up to their city). */
export function addSums(a: PlaceSums, b: PlaceSums): PlaceSums {
  return {
    n_docs: a.n_docs + b.n_docs,
    n_chars: a.n_chars + b.n_chars,
    occurrences: a.occurrences + b.occurrences,
    docs_with: a.docs_with + b.docs_with,
  };
}

/** City totals from (city, county) rows; a null city stays its own row. */
export function rollupCities(rows: readonly PlaceRow[]): PlaceRow[] {
  const byCity = new Map<string | null, PlaceRow>();
  for (const r of rows) {
    const prev = byCity.get(r.city);
    byCity.set(r.city, prev ? { ...addSums(prev, r), city: r.city, county: null } : { ...r, county: null });
  }
  return [...byCity.values()];
}

export interface RegionsData {
  provinces: ProvinceRow[];
  unplaced: UnplacedRow;
}

/** Reads the texts first when the phrase series has a part counted in them (progress and stop as on Trends). */
async function textsFor(runner: Runner, f: RegionFilter, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
  if (f.phrase && needsTexts([f.phrase])) await ensureMatchTexts(runner, onProgress, signal);
}

/** Runs the two map queries together. */
export async function runRegions(
  runner: Runner,
  f: RegionFilter,
  onProgress?: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<RegionsData> {
  await textsFor(runner, f, onProgress, signal);
  const [provinces, unplaced] = await Promise.all([runner.query<ProvinceRow>(provinceStatsQuery(f)), runner.query<UnplacedRow>(unplacedQuery(f))]);
  return { provinces, unplaced: unplaced[0] ?? { n_docs: 0, n_central: 0, occurrences: 0 } };
}

/** Runs the drill-down query for one province. */
export async function runPlaces(runner: Runner, f: RegionFilter & { province: string }): Promise<PlaceRow[]> {
  await textsFor(runner, f);
  return runner.query<PlaceRow>(placesQuery(f));
}

export interface SloganOption {
  slogan_id: string;
  canonical: string;
  gloss_en: string;
  /** total occurrences in the corpus */
  occurrences: number;
  n_docs: number;
}

/** Slogans for the pickers, most frequent first (also used by the Organisations view). */
export function sloganOptionsQuery(): SqlQuery {
  return toQuery(sql`SELECT s.slogan_id AS slogan_id, s.canonical AS canonical, s.gloss_en AS gloss_en,
  COALESCE(SUM(m."count"), 0)::BIGINT AS occurrences,
  COUNT(DISTINCT m.doc_id)::INTEGER AS n_docs
FROM slogans s LEFT JOIN mentions m ON m.slogan_id = s.slogan_id
GROUP BY s.slogan_id, s.canonical, s.gloss_en
ORDER BY occurrences DESC, s.slogan_id`);
}

export function runSloganOptions(runner: Runner): Promise<SloganOption[]> {
  return runner.query<SloganOption>(sloganOptionsQuery());
}

/** The filters the Regions queries apply: the skipped ones (REGION_SKIPS) emptied, so changing them changes no input. */
export function appliedFilters(filters: Filters): Filters {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, REGION_SKIPS.includes(k) ? [] : [...filters[k]]])) as Filters;
}

/** How a measure's value is written: counts with separators, rates with 2 decimals, shares as percent. */
export function formatMeasure(m: Measure): (v: number) => string {
  return (v) => (m === 'occurrences' ? v.toLocaleString('en-US') : m === 'per10k' ? v.toFixed(2) : `${v.toFixed(1)}%`);
}

/** A place's sums and its measure (rounded to 2 decimals), as a table and CSV row. */
export function sumsRow(s: PlaceSums, m: Measure): PlaceSums & { value: number | null } {
  const v = measureValue(s, m);
  return {
    n_docs: s.n_docs,
    n_chars: s.n_chars,
    occurrences: s.occurrences,
    docs_with: s.docs_with,
    value: v === null ? null : Math.round(v * 100) / 100,
  };
}
