/**
 * Numeral + classifier shapes (四个, 三项, 五大, 12条) found by one scan of code
 * units. The same matches, in the same order, as
 *   /(?<![NUMERAL\d０-９第])([NUMERAL]+|\d+)([CLASSIFIER])/g
 * which cost a tenth of discovery: no classifier is a numeral or digit, so a
 * run never backtracks, and a match is a whole run of Chinese numerals (or of
 * ASCII digits) not preceded by a numeral, digit or 第, followed by a classifier.
 */

const NUMERAL = '一二三四五六七八九十两百千';
const CLASSIFIER = '个项大种下条位有不化要新强';

/** 1 Chinese numeral, 2 ASCII digit, 3 other characters a match may not follow (０-９, 第). */
const KIND = new Uint8Array(0x10000);
for (const ch of NUMERAL) KIND[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) KIND[c] = 2;
for (let c = 0xff10; c <= 0xff19; c++) KIND[c] = 3;
KIND['第'.charCodeAt(0)] = 3;
const IS_CLASSIFIER = new Uint8Array(0x10000);
for (const ch of CLASSIFIER) IS_CLASSIFIER[ch.charCodeAt(0)] = 1;

/** The numeral and classifier characters the scan uses (for the rules that quote them). */
export { NUMERAL, CLASSIFIER };

/**
 * Start offsets and classifier offsets of every numeral+classifier match, as
 * flat pairs [start0, cls0, start1, cls1, …]: the numeral is text[start, cls),
 * the classifier text[cls].
 */
export function numeralClassifierMatches(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = KIND[text.charCodeAt(i)];
    if ((kind !== 1 && kind !== 2) || (i > 0 && KIND[text.charCodeAt(i - 1)] !== 0)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && KIND[text.charCodeAt(j)] === kind) j++;
    if (j < n && IS_CLASSIFIER[text.charCodeAt(j)] === 1) {
      out.push(i, j);
      i = j + 1;
    } else i = j;
  }
  return out;
}
