/**
 * Issue 9, dates: one invented document per failure kind, each with its trap beside it. None of these
 * texts is copied from a corpus; places, people and events are made up or generic.
 */
import { describe, expect, it } from 'vitest';
import { extractDate, parseDate } from '../../scripts/pipeline/attribute/date';
import { congressYear } from '../../scripts/pipeline/attribute/date-rules';
import { isDateLine } from '../../scripts/pipeline/split/lines';
import { cleanLines } from '../../scripts/pipeline/clean';
import { splitDocuments } from '../../scripts/pipeline/split';
import { joinParagraphs } from '../../scripts/pipeline/paragraphs';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const simplify = createSimplifier();
const res = { simplify, places: loadPlaces() };

const date = (bodyText: string, title: string | null = null, dateLine: string | null = null) => extractDate({ dateLine, title, bodyText });

describe('a date line under an inner title, below a portal wrapper', () => {
  const wrapper = [
    '某某网 理论频道',
    '发表时间：2019-05-08 10:12  来源：某某日报',
    '近日，某某出版社出版了一部讲话集，现将其中一篇刊发，全文如下：',
    '',
    '十二、坚持把学习调研贯穿始终',
    '——在全市调查研究工作推进会上的讲话',
    '（2019年5月6日，某城）',
    '张某某',
    '同志们：今天我们召开这次会议，主要任务是总结经验、部署工作。',
  ].join('\n');

  it('takes the block under the inner title, not the publication time above it', () => {
    expect(date(wrapper)).toMatchObject({ date: '2019-05-06', date_confidence: 'stated', date_source: '（2019年5月6日，某城）' });
  });

  it('through the splitter and attribution, with the date in 〇-variant numerals', () => {
    const page = `${wrapper.replace('（2019年5月6日，某城）', '（二○一九年五月六日，某城）')}\n一、提高认识\n要把调查研究作为基本功。\n`;
    const { docs, context } = splitDocuments(cleanLines(page).lines, 'page.txt');
    const dated = docs.map((d) => attributeDocument(d, joinParagraphs(d.body), context, undefined, res)).filter((a) => a.date);
    expect(dated.map((a) => [a.date, a.date_confidence])).toEqual([['2019-05-06', 'stated']]);
  });

  it('trap: a dated body sentence after a sentence is no date line', () => {
    const body = '会议要求各单位抓好落实。\n（2019年5月6日）\n以上为会议纪要内容。\n第一，提高站位。\n第二，压实责任。\n第三，抓好落实。';
    expect(date(body).date_confidence).not.toBe('stated');
  });
});

describe('flattened text: a bracketed date right after the title', () => {
  it('reads title（date，place）byline on one line', () => {
    const flat = '携手共建美好家园——在某某论坛开幕式上的致辞（2021年6月9日，某城）某某某尊敬的各位来宾，女士们，先生们：很高兴同大家相聚。';
    expect(date(flat)).toMatchObject({ date: '2021-06-09', date_confidence: 'stated' });
  });

  it('reads it after a wire dateline (新华社某地M月D日电)', () => {
    const flat = '新华社某地3月2日电在全省春耕生产工作会议上的讲话（2022年3月1日）某某同志们：春耕在即，各地要抓好备耕。';
    expect(date(flat)).toMatchObject({ date: '2022-03-01', date_source: '（2022年3月1日）' });
  });

  it("reads a report's occasion line after the title and site furniture (…】title——date在…会议上)", () => {
    const flat =
      '下载打印【字号：加大】2025年某省政府工作报告——2025年1月20日在某省第十四届人民代表大会第三次会议上某省省长 某某各位代表：现在，我代表省人民政府向大会报告工作。';
    expect(date(flat)).toMatchObject({ date: '2025-01-20', date_confidence: 'stated' });
  });

  it('trap: a news lead with commas before a bracketed date is no title', () => {
    expect(date('近日，某市召开工作推进会议（2020年5月6日）。会议强调，要抓好落实。').date).toBeNull();
  });

  it('trap: a citation （date《报刊》） is not the document date', () => {
    const flat = '各地要深入学习有关论述（2018年4月2日《某某日报》），切实提高认识。某某同志强调，要久久为功。';
    expect(date(flat).date).toBeNull();
  });

  it('trap: a bracketed date after a finished sentence in the body is not taken', () => {
    const flat = '大家好。会议开始。今天我们回顾过去的工作，部署下一步任务。回顾了某项活动的开展情况。文件已经印发（2017年9月1日）。';
    expect(date(flat).date).toBeNull();
  });
});

describe('numeral variants, in the parser and the splitter alike', () => {
  it.each([
    ['二〇一九年五月六日', '2019-05-06'],
    ['二○一九年五月六日', '2019-05-06'], // ○ U+25CB
    ['二零一九年五月六日', '2019-05-06'],
    ['二Ｏ一九年五月六日', '2019-05-06'],
    ['２０１９年５月６日', '2019-05-06'],
  ])('%s → %s', (s, iso) => {
    expect(parseDate(s)?.date).toBe(iso);
    expect(isDateLine(`（${s}）`)).toBe(true);
  });

  it('trap: a publishing time in full-width digits is still no date line', () => {
    expect(isDateLine('２０２６年０２月１０日 ０７时４１分')).toBe(false);
  });
});

describe('closing notes and signatures', () => {
  it('※这是…在…上的讲话 dates the text it closes', () => {
    const body = '同志们：今天讲三点意见。第一，要提高站位。……\n※这是某某同志2016年3月8日在全省某某工作会议上的讲话。';
    expect(date(body)).toMatchObject({ date: '2016-03-08', date_confidence: 'stated' });
  });

  it('a signature set off by paragraph spaces, with the news story after it', () => {
    const flat = '希望你们再接再厉。　　某某某　　2020年1月18日　　某某连是一支有着光荣传统的连队。';
    expect(date(flat)).toMatchObject({ date: '2020-01-18', date_confidence: 'stated' });
  });

  it('…or with the spaces cleaned away, a new quoted paragraph after it', () => {
    expect(date('希望你们再接再厉。某某某2020年1月18日“某某连”是一支有着光荣传统的连队。').date).toBe('2020-01-18');
  });

  it('trap: 会议于2020年5月6日（星期三）召开 is a sentence, not a signature', () => {
    expect(date('大家要认真准备。会议于2020年5月6日（星期三）在某地召开，请准时参加。').date).toBeNull();
  });

  it('（原标题：…） carries the date its words give; a plan year in it is no date', () => {
    expect(date('正文。（原标题：在2021年3月8日全县某某工作会议上的讲话）').date).toBe('2021-03-08');
    expect(date('正文。（原标题：在2021年全县某某工作会议上的讲话）').date).toBe('2021');
    expect(date('正文。（原标题：某某局2021年工作计划）').date).toBeNull();
  });

  it('trap: 这是…以来… inside a paragraph is no closing note', () => {
    expect(date('同志们：……我们取得了很大成绩，这是2019年5月以来在某某会议上的重要讲话精神的具体体现。').date).toBeNull();
  });

  it('a letter signed name + date at the end of a flattened text, before the wire copy', () => {
    const flat =
      '某某小学的同学们：你们好！来信收到了。希望你们好好学习，健康成长。某某某2020年6月1日（新华社某地6月2日电）近日，某某小学的同学们给某某写信，汇报了学习情况。';
    expect(date(flat)).toMatchObject({ date: '2020-06-01', date_source: '某某某2020年6月1日' });
  });

  it('trap: a name + date inside a sentence (…某某2020年6月1日，在…) is no signature', () => {
    const flat = '会议指出，要抓好落实。某某某2020年6月1日，在某地主持召开座谈会并讲话。';
    expect(date(flat).date).toBeNull();
  });
});

describe('self-dating sentences (inferred)', () => {
  it('明天就是YYYY年元旦 → the eve', () => {
    expect(date('同志们：明天就是2021年元旦了，我们在这里召开座谈会。')).toMatchObject({ date: '2020-12-31', date_confidence: 'inferred' });
  });

  it('召开YYYY年度…述职评议大会 → the year after', () => {
    expect(date('今天，我们召开2019年度全县党委书记抓基层党建述职评议大会。')).toMatchObject({ date: '2020', date_confidence: 'inferred' });
  });

  it('对YYYY年工作进行部署 after a review of the year → that year', () => {
    expect(date('同志们：一年来，我们攻坚克难。今天的会议主要是总结工作，对2020年工作进行部署。')).toMatchObject({
      date: '2020',
      date_confidence: 'inferred',
    });
    // without the review it may be a plan written any time: no date
    expect(date('通知要求各单位对2020年工作进行部署。').date).toBeNull();
  });

  it('今年是…党的二十大…开局之年 → 2023 by the congress table', () => {
    expect(date('今年是全面贯彻落实党的二十大精神的开局之年，做好今年工作意义重大。')).toMatchObject({ date: '2023', date_confidence: 'inferred' });
  });

  it("a congress report's opening sentence", () => {
    expect(date('同志们：中国共产党第十九次全国代表大会，现在开幕了。')).toMatchObject({ date: '2017' });
    expect(date('现在，我代表第十八届中央委员会向大会作报告。')).toMatchObject({ date: '2017' });
    expect(congressYear(20)).toBe(2022);
  });

  it('YYYY年是…的第一年', () => {
    expect(date('2021年是某某规划实施的第一年，我们要开好局、起好步。')).toMatchObject({ date: '2021', date_confidence: 'inferred' });
  });

  it('trap: YYYY年是…的第一年 in a report looking back is the year reviewed, not the date', () => {
    expect(date('各位代表：过去的一年，我们……2016年是实施某某规划的第一年，各项工作取得新进展。').date).toBeNull();
  });

  it('trap: the year of a quoted event deep in the text is only a lower bound, never the date', () => {
    const body = `同志们：${'要把工作抓实抓细。'.repeat(100)}2008年是改革开放三十周年的第一年，那时我们提出了这项任务。`;
    expect(date(body).date).toBeNull();
  });
});

describe('work-report year (inferred)', () => {
  it('一、过去一年工作回顾 followed by the year it names → the year after', () => {
    const body = '各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾\n2004年，全国各族人民团结奋斗……';
    expect(date(body)).toMatchObject({ date: '2005', date_confidence: 'inferred' });
  });

  it('trap: a year-end summary without the work-report opening is not dated this way', () => {
    expect(date('一、过去一年工作回顾\n2004年，我局坚持……').date).toBeNull();
  });
});

describe('guards on title years', () => {
  it('a New-Year message is delivered on 12-31 of the year before', () => {
    expect(date('大家好！', '二〇二二年新年贺词')).toMatchObject({ date: '2021-12-31', date_confidence: 'stated' });
  });

  it('trap: 关于主办YYYY年峰会 names its object, not the event it is', () => {
    expect(date('经研究，拟申请主办该峰会。', '关于主办2025年某某峰会的请示')).toMatchObject({ date: null });
  });

  it('a plan year is only weak', () => {
    expect(date('一、指导思想。', '某某局2024年工作计划')).toMatchObject({ date: '2024', date_confidence: 'weak' });
  });

  it('a reporting period (前三季度) is only weak', () => {
    expect(date('今年以来，我局坚持……', '2023年前三季度工作总结')).toMatchObject({ date: '2023', date_confidence: 'weak' });
  });
});

describe('weaker sources are labelled, not mixed', () => {
  it('the newspaper edition that printed a text is weak', () => {
    const flat = '同志们：今天我们开会。……谢谢大家。《 某某日报 》（ 2020年01月09日 02 版）';
    expect(date(flat)).toMatchObject({ date: '2020-01-09', date_confidence: 'weak' });
  });

  it('a wire dateline just before the edition line gives the day, in the edition year (still weak)', () => {
    const flat = '同志们：今天我们开会。……谢谢大家。（新华社某地1月8日电）　　《 某某日报 》（ 2020年01月09日 02 版）';
    expect(date(flat)).toMatchObject({
      date: '2020-01-08',
      date_confidence: 'weak',
      date_source: '（新华社某地1月8日电）　　《 某某日报 》（ 2020年01月09日 02 版）',
    });
    const december = '……谢谢大家。（新华社某地12月31日电）《 某某日报 》（ 2021年01月01日 01 版）';
    expect(date(december).date).toBe('2020-12-31');
  });

  it("the text's own date wins over the edition line", () => {
    const flat = '在某某会议上的讲话（2020年1月8日）某某同志们：……（新华社某地1月8日电）《 某某日报 》（ 2020年01月09日 02 版）';
    expect(date(flat)).toMatchObject({ date: '2020-01-08', date_confidence: 'stated' });
  });

  it('licence and site boilerplate dates are never taken', () => {
    expect(date('正文。\n版权所有 © 2003-2024 某某网 未经授权禁止转载').date).toBeNull();
  });
});
