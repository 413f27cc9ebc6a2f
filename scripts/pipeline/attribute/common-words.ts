/**
 * Dictionary words that begin with a place's short form but are not about
 * the place: 长治久安 (长治), 大同小异 (大同), 中山大学 (中山), 西安事变 (西安).
 * Read once from the jieba dictionary shipped with nodejieba (read as a data
 * file; the segmenter itself is not loaded here). Words tagged as place names
 * (ns: 南京路) are kept as places.
 *
 * Also frequent two-character words that straddle a short form's edge, where
 * the text more likely splits the other way: 强大理论 is 强大|理论, not 大理;
 * 和政治 is 和|政治, not 和政.
 */
import { readFileSync } from 'node:fs';
import { jiebaMainDict } from '../jieba-dict';

function dictPath(): string | null {
  try {
    return jiebaMainDict();
  } catch {
    return null;
  }
}

export interface CommonWords {
  /** words longer than a short form that start with it and are not place names, by short form */
  startingWith: Map<string, string[]>;
  /** frequent two-character words that are not place names */
  frequentPairs: Set<string>;
  /** two-character words (not tagged as place names) that also serve as a division's stem: 老城(区), 公安(县), 来宾(市) */
  commonStems: Set<string>;
}

/** Frequency from which a two-character word is taken to win over a place name it overlaps. */
const PAIR_MIN_FREQ = 1000;
/** Frequency from which a two-character word makes a division stem too ordinary to stand alone. */
const STEM_MIN_FREQ = 100;

/**
 * The tables from the text of a jieba dictionary (lines `word freq tag`).
 * Runs once per thread over 350 000 lines, so lines are read in place: a word
 * is cut out only when it is two characters long or starts with the first
 * two characters of some short form, and its tag only when a rule needs it.
 */
export function buildCommonWords(dictText: string, shortForms: ReadonlySet<string>, placeNames: { has(name: string): boolean }): CommonWords {
  const out = new Map<string, string[]>();
  const frequentPairs = new Set<string>();
  const commonStems = new Set<string>();
  // the first two code units of every short form (all have ≥ 2): a word starting otherwise has no short-form head
  const prefixes = new Set<number>();
  for (const s of shortForms) prefixes.add(s.charCodeAt(0) * 0x10000 + s.charCodeAt(1));
  const text = dictText;
  const tagAt = (nl: number) => text.slice(text.lastIndexOf(' ', nl - 1) + 1, nl).trim();
  for (let at = 0; at < text.length;) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const lineStart = at;
    at = nl + 1;
    const sp = text.indexOf(' ', lineStart);
    if (sp < 0 || sp >= nl || sp - lineStart < 2) continue;
    const len = sp - lineStart;
    if (len !== 2 && !prefixes.has(text.charCodeAt(lineStart) * 0x10000 + text.charCodeAt(lineStart + 1))) continue;
    const word = text.slice(lineStart, sp);
    if (len === 2) {
      const sp2 = text.indexOf(' ', sp + 1);
      const freq = Number(text.slice(sp + 1, sp2 >= 0 && sp2 < nl ? sp2 : nl - 1));
      if (freq >= PAIR_MIN_FREQ && !placeNames.has(word)) frequentPairs.add(word);
      if (freq >= STEM_MIN_FREQ && shortForms.has(word) && !tagAt(nl).startsWith('ns')) commonStems.add(word);
      continue;
    }
    let heads: string[] | null = null;
    for (let n = 2; n < len && n <= 5; n++) {
      const head = word.slice(0, n);
      if (shortForms.has(head)) (heads ??= []).push(head);
    }
    if (!heads || tagAt(nl).startsWith('ns') || placeNames.has(word)) continue;
    for (const head of heads) {
      const list = out.get(head);
      if (list) list.push(word);
      else out.set(head, [word]);
    }
  }
  return { startingWith: out, frequentPairs, commonStems };
}

/** The tables for the given short forms, read from jieba's dictionary; empty when the dictionary is not installed. */
export function loadCommonWords(shortForms: ReadonlySet<string>, placeNames: { has(name: string): boolean }): CommonWords {
  const path = dictPath();
  let text = '';
  try {
    if (path) text = readFileSync(path, 'utf8');
  } catch {
    text = '';
  }
  return buildCommonWords(text, shortForms, placeNames);
}

/** True when `text` at `start` spells one of `words`. */
export function startsWord(text: string, start: number, words: readonly string[] | undefined): boolean {
  return !!words && words.some((w) => text.startsWith(w, start));
}

/** True when the short form at [start, end) more likely belongs to a word across its edge (强大|理论). */
export function straddled(text: string, start: number, end: number, pairs: ReadonlySet<string>): boolean {
  return (start > 0 && pairs.has(text.slice(start - 1, start + 1))) || (end < text.length && pairs.has(text.slice(end - 1, end + 1)));
}
