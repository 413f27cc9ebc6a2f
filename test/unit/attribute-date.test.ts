import { describe, expect, it } from 'vitest';
import { extractDate, parseDate, parseNumber, signatureDate, titleYear, workReportYear } from '../../scripts/pipeline/attribute/date';

const noDate = { date: null, date_precision: 'none', date_source: null, date_confidence: 'none' };
const doc = (over: Partial<{ dateLine: string | null; title: string | null; bodyText: string }>) => ({
  dateLine: null,
  title: null,
  bodyText: '',
  ...over,
});

describe('parseNumber(s)', () => {
  it.each([
    ['2022', 2022],
    ['二〇二二', 2022],
    ['十二', 12],
    ['三十', 30],
    ['二十一', 21],
    ['十', 10],
    ['七', 7],
  ])('%s → %d', (s, n) => expect(parseNumber(s)).toBe(n));

  it('rejects what is not a number', () => expect(parseNumber('年')).toBeNull());
});

describe('parseDate(text)', () => {
  it('reads a Chinese numeral date (二〇二二年十二月三十日)', () => {
    expect(parseDate('二〇二二年十二月三十日')).toEqual({ date: '2022-12-30', date_precision: 'day', date_source: '二〇二二年十二月三十日' });
  });

  it('keeps month precision when no day is written', () => {
    expect(parseDate('2023年3月')).toMatchObject({ date: '2023-03', date_precision: 'month' });
  });

  it('refuses an impossible day (2023年2月30日)', () => {
    expect(parseDate('2023年2月30日')).toBeNull();
  });

  it('skips a year-like count that is not a year (十年) and reads the date after it', () => {
    expect(parseDate('走过十年，2022年10月16日')).toMatchObject({ date: '2022-10-16' });
  });
});

describe('extractDate(doc, manifest)', () => {
  it("takes the splitter's date line of a seed-000 article: （2022年12月30日）", () => {
    expect(extractDate(doc({ dateLine: '（2022年12月30日）' }))).toEqual({
      date: '2022-12-30',
      date_precision: 'day',
      date_source: '（2022年12月30日）',
      date_confidence: 'stated',
    });
  });

  it('lets the manifest win, at the precision it has', () => {
    const m = extractDate(doc({ dateLine: '（2022年12月30日）' }), { date: '1957-06-26' });
    expect(m).toEqual({ date: '1957-06-26', date_precision: 'day', date_source: '1957-06-26', date_confidence: 'stated' });
    expect(extractDate(doc({}), { date: '1954' })).toMatchObject({ date: '1954', date_precision: 'year' });
  });

  it('reads a dated signature closing the body', () => {
    const body = '要以更加饱满的热情投入工作。\n\n中共某某县委\n2023年3月15日\n';
    expect(extractDate(doc({ bodyText: body }))).toEqual({
      date: '2023-03-15',
      date_precision: 'day',
      date_source: '2023年3月15日',
      date_confidence: 'stated',
    });
  });

  it('does not take a date merely mentioned in the body (seed 000: 2021年7月，市人大常委会办公室…)', () => {
    const body = '2021年7月，市人大常委会办公室和市财政局联合发文，建立预算绩效管理监督机制。\n2022年，人大财经委、财政局开展专题调研。';
    expect(extractDate(doc({ bodyText: body }))).toEqual(noDate);
  });

  it('never uses a website publishing-time line (seed 004: 时间:2023-04-25 13:50:06)', () => {
    expect(extractDate(doc({ dateLine: '时间:2023-04-25 13:50:06 公文范文 来源:网友投稿' }))).toEqual(noDate);
    expect(extractDate(doc({ bodyText: '正文。\n时间:2023-04-25 13:50:06' }))).toEqual(noDate);
  });

  it('takes the year of a title naming its own event (seed 001)', () => {
    const title = '青年检察干警在2023年第二批主题教育“读书班”上的交流研讨发言';
    expect(extractDate(doc({ title }))).toEqual({ date: '2023', date_precision: 'year', date_source: title, date_confidence: 'stated' });
  });

  it('prefers the date line to the title year', () => {
    expect(extractDate(doc({ title: '在2023年主题教育推进会议上的讲话', dateLine: '（2023年9月8日）' }))).toMatchObject({ date: '2023-09-08' });
  });
});

describe('titleYear(title)', () => {
  it.each(['在2023年主题教育推进会议上的讲话', '2023年主题教育的心得体会', '2026年北京市政府工作报告'])('%s → a year', (t) => {
    expect(titleYear(t)?.date).toBe(t.match(/(\d{4})年/)![1]);
  });

  it.each([
    '关于2024年工作计划的报告',
    '市高价值发明专利培育专项行动方案（2023—2025年）',
    '全县2019年度党委书记抓基层党建述职评议大会',
    '纪念2021年建党百年座谈会',
    '党的十八大以来的伟大变革',
  ])('%s → no year', (t) => {
    expect(titleYear(t)).toBeNull();
  });
});

describe('signatureDate(body)', () => {
  it('ignores a date line that is not among the last lines', () => {
    const body = '（2022年1月1日）\n第一段。\n第二段。\n第三段。\n第四段。';
    expect(signatureDate(body)).toBeNull();
  });

  it('ignores a closing line that carries more than a date', () => {
    expect(signatureDate('正文。\n2023年3月，全县召开大会')).toBeNull();
  });
});

describe('workReportYear(body): the year after the one a government work report reviews', () => {
  const opening = '各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n';
  it('reads the first section heading (gwr_2010, gwr_1992 with full-width digits)', () => {
    expect(workReportYear(`${opening}一、2009年工作回顾\n2009年是新世纪以来我国经济发展最为困难的一年。`)).toEqual({
      date: '2010',
      date_precision: 'year',
      date_source: '一、2009年工作回顾',
    });
    expect(workReportYear(`${opening}一、１９９１年国内工作的回顾\n１９９１年是……`)?.date).toBe('1992');
  });
  it('nothing for other documents or other headings', () => {
    // a year-end summary may be given in the year it reviews
    expect(workReportYear('同志们：\n今天召开全镇工作会议。\n一、2023年工作回顾\n过去一年……')).toBeNull();
    expect(workReportYear(`${opening}一、过去五年工作回顾\n第十届全国人民代表大会第一次会议以来的五年……`)).toBeNull();
    expect(workReportYear(`${opening}二、2024年工作回顾`)).toBeNull();
  });
});
