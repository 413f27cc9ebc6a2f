/**
 * The one-off scans of jieba's dictionary read lines in place for speed; here
 * they are checked against the plain split-every-line reading of the same rules.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { idiomsOf } from '../../scripts/pipeline/discover/vocab';
import { buildCommonWords } from '../../scripts/pipeline/attribute/common-words';
import { buildGazetteer } from '../../scripts/pipeline/attribute/gazetteer';

import { jiebaMainDict } from '../../scripts/pipeline/jieba-dict';

const dict = readFileSync(jiebaMainDict(), 'utf8');

/** The rule as written: the tag is what follows the line's last space, trimmed. */
function idiomsPlain(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp > 0 && line.slice(sp + 1).trim() === 'i') out.add(line.slice(0, line.indexOf(' ')));
  }
  return out;
}

function commonWordsPlain(text: string, shortForms: ReadonlySet<string>, placeNames: { has(name: string): boolean }) {
  const startingWith = new Map<string, string[]>();
  const frequentPairs = new Set<string>();
  const commonStems = new Set<string>();
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp < 2) continue;
    const word = line.slice(0, sp);
    const tag = line.slice(line.lastIndexOf(' ') + 1).trim();
    if (word.length === 2) {
      const freq = Number(line.slice(sp + 1, line.indexOf(' ', sp + 1)));
      if (freq >= 1000 && !placeNames.has(word)) frequentPairs.add(word);
      if (freq >= 100 && !tag.startsWith('ns') && shortForms.has(word)) commonStems.add(word);
      continue;
    }
    if (tag.startsWith('ns') || placeNames.has(word)) continue;
    for (let n = 2; n < word.length && n <= 5; n++) {
      const head = word.slice(0, n);
      if (!shortForms.has(head)) continue;
      const list = startingWith.get(head);
      if (list) list.push(word);
      else startingWith.set(head, [word]);
    }
  }
  return { startingWith, frequentPairs, commonStems };
}

describe('idiomsOf(dictText)', () => {
  it('finds the same idioms as splitting the real dictionary line by line', () => {
    const fast = idiomsOf(dict);
    expect(fast.size).toBeGreaterThan(1000);
    expect(fast.has('一心一意')).toBe(true);
    expect([...fast]).toEqual([...idiomsPlain(dict)]);
  });

  it('reads odd lines like the plain rule (\\r ends, tabs, a trailing space, no word, a last line without \\n)', () => {
    const text = '一心一意 10 i\r\n三心二意 3 \ti\n千方百计 5 i \n i\n不是 3 in\n九牛一毛 4 i';
    expect([...idiomsOf(text)]).toEqual([...idiomsPlain(text)]);
    expect([...idiomsOf(text)]).toEqual(['一心一意', '三心二意', '九牛一毛']);
  });
});

describe('buildCommonWords(dictText, shortForms, placeNames)', () => {
  const g = buildGazetteer();

  it('builds the same tables as splitting the real dictionary line by line', () => {
    const fast = buildCommonWords(dict, g.shortForms, g.byName);
    const plain = commonWordsPlain(dict, g.shortForms, g.byName);
    expect(fast.startingWith.get('长治')).toContain('长治久安');
    expect([...fast.startingWith]).toEqual([...plain.startingWith]);
    expect([...fast.frequentPairs]).toEqual([...plain.frequentPairs]);
    expect([...fast.commonStems]).toEqual([...plain.commonStems]);
  });

  it('reads a two-character word without a tag field like the plain rule', () => {
    const text = '大理 5000\n大理石 30 n\n长治久安 20 i\n来宾 300 n\n';
    const fast = buildCommonWords(text, g.shortForms, g.byName);
    const plain = commonWordsPlain(text, g.shortForms, g.byName);
    expect([...fast.frequentPairs]).toEqual([...plain.frequentPairs]);
    expect([...fast.commonStems]).toEqual([...plain.commonStems]);
    expect([...fast.startingWith]).toEqual([...plain.startingWith]);
  });
});
