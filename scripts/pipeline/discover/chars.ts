/** Character tests shared by the discovery sources. Pure. */

export const OPEN_QUOTES = '“‘「『"\'';
export const CLOSE_QUOTES = '”’」』"\'';

const OPEN = new Uint8Array(0x10000);
const CLOSE = new Uint8Array(0x10000);
for (const ch of OPEN_QUOTES) OPEN[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE_QUOTES) CLOSE[ch.charCodeAt(0)] = 1;

/** CJK Unified Ideographs (basic block and extension A): the characters slogans are made of. */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A non-empty token made of Han characters only. */
export function isHanWord(t: string): boolean {
  if (t.length === 0) return false;
  for (let k = 0; k < t.length; k++) if (!isHanCode(t.charCodeAt(k))) return false;
  return true;
}

/** True when text[start, end) stands directly between an opening and a closing quotation mark. */
export function isQuotedAt(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && OPEN[text.charCodeAt(start - 1)] === 1 && CLOSE[text.charCodeAt(end)] === 1;
}
