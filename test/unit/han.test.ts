import { describe, expect, it } from 'vitest';
import { HAN_BASIC_CLASS, HAN_CLASS, HAN_SPAN_CLASS, isHanCode } from '../../scripts/pipeline/han';

/** Code units a character class accepts that isHanCode rejects, and the reverse, over the whole BMP. */
function differences(cls: string): { extra: number[]; missing: number[] } {
  const re = new RegExp(`^[${cls}]$`);
  const extra: number[] = [];
  const missing: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates
    const inClass = re.test(String.fromCharCode(c));
    if (inClass && !isHanCode(c)) extra.push(c);
    if (!inClass && isHanCode(c)) missing.push(c);
  }
  return { extra, missing };
}

describe('the Han range, one home', () => {
  it('HAN_CLASS accepts exactly what isHanCode accepts', () => {
    expect(differences(HAN_CLASS)).toEqual({ extra: [], missing: [] });
  });

  it('HAN_SPAN_CLASS adds only the Yijing hexagram symbols between extension A and the basic block', () => {
    const { extra, missing } = differences(HAN_SPAN_CLASS);
    expect(missing).toEqual([]);
    expect(extra.length).toBe(64);
    expect(Math.min(...extra)).toBe(0x4dc0);
    expect(Math.max(...extra)).toBe(0x4dff);
  });

  it('HAN_BASIC_CLASS leaves out extension A only', () => {
    const { extra, missing } = differences(HAN_BASIC_CLASS);
    expect(extra).toEqual([]);
    expect(missing.length).toBe(0x4dbf - 0x3400 + 1);
    expect(new RegExp(`[${HAN_BASIC_CLASS}]`).test('㐀')).toBe(false);
    expect(new RegExp(`[${HAN_BASIC_CLASS}]`).test('中')).toBe(true);
  });
});
