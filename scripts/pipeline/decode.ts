/**
 * Stage "decode": raw bytes → text with \n line ends, the encoding detected
 * from the bytes themselves (never configured). Order of checks:
 * empty → BOM → magic numbers of binary formats → NUL pattern (UTF-16 without
 * BOM, else binary) → control characters (unless the bytes read as UTF-16
 * without BOM or ASCII) → strict UTF-8 → UTF-8 with a few bad bytes → GB18030
 * → UTF-16 without NULs. jschardet is consulted only as a hint when none fits.
 *
 * A few invalid byte sequences do not cost a whole file: up to
 * MAX_REPLACED_SHARE of the characters may be replaced by U+FFFD, and the
 * count is reported per file (report.json, a warning). More than that means
 * the guess of encoding is wrong, and the file is skipped with the reason.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Decoded } from './types';
import { isHanCode } from './han';

export type DecodeResult = Decoded | { error: string };

/** Share of characters that may be U+FFFD replacements of invalid bytes before a decoding is refused (1 %). */
export const MAX_REPLACED_SHARE = 0.01;

/** Signatures of formats that are certainly not text. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (docx/xlsx?)', [0x50, 0x4b, 0x03, 0x04]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['RAR archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['OLE2 document (doc/xls?)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** How many bytes the sniffers look at; enough for a stable ratio, cheap on 50 MB inputs. */
const SNIFF = 64 * 1024;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Loose = new TextDecoder('utf-8');

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

const WHITESPACE_ONLY = /^[\s\u3000\ufeff\u200b]*$/;

function finish(text: string, encoding: string, replaced = 0): DecodeResult {
  if (WHITESPACE_ONLY.test(text)) return { error: 'empty file' };
  return { text: normaliseLineEnds(text), encoding, replaced };
}

function replacementCount(text: string): number {
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) bad++;
  return bad;
}

/**
 * Share of code units that look like text in a Chinese document: Han, CJK and
 * full-width punctuation, printable ASCII, whitespace, general punctuation.
 * Used to confirm a UTF-16 guess; garbage decodings land in controls, private
 * use, lone surrogates and rare blocks instead.
 */
function plausibleRatio(text: string): number {
  const n = Math.min(text.length, SNIFF);
  if (n === 0) return 0;
  let good = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      isHanCode(c) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0xd7
    )
      good++;
  }
  return good / n;
}

/** Counts NUL bytes at even and odd offsets of the sniffed prefix. */
function nulPattern(bytes: Uint8Array): { even: number; odd: number; n: number } {
  const n = Math.min(bytes.length, SNIFF);
  let even = 0;
  let odd = 0;
  // indexOf is native: text files have no NUL and are done in one call.
  for (let i = bytes.indexOf(0); i >= 0 && i < n; i = bytes.indexOf(0, i + 1)) {
    if (i & 1) odd++;
    else even++;
  }
  return { even, odd, n };
}

/**
 * BOM-less UTF-16: NULs fall (almost) only on one parity — the high byte of
 * ASCII characters and line ends — and the decoded text must look like text.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const { even, odd } = nulPattern(bytes);
  const total = even + odd;
  if (total < 2 || bytes.length % 2 !== 0) return null;
  const guess = odd >= 0.8 * total ? 'utf-16le' : even >= 0.8 * total ? 'utf-16be' : null;
  if (!guess) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF)), guess);
  return plausibleRatio(text) >= 0.95 ? guess : null;
}

/** Share of Han characters (basic block and extension A) in the first SNIFF code units. */
function hanRatio(text: string): number {
  const n = Math.min(text.length, SNIFF);
  let han = 0;
  for (let i = 0; i < n; i++) {
    if (isHanCode(text.charCodeAt(i))) han++;
  }
  return n === 0 ? 0 : han / n;
}

/**
 * UTF-16 without BOM and without a single ASCII character (so no NUL byte to
 * go by): read both ways, the right one is nearly all Han and CJK punctuation.
 * UTF-8 or GB18030 bytes read as UTF-16 land mostly outside those blocks
 * (their bytes are ≥ 0x80, giving code units from 0x8000 up: Hangul, private use).
 */
function sniffUtf16NoNul(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF));
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(head, enc);
    if (plausibleRatio(text) >= 0.95 && hanRatio(text) >= 0.5) return enc;
  }
  return null;
}

/** Control bytes other than tab, line ends, form feed and ESC-free whitespace; text files have (almost) none. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) ctl++;
  }
  return n === 0 ? 0 : ctl / n;
}

/** Decodes a raw file, detecting its encoding; never throws. */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { error: 'empty file' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = utf8Loose.decode(bytes.subarray(3));
    const bad = replacementCount(text);
    if (bad > MAX_REPLACED_SHARE * text.length) return { error: `cannot decode: ${bad} invalid UTF-8 sequences after a UTF-8 BOM` };
    return finish(text, 'utf-8-bom', bad);
  }
  // UTF-32 LE starts with FF FE 00 00; we do not support it, and must not read it as UTF-16.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return { error: 'cannot decode: UTF-32 is not supported' };
  if (startsWith(bytes, [0xff, 0xfe])) return finish(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');

  for (const [name, sig] of MAGIC) if (startsWith(bytes, sig)) return { error: `binary file (${name})` };

  const { even, odd } = nulPattern(bytes);
  if (even + odd > 0) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return finish(iconv.decode(buf, utf16), utf16);
    return { error: `binary file (${even + odd} NUL bytes, not UTF-16)` };
  }
  const ctl = controlRatio(bytes);
  if (ctl > 0.005) {
    // Han text in UTF-16 without a BOM and without ASCII has no NUL byte, but its low bytes are often < 0x20.
    const utf16 = sniffUtf16NoNul(bytes);
    if (utf16) return finish(iconv.decode(buf, utf16), utf16);
    return { error: `binary file (${(ctl * 100).toFixed(1)}% control bytes)` };
  }

  try {
    return finish(utf8Strict.decode(bytes), 'utf-8');
  } catch {
    // A UTF-8 file with a few bad bytes (cut inside its last character, stray bytes of a bad copy) is still UTF-8.
    const loose = utf8Loose.decode(bytes);
    const bad = replacementCount(loose);
    if (bad <= MAX_REPLACED_SHARE * loose.length && hasMultibyteUtf8(bytes)) return finish(loose, 'utf-8', bad);
  }

  const gb = iconv.decode(buf, 'gb18030');
  const gbBad = replacementCount(gb);
  if (gbBad <= MAX_REPLACED_SHARE * gb.length && plausibleRatio(gb) >= 0.9) return finish(gb, 'gb18030', gbBad);

  const utf16 = sniffUtf16NoNul(bytes);
  if (utf16) return finish(iconv.decode(buf, utf16), utf16);

  const hint = jschardet.detect(buf.subarray(0, SNIFF));
  const hinted = hint.encoding ? hint.encoding.toLowerCase() : '';
  if (hinted === 'big5' && iconv.encodingExists('big5')) {
    const big5 = iconv.decode(buf, 'big5');
    const bad = replacementCount(big5);
    if (bad <= MAX_REPLACED_SHARE * big5.length && plausibleRatio(big5) >= 0.9) return finish(big5, 'big5', bad);
  }
  return { error: `cannot decode: not valid UTF-8, UTF-16 or GB18030 (jschardet guesses ${hint.encoding ?? 'nothing'})` };
}

/** True when the bytes contain at least a few well-formed multi-byte UTF-8 sequences. */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let seqs = 0;
  for (let i = 0; i + 2 < n && seqs < 8; i++) {
    const b = bytes[i];
    if (b >= 0xe0 && b <= 0xef && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80) {
      seqs++;
      i += 2;
    }
  }
  return seqs >= 8;
}
