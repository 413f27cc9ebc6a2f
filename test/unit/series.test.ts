import { describe, expect, it } from 'vitest';
import { buildSeries, measureOf, movingAverage, roundMeasure } from '../../src/lib/series';

describe('series helpers', () => {
  it('movingAverage(values, 3) is a trailing mean over defined values', () => {
    expect(movingAverage([3, 6, 9, 12], 3)).toEqual([3, 4.5, 6, 9]);
    expect(movingAverage([2, null, 4], 2)).toEqual([2, null, 4]);
    expect(movingAverage([1, 2], 0)).toEqual([1, 2]);
  });

  it('measureOf() gives null rather than dividing by zero', () => {
    const s = { occurrences: 5, docs_with: 2, n_docs: 4, n_chars: 20_000 };
    expect(measureOf(s, 'occurrences')).toBe(5);
    expect(measureOf(s, 'per10k')).toBe(2.5);
    expect(measureOf(s, 'pctDocs')).toBe(50);
    expect(measureOf({ occurrences: 0, docs_with: 0, n_docs: 0, n_chars: 0 }, 'pctDocs')).toBeNull();
    expect(measureOf({ occurrences: 0, docs_with: 0, n_docs: 0, n_chars: 0 }, 'per10k')).toBeNull();
  });

  it('buildSeries() puts empty buckets on the axis (zero occurrences, undefined rates)', () => {
    const rows = [
      { bucket: '2019', slogan_id: 'A', occurrences: 2, docs_with: 1, n_docs: 2, n_chars: 100 },
      { bucket: '2021', slogan_id: 'A', occurrences: 4, docs_with: 2, n_docs: 2, n_chars: 100 },
    ];
    const [a] = buildSeries(rows, ['A'], 'year', 'occurrences', 0);
    expect(a.points.map((p) => [p.bucket, p.value])).toEqual([
      ['2019', 2],
      ['2020', 0],
      ['2021', 4],
    ]);
    const [b] = buildSeries(rows, ['A'], 'year', 'pctDocs', 0);
    expect(b.points.map((p) => p.value)).toEqual([50, null, 100]);
  });

  it('roundMeasure() keeps 3 decimals for rates', () => {
    expect(roundMeasure(1 / 3, 'per10k')).toBe(0.333);
    expect(roundMeasure(null, 'per10k')).toBeNull();
  });
});
