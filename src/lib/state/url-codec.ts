/**
 * The URL as the source of truth for what is on screen: view, selected
 * slogans, filters, measure, granularity, smoothing. Pure encode/decode so a
 * shared link reproduces the same chart. The interface language is not part
 * of it (a link shows the same data to an English and a Chinese reader).
 */
import { GRANULARITIES, type Granularity } from '../dates';
import { ADMIN_LEVELS, ORG_TYPES } from '../schema';
import { emptyFilters, FILTER_KEYS, MEASURES, type FilterKey, type Filters, type Measure } from '../vocabulary';
import { checkQuery, shorten, type UrlNotice } from './url-guard';

export type { UrlNotice } from './url-guard';

// The filter and measure vocabulary lives in lib/vocabulary.ts (queries import it too); re-exported for the views.
export * from '../vocabulary';

export const VIEWS = ['overview', 'trends', 'organisations', 'regions', 'diffusion', 'keyness', 'lexicon', 'concordance', 'reader'] as const;
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
  return {
    view: 'overview',
    slogans: [],
    phrases: [],
    cell: emptyCell(),
    filters: emptyFilters(),
    measure: 'occurrences',
    granularity: 'year',
    smooth: 0,
    extra: {},
  };
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

/** Filter keys whose values come from a fixed list: anything else is dropped with a notice, not sent to the engine. */
const FILTER_VALUES: Partial<Record<FilterKey, readonly string[]>> = { org_type: ORG_TYPES, admin_level: ADMIN_LEVELS };

function oneOf<T extends string>(key: string, value: string | null, allowed: readonly T[], fallback: T, notices: UrlNotice[]): T {
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push({ problem: 'unknown_value', key, value: shorten(value) });
  return fallback;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** A decoded link and what in it was not used as it was (shown to the user as a notice). */
export interface DecodedLink {
  state: AppState;
  notices: UrlNotice[];
}

/**
 * Query string (with or without `?`) → state. Oversized links (url-guard.ts) give the
 * default state; malformed or unknown values fall back to their defaults. Each case
 * leaves a notice.
 */
export function decodeLink(search: string): DecodedLink {
  const { entries, notices } = checkQuery(search);
  if (entries === null) return { state: defaultState(), notices };
  const p = new URLSearchParams();
  for (const [k, v] of entries) p.append(k, v);
  const d = defaultState();
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const allowed = FILTER_VALUES[key];
    filters[key] = unique(p.getAll(key)).filter((v) => {
      if (!allowed || allowed.includes(v)) return true;
      notices.push({ problem: 'unknown_value', key, value: shorten(v) });
      return false;
    });
  }
  const smoothText = p.get('smooth');
  const smooth = Number(smoothText);
  if (smoothText !== null && !(Number.isInteger(smooth) && smooth >= 0))
    notices.push({ problem: 'unknown_value', key: 'smooth', value: shorten(smoothText) });
  const slogans = unique(p.getAll('s'));
  if (slogans.length > MAX_SLOGANS) notices.push({ problem: 'capped', key: 's', count: slogans.length, limit: MAX_SLOGANS });
  const cell = emptyCell();
  for (const key of CELL_KEYS) cell[key] = unique(p.getAll(key));
  const bound = (key: string, v: string | null) => {
    if (v === null || DATE_BOUND.test(v)) return v;
    notices.push({ problem: 'unknown_value', key, value: shorten(v) });
    return null;
  };
  cell.date_from = bound('date_from', p.get('date_from'));
  cell.date_to = bound('date_to', p.get('date_to'));
  const phrases = unique(p.getAll('q').map((q) => q.trim()));
  const room = Math.max(0, MAX_SLOGANS - Math.min(slogans.length, MAX_SLOGANS));
  if (phrases.length > room) notices.push({ problem: 'capped', key: 'q', count: phrases.length, limit: room });
  const extra: Record<string, string> = {};
  for (const [k, v] of p) if (!KNOWN.has(k)) extra[k] = v;
  const state: AppState = {
    view: oneOf('view', p.get('view'), VIEWS, d.view, notices),
    slogans: slogans.slice(0, MAX_SLOGANS),
    phrases: phrases.slice(0, room),
    cell,
    filters,
    measure: oneOf('measure', p.get('measure'), MEASURES, d.measure, notices),
    granularity: oneOf('g', p.get('g'), GRANULARITIES, d.granularity, notices),
    smooth: Number.isInteger(smooth) && smooth > 0 ? Math.min(smooth, MAX_SMOOTH) : 0,
    extra,
  };
  return { state, notices };
}

/** Query string (with or without `?`) → state; unknown, invalid or oversized values fall back to defaults. */
export function decodeState(search: string): AppState {
  return decodeLink(search).state;
}

/**
 * Several names in one URL value (e.g. the Organisations view's chosen groups): joined by
 * `|`, with `\` escaping a `|` or `\` inside a name, so an organisation called `A|B`
 * round-trips. A value without backslashes reads as before (plain `a|b`).
 */
export const LIST_SEPARATOR = '|';

export function joinList(names: readonly string[]): string {
  return names.map((n) => n.replace(/[\\|]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

/** The inverse of joinList; empty names are dropped. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && i + 1 < value.length) cur += value[++i];
    else if (c === LIST_SEPARATOR) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.filter((n) => n.length > 0);
}

/** `extra` with one key set, or removed when the value is null (so the URL drops it). */
export function withExtra(extra: Record<string, string>, key: string, value: string | null): Record<string, string> {
  const { [key]: _old, ...rest } = extra;
  return value === null ? rest : { ...rest, [key]: value };
}
