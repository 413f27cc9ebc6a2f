import { describe, expect, it } from 'vitest';
import { dealBySize } from '../../scripts/bench/parallel-cut';

describe('dealBySize (the threads of the bench floor)', () => {
  const sizes: Record<string, number> = { a: 90, b: 50, c: 40, d: 30, e: 20, f: 10 };
  const size = (f: string) => sizes[f];

  it('gives every file to exactly one thread', () => {
    const shares = dealBySize(Object.keys(sizes), 3, size);
    expect(shares).toHaveLength(3);
    expect(shares.flat().sort()).toEqual(Object.keys(sizes).sort());
  });

  it('balances the bytes: 240 bytes on two threads are split 120 / 120', () => {
    const shares = dealBySize(Object.keys(sizes), 2, size);
    const bytes = shares.map((s) => s.reduce((n, f) => n + size(f), 0));
    expect(bytes.sort()).toEqual([120, 120]);
  });

  it('leaves a thread empty rather than splitting a file when there are more threads than files', () => {
    const shares = dealBySize(['a', 'b'], 3, size);
    expect(shares.map((s) => s.length).sort()).toEqual([0, 1, 1]);
  });
});
