// Server-renders LineChart on the Chart container: one line per series, a dot per
// defined point, y labels from the value axis, and tick labels for the years.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../src/lib/charts/LineChart.svelte';

describe('LineChart (server render)', () => {
  const series = [
    {
      id: 'a',
      label: 'A',
      color: '#111111',
      dash: '',
      points: [
        { bucket: '2020', value: 1 },
        { bucket: '2021', value: 4 },
        { bucket: '2022', value: 2 },
      ],
    },
    {
      id: 'b',
      label: 'B',
      color: '#222222',
      dash: '4 2',
      points: [
        { bucket: '2020', value: 0 },
        { bucket: '2021', value: null },
        { bucket: '2022', value: 3 },
      ],
    },
  ];
  const { body } = render(LineChart, { props: { series, label: 'trend', yLabel: 'count', format: (v: number | null) => String(v) } });
  const svg = body.slice(body.indexOf('<svg'), body.indexOf('</svg>'));

  it('draws one path per series, and a null value breaks its line into two pieces', () => {
    const paths = [...svg.matchAll(/<path d="([^"]*)"[^>]*stroke="(#\d+)"/g)].map((m) => [m[2], m[1]]);
    expect(paths.map(([c]) => c)).toEqual(['#111111', '#222222']);
    expect(paths[0][1].match(/M/g)).toHaveLength(1);
    expect(paths[1][1].match(/M/g)).toHaveLength(2);
  });
  it('draws a dot per defined point, in the series colour', () => {
    expect(svg.match(/<circle[^>]*fill="#111111"/g)).toHaveLength(3);
    expect(svg.match(/<circle[^>]*fill="#222222"/g)).toHaveLength(2);
  });
  it('labels the value axis from 0 to the largest value, and the years on the time axis', () => {
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('0');
    expect(texts).toContain('4');
    expect(texts).toContain('count');
    expect(texts).toEqual(expect.arrayContaining(['2020', '2021', '2022']));
  });
  it('puts the larger value higher (smaller y) on the same x', () => {
    const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"[^>]*fill="(#\d+)"/g)].map((m) => ({ x: +m[1], y: +m[2], c: m[3] }));
    const at2022 = dots.filter((d) => Math.abs(d.x - Math.max(...dots.map((q) => q.x))) < 1e-6);
    const a = at2022.find((d) => d.c === '#111111')!; // value 2
    const b = at2022.find((d) => d.c === '#222222')!; // value 3
    expect(b.y).toBeLessThan(a.y);
  });
});
