/** The splitter's line classifiers and helpers, on lines taken from the seeds and hand-made counter-examples. */
import { describe, expect, it } from 'vitest';
import { isDateLine, isNumberedHeading, isSignOff, isTitleLike, orgScore } from '../../scripts/pipeline/split/lines';
import { ordinal, sectionOrdinal, findSections } from '../../scripts/pipeline/split/sections';
import { findToc, hasPageNumber } from '../../scripts/pipeline/split/toc';
import { headlineGroups, longestCommon } from '../../scripts/pipeline/split/columns';
import { toLines } from '../../scripts/pipeline/split/model';

const lines = (texts: string[]) => toLines(texts.map((text, i) => ({ n: i + 1, text })));

describe('line classifiers', () => {
  it('isNumberedHeading(t) knows the headings inside documents', () => {
    for (const t of [
      '一、更好推动数字赋能治理高效精细',
      '（三）抓治理，深化基层治理',
      '一是坚持学在前',
      '第二，牢记掌握实情',
      '1.围绕主题',
      '三要践行不负人民的初心使命',
    ])
      expect(isNumberedHeading(t), t).toBe(true);
    for (const t of ['三会一课落到实处', '两个确立的决定性意义', '第一书记服务管理办法']) expect(isNumberedHeading(t), t).toBe(false);
  });

  it('orgScore(t): org lines and bylines yes, titles ending in 局 or 干部 no', () => {
    expect(orgScore('市公安局党委理论学习中心组')).toBe(2);
    expect(orgScore('益阳市纪委监委理论学习中心组：')).toBe(2); // as in a TOC
    expect(orgScore('湘潭市委常委、市委秘书长 刘新华')).toBe(2);
    expect(orgScore('市审计局')).toBe(1);
    expect(orgScore('主动探索 实践创新 构建预算绩效“监督+管理”新格局')).toBe(0);
    expect(orgScore('锻造忠诚干净担当的高素质干部')).toBe(0);
    expect(orgScore('党的二十大报告指出，要加强基层党组织建设。')).toBe(0);
  });

  it('isDateLine(t): the document date, not a sentence or a publish time', () => {
    expect(isDateLine('（2022年12月30日）')).toBe(true);
    expect(isDateLine('——2026年1月25日在北京市第十六届人民代表大会第四次会议上')).toBe(true);
    expect(isDateLine('2023年3月15日')).toBe(true);
    expect(isDateLine('2023年以来，全市上下对战略新兴产业发展开展了深入细致的研究。')).toBe(false);
    expect(isDateLine('时间:2023-04-25 13:50:06 公文范文 来源:网友投稿')).toBe(false);
  });

  it('isTitleLike(t) rejects sentences, fragments cut mid-phrase and too-short lines', () => {
    expect(isTitleLike('唯有实干争先 方能赢得未来')).toBe(true);
    expect(isTitleLike('我就讲这些。')).toBe(false);
    expect(isTitleLike('注：中文维基文库社群认为，中华人民共和国公务演讲，')).toBe(false);
    expect(isTitleLike('下载')).toBe(false);
  });

  it('isSignOff(t) recognises the closing formulas of speeches', () => {
    expect(isSignOff('发言完毕，不妥之处，请同志们批评指正，谢谢。')).toBe(true);
    expect(isSignOff('我就讲这些。')).toBe(true);
    expect(isSignOff('谢谢大家对我们工作的支持，我们将继续努力推动各项工作落实。')).toBe(false);
  });
});

describe('sections', () => {
  it('ordinal(s) reads Chinese numerals up to 99 and digits', () => {
    expect([ordinal('一'), ordinal('十'), ordinal('十二'), ordinal('二十三'), ordinal('7')]).toEqual([1, 10, 12, 23, 7]);
    expect(ordinal('两')).toBeNaN();
  });

  it('sectionOrdinal(t) reads markers such as …篇三 and 第二篇', () => {
    expect(sectionOrdinal('杭州市政协十一届三次会议篇三')).toBe(3);
    expect(sectionOrdinal('第二篇：在全市大会上的讲话')).toBe(2);
    expect(sectionOrdinal('篇幅有限，不再展开')).toBeNaN();
  });

  it('findSections needs a run counting up from 1', () => {
    expect(findSections(lines(['民生篇三', '正文。', '民生篇四']))).toEqual([]);
    expect(findSections(lines(['讲话篇一', '正文。', '讲话篇二', '正文。']))).toEqual([0, 2]);
  });
});

describe('table of contents', () => {
  it('hasPageNumber(t) sees a trailing page number after a tab or dot leaders', () => {
    expect(hasPageNumber('提升水安全保障能力 加快建设“浙中水网”\t23')).toBe(true);
    expect(hasPageNumber('第三章 发展目标……………………12')).toBe(true);
    expect(hasPageNumber('全年完成投资1200亿元，增长12')).toBe(false);
  });

  it('findToc spans from 目录 to the last numbered entry', () => {
    const ls = lines([
      '目录',
      '',
      '甲局党组：',
      '标题一\t3',
      '乙局党组：',
      '标题二\t7',
      '丙局党组：',
      '标题三\t9',
      '',
      '标题一',
      '甲局党组',
      '正文第一段。',
    ]);
    expect(findToc(ls)).toEqual({ start: 0, end: 7 });
    expect(findToc(lines(['标题', '正文共计12', '正文。']))).toBeNull();
  });
});

describe('newspaper helpers', () => {
  it('headlineGroups joins a kicker to its main headline and a byline to its headline', () => {
    const ls = lines([
      '刘某在商会宣讲时强调',
      '',
      '把思想统一到大会精神上来',
      '',
      '市政协召开常委会议',
      '',
      '坚定不移抓落实',
      '',
      '市委常委、秘书长 刘某某',
    ]);
    const groups = headlineGroups(ls, 0, ls.length);
    expect(groups).toEqual([
      { titles: [0, 2], byline: null },
      { titles: [4], byline: null },
      { titles: [6], byline: 8 },
    ]);
  });

  it('longestCommon(a, b) is the length of the longest shared run', () => {
    expect(longestCommon('市政协召开十三届五次常委会议', '11月30日，市政协召开十三届五次常委会议。')).toBe(14);
    expect(longestCommon('abc', 'xyz')).toBe(0);
  });
});
