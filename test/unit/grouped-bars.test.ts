// Server-renders GroupedBars: bar lengths are proportional to values.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import GroupedBars from '../../src/lib/charts/GroupedBars.svelte';

describe('GroupedBars (server render)', () => {
  const groups = [
    { key: 'g1', label: '甲' },
    { key: 'g2', label: '乙' },
  ];
  const series = [
    { key: 's1', label: 'one' },
    { key: 's2', label: 'two' },
  ];
  const vals: Record<string, number> = { g1s1: 2, g1s2: 4, g2s1: 0, g2s2: 1 };
  const bars = groups.flatMap((g) => series.map((s) => ({ group: g.key, series: s.key, value: vals[g.key + s.key], label: '' })));
  const { body } = render(GroupedBars, { props: { groups, series, bars, title: 'bars', format: String } });
  const widths = Object.fromEntries(
    [...body.matchAll(/data-group="(\w+)" data-series="(\w+)"[^>]*>\s*<rect[^>]*width="([\d.]+)"/g)].map((m) => [m[1] + m[2], Number(m[3])]),
  );

  it('draws one bar per group × series', () => {
    expect(Object.keys(widths).sort()).toEqual(['g1s1', 'g1s2', 'g2s1', 'g2s2']);
  });
  it('bar widths are proportional to values, zero has no length', () => {
    expect(widths.g1s2).toBeCloseTo(2 * widths.g1s1, 6);
    expect(widths.g1s2).toBeCloseTo(4 * widths.g2s2, 6);
    expect(widths.g2s1).toBe(0);
  });
});
