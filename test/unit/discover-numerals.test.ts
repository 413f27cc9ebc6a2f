import { describe, expect, it } from 'vitest';
import { CLASSIFIER, NUMERAL, numeralClassifierMatches } from '../../scripts/pipeline/discover/numerals';

/** The rule as a regular expression (how discovery first wrote it). */
function byRegex(text: string): number[] {
  const re = new RegExp(`(?<![${NUMERAL}\\d０-９第])([${NUMERAL}]+|\\d+)([${CLASSIFIER}])`, 'g');
  return [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[1].length]);
}

describe('numeralClassifierMatches(text)', () => {
  it('finds 四个, 五大, 12条 and not 第三个, 十四个 inside 二十四个 or ３个', () => {
    const text = '增强四个意识，实施五大行动，出台12条措施；第三个方面，二十四个字，３个';
    const pairs = numeralClassifierMatches(text);
    const found = [];
    for (let k = 0; k < pairs.length; k += 2) found.push(text.slice(pairs[k], pairs[k + 1] + 1));
    expect(found).toEqual(['四个', '五大', '12条', '二十四个']);
  });

  it('gives the same matches as the regular expression on random text', () => {
    const alphabet = [...NUMERAL, ...CLASSIFIER, '1', '2', '０', '第', '的', '双', '“', '\n'];
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let k = 0, n = Math.floor(next() * 40); k < n; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(numeralClassifierMatches(text), text).toEqual(byRegex(text));
    }
  });
});
