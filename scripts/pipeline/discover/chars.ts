/** Character tests shared by the discovery sources. Pure. */

export const OPEN_QUOTES = '“‘「『"\'';
export const CLOSE_QUOTES = '”’」』"\'';

const OPEN = new Uint8Array(0x10000);
const CLOSE = new Uint8Array(0x10000);
for (const ch of OPEN_QUOTES) OPEN[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE_QUOTES) CLOSE[ch.charCodeAt(0)] = 1;

export { isHanCode, isHanWord } from '../han';

/** True when text[start, end) stands directly between an opening and a closing quotation mark. */
export function isQuotedAt(text: string, start: number, end: number): boolean {
  return start > 0 && end < text.length && OPEN[text.charCodeAt(start - 1)] === 1 && CLOSE[text.charCodeAt(end)] === 1;
}
