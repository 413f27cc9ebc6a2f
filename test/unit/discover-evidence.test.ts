/**
 * Rank-time evidence (discover/evidence.ts) with the real jieba dictionary as
 * data: which phrases are general vocabulary is read from the dictionary, not
 * listed here.
 */
import { describe, expect, it } from 'vitest';
import { CandidateAggregator } from '../../scripts/pipeline/discover';
import { DICTIONARY_TRUST_DOCS, PERSON_TITLE_FACTOR, PROSE_FACTOR, dictionaryWordFactor, evidenceFactor } from '../../scripts/pipeline/discover/evidence';
import { dictionaryTags } from '../../scripts/pipeline/discover/vocab';
import type { CandidateHit } from '../../scripts/pipeline/types';

const PHRASES = ['指挥棒', '金钥匙', '一盘棋', '两张皮', '三位一体', '十年磨一剑', '揭榜挂帅', '急难愁盼', '习近平总书记', '一块坚硬的钢铁'];
const tags = dictionaryTags(new Set(PHRASES));
const DOCS = 3;
const factor = (p: string, kind = 'quoted', docs = DOCS) => evidenceFactor(p, kind, tags.get(p), docs);
const DICT = dictionaryWordFactor(DOCS);

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
  it('discounts a quoted general-dictionary word (a metaphor in scare quotes) seen in few documents', () => {
    expect(DICT).toBeLessThan(0.5);
    expect(factor('指挥棒')).toBe(DICT);
    expect(factor('金钥匙')).toBe(DICT);
  });

  it('trusts a dictionary word as a formula once it is broad (菜篮子 in ten work reports)', () => {
    expect(dictionaryWordFactor(1)).toBeLessThan(dictionaryWordFactor(2));
    expect(dictionaryWordFactor(DICTIONARY_TRUST_DOCS - 1)).toBeLessThan(1);
    expect(dictionaryWordFactor(DICTIONARY_TRUST_DOCS)).toBe(1);
    expect(factor('指挥棒', 'quoted', 10)).toBe(1);
  });

  it('keeps dictionary words led by a count (一盘棋, 两张皮) but not idioms and set phrases (三位一体, 十年磨一剑)', () => {
    expect(factor('一盘棋')).toBe(1);
    expect(factor('两张皮', 'numbered')).toBe(1);
    expect(factor('三位一体', 'enumeration')).toBe(DICT);
    expect(factor('十年磨一剑', 'enumeration')).toBe(DICT);
  });

  it('leaves coined phrases alone', () => {
    expect(factor('揭榜挂帅')).toBe(1);
    expect(factor('急难愁盼')).toBe(1);
  });

  it('discounts a person named by title and a description held together by 的, but not 党的', () => {
    expect(factor('习近平总书记', 'ngram')).toBe(PERSON_TITLE_FACTOR);
    expect(factor('一块坚硬的钢铁')).toBe(PROSE_FACTOR);
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
    expect(rows[1].score).toBeCloseTo(rows[0].score * dictionaryWordFactor(3), 3);
  });
});
