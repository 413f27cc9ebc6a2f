/**
 * Which series a click at height `py` may have meant: where points of
 * several series sit on (nearly) the same pixel, a click cannot tell them
 * apart, so the chart asks. Pure, on screen coordinates.
 */

/** Pixels within which two points count as one target (a dot is 3 px, a finger more). */
export const OVERLAP_PX = 6;

/**
 * Indices of the series under a click: the nearest defined point, and every
 * other point within `tol` pixels of it, nearest first. Empty when no series
 * has a point at this x.
 */
export function seriesUnder(ys: readonly (number | null)[], py: number, tol = OVERLAP_PX): number[] {
  let best = -1;
  ys.forEach((y, k) => {
    if (y !== null && (best < 0 || Math.abs(y - py) < Math.abs(ys[best]! - py))) best = k;
  });
  if (best < 0) return [];
  const at = ys[best]!;
  return ys
    .map((y, k) => ({ k, y }))
    .filter((d): d is { k: number; y: number } => d.y !== null && Math.abs(d.y - at) <= tol)
    .sort((a, b) => Math.abs(a.y - py) - Math.abs(b.y - py) || a.k - b.k)
    .map((d) => d.k);
}
