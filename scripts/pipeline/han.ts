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

/*
 * The same range as regex character-class bodies (no brackets), for patterns built with `new RegExp`.
 * Three spellings exist on purpose; each keeps the characters its patterns always matched:
 */
/** Exactly isHanCode: extension A and the basic block. */
export const HAN_CLASS = String.raw`\u3400-\u4DBF\u4E00-\u9FFF`;
/**
 * U+3400–U+9FFF in one span (the splitter's line tests): isHanCode plus the 64 Yijing hexagram symbols
 * (U+4DC0–U+4DFF) between the two blocks, which are not Han but never occur in the corpora.
 */
export const HAN_SPAN_CLASS = String.raw`\u3400-\u9fff`;
/** The basic block only (U+4E00–U+9FFF): attribution's name, organ and date-line patterns, which never took extension A. */
export const HAN_BASIC_CLASS = String.raw`\u4e00-\u9fff`;
