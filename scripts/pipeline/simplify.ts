/**
 * Stage "simplify": a Simplified-Chinese copy of a text for matching slogans
 * written in Traditional characters (wikisource reports: 兩個確立 → 两个确立).
 * The copy has exactly the same length as the original, so a match found at
 * offsets [s, e) of the copy is quoted from the original at the same offsets.
 */
import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

/** Traditional → Simplified, returning a string of exactly text.length code units. */
export type Simplify = (text: string) => string;

/** Converts one character at a time, keeping any character whose conversion would change the length. */
function convertCharwise(text: string, convert: Convert): string {
  const out: string[] = [];
  for (const ch of text) {
    const s = convert(ch);
    out.push(s.length === ch.length ? s : ch);
  }
  return out.join('');
}

/**
 * True when some character of the text changes under conversion on its own.
 * Most input is already Simplified, and this check (one table lookup a
 * character once warm) lets it skip the phrase converter entirely.
 * `charState` per BMP code unit: 0 = not yet known, 1 = unchanged by conversion, 2 = has a simplified form.
 */
function hasTraditional(text: string, convert: Convert, charState: Uint8Array): boolean {
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
 * Most converted lines a simplifier keeps: attribution converts a Traditional
 * document's opening and body, and the matcher's copy (title + body) converts
 * the same lines again. Cleared when full, so it holds only the last few
 * documents' lines.
 */
const LINE_CACHE_MAX = 4096;

/** Ideographic description characters (⿰…⿿): OpenCC skips one with its operands, which may run across a line break. */
const IDC = /[\u2ff0-\u2fff]/;

/**
 * convert(text), line by line through the cache. The same string as converting
 * the whole text at once: OpenCC replaces longest dictionary matches left to
 * right, no dictionary entry holds a line break, and (without ⿰…⿿) an
 * unmatched character is passed on alone, so no match or skip crosses a '\n'.
 */
function convertLines(text: string, convert: Convert, lineCache: Map<string, string>): string {
  if (IDC.test(text)) return convert(text);
  const out: string[] = [];
  for (let start = 0; ;) {
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

/**
 * A Traditional → Simplified converter with its own OpenCC dictionaries (tens
 * of milliseconds to build: once per thread, in loadResources) and memo tables.
 */
export function createSimplifier(): Simplify {
  // 't' is OpenCC's standard Traditional (mainland historical texts and most web Traditional);
  // Taiwan/HK variant characters are mapped by its character table too.
  const convert: Convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const charState = new Uint8Array(0x10000);
  const lineCache = new Map<string, string>();
  return (text: string): string => {
    if (text === '') return text;
    if (!hasTraditional(text, convert, charState)) return text;
    const whole = convertLines(text, convert, lineCache);
    // Phrase rules almost always map n characters to n characters; when one does not, offsets would shift.
    return whole.length === text.length ? whole : convertCharwise(text, convert);
  };
}
