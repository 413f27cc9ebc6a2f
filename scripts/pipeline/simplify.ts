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

/** Traditional → Simplified, guaranteed to return a string of exactly text.length code units. */
export function toSimplified(text: string): string {
  if (text === '') return text;
  const convert = getConverter();
  const whole = convert(text);
  // Phrase rules almost always map n characters to n characters; when one does not, offsets would shift.
  return whole.length === text.length ? whole : convertCharwise(text, convert);
}
