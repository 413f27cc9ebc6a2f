/**
 * Issue 9: a province's signature formula (the lexicon's scope) supports that province only in a text that
 * speaks as a province and names no place elsewhere. Invented texts; the formulas are the lexicon's own rows.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLexiconCsv } from '../../scripts/pipeline/lexicon';
import { formulaProvince, provincialFormulas } from '../../scripts/pipeline/attribute/signature-formulas';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const places = loadPlaces();
const formulas = provincialFormulas(parseLexiconCsv(readFileSync('data/lexicon/slogans.csv', 'utf8'), 'data/lexicon/slogans.csv'), places.gazetteer);

describe('provincialFormulas(lexicon)', () => {
  it('keeps rows scoped to a province, not national rows or cities', () => {
    expect(formulas.get('三高四新')).toBe('湖南省');
    expect(formulas.get('两个先行')).toBe('浙江省');
    expect(formulas.get('两个确立')).toBeUndefined();
    expect([...formulas.values()].every((p) => !['湖州市', '深圳市'].includes(p))).toBe(true);
  });
});

describe('formulaProvince(text, formulas, places)', () => {
  it('a text speaking as a province, using its formula → that province, quoting the words', () => {
    const body = '我区作为重要的产业基地，将认真落实全省组织工作会议部署，立足实现“三高四新”美好蓝图，全省上下要真抓实干。';
    expect(formulaProvince(body, formulas, places)).toMatchObject({ province: '湖南省', city: null, region_source: 'body_text' });
    expect(formulaProvince(body, formulas, places)?.evidence).toContain('三高四新');
  });

  it('trap: without a province self-word the formula is only quoted', () => {
    expect(formulaProvince('我们要学习借鉴“三高四新”的做法，结合本地实际抓好落实。', formulas, places)).toBeNull();
  });

  it('trap: a place of another province named in the text leaves it open', () => {
    const body = '全省上下要学习湖南“三高四新”的经验，推动广州高质量发展，我省要奋起直追。';
    expect(formulaProvince(body, formulas, places)).toBeNull();
  });

  it("trap: two provinces' formulas are a comparison, not home", () => {
    const body = '全省上下要对标“三高四新”和“两个先行”，我省要走在前列。';
    expect(formulaProvince(body, formulas, places)).toBeNull();
  });
});
