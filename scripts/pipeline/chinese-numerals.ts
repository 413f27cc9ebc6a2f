/**
 * Reading numbers written in Chinese, defined once for dates (二〇二二年十二月)
 * and section markers (篇十二). Pure.
 */

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 2022 | 二〇二二 → 2022; 12 | 十二 | 一十二 → 12; null when not a number. */
export function parseNumber(s: string): number | null {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    const t = tens === '' ? 1 : CN_DIGIT[tens];
    const o = ones === '' ? 0 : CN_DIGIT[ones];
    return t === undefined || o === undefined || tens.length > 1 || ones.length > 1 ? null : t * 10 + o;
  }
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return s.length ? n : null;
}

/** An ordinal as section markers write it: Chinese numerals 一 to 九十九 (篇十二) or Arabic digits. */
const ORDINAL = /^(?:[一二三四五六七八九十]|[二三四五六七八九]?十[一二三四五六七八九]?)$/;

/** Chinese numerals up to 99 (篇十二) or Arabic digits → number; NaN otherwise. */
export function ordinal(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return ORDINAL.test(s) ? (parseNumber(s) as number) : NaN;
}
