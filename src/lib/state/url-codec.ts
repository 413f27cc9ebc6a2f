/**
 * The URL as the source of truth for what is on screen: view, selected
 * slogans, filters, measure, granularity, smoothing. Pure encode/decode so a
 * shared link reproduces the same chart. The interface language is not part
 * of it (a link shows the same data to an English and a Chinese reader).
 */
import { GRANULARITIES, type Granularity } from '../dates';
import { emptyFilters, FILTER_KEYS, MEASURES, type Filters, type Measure } from '../vocabulary';

// The filter and measure vocabulary lives in lib/vocabulary.ts (queries import it too); re-exported for the views.
export * from '../vocabulary';

export const VIEWS = ['overview', 'trends', 'organisations', 'regions', 'lexicon', 'concordance', 'reader'] as const;
export type ViewName = (typeof VIEWS)[number];

/** The exact cell a chart was clicked on (issue 8): repeatable keys beside the shared filters. */
export const CELL_KEYS = ['org', 'city', 'county'] as const;
export type CellKey = (typeof CELL_KEYS)[number];
export type Cell = Record<CellKey, string[]> & { date_from: string | null; date_to: string | null };

/** Slogans and free phrases together (`s` + `q`). */
export const MAX_SLOGANS = 12;
export const MAX_SMOOTH = 12;

export interface AppState {
  view: ViewName;
  /** slogan_ids, in the order chosen */
  slogans: string[];
  /** free phrase series as typed (`q`, repeatable; `A+B` sums phrases into one series) */
  phrases: string[];
  /** the clicked cell: organisation, city, county, date range (Concordance) */
  cell: Cell;
  filters: Filters;
  measure: Measure;
  granularity: Granularity;
  /** moving-average window in buckets; 0 = off */
  smooth: number;
  /** parameters owned by other views (e.g. map level), kept as-is so links round-trip */
  extra: Record<string, string>;
}

export function emptyCell(): Cell {
  return { org: [], city: [], county: [], date_from: null, date_to: null };
}

export function defaultState(): AppState {
  return { view: 'overview', slogans: [], phrases: [], cell: emptyCell(), filters: emptyFilters(), measure: 'occurrences', granularity: 'year', smooth: 0, extra: {} };
}

const KNOWN = new Set<string>(['view', 's', 'q', 'measure', 'g', 'smooth', 'date_from', 'date_to', ...FILTER_KEYS, ...CELL_KEYS]);
/** YYYY, YYYY-MM or YYYY-MM-DD */
const DATE_BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** State → query string (without `?`); defaults are omitted to keep links short. */
export function encodeState(state: AppState): string {
  const p = new URLSearchParams();
  const d = defaultState();
  if (state.view !== d.view) p.set('view', state.view);
  for (const s of state.slogans) p.append('s', s);
  for (const q of state.phrases) p.append('q', q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key]) p.append(key, v);
  for (const key of CELL_KEYS) for (const v of state.cell[key]) p.append(key, v);
  if (state.cell.date_from) p.set('date_from', state.cell.date_from);
  if (state.cell.date_to) p.set('date_to', state.cell.date_to);
  if (state.measure !== d.measure) p.set('measure', state.measure);
  if (state.granularity !== d.granularity) p.set('g', state.granularity);
  if (state.smooth !== d.smooth) p.set('smooth', String(state.smooth));
  for (const [k, v] of Object.entries(state.extra).sort()) if (!KNOWN.has(k)) p.set(k, v);
  return p.toString();
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** Query string (with or without `?`) → state; unknown or invalid values fall back to defaults. */
export function decodeState(search: string): AppState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const d = defaultState();
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = unique(p.getAll(key));
  const cell = emptyCell();
  for (const key of CELL_KEYS) cell[key] = unique(p.getAll(key));
  const bound = (v: string | null) => (v !== null && DATE_BOUND.test(v) ? v : null);
  cell.date_from = bound(p.get('date_from'));
  cell.date_to = bound(p.get('date_to'));
  const slogans = unique(p.getAll('s')).slice(0, MAX_SLOGANS);
  const smooth = Number(p.get('smooth'));
  const extra: Record<string, string> = {};
  for (const [k, v] of p) if (!KNOWN.has(k)) extra[k] = v;
  return {
    view: oneOf(p.get('view'), VIEWS, d.view),
    slogans,
    phrases: unique(p.getAll('q').map((q) => q.trim())).slice(0, MAX_SLOGANS - slogans.length),
    cell,
    filters,
    measure: oneOf(p.get('measure'), MEASURES, d.measure),
    granularity: oneOf(p.get('g'), GRANULARITIES, d.granularity),
    smooth: Number.isInteger(smooth) && smooth > 0 ? Math.min(smooth, MAX_SMOOTH) : 0,
    extra,
  };
}
