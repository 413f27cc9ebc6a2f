/**
 * What a chart container (Chart.svelte) shares with its layers, LayerCake-style:
 * the drawing size, the plot box inside the padding, and the chart's scales
 * with their ranges already fitted to that box.
 */
import { getContext, setContext } from 'svelte';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot area in SVG coordinates: where marks go, inside the padding. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartContext<X = unknown, Y = unknown> {
  /** the width available to the chart (its container's), before any minimum */
  readonly available: number;
  readonly width: number;
  readonly height: number;
  readonly box: Box;
  readonly x: X;
  readonly y: Y;
}

/** A scale an axis can draw: maps a value to a coordinate and proposes ticks (d3 linear, time, log …). */
export interface TickScale<D> {
  (value: D): number;
  ticks(count?: number): D[];
}

const KEY = Symbol('chart');

export function setChart<X, Y>(ctx: ChartContext<X, Y>): void {
  setContext(KEY, ctx);
}

/** The enclosing chart's context; a layer outside a Chart is a programming error. */
export function getChart<X = unknown, Y = unknown>(): ChartContext<X, Y> {
  const ctx = getContext<ChartContext<X, Y> | undefined>(KEY);
  if (!ctx) throw new Error('chart layer used outside a <Chart> container');
  return ctx;
}
