/**
 * Adoption rows (first uses per bucket, cumulative) → one step series per
 * slogan over a shared run of buckets: every bucket from the earliest first
 * use to the latest, the count carried forward where nothing new happened
 * (so the curve's last value is the number of units that used the slogan).
 */
import { bucketRange } from '../dates';
import type { AdoptionRow, TimeUnit } from '../queries/diffusion';

export interface AdoptionSeries {
  slogan_id: string;
  points: { bucket: string; value: number }[];
  /** units with a dated use that the curve cannot place (dated by year only, at month granularity) */
  unplaced: number;
}

export function adoptionSeries(rows: readonly AdoptionRow[], slogans: readonly string[], time: TimeUnit): AdoptionSeries[] {
  const buckets = rows.map((r) => r.bucket).sort();
  if (buckets.length === 0) return slogans.map((slogan_id) => ({ slogan_id, points: [], unplaced: 0 }));
  const range = bucketRange(buckets[0], buckets[buckets.length - 1], time);
  return slogans.map((slogan_id) => {
    const mine = new Map(rows.filter((r) => r.slogan_id === slogan_id).map((r) => [r.bucket, r]));
    let value = 0;
    let total = 0;
    const points = range.map((bucket) => {
      const r = mine.get(bucket);
      if (r) {
        value = r.cumulative;
        total = r.n_total;
      }
      return { bucket, value };
    });
    return { slogan_id, points, unplaced: Math.max(0, total - value) };
  });
}
