/**
 * Pure helpers that turn trend sums into chart series: measure, gap filling,
 * moving average. Kept apart from SQL so switching the measure or the
 * smoothing needs no query.
 */
import { bucketRange, type Granularity } from './dates';
import type { Measure } from './vocabulary';

export interface Sums {
  occurrences: number;
  docs_with: number;
  n_docs: number;
  n_chars: number;
}

/** The measure's value, or null where it is undefined (no documents / no characters in the bucket). */
export function measureOf(s: Sums, m: Measure): number | null {
  if (m === 'occurrences') return s.occurrences;
  if (m === 'per10k') return s.n_chars > 0 ? (s.occurrences * 10_000) / s.n_chars : null;
  return s.n_docs > 0 ? (s.docs_with * 100) / s.n_docs : null;
}

/**
 * Trailing moving average over `window` buckets; nulls are skipped (the mean
 * of the defined values in the window) and a bucket whose own value is null
 * stays null, so gaps are not painted over.
 */
export function movingAverage(values: (number | null)[], window: number): (number | null)[] {
  if (window <= 1) return [...values];
  return values.map((v, i) => {
    if (v === null) return null;
    const slice = values.slice(Math.max(0, i - window + 1), i + 1).filter((x): x is number => x !== null);
    return slice.reduce((a, b) => a + b, 0) / slice.length;
  });
}

export interface SeriesPoint {
  bucket: string;
  value: number | null;
  sums: Sums;
}

export interface Series {
  slogan_id: string;
  points: SeriesPoint[];
}

const ZERO: Sums = { occurrences: 0, docs_with: 0, n_docs: 0, n_chars: 0 };

/** Rows (bucket, slogan_id, sums) → one series per slogan over every bucket from first to last. */
export function buildSeries(
  rows: (Sums & { bucket: string; slogan_id: string })[],
  slogans: string[],
  g: Granularity,
  measure: Measure,
  smooth: number,
): Series[] {
  if (rows.length === 0) return [];
  const buckets = [...new Set(rows.map((r) => r.bucket))].sort();
  const axis = bucketRange(buckets[0], buckets[buckets.length - 1], g);
  const byKey = new Map(rows.map((r) => [`${r.slogan_id}\u0000${r.bucket}`, r]));
  return slogans.map((id) => {
    const sums = axis.map((b) => byKey.get(`${id}\u0000${b}`) ?? ZERO);
    const raw = sums.map((s) => measureOf(s, measure));
    const values = movingAverage(raw, smooth);
    return { slogan_id: id, points: axis.map((bucket, i) => ({ bucket, value: values[i], sums: sums[i] })) };
  });
}

/** Round for display and CSV so the table and the file show the same digits. */
export function roundMeasure(v: number | null, m: Measure): number | null {
  if (v === null) return null;
  const digits = m === 'occurrences' ? 2 : 3;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
