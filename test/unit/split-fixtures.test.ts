/**
 * The split patterns on small handwritten fixtures (test/fixtures/split/*.txt). Expected values were written
 * together with the fixtures: line numbers are those of the fixture files as shown by `nl -ba`.
 */
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../scripts/pipeline/split';
import { barelyCleaned, cleaned } from '../fixtures/split/load';

const dir = 'test/fixtures/split/';

describe.each([
  ['cleaned', cleaned],
  ['barely cleaned', barelyCleaned],
] as const)('splitDocuments on fixtures (%s)', (_, load) => {
  const split = (name: string) => splitDocuments(load(dir + name), 'fixtures/' + name);

  it('compilation: TOC is skipped; org line before or after the title; wrapped title joined; headings and page breaks stay inside', () => {
    const { docs, context } = split('compilation.txt');
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [10, 19],
      [21, 29],
      [32, 38],
    ]);
    expect(docs.map((d) => d.title)).toEqual(['守护绿水青山 厚植发展底色', '以“枫桥经验”为引领推进基层治理现代化', '把“三会一课”落到实处']);
    expect(docs.map((d) => d.orgLine)).toEqual(['市林业局党组理论学习中心组', '某县委政法委理论学习中心组', '市审计局党组']);
    expect(docs.map((d) => d.dateLine)).toEqual([null, '（2023年5月8日）', '2023年6月1日']);
    expect(docs[0].body[0].n).toBe(13);
    // the blank line at 16 is a page break in mid-sentence: kept in the body as ''
    expect(docs[0].body.find((l) => l.n === 16)?.text).toBe('');
    expect(docs[1].body.some((l) => l.text.includes('推荐访问'))).toBe(false);
    expect(context.fileTitle).toBeNull();
  });

  it('sections: one document per 篇, titled by its own title line when it has one, else by the marker', () => {
    const { docs, context } = split('sections.txt');
    expect(context.fileTitle).toBe('2023年某区基层党建工作会议讲话(三篇)');
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [9, 19],
      [21, 29],
      [31, 35],
    ]);
    expect(docs.map((d) => d.title)).toEqual(['某区基层党建工作会议讲话篇一', '在全区基层党建工作会议上的总结讲话', '某区基层党建工作会议讲话篇三']);
    expect(docs[0].body[0].n).toBe(11); // the salutation opens the body
    expect(docs[1].body[0].n).toBe(25);
  });

  it('speeches: blank-separated speeches with their own title lines; trailing ads are no document', () => {
    const { docs } = split('speeches.txt');
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [1, 8],
      [10, 15],
      [17, 21],
    ]);
    expect(docs.map((d) => d.title)).toEqual([
      '在全县主题教育读书班上的讲话',
      '在主题教育专题研讨会上的交流发言',
      '市水利局关于主题教育阶段性进展情况汇报',
    ]);
    expect(docs.every((d) => d.orgLine === null)).toBe(true);
    // headings (一、 一是 （一）) are inside, not boundaries
    expect(docs[0].body.map((l) => l.n)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('newspaper: articles cut at the 本报讯 lead; headline block at the end is no document; only a clearly matching headline is used', () => {
    const { docs } = split('newspaper.txt');
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [1, 15],
      [17, 22],
    ]);
    expect(docs[1].title).toBe('县委召开理论学习中心组专题学习会');
    // 扎实推进乡村振兴 / 奋力书写农业强县新篇章 shares only 推进乡村振兴 with the commentary: not enough to claim it
    expect(docs[0].title).toBeNull();
    expect(docs[0].body.map((l) => l.n)).toContain(9); // after the mid-sentence column break
  });

  it('signed commentaries: one untitled run is cut into one piece per bylined headline of the block at the end', () => {
    const { docs } = split('signed.txt');
    // 1–17 is about 生态环境 / 绿色发展 (the 生态环境局局长's piece), 19–34 about 教育 (the 教育局局长's); the block
    // lists them in the other order, and 办好人民满意教育 also appears word for word in the second piece only
    expect(docs.map((d) => [d.startLine, d.endLine])).toEqual([
      [1, 17],
      [19, 34],
    ]);
    expect(docs.map((d) => [d.title, d.orgLine])).toEqual([
      ['坚持生态优先 推动绿色发展', '某市生态环境局局长 李明'],
      ['办好人民满意教育 培养担当民族复兴大任的时代新人', '某市教育局局长 张华'],
    ]);
    expect(docs[0].body.map((l) => l.n)).toContain(7); // after the mid-sentence column break
  });

  it('single document: title, occasion date line and byline; unnumbered headings in double-spaced text do not split it', () => {
    const { docs } = split('single.txt');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      startLine: 1,
      endLine: 23,
      title: '坚持以人民为中心的发展思想',
      dateLine: '2023年4月12日在全市干部大会上',
      orgLine: '市长 张明',
    });
    expect(docs[0].body[0]).toEqual({ n: 5, text: '各位代表：' });
  });
});
