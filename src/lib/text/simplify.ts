/**
 * Traditional → Simplified (the pipeline's stage "simplify", and the dashboard's
 * conversion of typed phrases — one rule for both): a Simplified-Chinese copy of a text for matching slogans
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

/**
 * Converted lines, shared by the calls of one document: attribution converts a
 * Traditional document's opening and body, and the matcher's copy (title +
 * body) converts the same lines again. Cleared when full, so it holds only
 * the last few documents' lines.
 */
const lineCache = new Map<string, string>();
const LINE_CACHE_MAX = 4096;

/** Ideographic description characters (⿰…⿿): OpenCC skips one with its operands, which may run across a line break. */
const IDC = /[\u2ff0-\u2fff]/;

/**
 * convert(text), line by line through the cache. The same string as converting
 * the whole text at once: OpenCC replaces longest dictionary matches left to
 * right, no dictionary entry holds a line break, and (without ⿰…⿿) an
 * unmatched character is passed on alone, so no match or skip crosses a '\n'.
 */
function convertLines(text: string, convert: Convert): string {
  if (IDC.test(text)) return convert(text);
  const out: string[] = [];
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    let s = lineCache.get(line);
    if (s === undefined) {
      if (lineCache.size >= LINE_CACHE_MAX) lineCache.clear();
      s = convert(line);
      lineCache.set(line, s);
    }
    out.push(s);
    if (nl < 0) break;
    start = nl + 1;
  }
  return out.join('\n');
}

/** Traditional → Simplified, guaranteed to return a string of exactly text.length code units. */
export function toSimplified(text: string): string {
  if (text === '') return text;
  const convert = getConverter();
  if (!hasTraditional(text, convert)) return text;
  const whole = convertLines(text, convert);
  // Phrase rules almost always map n characters to n characters; when one does not, offsets would shift.
  return whole.length === text.length ? whole : convertCharwise(text, convert);
}
