import { describe, expect, it } from 'vitest';
import { adoptionSeries } from '../../src/lib/diffusion/adoption';

describe('adoptionSeries(rows, slogans, time)', () => {
  const rows = [
    { slogan_id: 'S1', bucket: '2016', n_new: 2, cumulative: 2, n_total: 3 },
    { slogan_id: 'S1', bucket: '2019', n_new: 1, cumulative: 3, n_total: 3 },
    { slogan_id: 'S2', bucket: '2017', n_new: 1, cumulative: 1, n_total: 2 },
  ];
  it('fills every year between the first and last, carrying the count forward', () => {
    const [s1, s2] = adoptionSeries(rows, ['S1', 'S2'], 'year');
    expect(s1.points).toEqual([
      { bucket: '2016', value: 2 },
      { bucket: '2017', value: 2 },
      { bucket: '2018', value: 2 },
      { bucket: '2019', value: 3 },
    ]);
    expect(s2.points.map((p) => p.value)).toEqual([0, 1, 1, 1]);
  });
  it('counts the units the curve cannot place (n_total above the last cumulative)', () => {
    const [s1, s2] = adoptionSeries(rows, ['S1', 'S2'], 'year');
    expect([s1.unplaced, s2.unplaced]).toEqual([0, 1]);
  });
  it('a slogan without rows gets a flat zero series; no rows at all gives empty series', () => {
    expect(adoptionSeries(rows, ['S9'], 'year')[0].points.every((p) => p.value === 0)).toBe(true);
    expect(adoptionSeries([], ['S1'], 'month')).toEqual([{ slogan_id: 'S1', points: [], unplaced: 0 }]);
  });
});
