/**
 * Stage "simplify": a Simplified-Chinese copy of a text for matching slogans
 * written in Traditional characters (wikisource reports: 兩個確立 → 两个确立).
 * The copy has exactly the same length as the original, so a match found at
 * offsets [s, e) of the copy is quoted from the original at the same offsets.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

// Built on first use: loading the dictionaries costs tens of milliseconds, and most runs never meet Traditional text.
let converter: Convert | null = null;

function getConverter(): Convert {
  // 't' is OpenCC's standard Traditional (mainland historical texts and most web Traditional);
  // Taiwan/HK variant characters are mapped by its character table too.
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter;
}

/** Converts one character at a time, keeping any character whose conversion would change the length. */
function convertCharwise(text: string, convert: Convert): string {
  const out: string[] = [];
  for (const ch of text) {
    const s = convert(ch);
    out.push(s.length === ch.length ? s : ch);
  }
  return out.join('');
}

// Per BMP code unit: 0 = not yet known, 1 = unchanged by conversion, 2 = has a simplified form.
const charState = new Uint8Array(0x10000);

/**
 * True when some character of the text changes under conversion on its own.
 * Most input is already Simplified, and this check (one table lookup a
 * character once warm) lets it skip the phrase converter entirely.
 */
function hasTraditional(text: string, convert: Convert): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let st = charState[c];
    if (st === 0) {
      const ch = text[i];
      st = charState[c] = convert(ch) === ch ? 1 : 2;
    }
    if (st === 2) return true;
  }
  return false;
}

/** Traditional → Simplified, guaranteed to return a string of exactly text.length code units. */
export function toSimplified(text: string): string {
  if (text === '') return text;
  const convert = getConverter();
  if (!hasTraditional(text, convert)) return text;
  const whole = convert(text);
  // Phrase rules almost always map n characters to n characters; when one does not, offsets would shift.
  return whole.length === text.length ? whole : convertCharwise(text, convert);
}
