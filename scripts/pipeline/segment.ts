/**
 * Word segmentation with nodejieba — the only module that imports it. Every
 * lexicon form is loaded as a user-dictionary word; otherwise jieba splits
 * 两个确立 into 两个/确立 and token-based features (n_tokens, n-gram
 * candidates) would not see the slogans as units.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHanCode } from './han';

const require = createRequire(import.meta.url);

interface Jieba {
  load(opts: { userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/** Cuts text into tokens with one lexicon's user dictionary. */
export interface Segmenter {
  /** Cuts one paragraph (no newlines) into tokens. */
  cut(paragraph: string): string[];
}

/**
 * The user dictionary jieba holds now. nodejieba keeps one dictionary per
 * thread inside the native addon; this mirrors that native state (it is not a
 * cache), so a segmenter for another lexicon reloads instead of silently
 * cutting with the first one's words.
 */
let loadedDict: string | null = null;

/** Parts of a multi-part form (written with 、 in the lexicon) are words of their own. */
export function userDictWords(forms: readonly string[]): string[] {
  const words = new Set<string>();
  for (const f of forms)
    for (const part of f.split(/[、，,\s]+/)) {
      const w = part.trim();
      if (w.length >= 2) words.add(w);
    }
  return [...words].sort();
}

/** Writes the user dictionary for `forms` and loads jieba with it (about a second: call once per thread). */
export function createSegmenter(forms: readonly string[], scratchDir: string): Segmenter {
  mkdirSync(scratchDir, { recursive: true });
  const dictPath = join(scratchDir, `user-dict-${process.pid}-${Math.random().toString(36).slice(2)}.utf8`);
  // A high frequency makes jieba prefer the whole slogan over its parts.
  writeFileSync(
    dictPath,
    userDictWords(forms)
      .map((w) => `${w} 100000 nz`)
      .join('\n') + '\n',
  );
  // load() also reads the IDF table (6 MB) and stop words for keyword extraction, which this
  // pipeline never calls; cut() does not read them. One-line stand-ins save ~0.2 s per thread.
  const idfPath = dictPath.replace(/\.utf8$/, '.idf.utf8');
  const stopPath = dictPath.replace(/\.utf8$/, '.stop.utf8');
  writeFileSync(idfPath, '的 1.0\n');
  writeFileSync(stopPath, '的\n');
  const jieba = require('nodejieba') as Jieba;
  const load = () => {
    jieba.load({ userDict: dictPath, idfDict: idfPath, stopWordDict: stopPath });
    loadedDict = dictPath;
  };
  load();
  return {
    cut(paragraph: string): string[] {
      if (loadedDict !== dictPath) load();
      return jieba.cut(paragraph);
    },
  };
}

const WORD = /[\p{L}\p{N}]/u;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0a || c === 0x0d;
}

/** Han characters and ASCII letters/digits are words without asking the regex (nearly every token). */
function isWordToken(t: string): boolean {
  const c = t.charCodeAt(0);
  if (isHanCode(c) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
  return WORD.test(t);
}

/**
 * Tokens of a whole text, paragraph by paragraph. Punctuation tokens are kept
 * (they bound n-grams) and paragraphs are separated by a '\n' token;
 * whitespace tokens are dropped.
 */
export function tokenize(segmenter: Segmenter, text: string): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    if (!para) continue;
    if (out.length) out.push('\n');
    for (const t of segmenter.cut(para)) if (!isSpace(t.charCodeAt(0)) || t.trim()) out.push(t);
  }
  return out;
}

/** The n_tokens denominator: tokens containing a letter or digit. */
export function countWords(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) if (isWordToken(t)) n++;
  return n;
}
