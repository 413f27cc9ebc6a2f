/**
 * Colour classes of the choropleth: a class of its own for exactly zero
 * (documents exist but never use the slogan), then equal-width classes with
 * round boundaries for positive values. "No documents" is not a class: it has
 * no value and is drawn with the NO_DATA hatch instead.
 */
import { tickStep } from 'd3';
import { sequentialColor } from '../charts/palette';

export interface ColourBin {
  /** lower bound (exclusive for the first bin, which starts above zero) */
  lo: number;
  hi: number;
  colour: string;
}

export interface ColourClasses {
  zero: string;
  bins: ColourBin[];
}

/** Classes for values in [0, max]; `n` is a target, round widths may give a few more or fewer. */
export function colourClasses(max: number, n = 5): ColourClasses {
  const zero = sequentialColor(0);
  if (!(max > 0)) return { zero, bins: [] };
  // d3's tick step gives round class widths (1, 2, 5 × 10^k)
  const step = tickStep(0, max, n);
  const k = Math.max(1, Math.ceil(max / step - 1e-9));
  const edges = Array.from({ length: k + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  const bins: ColourBin[] = [];
  for (let i = 0; i < k; i++) {
    // spread classes over the scale but keep the lightest colour for zero
    bins.push({ lo: edges[i], hi: edges[i + 1], colour: sequentialColor(0.2 + (0.8 * (i + 1)) / k) });
  }
  return { zero, bins };
}

/** The colour of a value; null means "no documents" (the caller draws the hatch). */
export function classColour(value: number | null | undefined, c: ColourClasses): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  if (value <= 0 || c.bins.length === 0) return c.zero;
  const bin = c.bins.find((b) => value <= b.hi) ?? c.bins[c.bins.length - 1];
  return bin.colour;
}
