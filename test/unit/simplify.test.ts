import { describe, expect, it } from 'vitest';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { existsSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const toSimplified = createSimplifier();

describe('toSimplified(text)', () => {
  it('converts Traditional slogans to the Simplified forms the lexicon uses', () => {
    expect(toSimplified('堅決做到「兩個維護」，增強「四個意識」')).toBe('坚决做到「两个维护」，增强「四个意识」');
    expect(toSimplified('關於憲法草案的報告')).toBe('关于宪法草案的报告');
  });

  it('leaves Simplified text as it is', () => {
    const s = '深刻领悟“两个确立”的决定性意义，坚持和发展新时代“枫桥经验”。';
    expect(toSimplified(s)).toBe(s);
  });

  it.each([
    ['a Traditional paragraph', '我國偉大的人民革命的根本目的，是在於從帝國主義、封建主義和官僚資本主義的壓迫下面解放我國的生産力。'],
    ['astral-plane characters', '𠀾測試𡃁與𨋢兩個確立'],
    ['a lone surrogate', 'a\ud800b兩'],
    ['mixed scripts and digits', '2023年ABC兩會，DNA與3D'],
    ['empty', ''],
  ])('returns exactly as many code units as it was given (%s)', (_name, text) => {
    const out = toSimplified(text);
    expect(out.length).toBe(text.length);
  });

  it('a slogan found in the simplified copy is at the same offsets in the original', () => {
    const original = '會議強調，要深刻領悟「兩個確立」的決定性意義。';
    const copy = toSimplified(original);
    const at = copy.indexOf('两个确立');
    expect(at).toBeGreaterThan(0);
    expect(original.slice(at, at + 4)).toBe('兩個確立');
  });
});

describe('toSimplified(text) on many lines', () => {
  const wikisource = '/work/shared/corpus/external/national-gwr-wikisource/gwr_1954.txt';
  const whole = OpenCC.Converter({ from: 't', to: 'cn' });

  it('equals OpenCC converting the whole text at once (lines are converted one by one, and cached)', () => {
    const text = ['關於憲法草案的報告', '', '堅決做到「兩個維護」，增強「四個意識」', '乾隆年間，著作頗豐。', '我國的生産力'].join('\n');
    expect(toSimplified(text)).toBe(whole(text));
    // the same lines again, inside a longer text: served from the cache, still the same result
    const longer = `第一屆全國人民代表大會\n${text}\n後記`;
    expect(toSimplified(longer)).toBe(whole(longer));
  });

  it('keeps a text with an ideographic description character (⿰) on the whole-text path', () => {
    const text = '這是⿰氵\n每個字';
    expect(toSimplified(text)).toBe(whole(text));
  });

  it.skipIf(!existsSync(wikisource))('equals OpenCC on a whole 1954 work report in Traditional characters', () => {
    const text = readFileSync(wikisource, 'utf8');
    const expected = whole(text);
    expect(expected.length).toBe(text.length); // the report converts without changing length, so no char-wise fallback
    expect(toSimplified(text)).toBe(expected);
  });
});
