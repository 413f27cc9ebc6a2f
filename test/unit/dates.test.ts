import { describe, expect, it } from 'vitest';
import { bucketDate, bucketRange, bucketStart, nextBucket, parseDate } from '../../src/lib/dates';

describe('bucketDate', () => {
  it("bucketDate(d, 'year') takes the year of any precision", () => {
    expect(bucketDate('2021', 'year')).toBe('2021');
    expect(bucketDate('2021-07', 'year')).toBe('2021');
    expect(bucketDate('2021-07-15', 'year')).toBe('2021');
  });

  it("bucketDate(d, 'quarter') puts months in quarters and refuses year-only dates", () => {
    expect(bucketDate('2021-01-01', 'quarter')).toBe('2021-Q1');
    expect(bucketDate('2021-03-31', 'quarter')).toBe('2021-Q1');
    expect(bucketDate('2021-04', 'quarter')).toBe('2021-Q2');
    expect(bucketDate('2021-12-31', 'quarter')).toBe('2021-Q4');
    expect(bucketDate('2021', 'quarter')).toBeNull();
  });

  it("bucketDate(d, 'month') refuses a YYYY date rather than guessing January", () => {
    expect(bucketDate('2021', 'month')).toBeNull();
    expect(bucketDate('2021-09', 'month')).toBe('2021-09');
    expect(bucketDate('2021-09-30', 'month')).toBe('2021-09');
  });

  it('null, empty and malformed dates give null', () => {
    for (const d of [null, undefined, '', '2021/09', '21-09', '2021-13', '2021-00-01', '2021-01-32']) {
      expect(bucketDate(d, 'year')).toBeNull();
    }
    expect(parseDate('2021-02-03')).toEqual({ year: 2021, month: 2, day: 3 });
  });
});

describe('bucket ranges', () => {
  it('bucketStart() is the first day of the bucket in UTC', () => {
    expect(bucketStart('2021-Q3').toISOString()).toBe('2021-07-01T00:00:00.000Z');
    expect(bucketStart('2021-02').toISOString()).toBe('2021-02-01T00:00:00.000Z');
    expect(bucketStart('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });

  it('nextBucket() crosses year ends', () => {
    expect(nextBucket('2021-Q4', 'quarter')).toBe('2022-Q1');
    expect(nextBucket('2021-12', 'month')).toBe('2022-01');
    expect(nextBucket('2021', 'year')).toBe('2022');
  });

  it('bucketRange() fills gaps inclusively', () => {
    expect(bucketRange('2021-Q3', '2022-Q2', 'quarter')).toEqual(['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2']);
    expect(bucketRange('2020', '2020', 'year')).toEqual(['2020']);
    expect(bucketRange('2021-11', '2022-02', 'month')).toHaveLength(4);
  });
});
