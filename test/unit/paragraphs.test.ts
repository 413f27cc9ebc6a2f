import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../scripts/pipeline/clean';
import { joinParagraphs, joinParagraphsWithMap } from '../../scripts/pipeline/paragraphs';
import type { SourceLine } from '../../scripts/pipeline/types';

const FIX = join(__dirname, '../fixtures/clean');
const SEEDS = join(__dirname, '../../data/raw/seeds');
const linesOf = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
const wrapped = readFileSync(join(FIX, 'seed002-wrapped.txt'), 'utf8');
const headlines = readFileSync(join(FIX, 'seed002-headlines.txt'), 'utf8');

describe('joinParagraphs(lines) on newspaper columns (seed 002)', () => {
  const paras = joinParagraphs(cleanLines(wrapped).lines).split('\n');

  it('rejoins words broken over lines: 两个确立, 四个意识, 两个维护, 习近平', () => {
    // The fixture really breaks them (otherwise this test proves nothing).
    expect(wrapped).toContain('“两\n个确立”');
    expect(wrapped).toContain('习\n近平');
    const all = paras.join('\n');
    for (const w of ['“两个确立”', '“四个意识”', '“四个自信”', '“两个维护”', '紧跟习近平总书记']) expect(all).toContain(w);
  });

  it('bridges a page break that falls mid-sentence (部署付 / 诸行动)', () => {
    expect(wrapped).toMatch(/部署付\n\n诸行动/);
    expect(paras.some((p) => p.includes('重大部署付诸行动'))).toBe(true);
  });

  it('starts a paragraph at each enumerated section 一要/二要/三要 and never glues it to the previous one', () => {
    for (const head of [
      '一要在深刻领会重大意义中坚定前行方向。',
      '二要在准确把握精神实质中凝聚奋进力量。',
      '三要在全面贯彻实践要求中彰显担当作为。',
    ]) {
      expect(paras.filter((p) => p.startsWith(head))).toHaveLength(1);
      expect(paras.filter((p) => p.includes(head) && !p.startsWith(head))).toHaveLength(0);
    }
  });

  it('outputs no blank lines and loses no character', () => {
    expect(paras.every((p) => p.length > 0)).toBe(true);
    expect(paras.join('')).toBe(wrapped.replace(/\s/g, ''));
  });
});

describe('joinParagraphs(lines) on the headline block of seed 002', () => {
  const paras = joinParagraphs(cleanLines(headlines).lines).split('\n');
  it('keeps bylines apart from the titles around them', () => {
    for (const byline of ['湘潭市委常委、副市长 董巍', '湘潭市委常委、组织部部长 刘俊', '湘潭市委常委、市委政法委书记 向敏']) {
      expect(paras).toContain(byline);
    }
    expect(paras).toContain('市政协召开十三届五次常委会议');
  });
  it('still rejoins the body paragraphs above the headlines', () => {
    expect(paras.some((p) => p.startsWith('宣讲现场，青商会党员、会员代表踊跃发言') && p.endsWith('现场不时响起热烈掌声。'))).toBe(true);
  });
});

describe('joinParagraphs(lines) on prose files', () => {
  it.each(['000_83ceffdfb6a9c23d.txt', '001_6c46de81eb12d8ae.txt', '003_6feaf2fadfef7054.txt', '004_d6dbffc23111a032.txt'])(
    'seed %s (one paragraph per line) comes out line for line',
    (file) => {
      const { lines } = cleanLines(readFileSync(join(SEEDS, file), 'utf8'));
      const nonBlank = lines.filter((l) => l.text !== '').map((l) => l.text);
      expect(joinParagraphs(lines).split('\n')).toEqual(nonBlank);
    },
  );

  it('glues a line that starts with a comma onto the previous one (wikisource link breaks)', () => {
    const text =
      '已经光荣地完成了一件历史性的工作，通过了我们国家的根本法——\n中华人民共和国宪法\n，接着，又通过了几个重要的法律。\n现在，我代表中央人民政府作工作报告。';
    expect(joinParagraphs(linesOf(text)).split('\n')).toEqual([
      '已经光荣地完成了一件历史性的工作，通过了我们国家的根本法——',
      '中华人民共和国宪法，接着，又通过了几个重要的法律。',
      '现在，我代表中央人民政府作工作报告。',
    ]);
  });

  it('glues a line that ends with an opening bracket onto the next (制定了《\\n纲要…)', () => {
    const text = '研究和广泛论证，制定了《\n国家中长期科学和技术发展规划纲要\n》。\n各位代表！';
    expect(joinParagraphs(linesOf(text)).split('\n')).toEqual(['研究和广泛论证，制定了《国家中长期科学和技术发展规划纲要》。', '各位代表！']);
  });

  it('keeps a short heading over wrapped body text, and a numbered heading after a cut line', () => {
    const text = [
      '二、主要做法',
      '党的二十大在政治上、理论上、实',
      '践上取得了一系列重大成果，意义重',
      '大而深远。全市政法机关要把全面学',
      '习把握落实党的二十大精神作为首要',
      '（一）坚持政治引领',
      '政治任务，牢记职责使命、强化责任担',
    ].join('\n');
    const paras = joinParagraphs(linesOf(text)).split('\n');
    expect(paras[0]).toBe('二、主要做法');
    expect(paras[1].startsWith('党的二十大在政治上、理论上、实践上')).toBe(true);
    expect(paras.some((p) => p.startsWith('（一）坚持政治引领'))).toBe(true);
  });

  it('joins Latin words with a space, CJK without', () => {
    const text = 'the quick brown fox jumps\nover the lazy dog again and\nagain until the end of it\nand then some more text';
    expect(joinParagraphs(linesOf(text))).toContain('jumps over the lazy dog again and again');
  });
});

describe('joinParagraphsWithMap(lines).lineAt(offset)', () => {
  it('maps every character of the joined text back to its raw line', () => {
    const lines = cleanLines(wrapped).lines;
    const { text, lineAt } = joinParagraphsWithMap(lines);
    const raw = wrapped.split('\n');
    for (const probe of ['两个确立', '紧跟习近平', '诸行动', '三要在全面贯彻']) {
      const at = text.indexOf(probe);
      expect(at).toBeGreaterThanOrEqual(0);
      const last = at + probe.length - 1;
      expect(raw[lineAt(at) - 1]).toContain(text[at]);
      expect(raw[lineAt(last) - 1]).toContain(text[last]);
    }
    // “两\n个确立”: the first occurrence starts on one raw line and ends on the next.
    const at = text.indexOf('两个确立');
    expect(raw[lineAt(at) - 1].endsWith('“两')).toBe(true);
    expect(lineAt(at + 3)).toBe(lineAt(at) + 1);
  });

  it('on an empty input returns an empty text', () => {
    expect(joinParagraphsWithMap([]).text).toBe('');
    expect(
      joinParagraphs([
        { n: 1, text: '' },
        { n: 2, text: '' },
      ]),
    ).toBe('');
  });
});
