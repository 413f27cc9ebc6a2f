/**
 * Colour-blind-safe colours shared by all charts. Categorical: Okabe & Ito
 * (2008), safe for the common colour-vision deficiencies. A slogan's style
 * (colour, dash, marker) comes from `seriesStyles`, keyed by its id, so the
 * same chosen slogans look the same in every view and export whatever order
 * they were picked in. Beyond eight series colours repeat with another dash
 * pattern and marker shape, so twelve lines stay distinguishable.
 * Sequential (heatmap, map): viridis, which is perceptually uniform and
 * readable in greyscale.
 */
import { interpolateViridis } from 'd3';

export const CATEGORICAL = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

/** Colour of series i (cycles through the eight). */
export function seriesColor(i: number): string {
  return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length];
}

export const DASHES = ['', '7 3', '2 3', '9 3 2 3'] as const;
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray ('' = solid) */
  dash: string;
  marker: Marker;
}

/** Style of slot s: colours 0–7, then the next ring of eight with a new dash and marker. */
export function slotStyle(s: number): SeriesStyle {
  const ring = Math.floor(s / CATEGORICAL.length);
  return { color: seriesColor(s), dash: DASHES[ring % DASHES.length], marker: MARKERS[ring % MARKERS.length] };
}

/** FNV-1a over UTF-16 code units: a small stable hash, the same in every browser and in Node. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * One style per key, a function of the *set* of keys (not their order): each
 * key prefers the colour its hash names; keys are placed in sorted order and a
 * key whose colour is taken gets the next free colour, and only once all eight
 * are taken the next ring (same colours, new dash and marker). So picking the
 * same slogans in Trends, Organisations or Diffusion, in any order, gives the
 * same colours, and a chart of n ≤ 8 series never repeats a colour.
 */
export function seriesStyles(keys: readonly string[]): Map<string, SeriesStyle> {
  const n = CATEGORICAL.length;
  const taken = new Set<number>();
  const out = new Map<string, SeriesStyle>();
  for (const key of [...new Set(keys)].sort()) {
    const pref = keyHash(key) % n;
    let slot = -1;
    for (let ring = 0; slot < 0; ring++) {
      for (let k = 0; k < n && slot < 0; k++) {
        const s = ring * n + ((pref + k) % n);
        if (!taken.has(s)) slot = s;
      }
    }
    taken.add(slot);
    out.set(key, slotStyle(slot));
  }
  return out;
}

/** Sequential colour for t in [0, 1]; reversed so that more is darker. */
export function sequentialColor(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  return interpolateViridis(1 - clamped);
}

/** Colour for "no data" cells and regions: light grey, distinct from any sequential colour. */
export const NO_DATA = '#e6e6e6';
