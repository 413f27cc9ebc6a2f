/**
 * The Han character range, defined once: CJK Unified Ideographs, basic block
 * (U+4E00–U+9FFF) and extension A (U+3400–U+4DBF) — the characters slogans,
 * names and titles are made of. Pure.
 */

/** True for a UTF-16 code unit in the Han range. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A non-empty token made of Han characters only. */
export function isHanWord(t: string): boolean {
  if (t.length === 0) return false;
  for (let k = 0; k < t.length; k++) if (!isHanCode(t.charCodeAt(k))) return false;
  return true;
}
