// Pure helpers the Regions view uses: which filters apply, how a measure is written, a table row.
import { describe, expect, it } from 'vitest';
import { appliedFilters, formatMeasure, sumsRow } from '../../src/lib/queries/regions';
import { emptyFilters } from '../../src/lib/vocabulary';

describe('appliedFilters(filters)', () => {
  it('appliedFilters empties the province filter (the map compares provinces) and keeps the others', () => {
    const f = { ...emptyFilters(), province: ['浙江省'], org_type: ['party_committee'] };
    expect(appliedFilters(f)).toEqual({ ...emptyFilters(), org_type: ['party_committee'] });
  });
  it('appliedFilters gives equal results for filters differing only in province', () => {
    const a = appliedFilters({ ...emptyFilters(), province: ['浙江省'] });
    const b = appliedFilters({ ...emptyFilters(), province: ['福建省'] });
    expect(a).toEqual(b);
  });
});

describe('formatMeasure(m)', () => {
  it("formatMeasure('occurrences') separates thousands", () => expect(formatMeasure('occurrences')(12345)).toBe('12,345'));
  it("formatMeasure('per10k') keeps two decimals", () => expect(formatMeasure('per10k')(3.14159)).toBe('3.14'));
  it("formatMeasure('pctDocs') is a percentage with one decimal", () => expect(formatMeasure('pctDocs')(12.345)).toBe('12.3%'));
});

describe('sumsRow(sums, m)', () => {
  const s = { n_docs: 3, n_chars: 7000, occurrences: 2, docs_with: 1 };
  it('sumsRow rounds the measure to 2 decimals and keeps the raw sums', () => {
    expect(sumsRow(s, 'per10k')).toEqual({ ...s, value: 2.86 }); // 2 × 10,000 / 7,000 = 2.857…
    expect(sumsRow(s, 'pctDocs').value).toBe(33.33);
  });
  it('sumsRow of a place without documents has no value (null, not 0)', () => {
    expect(sumsRow({ n_docs: 0, n_chars: 0, occurrences: 0, docs_with: 0 }, 'per10k').value).toBeNull();
  });
});
