/**
 * Headers of work reports as pages deliver them: wikisource leaves six blank lines between title and date
 * line and wraps 政府工作报 / 告; news sites put a publishing time (07时41分) above the real date line;
 * some use ― (U+2015) for the dash of ——2026年1月27日在…. Lines copied from the external corpora.
 */
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../scripts/pipeline/split';
import { isDateLine, isMetaLine, isTimestamp } from '../../scripts/pipeline/split/lines';

const doc = (texts: string[]) =>
  splitDocuments(
    texts.map((text, i) => ({ n: i + 1, text })),
    'x.txt',
  ).docs;
const BODY = ['各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。', '一、2021年工作回顾'];

describe('report headers', () => {
  it('isTimestamp / isDateLine: a publishing time is metadata, the occasion line is the date', () => {
    for (const t of ['2026年02月10日 07时41分', '2026-02-03 09:02:33']) {
      expect(isTimestamp(t), t).toBe(true);
      expect(isMetaLine(t), t).toBe(true);
      expect(isDateLine(t), t).toBe(false);
    }
    expect(isTimestamp('2026年2月3日在四川省第十四届人民代表大会第五次会议上')).toBe(false);
    expect(isDateLine('――2026年1月27日在青海省第十四届人民代表大会第四次会议上')).toBe(true);
  });

  it('a title and date line six blank lines apart at the top of a file are still its header', () => {
    const [d] = doc([
      '政府工作报告',
      '',
      '',
      '',
      '',
      '',
      '',
      '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
      '',
      '',
      '',
      '',
      '国务院总理　',
      '李克强',
      '',
      ...BODY,
    ]);
    expect(d.title).toBe('政府工作报告');
    expect(d.dateLine).toBe('——2022年3月5日在第十三届全国人民代表大会第五次会议上');
  });

  it('a title wrapped before its last character is joined, not replaced by the post line below it', () => {
    const [d] = doc([
      '',
      '政府工作报',
      '告',
      '',
      '',
      '',
      '——2017年3月5日在第十二届全国人民代表大会第五次会议上',
      '',
      '国务院总理',
      '李克强',
      '',
      ...BODY,
    ]);
    expect(d.title).toBe('政府工作报告');
  });

  it('mid-file, a gap of more than three blank lines still ends a header', () => {
    const docs = doc([
      ...BODY,
      '谢谢大家！',
      '',
      '',
      '政府工作报告',
      '',
      '',
      '',
      '',
      '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
      ...BODY,
    ]);
    expect(docs.every((d) => d.dateLine === null)).toBe(true);
  });

  it('the publishing time above the occasion line is not taken as the date line', () => {
    const [d] = doc([
      '2026年四川省人民政府工作报告',
      '2026年02月10日 07时41分',
      '来源:',
      '四川日报',
      '2026年2月3日在四川省第十四届人民代表大会第五次会议上',
      '四川省人民政府省长 施小琳',
      ...BODY,
    ]);
    expect(d.dateLine).toBe('2026年2月3日在四川省第十四届人民代表大会第五次会议上');
  });
});
