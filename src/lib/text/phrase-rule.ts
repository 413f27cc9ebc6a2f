/**
 * How a phrase matches text, one rule for the pipeline's slogan matcher
 * (scripts/pipeline/match.ts) and the dashboard's free-phrase search:
 * matching runs on the simplified copy of the text; quotation marks may sit
 * anywhere between a phrase's characters; other separators (、，；· and
 * whitespace) only where the phrase itself has a separator (its part
 * boundaries: 低级红、高级黑); a line break (paragraph end) never.
 */

/** Character classes, indexed by UTF-16 code unit. */
export const PLAIN = 0;
export const QUOTE = 1;
export const SEPARATOR = 2;

export const QUOTE_CHARS = '“”‘’"\'「」『』';
/** Whitespace except line breaks: a paragraph boundary is a hard stop. */
export const LINE_BREAKS = /[\n\r\u2028\u2029\u0085]/;
const SEPARATOR_RE = /[、，,；;·・\s]/;

export const CHAR_CLASS: Uint8Array = (() => {
  const cls = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (LINE_BREAKS.test(ch)) continue;
    if (SEPARATOR_RE.test(ch)) cls[c] = SEPARATOR;
  }
  for (const ch of QUOTE_CHARS) cls[ch.charCodeAt(0)] = QUOTE;
  return cls;
})();

/** A form split at its separators: the normalised string and the offsets where its parts meet. */
export function normaliseForm(form: string): { key: string; boundaries: number[] } {
  let key = '';
  const boundaries: number[] = [];
  let pendingBoundary = false;
  for (const ch of form.trim()) {
    const cls = CHAR_CLASS[ch.charCodeAt(0)];
    if (ch.length === 1 && cls === QUOTE) continue;
    if (ch.length === 1 && (cls === SEPARATOR || LINE_BREAKS.test(ch))) {
      pendingBoundary = key.length > 0;
      continue;
    }
    if (pendingBoundary) boundaries.push(key.length);
    pendingBoundary = false;
    key += ch;
  }
  return { key, boundaries };
}

/** Characters escaped inside a regular-expression character class (RE2 and JavaScript agree on these). */
const CLASS_SPECIAL = /[\\\]^-]/;

function classOf(kinds: readonly number[]): string {
  let out = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!kinds.includes(CHAR_CLASS[c])) continue;
    const ch = String.fromCharCode(c);
    // lone surrogates cannot be written into a UTF-8 pattern (and never occur in CHAR_CLASS)
    if (c >= 0xd800 && c <= 0xdfff) continue;
    out += CLASS_SPECIAL.test(ch) ? '\\' + ch : ch;
  }
  return `[${out}]*`;
}

/** What may sit between two characters of one part, and between two parts. */
const INSIDE_GAP = classOf([QUOTE]);
const BOUNDARY_GAP = classOf([QUOTE, SEPARATOR]);

function escapeChar(ch: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(ch) ? '\\' + ch : ch;
}

/**
 * A regular expression (RE2 syntax, as DuckDB's regexp_* functions take it,
 * and valid JavaScript with the `u` flag) that finds `phrase` in a simplified
 * text exactly where the pipeline's matcher would; '' when the phrase has no
 * characters left after normalisation. Expects a simplified phrase.
 */
export function phrasePattern(phrase: string): string {
  const { key, boundaries } = normaliseForm(phrase);
  const chars = [...key];
  if (chars.length === 0) return '';
  // boundaries are UTF-16 offsets into key; walk code-unit positions alongside the characters
  let pos = 0;
  let out = '';
  chars.forEach((ch, i) => {
    if (i > 0) out += boundaries.includes(pos) ? BOUNDARY_GAP : INSIDE_GAP;
    out += escapeChar(ch);
    pos += ch.length;
  });
  return out;
}
