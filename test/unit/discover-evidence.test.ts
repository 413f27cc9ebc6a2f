/**
 * Rank-time evidence (discover/evidence.ts) with the real jieba dictionary as
 * data: which phrases are general vocabulary is read from the dictionary, not
 * listed here.
 */
import { describe, expect, it } from 'vitest';
import { CandidateAggregator } from '../../scripts/pipeline/discover';
import {
  DICTIONARY_CAP,
  DICTIONARY_TRUST_DOCS,
  METAPHOR_FACTOR,
  ONE_LED_FACTOR,
  PERSON_TITLE_FACTOR,
  PROSE_FACTOR,
  dictionaryWordFactor,
  evidenceFactor,
} from '../../scripts/pipeline/discover/evidence';
import { dictionaryTags } from '../../scripts/pipeline/discover/vocab';
import type { CandidateHit } from '../../scripts/pipeline/types';

const PHRASES = ['指挥棒', '金钥匙', '一盘棋', '两张皮', '三位一体', '十年磨一剑', '揭榜挂帅', '急难愁盼', '习近平总书记', '一块坚硬的钢铁'];
const tags = dictionaryTags(new Set(PHRASES));
const DOCS = 3;
const factor = (p: string, kind = 'quoted', docs = DOCS) => evidenceFactor(p, kind, tags.get(p), docs);
const DICT = Math.min(DICTIONARY_CAP, dictionaryWordFactor(DOCS));

describe('dictionaryTags(phrases)', () => {
  it('tags only the asked phrases that are jieba dictionary words', () => {
    expect(tags.get('指挥棒')).toBe('n');
    expect(tags.get('三位一体')).toBe('l');
    expect(tags.has('揭榜挂帅')).toBe(false);
    expect(tags.has('急难愁盼')).toBe(false);
    for (const w of tags.keys()) expect(PHRASES).toContain(w);
  });
});

describe('evidenceFactor(phrase, kind, dictTag)', () => {
  it('discounts a quoted general-dictionary word seen in few documents, and a stock metaphor ten times more', () => {
    expect(DICT).toBeLessThan(0.5);
    expect(factor('指挥棒')).toBeCloseTo(DICT * METAPHOR_FACTOR, 10);
    expect(factor('金钥匙')).toBeCloseTo(DICT * METAPHOR_FACTOR, 10);
  });

  it('no longer trusts a broad dictionary word: the 1980s–90s formulas it holds (菜篮子) are in the lexicon', () => {
    expect(dictionaryWordFactor(1)).toBeLessThan(dictionaryWordFactor(2));
    expect(dictionaryWordFactor(DICTIONARY_TRUST_DOCS)).toBe(1);
    expect(factor('指挥棒', 'quoted', 10)).toBeCloseTo(DICTIONARY_CAP * METAPHOR_FACTOR, 10);
  });

  it('halves dictionary words led by a count (两张皮 … a stock metaphor as well) and treats idioms (三位一体, 十年磨一剑) as words', () => {
    expect(factor('两张皮', 'numbered')).toBeCloseTo(0.5 * METAPHOR_FACTOR, 10);
    expect(factor('三位一体', 'enumeration')).toBe(DICT);
    expect(factor('十年磨一剑', 'enumeration')).toBe(DICT);
  });

  it('leaves coined phrases alone', () => {
    expect(factor('揭榜挂帅')).toBe(1);
    expect(factor('急难愁盼')).toBe(1);
  });

  it('discounts a person named by title and a description held together by 的, but not 党的', () => {
    expect(factor('习近平总书记', 'ngram')).toBe(PERSON_TITLE_FACTOR);
    expect(factor('一块坚硬的钢铁')).toBeCloseTo(PROSE_FACTOR * ONE_LED_FACTOR, 10);
    expect(evidenceFactor('党的自我革命永远在路上', 'quoted', undefined, 1)).toBe(1);
  });
});

describe('CandidateAggregator.rank with evidence', () => {
  it('ranks a coined phrase above a scare-quoted dictionary word with the same counts', () => {
    const agg = new CandidateAggregator();
    const hit = (phrase: string): CandidateHit => ({ phrase, kind: 'quoted', count: 1, quoted: 1, context: phrase });
    for (const [i, org] of ['甲', '乙', '丙'].entries()) agg.add(`d${i}`, `f${i}`, org, [hit('指挥棒'), hit('揭榜挂帅')]);
    const rows = agg.rank(new Set(), 10);
    expect(rows.map((r) => r.phrase)).toEqual(['揭榜挂帅', '指挥棒']);
    expect(rows[1].score).toBeCloseTo(rows[0].score * DICT * METAPHOR_FACTOR, 3);
  });
});
