import { describe, expect, it } from 'vitest';
import { CATEGORICAL, keyHash, seriesStyles } from '../../src/lib/charts/palette';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// real slogan ids from the lexicon, so the hash is exercised on the keys it will meet
const lexicon = readFileSync(fileURLToPath(new URL('../../data/lexicon/slogans.csv', import.meta.url)), 'utf8');
const ids = lexicon
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0])
  .filter((s) => s.length > 0);

const sig = (m: Map<string, { color: string; dash: string; marker: string }>) =>
  [...m].map(([k, v]) => `${k}:${v.color}:${v.dash}:${v.marker}`).sort();

describe('seriesStyles: one style per slogan, whatever order it was picked in', () => {
  it('has lexicon ids to work on', () => expect(ids.length).toBeGreaterThan(20));

  it('gives the same style for the same set in any order', () => {
    for (let start = 0; start + 5 <= Math.min(ids.length, 200); start += 5) {
      const set = ids.slice(start, start + 5);
      const reversed = [...set].reverse();
      const rotated = [...set.slice(2), ...set.slice(0, 2)];
      expect(sig(seriesStyles(reversed))).toEqual(sig(seriesStyles(set)));
      expect(sig(seriesStyles(rotated))).toEqual(sig(seriesStyles(set)));
    }
  });

  it('a single slogan always takes the colour its hash names, in every view', () => {
    for (const id of ids.slice(0, 50)) expect(seriesStyles([id]).get(id)!.color).toBe(CATEGORICAL[keyHash(id) % CATEGORICAL.length]);
  });

  it('never repeats a colour among eight or fewer series', () => {
    for (let start = 0; start + 8 <= Math.min(ids.length, 240); start += 3) {
      const styles = seriesStyles(ids.slice(start, start + 8));
      expect(new Set([...styles.values()].map((s) => s.color)).size).toBe(8);
      for (const s of styles.values()) expect(s.dash).toBe('');
    }
  });

  it('keeps twelve series distinguishable: no two share colour, dash and marker', () => {
    const styles = seriesStyles(ids.slice(0, 12));
    expect(styles.size).toBe(12);
    const combos = new Set([...styles.values()].map((s) => `${s.color}|${s.dash}|${s.marker}`));
    expect(combos.size).toBe(12);
    // the four beyond the first eight repeat a colour, so they must differ in dash and marker
    const second = [...styles.values()].filter((s) => s.dash !== '');
    expect(second).toHaveLength(4);
    for (const s of second) expect(s.marker).not.toBe('circle');
  });

  it('ignores duplicate keys', () => {
    expect(seriesStyles(['a', 'a', 'b']).size).toBe(2);
  });

  it('hashes the same in any runtime (FNV-1a reference value)', () => {
    // FNV-1a 32-bit of "a" is 0xe40c292c (published test vector)
    expect(keyHash('a')).toBe(0xe40c292c);
  });
});
