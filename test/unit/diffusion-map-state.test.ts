import { describe, expect, it } from 'vitest';
import { bucketValue, mapAt, timeClasses, timeSteps } from '../../src/lib/diffusion/map-state';
import { classColour } from '../../src/lib/geo/classes';

describe('mapAt(t, firstUse, coverage)', () => {
  const coverage = [
    { province: '浙江省', bucket: '2016', n_docs: 3 },
    { province: '浙江省', bucket: '2018', n_docs: 1 },
    { province: '广西壮族自治区', bucket: '2017', n_docs: 2 },
    { province: '西藏自治区', bucket: '2023', n_docs: 2 },
  ];
  const first = new Map([
    ['浙江省', '2018'],
    ['西藏自治区', '2023'],
  ]);
  it('a province with no documents up to t is absent (drawn as "no documents"), not "not yet"', () => {
    const m = mapAt('2020', first, coverage);
    expect(m.has('西藏自治区')).toBe(false);
    expect(m.get('广西壮族自治区')).toEqual({ value: 0, n_docs: 2, first: null });
  });
  it('before its first use a province with documents is "not yet" (0); from it, coloured by when', () => {
    expect(mapAt('2017', first, coverage).get('浙江省')).toEqual({ value: 0, n_docs: 3, first: null });
    expect(mapAt('2018', first, coverage).get('浙江省')).toEqual({ value: 2018, n_docs: 4, first: '2018' });
    expect(mapAt('2023', first, coverage).get('西藏自治区')).toEqual({ value: 2023, n_docs: 2, first: '2023' });
  });
});

describe('time helpers', () => {
  it("bucketValue('2016-07') is 2016.5", () => expect(bucketValue('2016-07')).toBe(2016.5));
  it('timeSteps sorts and dedupes', () => expect(timeSteps(['2018', '2016', '2018'])).toEqual(['2016', '2018']));
  it('timeClasses: every year of the range falls in one bin, "not yet" has its own colour, earlier is darker', () => {
    const c = timeClasses(1954, 2025);
    for (let y = 1954; y <= 2025; y++) expect(c.bins.filter((b) => y > b.lo - 1e-6 && y <= b.hi).length).toBe(1);
    expect(classColour(0, c)).toBe(c.zero);
    expect(c.bins.map((b) => b.colour)).not.toContain(c.zero);
    expect(classColour(1954, c)).not.toBe(classColour(2025, c));
  });
});
