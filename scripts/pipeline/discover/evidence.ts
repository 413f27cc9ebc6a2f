/**
 * Rank-time evidence about a phrase itself (not its counts): is it ordinary
 * vocabulary, does it name a person by title, is it a piece of prose. Each
 * returns a multiplier for the score; see discover.md ("Evidence"). Pure.
 */

/**
 * A word of jieba's general dictionary in quotation marks is usually a metaphor
 * or scare quote (“指挥棒”, “金钥匙”); but the dictionary also holds the slogans
 * of the 1980s–90s (菜篮子, 大锅饭, 严打, 港人治港). So a dictionary word is
 * trusted as a formula only with breadth: factor (docs / TRUST_DOCS)², capped at 1.
 */
export const DICTIONARY_TRUST_DOCS = 6;
/** A phrase naming an office holder (习近平总书记) refers to a person, not a formulation. */
export const PERSON_TITLE_FACTOR = 0.25;
/** A phrase held together by 的 is a description (一块坚硬的钢铁), not a set formula. */
export const PROSE_FACTOR = 0.3;

/** Phrases led by a count: 一盘棋, 两张皮, 一把手 are dictionary words and formulas at once. */
const NUMERAL_START = /^[一二两三四五六七八九十百千万双]/;
/** Idioms (i) and set expressions (l) in jieba's dictionary are general language even when numbered (三位一体, 十年磨一剑). */
const IDIOM_TAGS = new Set(['i', 'l']);
const PERSON_TITLE = /总书记|同志|主席|总理|委员长|省长|市长|县长|部长|局长/;
/** 的 as a particle; 党的 (党的领导, 党的建设) and 目的 are part of set terms. */
const PROSE_DE = /(?<![党目])的/;
const SHAPED = new Set(['numbered', 'enumeration']);

/** The breadth a general-dictionary word needs before it counts as a formula: (docs / DICTIONARY_TRUST_DOCS)², at most 1. */
export function dictionaryWordFactor(nDocs: number): number {
  return Math.min(1, (nDocs / DICTIONARY_TRUST_DOCS) ** 2);
}

/**
 * Product of the evidence factors for `phrase` of candidate `kind` seen in
 * `nDocs` documents, given its POS tag when it is a word of jieba's main
 * dictionary (undefined otherwise).
 */
export function evidenceFactor(phrase: string, kind: string, dictTag: string | undefined, nDocs: number): number {
  let f = 1;
  if (dictTag !== undefined && (IDIOM_TAGS.has(dictTag) || !NUMERAL_START.test(phrase))) f *= dictionaryWordFactor(nDocs);
  if (PERSON_TITLE.test(phrase)) f *= PERSON_TITLE_FACTOR;
  if (!SHAPED.has(kind) && PROSE_DE.test(phrase)) f *= PROSE_FACTOR;
  return f;
}
