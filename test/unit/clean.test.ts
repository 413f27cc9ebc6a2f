import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/pipeline/clean';
import { classifyLine } from '../../scripts/pipeline/clean/furniture';

const FIX = join(__dirname, '../fixtures/clean');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');
/** Raw line n (1-based) of a fixture, as written. */
const rawLine = (text: string, n: number): string => text.split('\n')[n - 1];
const textAt = (lines: { n: number; text: string }[], n: number): string | undefined => lines.find((l) => l.n === n)?.text;

describe('cleanLines(text) keeps provenance', () => {
  it('line i of the input keeps n = i + 1; blank lines stay as empty strings', () => {
    const text = fixture('paywall.txt');
    const { lines } = cleanLines(text);
    const raw = text.split('\n');
    expect(lines.length).toBe(raw.length); // nothing in this fixture is furniture
    for (const l of lines) {
      // The same line, modulo the repairs this fixture needs (markers out, D → 党).
      const expected = raw[l.n - 1]
        .replace(/##paid(begin|end)##/g, '')
        .replace(/D/g, '党')
        .trim();
      expect(l.text).toBe(expected);
    }
  });

  it('never joins lines: every output line comes from exactly one input line', () => {
    const text = fixture('seed002-wrapped.txt');
    const { lines } = cleanLines(text);
    expect(lines.map((l) => l.text)).toEqual(text.split('\n').map((l) => l.trim()));
  });
});

describe('cleanLines: paywall markers (seeds 000, 003)', () => {
  const text = fixture('paywall.txt');
  const { lines, removed } = cleanLines(text);

  it('cuts ##paidbegin## glued to the start of a paragraph and keeps the paragraph', () => {
    const n = text.split('\n').findIndex((l) => l.startsWith('##paidbegin##')) + 1;
    expect(n).toBeGreaterThan(0);
    const after = rawLine(text, n).slice('##paidbegin##'.length, 40).replace(/D/g, '党');
    expect(textAt(lines, n)?.startsWith(after)).toBe(true);
  });

  it('a marker-only line becomes a blank line (the excerpt is cut there)', () => {
    const n = text.split('\n').indexOf('##paidend##') + 1;
    expect(textAt(lines, n)).toBe('');
  });

  it('no marker survives and each one is counted', () => {
    expect(lines.some((l) => l.text.includes('##'))).toBe(false);
    expect(removed.paywall).toBe((text.match(/##paid/g) ?? []).length);
  });
});

describe('cleanLines: site furniture of template pages (seed 004)', () => {
  const text = fixture('furniture.txt');
  const { lines, removed } = cleanLines(text);
  const kept = lines.map((l) => l.text).join('\n');

  it.each([
    ['breadcrumb', '当前位置:'],
    ['publishing stamp', '时间:2023-04-25'],
    ['editor note', '下面是小编'],
    ['site blurb', '大家总少不了接触作文'],
    ['related links', '推荐访问:'],
    ['copyright footer', '版权所有:'],
    ['copyright footer', 'ICP备'],
  ])('drops the %s line (%s)', (reason, words) => {
    const line = text.split('\n').find((l) => l.includes(words));
    expect(line).toBeDefined();
    expect(classifyLine(line!.trim())?.reason).toBe(reason);
    expect(kept).not.toContain(words);
  });

  it('keeps the compilation title and the document text around the furniture', () => {
    expect(kept).toContain('2023年杭州市政协十一届三次会议(五篇)(完整)');
    expect(kept).toContain('杭州市政协十一届三次会议篇一');
    expect(kept).toContain('以优异成绩向建党一百周年献礼');
    expect(removed.furniture).toBe(7);
  });

  it('keeps ordinary prose that only mentions a source, an account or a date', () => {
    for (const prose of [
      '近年来,市县组织部门先后开发建设了“x党建”云平台、“x微党建”微信公众平台和“千里眼”视频培训系统。',
      '来源：北京日报',
      '时间：2026-02-02',
      '党的二十大报告指出：“坚持不懈用新时代中国特色社会主义思想凝心铸魂。”',
    ])
      expect(classifyLine(prose)).toBeNull();
  });
});

describe('cleanLines: advertisements (seeds 001, 003)', () => {
  const text = fixture('ads.txt');
  const { lines, removed } = cleanLines(text);

  it('drops every 哒哒素材库 / 哒哒代笔 promotion line and counts them as ad', () => {
    const adLines = text.split('\n').filter((l) => l.includes('哒哒')).length;
    expect(adLines).toBe(4);
    expect(removed.ad).toBe(adLines);
    expect(lines.some((l) => l.text.includes('哒哒'))).toBe(false);
  });

  it('keeps the closing paragraphs of the document before the ads', () => {
    const prose = text.split('\n').filter((l) => l.length > 30 && !l.includes('哒哒'));
    expect(prose.length).toBeGreaterThan(2);
    for (const p of prose) expect(lines.some((l) => l.text.slice(0, 10) === p.slice(0, 10).replace(/D/g, '党'))).toBe(true);
  });
});

describe('cleanLines: page widgets of government news pages (provincial reports)', () => {
  const { lines, removed } = cleanLines(fixture('page-widgets.txt'));
  it('drops the download/print/font-size bar and keeps title, source, date and byline', () => {
    const kept = lines.map((l) => l.text);
    for (const w of ['下载', '打印', '全屏', '收藏', '加大', '还原', '减小', '】', '【字号：']) expect(kept).not.toContain(w);
    expect(removed.furniture).toBe(9);
    expect(kept).toContain('2026年北京市政府工作报告');
    expect(kept).toContain('来源：北京日报');
    expect(kept).toContain('时间：2026-02-02');
    expect(kept).toContain('北京市市长 殷勇');
  });
});

describe('cleanLines: licence notice closing a wikisource page', () => {
  const text = fixture('licence-tail.txt');
  const { lines, removed } = cleanLines(text);
  it('drops the notice from 本作品… to the end, keeps the speech above it', () => {
    const kept = lines.filter((l) => l.text !== '');
    expect(kept).toHaveLength(1);
    expect(kept[0]).toEqual({ n: 1, text: text.split('\n')[0] });
    expect(removed.furniture).toBe(
      text
        .split('\n')
        .slice(2)
        .filter((l) => l.trim() !== '').length,
    );
  });
  it('keeps a sentence that merely starts with 本作品 when no licence follows', () => {
    const plain = '本作品是中华人民共和国的优秀文艺作品，深受群众喜爱。\n';
    expect(cleanLines(plain).lines[0].text).toBe('本作品是中华人民共和国的优秀文艺作品，深受群众喜爱。');
  });
});
