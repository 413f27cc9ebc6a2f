import { describe, expect, it } from 'vitest';
import { seriesUnder } from '../../src/lib/charts/overlap';

describe('seriesUnder: the series a click may have meant', () => {
  it('one series when the nearest point stands apart', () => {
    expect(seriesUnder([100, 200, 300], 205)).toEqual([1]);
  });
  it('every series whose point lies on the nearest one (zeros on the baseline), nearest first', () => {
    // three series at zero share the baseline at y = 300; a fourth is far above
    expect(seriesUnder([300, 120, 300, 300], 298)).toEqual([0, 2, 3]);
    expect(seriesUnder([300, 120, 304, 298], 303)).toEqual([2, 0, 3]);
    expect(seriesUnder([300, 120, 304, 296], 303)).toEqual([2, 0]); // 296 is 8 px from the nearest point
  });
  it('counts the distance from the nearest point, not from the click', () => {
    // the click is 9 px below series 0; series 1 is 5 px above series 0 — overlapping it, though 14 px from the click
    expect(seriesUnder([100, 95, 60], 109)).toEqual([0, 1]);
    expect(seriesUnder([100, 93, 60], 109)).toEqual([0]);
  });
  it('skips missing points and returns nothing when none is defined', () => {
    expect(seriesUnder([null, 50, null], 10)).toEqual([1]);
    expect(seriesUnder([null, null], 10)).toEqual([]);
  });
});
