/**
 * Bucketing of `YYYY`, `YYYY-MM`, `YYYY-MM-DD` date strings (no time zones).
 *
 * Imprecise dates are never guessed into a finer bucket: a `YYYY` date has no
 * quarter or month, and a `YYYY-MM` date has a quarter and a month but no day.
 * `bucketDate` returns null for them at a finer granularity; the chart counts
 * such documents and says how many were left out, together with undated ones.
 */

export type Granularity = 'year' | 'quarter' | 'month';
export const GRANULARITIES: readonly Granularity[] = ['year', 'quarter', 'month'];

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parse a contract date string; null for null, empty or malformed input. */
export function parseDate(d: string | null | undefined): ParsedDate | null {
  if (!d) return null;
  const m = DATE_RE.exec(d);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year: Number(m[1]), month, day };
}

/**
 * The bucket key of a date at a granularity: `2021`, `2021-Q3`, `2021-07`.
 * Null when the date is missing, malformed, or too imprecise for the granularity.
 */
export function bucketDate(d: string | null | undefined, g: Granularity): string | null {
  const p = parseDate(d);
  if (!p) return null;
  if (g === 'year') return String(p.year);
  if (p.month === null) return null;
  if (g === 'quarter') return `${p.year}-Q${Math.ceil(p.month / 3)}`;
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** Chronological start of a bucket key as a UTC Date (for a time axis). */
export function bucketStart(key: string): Date {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return new Date(Date.UTC(Number(q[1]), (Number(q[2]) - 1) * 3, 1));
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(key);
  if (!m) throw new Error(`not a bucket key: ${key}`);
  return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, 1));
}

/** The bucket after `key` at the same granularity. */
export function nextBucket(key: string, g: Granularity): string {
  const start = bucketStart(key);
  const months = g === 'year' ? 12 : g === 'quarter' ? 3 : 1;
  const next = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  return bucketDate(next.toISOString().slice(0, 10), g)!;
}

/** Every bucket from `first` to `last` inclusive, so gaps show as zero rather than being skipped. */
export function bucketRange(first: string, last: string, g: Granularity): string[] {
  const out: string[] = [];
  const end = bucketStart(last).getTime();
  for (let k = first; bucketStart(k).getTime() <= end; k = nextBucket(k, g)) {
    out.push(k);
    if (out.length > 5000) throw new Error('bucketRange: range too long');
  }
  return out;
}

/** The granularity of a bucket key (`2021`, `2021-Q3`, `2021-07`). */
export function bucketGranularity(key: string | undefined): Granularity {
  if (!key) return 'year';
  if (key.includes('-Q')) return 'quarter';
  return key.length >= 7 ? 'month' : 'year';
}

/**
 * A time-axis tick label that always carries its year (d3's default says
 * "April" or "Q2"-less month names without one): `2021`, `2021-Q2`, `2021-04`,
 * and a full date for a tick that is not on a bucket start (short ranges).
 */
export function tickLabel(d: Date, g: Granularity): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  if (d.getUTCDate() !== 1) return d.toISOString().slice(0, 10);
  if (g === 'year' && m === 0) return String(y);
  if (g === 'quarter' && m % 3 === 0) return `${y}-Q${m / 3 + 1}`;
  return `${y}-${String(m + 1).padStart(2, '0')}`;
}
