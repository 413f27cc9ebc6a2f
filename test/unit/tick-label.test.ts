import { describe, expect, it } from 'vitest';
import { bucketGranularity, tickLabel } from '../../src/lib/dates';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('tickLabel(date, granularity)', () => {
  it('month ticks carry their year', () => {
    expect(tickLabel(utc(2021, 4), 'month')).toBe('2021-04');
    expect(tickLabel(utc(2022, 1), 'month')).toBe('2022-01');
  });
  it('quarter ticks say the quarter and the year; a tick inside a quarter says its month and year', () => {
    expect(tickLabel(utc(2021, 4), 'quarter')).toBe('2021-Q2');
    expect(tickLabel(utc(2021, 5), 'quarter')).toBe('2021-05');
  });
  it('year ticks are the year; a tick not on the 1st is a full date', () => {
    expect(tickLabel(utc(2016, 1), 'year')).toBe('2016');
    expect(tickLabel(utc(2016, 3, 8), 'month')).toBe('2016-03-08');
  });
});

describe('bucketGranularity(key)', () => {
  it('reads the granularity off a bucket key', () => {
    expect(['2021', '2021-Q3', '2021-07', undefined].map(bucketGranularity)).toEqual(['year', 'quarter', 'month', 'year']);
  });
});
