/**
 * The diffusion map at one moment: for each province, whether the slogan had
 * been used by then (coloured by when), whether the corpus has documents from
 * it but no use yet, or whether it has no documents at all up to that moment
 * — so that absence of documents is never read as absence of the slogan.
 * Buckets are `YYYY` or `YYYY-MM` strings, which sort as they read.
 */
import { sequentialColor } from '../charts/palette';
import type { ColourClasses } from '../geo/classes';

export interface ProvinceMoment {
  /** when adopted: year (+ month / 12); 0 for "documents but not yet"; null for "no documents yet" */
  value: number | null;
  /** dated documents of the province up to the moment */
  n_docs: number;
  /** bucket of the first use, when adopted by then */
  first: string | null;
}

/** `2016` → 2016, `2016-07` → 2016.5: a number for colouring by time. */
export function bucketValue(bucket: string): number {
  const year = Number(bucket.slice(0, 4));
  const month = bucket.length >= 7 ? Number(bucket.slice(5, 7)) : 1;
  return year + (month - 1) / 12;
}

/**
 * Each province's state at bucket `t`. `firstUse` maps a province to the bucket
 * of its first use; `coverage` gives dated documents per province and bucket.
 * A province with a first use but no coverage row (cannot happen with the same
 * filters) still counts its use as one document.
 */
export function mapAt(
  t: string,
  firstUse: ReadonlyMap<string, string>,
  coverage: readonly { province: string; bucket: string; n_docs: number }[],
): Map<string, ProvinceMoment> {
  const out = new Map<string, ProvinceMoment>();
  for (const c of coverage) {
    if (c.bucket > t) continue;
    const prev = out.get(c.province);
    out.set(c.province, { value: null, first: null, n_docs: (prev?.n_docs ?? 0) + c.n_docs });
  }
  for (const [province, n] of out) {
    const first = firstUse.get(province);
    out.set(province, first !== undefined && first <= t ? { ...n, value: bucketValue(first), first } : { ...n, value: 0 });
  }
  for (const [province, first] of firstUse) {
    if (first <= t && !out.has(province)) out.set(province, { value: bucketValue(first), first, n_docs: 1 });
  }
  return out;
}

/** Every bucket from the earliest to the latest, sorted (the time control's steps). */
export function timeSteps(buckets: Iterable<string>): string[] {
  return [...new Set(buckets)].sort();
}

/**
 * Colour classes for first-use times between `lo` and `hi` (years, possibly
 * fractional): earlier adoption darker. "Not yet" (value 0) gets the zero
 * colour, which no bin uses.
 */
export function timeClasses(lo: number, hi: number, n = 6): ColourClasses {
  const zero = '#f4efe1';
  const start = Math.floor(lo);
  const end = Math.max(start + 1, Math.floor(hi) + 1);
  const step = Math.max(1, Math.ceil((end - start) / n));
  const bins: ColourClasses['bins'] = [];
  const k = Math.ceil((end - start) / step);
  for (let y = start; y < end; y += step) {
    const i = bins.length;
    // hi is exclusive in time but classColour compares value <= hi: stop just before the next year
    bins.push({ lo: y, hi: Math.min(y + step, end) - 1e-9, colour: sequentialColor(1 - (0.8 * i) / Math.max(1, k - 1)) });
  }
  return { zero, bins };
}
