/**
 * How a phrase matches text, one rule for the pipeline's slogan matcher
 * (scripts/pipeline/match.ts) and the dashboard's free-phrase search:
 * matching runs on the simplified copy of the text; quotation marks may sit
 * anywhere between a phrase's characters; other separators (、，；· and
 * whitespace) only where the phrase itself has a separator (its part
 * boundaries: 低级红、高级黑); a run of line breaks (with whitespace around it)
 * only with at least MIN_SIDE_AT_BREAK of the phrase's characters on each side
 * (a word cut by a page break: 全过程人民\n\n民主).
 */

/** Character classes, indexed by UTF-16 code unit. */
export const PLAIN = 0;
export const QUOTE = 1;
export const SEPARATOR = 2;
export const BREAK = 3;

export const QUOTE_CHARS = '“”‘’"\'「」『』';
/** Line breaks are their own class: a form may cross them only as a word cut by a page break. */
export const LINE_BREAKS = /[\n\r\u2028\u2029\u0085\f]/;
const SEPARATOR_RE = /[、，,；;·・\s]/;
export const WHITE_RE = /\s/;
/** Fewest characters of a form on each side of a line break it may cross (a page break cutting a word). */
export const MIN_SIDE_AT_BREAK = 2;

export const CHAR_CLASS: Uint8Array = (() => {
  const cls = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (LINE_BREAKS.test(ch)) cls[c] = BREAK;
    else if (SEPARATOR_RE.test(ch)) cls[c] = SEPARATOR;
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
    if (ch.length === 1 && (cls === SEPARATOR || cls === BREAK)) {
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

/** Regex class body of the code units in a class that pass `keep`. */
function classOf(kinds: readonly number[], keep: (ch: string) => boolean = () => true): string {
  let out = '';
  for (let c = 0; c < 0x10000; c++) {
    if (!kinds.includes(CHAR_CLASS[c]) || !keep(String.fromCharCode(c))) continue;
    const ch = String.fromCharCode(c);
    // lone surrogates cannot be written into a UTF-8 pattern (and never occur in CHAR_CLASS)
    if (c >= 0xd800 && c <= 0xdfff) continue;
    out += CLASS_SPECIAL.test(ch) ? '\\' + ch : ch;
  }
  return `[${out}]`;
}

const Q = classOf([QUOTE]);
/** quotation marks and whitespace separators (no marks such as 、，) */
const QW = classOf([QUOTE, SEPARATOR], (ch) => CHAR_CLASS[ch.charCodeAt(0)] === QUOTE || WHITE_RE.test(ch));
const QS = classOf([QUOTE, SEPARATOR]);
const B = classOf([BREAK]);
const QWB = classOf([QUOTE, SEPARATOR, BREAK], (ch) => CHAR_CLASS[ch.charCodeAt(0)] !== SEPARATOR || WHITE_RE.test(ch));
const ANY = classOf([QUOTE, SEPARATOR, BREAK]);

/** What may sit before character j of a form of `len` characters (the matcher's gapsAllowed, as a pattern). */
function gap(j: number, len: number, atBoundary: boolean): string {
  const breakOk = j >= MIN_SIDE_AT_BREAK && len - j >= MIN_SIDE_AT_BREAK;
  if (atBoundary) return breakOk ? `${ANY}*` : `${QS}*`;
  return breakOk ? `(?:${QW}*${B}${QWB}*|${Q}*)` : `${Q}*`;
}

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
  // boundaries and the break rule count UTF-16 code units of the key, as the matcher does
  let pos = 0;
  let out = '';
  for (const ch of chars) {
    if (pos > 0) out += gap(pos, key.length, boundaries.includes(pos));
    out += escapeChar(ch);
    pos += ch.length;
  }
  return out;
}
