import { describe, expect, it } from 'vitest';
import { classColour, colourClasses } from '../../src/lib/geo/classes';

describe('colourClasses(max)', () => {
  it('colourClasses(37) covers 0..37 with round, contiguous bounds', () => {
    const c = colourClasses(37);
    expect(c.bins.length).toBeGreaterThanOrEqual(3);
    expect(c.bins[0].lo).toBe(0);
    expect(c.bins[c.bins.length - 1].hi).toBeGreaterThanOrEqual(37);
    for (let i = 1; i < c.bins.length; i++) expect(c.bins[i].lo).toBe(c.bins[i - 1].hi);
    for (const b of c.bins) expect(Number.isInteger(b.hi)).toBe(true);
  });
  it('colourClasses(0) has only the zero class', () => {
    expect(colourClasses(0).bins).toEqual([]);
    expect(colourClasses(Number.NaN).bins).toEqual([]);
  });
  it('every class has its own colour, zero included', () => {
    const c = colourClasses(100);
    const colours = [c.zero, ...c.bins.map((b) => b.colour)];
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('classColour(value, classes)', () => {
  const c = colourClasses(100);
  it('classColour(null) is null: no documents is not a value', () => {
    expect(classColour(null, c)).toBeNull();
    expect(classColour(undefined, c)).toBeNull();
  });
  it('classColour(0) is the zero colour, distinct from the smallest positive value', () => {
    expect(classColour(0, c)).toBe(c.zero);
    expect(classColour(0.001, c)).toBe(c.bins[0].colour);
  });
  it('classColour(max) is the last class, and a value on a boundary goes to the lower class', () => {
    expect(classColour(100, c)).toBe(c.bins[c.bins.length - 1].colour);
    expect(classColour(c.bins[0].hi, c)).toBe(c.bins[0].colour);
  });
});
