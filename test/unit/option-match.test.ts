import { describe, expect, it } from 'vitest';
import { matchOptions, mergeSelection, type ValueOption } from '../../src/lib/controls/option-match';

// Five thousand file names shaped like the corpus's: folder/YYYY-MM_NNNN.txt
const FILES: ValueOption[] = Array.from({ length: 5000 }, (_, i) => {
  const value = `${i % 2 === 0 ? 'seeds' : 'external/gov'}/${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}_${String(i).padStart(4, '0')}.txt`;
  return { value, label: value, n: i % 7 };
});

describe('matchOptions(options, query, limit)', () => {
  it("matchOptions(files, '', 50) shows the first 50 and counts all", () => {
    const m = matchOptions(FILES, '', 50);
    expect(m.total).toBe(5000);
    expect(m.shown).toEqual(FILES.slice(0, 50));
  });
  it("matchOptions(files, 'SEEDS 2024', 10) needs every term, in any case and order", () => {
    const m = matchOptions(FILES, 'SEEDS 2024', 10);
    const expected = FILES.filter((f) => f.value.startsWith('seeds/') && f.value.includes('2024'));
    expect(m.total).toBe(expected.length);
    expect(m.total).toBeGreaterThan(10);
    expect(m.shown).toEqual(expected.slice(0, 10));
    expect(matchOptions(FILES, '2024 seeds', 10).total).toBe(expected.length);
  });
  it('matchOptions also searches the label (a translated value)', () => {
    const opts = [
      { value: 'soe', label: 'State-owned enterprise', n: 3 },
      { value: 'party_group', label: 'Party group', n: 1 },
    ];
    expect(matchOptions(opts, 'owned', 5).shown.map((o) => o.value)).toEqual(['soe']);
    expect(matchOptions(opts, 'nothing-like-this', 5)).toEqual({ shown: [], total: 0 });
  });
});

describe('mergeSelection(previous, visible, picked)', () => {
  it('keeps selected values that are filtered out of view', () => {
    expect(mergeSelection(['a', 'x'], ['x', 'y'], ['x', 'y'])).toEqual(['a', 'x', 'y']);
  });
  it('drops a visible value that was unpicked', () => {
    expect(mergeSelection(['a', 'x'], ['x', 'y'], [])).toEqual(['a']);
  });
});
