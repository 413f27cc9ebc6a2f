import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/pipeline/clean';
import { fixCjkSpaces, unmaskD, usesDMask } from '../../scripts/pipeline/clean/normalise';

const FIX = join(__dirname, '../fixtures/clean');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');
const cleaned = (name: string) => {
  const { lines, removed } = cleanLines(fixture(name));
  return { texts: lines.map((l) => l.text), joined: lines.map((l) => l.text).join('\n'), removed };
};

describe('cleanLines: spaces inside Chinese words (seeds 004, 000, 002)', () => {
  const { joined, removed } = cleaned('cjk-spaces.txt');

  it('removes extraction spaces in prose: 实 际, 谋 划, 2017 年, 举行了 2018', () => {
    for (const broken of ['实 际', '谋 划', '2017 年', '了 2018']) expect(fixture('cjk-spaces.txt')).toContain(broken);
    for (const whole of ['实际', '谋划', '2017年度', '举行了2018年度']) expect(joined).toContain(whole);
    expect(removed['cjk-space']).toBeGreaterThanOrEqual(4);
  });

  it('keeps the phrase-separating space of titles and bylines (no sentence punctuation)', () => {
    expect(joined).toContain('唯有实干争先 方能赢得未来');
    expect(joined).toContain('在对标看齐中狠抓贯彻落实 努力以一域之光为全局添彩\t59');
    expect(joined).toContain('湘潭市委常委、市委政法委书记 向敏');
  });

  it('fixCjkSpaces keeps spaces between Latin words and numbers, drops them next to Han', () => {
    expect(fixCjkSpaces('采用 Open Source 方案，投资 1 500 万元。').text).toBe('采用Open Source方案，投资1 500万元。');
    expect(fixCjkSpaces('2018 年工作要点').text).toBe('2018年工作要点');
  });
});

describe('cleanLines: zero-width characters', () => {
  const { joined, removed } = cleaned('zero-width.txt');
  it('removes U+200B–U+200D, U+2060 and U+FEFF so 两个确立 and 枫桥经验 are whole again', () => {
    expect(joined).toContain('“两个确立”');
    expect(joined).toContain('“四个意识”');
    expect(joined).toContain('“两个维护”');
    expect(joined).toContain('“枫桥经验”');
    expect(joined).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
    expect(removed['zero-width']).toBe(5);
  });
});

describe('cleanLines: full-width letters and digits', () => {
  const { texts, removed } = cleaned('fullwidth.txt');
  it('turns Ｅ站 (seed 001) and ２０２３ into ASCII, keeps full-width punctuation', () => {
    expect(texts[0]).toBe('（一）探索建设税费服务“E站”，以社区和乡村党群服务中心为依托。');
    expect(texts[1].startsWith('2023年第二批')).toBe(true);
    expect(removed.fullwidth).toBe(1 + 4 + 4);
  });
  it('a full-width Ｄ mask is seen after conversion, ＤＣＳ stays a Latin token', () => {
    expect(texts[2]).toBe('推动DCS国产化，全域党建工作高质量发展。');
  });
});

describe('cleanLines: NBSP and ideographic spaces', () => {
  const { texts } = cleaned('odd-spaces.txt');
  it('drops U+3000 indents, treats NBSP/U+3000 as spaces, trims line ends', () => {
    expect(texts[0].startsWith('党的二十大报告')).toBe(true);
    expect(texts[1]).toBe('唯有实干争先 方能赢得未来');
    expect(texts[2]).toBe('要切合人大工作实际,贯彻中央和省委精神,持续推进作风建设。');
    expect(texts[3]).toBe('');
    expect(texts[4]).toBe('湘潭市委常委、市委政法委书记 向敏');
  });
});

describe('cleanLines: the Latin letter D standing for 党 (seed 003)', () => {
  const text = fixture('d-mask.txt');
  const { texts, joined, removed } = cleaned('d-mask.txt');

  it('restores 党建, 党组织, 从严治党, 党史, 党的, 下党', () => {
    expect(texts[0]).toBe('持续推进全域党建工作高质量发展');
    expect(joined).toContain('基层党组织政治功能');
    expect(joined).toContain('全面从严治党');
    expect(joined).toContain('加强党史学习教育');
    expect(joined).toContain('把党的领导');
    expect(joined).toContain('下党乡');
    expect(removed['d-mask']).toBe((text.match(/(?<![A-Za-z0-9])D(?![A-Za-z0-9])/g) ?? []).length - 2);
  });

  it('leaves D inside Latin tokens, after digits, as a grade and as a list letter', () => {
    const last = texts[texts.length - 2];
    for (const token of ['DCS', 'C919', '3D打印', 'DNA', 'CD光盘', 'D级', 'A、B、C、D等']) expect(last).toContain(token);
  });

  it('is off for files that never use the mask (维生素D stays)', () => {
    const plain = '补充维生素D和钙。\n党的建设。\n';
    expect(usesDMask(plain)).toBe(false);
    expect(cleanLines(plain).lines[0].text).toBe('补充维生素D和钙。');
    expect(unmaskD('全面从严治D').text).toBe('全面从严治党');
  });
});
