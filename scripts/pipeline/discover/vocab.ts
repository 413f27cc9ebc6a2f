/**
 * General-language vocabulary for candidate discovery, read from the
 * dictionaries that ship with nodejieba (cppjieba's dict/): its stop-word list
 * and the words its main dictionary tags as idioms (POS `i`, 成语). Idioms such
 * as 一心一意 have the numeral shape of a formula but are not slogans.
 * Read once per thread, by loadResources.
 */
import { readFileSync } from 'node:fs';
import { jiebaMainDict, jiebaStopWords } from '../jieba-dict';

/** The general-language words discovery sets aside. */
export interface Vocabulary {
  /** cppjieba's stop words (的, 了, 一些, 不仅 …) */
  stopWords: ReadonlySet<string>;
  /** words of jieba's main dictionary tagged as idioms (成语) */
  idioms: ReadonlySet<string>;
}

/** Reads the stop words and the idioms of jieba's main dictionary (`dictText`: its text, when already read). */
export function loadVocabulary(dictText = readFileSync(jiebaMainDict(), 'utf8')): Vocabulary {
  const stop = readFileSync(jiebaStopWords(), 'utf8');
  return {
    stopWords: new Set(
      stop
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    ),
    idioms: idiomsOf(dictText),
  };
}

/** What String.prototype.trim() removes (ECMAScript \s is the same set). */
const TRIMMED = /\s/;

/**
 * Words of a jieba dictionary text (lines `word freq tag`) whose last field
 * (after the line's last space, trimmed) is `i`. Each line is read from its end
 * in place instead of splitting 350 000 lines into strings.
 */
export function idiomsOf(text: string): Set<string> {
  const out = new Set<string>();
  const isTrimmed = (k: number) => text[k] !== ' ' && TRIMMED.test(text[k]);
  for (let lineStart = 0; lineStart < text.length;) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let k = end - 1;
    while (k >= lineStart && isTrimmed(k)) k--;
    if (k > lineStart && text[k] === 'i') {
      k--;
      while (k >= lineStart && isTrimmed(k)) k--;
      // k: the line's last space, which must not open the line
      if (k > lineStart && text[k] === ' ') out.add(text.slice(lineStart, text.indexOf(' ', lineStart)));
    }
    lineStart = end + 1;
  }
  return out;
}

/**
 * POS tags in jieba's main dictionary of those `phrases` that are words of it
 * (general-language vocabulary: 指挥棒 n, 三位一体 l, 一把手 m). One scan of the
 * dictionary per call, keeping only the asked phrases: the ranking step asks once,
 * so no thread holds the whole 350 000-word dictionary.
 */
export function dictionaryTags(phrases: ReadonlySet<string>): Map<string, string> {
  const tags = new Map<string, string>();
  const text = readFileSync(jiebaMainDict(), 'utf8');
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const sp = text.indexOf(' ', at);
    if (sp > at && sp < nl) {
      const word = text.slice(at, sp);
      if (phrases.has(word)) tags.set(word, text.slice(text.lastIndexOf(' ', nl) + 1, nl).trim());
    }
    at = nl + 1;
  }
  return tags;
}
