// Server-renders the Heatmap: one cell per row × column, darker for more.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Heatmap from '../../src/lib/charts/Heatmap.svelte';
import { NO_DATA, sequentialColor } from '../../src/lib/charts/palette';

describe('Heatmap (server render)', () => {
  const rows = [
    { key: 'a', label: '市委统战部理论学习中心组' },
    { key: 'b', label: '<b>not markup</b>' },
  ];
  const cols = [
    { key: 'S1', label: '两个确立' },
    { key: 'S2', label: '四个意识' },
    { key: 'S3', label: '三会一课' },
  ];
  const value = (r: string, c: string) => (r === 'a' && c === 'S1' ? 4 : r === 'b' && c === 'S3' ? null : 1);
  const cells = rows.flatMap((r) => cols.map((c) => ({ row: r.key, col: c.key, value: value(r.key, c.key), text: 't', label: `${r.key}×${c.key}` })));
  const { body } = render(Heatmap, { props: { rows, cols, cells, title: 'heat' } });
  const drawn = [...body.matchAll(/<g class="cell[^"]*" data-row="(\w)" data-col="(\w+)"[^>]*>\s*<rect[^>]*fill="([^"]+)"/g)];

  it('draws one cell per row × column', () => {
    expect(drawn.map((d) => `${d[1]}${d[2]}`).sort()).toEqual(['aS1', 'aS2', 'aS3', 'bS1', 'bS2', 'bS3']);
  });
  it('colours the largest value with the darkest end and a null as no data', () => {
    const fill = (r: string, c: string) => drawn.find((d) => d[1] === r && d[2] === c)![3];
    expect(fill('a', 'S1')).toBe(sequentialColor(1));
    expect(fill('a', 'S2')).toBe(sequentialColor(0.25));
    expect(fill('b', 'S3')).toBe(NO_DATA);
  });
  it('prints labels as text, never as markup', () => {
    expect(body).not.toContain('<b>not markup</b>');
    expect(body).toContain('&lt;b>not markup&lt;/b>');
  });
});
