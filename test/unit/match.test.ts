import { describe, expect, it } from 'vitest';
import { buildMatcher, normaliseForm } from '../../scripts/pipeline/match';
import type { LexiconEntry } from '../../scripts/pipeline/types';

/** A small hand-written lexicon with the traps the real one has. */
function entry(slogan_id: string, canonical: string, variants: string[] = [], exclude: string[] = []): LexiconEntry {
  return {
    slogan_id,
    canonical,
    variants,
    exclude,
    category: 'test',
    scope: 'national',
    first_year: null,
    gloss_en: '',
    note: '',
    row: 0,
    file: 'fixture',
  };
}

const LEXICON: LexiconEntry[] = [
  entry('liang_ge_queli', '两个确立'),
  entry('liang_ge_weihu', '两个维护'),
  entry('zuodao_liang_ge_weihu', '做到两个维护'),
  entry('si_ge_yishi', '四个意识'),
  entry('si_ge_zixin', '四个自信'),
  entry('si_ge_jianchi', '四个坚持', [], ['十四个坚持']),
  entry('xin_fazhan_linian', '新发展理念', [], ['创新发展理念']),
  entry('xue_lilun', '学理论', [], ['科学理论']),
  entry('ba_xiang_guiding', '中央八项规定精神', ['八项规定', '中央八项规定']),
  entry('dijihong_gaojihei', '低级红、高级黑'),
  entry('buwang_chuxin', '不忘初心、牢记使命', ['不忘初心，牢记使命']),
  entry('fengqiao', '枫桥经验', ['新时代“枫桥经验”']),
  entry('san_hui_yi_ke', '三会一课'),
  entry('quanguocheng', '全过程人民民主'),
  entry('wu_wei_yi_ti', '五位一体', ['经济建设、政治建设、文化建设、社会建设、生态文明建设']),
  entry('zhi_jiang', '依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆', ['文化润疆']),
];

const matcher = buildMatcher(LEXICON);
const ids = (text: string) => matcher.find(text).map((o) => o.slogan_id);

describe('buildMatcher(entries).find(text)', () => {
  it('matches a slogan inside Chinese quotation marks and reports offsets into the original text', () => {
    const text = '坚定捍卫“两个确立”，坚决做到“两个维护”。';
    const occ = matcher.find(text).filter((o) => o.slogan_id === 'liang_ge_queli');
    expect(occ).toHaveLength(1);
    expect(text.slice(occ[0].start, occ[0].end)).toBe('两个确立');
    expect(occ[0].form).toBe('两个确立');
    expect(text[occ[0].start - 1]).toBe('“');
  });

  it('ignores quotation marks of every kind, also inside a form', () => {
    for (const text of ['增强‘四个意识’', '增强「四个意识」', '增强『四个意识』', '增强"四个意识"', "增强'四个意识'", '增强“四个”意识']) {
      expect(ids(text), text).toEqual(['si_ge_yishi']);
    }
    const text = '增强“四个”意识';
    const [occ] = matcher.find(text);
    expect(occ.form).toBe('四个”意识');
  });

  it('does not let a comma or space split a single-part form', () => {
    expect(ids('四个，意识')).toEqual([]);
    expect(ids('两个 确立')).toEqual([]);
  });

  it('allows any run of separators (or none) between the parts of a multi-part form', () => {
    const texts = [
      '防止“低级红”、“高级黑”。',
      '和“低级红”“高级黑”现象',
      '防止低级红、高级黑',
      '防止低级红高级黑',
      '防止低级红， 高级黑',
      '防止低级红; 高级黑',
      '防止低级红·高级黑',
    ];
    for (const text of texts) expect(ids(text), text).toEqual(['dijihong_gaojihei']);
    const [occ] = matcher.find('防止“低级红”、“高级黑”。');
    expect(occ.form).toBe('低级红”、“高级黑');
  });

  it('allows separators only at the part boundary, not inside a part', () => {
    expect(ids('低级、红高级黑')).toEqual([]);
  });

  it('matches a word cut by a page break once, but not a break with fewer than two of its characters on a side', () => {
    // a page break inside a word leaves a blank line (and maybe indentation) between its halves
    const cut = matcher.find('发展全过程人民\n\n  民主，保证人民当家作主');
    expect(cut.map((o) => [o.slogan_id, o.form])).toEqual([['quanguocheng', '全过程人民\n\n  民主']]);
    expect(ids('防止低级红、\n高级黑')).toEqual(['dijihong_gaojihei']);
    expect(ids('深刻领悟“两\n个确立”的决定性意义')).toEqual([]);
    expect(ids('二、两个确\n立的决定性意义')).toEqual([]);
    // a full stop ends a paragraph: nothing crosses it
    expect(ids('坚持全过程人民。\n民主集中制')).toEqual([]);
    // punctuation other than at a part boundary is not a page break
    expect(ids('全过程人民、\n民主')).toEqual([]);
  });

  it('counts a numbered formula and its written-out list once when the list glosses it (README: spelled-out lists)', () => {
    expect(ids('统筹推进五位一体总体布局（经济建设、政治建设、文化建设、社会建设、生态文明建设）')).toEqual(['wu_wei_yi_ti']);
    expect(ids('经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局')).toEqual(['wu_wei_yi_ti']);
    expect(ids('统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设')).toEqual([]);
    expect(ids('统筹推进经济建设，政治建设，文化建设，社会建设，生态文明建设')).toEqual(['wu_wei_yi_ti']);
    // far apart they are two mentions
    const apart = '坚持五位一体。' + '要在新的起点上全面推进各项事业不断取得新成效，' + '统筹经济建设、政治建设、文化建设、社会建设、生态文明建设';
    expect(ids(apart)).toEqual(['wu_wei_yi_ti', 'wu_wei_yi_ti']);
  });

  it('a short form that is one item of the list does not absorb the list', () => {
    const text = '坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆，深入推进文化润疆';
    expect(matcher.find(text).map((o) => o.form)).toEqual(['依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆', '文化润疆']);
  });

  it("drops an occurrence lying inside one of its row's exclusion strings", () => {
    expect(ids('“十个明确”“十四个坚持”“十三个方面成就”')).toEqual([]);
    expect(ids('坚持四个坚持')).toEqual(['si_ge_jianchi']);
    expect(ids('这是一个需要科学理论而且一定能够产生科学理论的时代')).toEqual([]);
    expect(ids('要带头学理论、用理论')).toEqual(['xue_lilun']);
    expect(ids('坚持创新发展理念')).toEqual([]);
    expect(ids('完整、准确、全面贯彻新发展理念')).toEqual(['xin_fazhan_linian']);
  });

  it('an exclusion applies only to its own row', () => {
    const other = buildMatcher([entry('a', '四个坚持'), entry('b', '十四个坚持')]);
    expect(other.find('“十四个坚持”').map((o) => o.slogan_id)).toEqual(['b', 'a']);
  });

  it('counts nested different slogans each once', () => {
    const occ = matcher.find('切实增强“四个意识”、坚定“四个自信”、做到“两个维护”，不断提高政治判断力');
    expect(occ.map((o) => o.slogan_id)).toEqual(['si_ge_yishi', 'si_ge_zixin', 'zuodao_liang_ge_weihu', 'liang_ge_weihu']);
    const outer = occ.find((o) => o.slogan_id === 'zuodao_liang_ge_weihu')!;
    const inner = occ.find((o) => o.slogan_id === 'liang_ge_weihu')!;
    expect(outer.start).toBeLessThan(inner.start);
    expect(outer.end).toBe(inner.end);
  });

  it('counts a variant inside the canonical once (the longest form)', () => {
    const text = '锲而不舍落实中央八项规定精神，持续深化纠治“四风”';
    const occ = matcher.find(text);
    expect(occ).toHaveLength(1);
    expect(occ[0].form).toBe('中央八项规定精神');
    expect(ids('严格遵守八项规定')).toEqual(['ba_xiang_guiding']);
  });

  it('prefers the longest form at a position: 新时代“枫桥经验” over 枫桥经验', () => {
    const text = '坚持和发展新时代“枫桥经验”，突出自治为先';
    const occ = matcher.find(text);
    expect(occ).toHaveLength(1);
    expect(occ[0].form).toBe('新时代“枫桥经验');
  });

  it('never counts the same slogan twice for overlapping spans, but counts repeats', () => {
    const text = '务必不忘初心、牢记使命，务必谦虚谨慎。永远不忘初心，牢记使命。';
    const occ = matcher.find(text);
    expect(occ.map((o) => o.slogan_id)).toEqual(['buwang_chuxin', 'buwang_chuxin']);
    expect(occ[0].end).toBeLessThanOrEqual(occ[1].start);
    expect(ids('认真落实“三会一课”“三会一课”')).toEqual(['san_hui_yi_ke', 'san_hui_yi_ke']);
  });

  it('works across many documents with one automaton and handles text without any form', () => {
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find('今天天气很好，我们去公园。')).toEqual([]);
    expect(ids('两个确立')).toEqual(['liang_ge_queli']);
  });

  it('results are sorted by start, then slogan_id', () => {
    const occ = matcher.find('做到两个维护，坚定捍卫两个确立，四个意识');
    const keys = occ.map((o) => [o.start, o.slogan_id] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
  });
});

describe('normaliseForm(form)', () => {
  it('drops quotation marks and records part boundaries at separators', () => {
    expect(normaliseForm('不忘初心、牢记使命')).toEqual({ key: '不忘初心牢记使命', boundaries: [4] });
    expect(normaliseForm('新时代“枫桥经验”')).toEqual({ key: '新时代枫桥经验', boundaries: [] });
    expect(normaliseForm(' 守初心、担使命，找差距、抓落实 ').boundaries).toEqual([3, 6, 9]);
  });
});
