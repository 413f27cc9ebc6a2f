/**
 * Colour-blind-safe colours shared by all charts. Categorical: Okabe & Ito
 * (2008), safe for the common colour-vision deficiencies. Beyond eight series
 * colours repeat with a dash pattern, so twelve lines stay distinguishable.
 * Sequential (heatmap, map): viridis, which is perceptually uniform and
 * readable in greyscale.
 */
import { interpolateViridis } from 'd3';

export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Colour of series i (cycles through the eight). */
export function seriesColor(i: number): string {
  return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
}

/** SVG stroke-dasharray for series i: solid for the first eight, dashed after. */
export function seriesDash(i: number): string {
  return i < CATEGORICAL.length ? '' : '6 3';
}

/** Sequential colour for t in [0, 1]; reversed so that more is darker. */
export function sequentialColor(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return interpolateViridis(1 - clamped);
}

/** Colour for "no data" cells and regions: light grey, distinct from any sequential colour. */
export const NO_DATA = '#e6e6e6';
