import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import type { DocSpan, FileContext } from '../../scripts/pipeline/types';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const simplify = createSimplifier();
const res = { simplify, places: loadPlaces() };

// Seed 000 is a compilation: 湖州 and 金华 articles with relative org lines (市公安局…)
// next to articles by 吴忠, 桂林, 益阳 … and 中央和国家机关工委.
const lines = readFileSync(new URL('../../data/raw/seeds/000_83ceffdfb6a9c23d.txt', import.meta.url), 'utf8')
  .replace(/##paid(?:begin|end)##/g, '')
  .split('\n');
const ctx: FileContext = { relPath: 'seeds/000.txt', fileTitle: null, headText: lines.join('\n').slice(0, 2000) };

/**
 * The article whose org line is `orgLine` (title on the line before), up to the title of the
 * article signed `nextOrgLine`; `after` picks a later one when the same org line occurs twice.
 */
function article(orgLine: string, nextOrgLine: string | null, after = 38): { span: DocSpan; body: string } {
  const o = lines.findIndex((l, i) => i > after && l.trim() === orgLine);
  const next = nextOrgLine ? lines.findIndex((l, i) => i > o && l.trim() === nextOrgLine) : lines.length + 1;
  const end = next - 1;
  const dateLine = /^（.*日）$/.test(lines[o + 1].trim()) ? lines[o + 1].trim() : null;
  const bodyLines = lines.slice(o + (dateLine ? 2 : 1), end);
  return {
    span: { startLine: o, endLine: end, title: lines[o - 1].trim(), orgLine, dateLine, body: bodyLines.map((text, i) => ({ n: o + 2 + i, text })) },
    body: bodyLines.filter((l) => l.trim()).join('\n'),
  };
}

describe('attributeDocument on seed 000', () => {
  it('an article with its own place, org and date (吴忠市委理论学习中心组, （2022年12月28日）)', () => {
    const { span, body } = article('吴忠市委理论学习中心组', '北海市投资促进局党组理论学习中心组');
    expect(attributeDocument(span, body, ctx, undefined, res)).toEqual({
      title: '牢固树立和践行绿水青山就是金山银山的理念',
      org: '吴忠市委理论学习中心组',
      org_as_written: '吴忠市委理论学习中心组',
      org_type: 'party_committee',
      admin_level: 'city',
      province: '宁夏回族自治区',
      city: '吴忠市',
      county: null,
      region_source: 'org_line',
      evidence: '吴忠市委理论学习中心组',
      date: '2022-12-28',
      date_precision: 'day',
      date_source: '（2022年12月28日）',
      date_confidence: 'stated',
    });
  });

  it('a relative org line whose body is about 金华, not the 湖州 the file opens with', () => {
    const { span, body } = article('市公安局党委理论学习中心组', '市委政法委理论学习中心组', lines.indexOf('市经信局党组理论学习中心组'));
    const r = attributeDocument(span, body, ctx, undefined, res);
    expect(r).toMatchObject({
      org: '金华市公安局党委理论学习中心组',
      org_as_written: '市公安局党委理论学习中心组',
      org_type: 'political_legal',
      admin_level: 'city',
      province: '浙江省',
      city: '金华市',
      region_source: 'body_text',
      date: null,
      date_precision: 'none',
    });
    expect(body).toContain(r.evidence);
  });

  it('the same org line earlier in the file belongs to a 湖州 article (湖州公安 …, 全市公安机关)', () => {
    const { span, body } = article('市公安局党委理论学习中心组', '市综合行政执法局党委理论学习中心组');
    expect(attributeDocument(span, body, ctx, undefined, res)).toMatchObject({ org: '湖州市公安局党委理论学习中心组', city: '湖州市' });
  });

  it('a relative org line whose body speaks as 湖州 (湖州各级党外人士)', () => {
    const { span, body } = article('市委统战部理论学习中心组', '市财政局党组理论学习中心组');
    expect(attributeDocument(span, body, ctx, undefined, res)).toMatchObject({
      org: '湖州市委统战部理论学习中心组',
      org_type: 'united_front',
      city: '湖州市',
      region_source: 'body_text',
    });
  });

  it('a central org gets no region and the central level', () => {
    const { span, body } = article('中央和国家机关工委理论学习中心组', '娄底市委理论学习中心组');
    expect(attributeDocument(span, body, ctx, undefined, res)).toMatchObject({
      org_type: 'party_committee',
      admin_level: 'central',
      province: null,
      region_source: 'none',
      date: '2022-12-26',
    });
  });

  it('does not take body dates (2021年7月，市人大…) as the date of an undated article', () => {
    const { span, body } = article('市财政局党组理论学习中心组', '市政府机关党组理论学习中心组');
    expect(body).toContain('2021年7月');
    expect(attributeDocument(span, body, ctx, undefined, res)).toMatchObject({ date: null, date_precision: 'none', date_source: null });
  });
});

describe('attributeDocument titles and manifest', () => {
  const bare: DocSpan = { startLine: 1, endLine: 3, title: null, orgLine: null, dateLine: null, body: [] };
  const emptyCtx: FileContext = { relPath: 'x.txt', fileTitle: null, headText: '' };

  it('falls back to the start of the first sentence, marked with …', () => {
    const body = '党的二十大在政治上、理论上、实践上取得了一系列重大成果，意义重大而深远。全市政法机关要把学习贯彻作为首要政治任务。';
    const r = attributeDocument(bare, body, emptyCtx, undefined, res);
    expect(r.title.endsWith('…')).toBe(true);
    expect(body.startsWith(r.title.slice(0, -1))).toBe(true);
    expect(r.title.length).toBeLessThanOrEqual(31);
  });

  it('joins a title that wrapped over lines', () => {
    const r = attributeDocument(
      { ...bare, title: '以党的二十大精神为指引 凝心聚力\n开创湘潭统战工作高质量发展新局面' },
      '正文。',
      emptyCtx,
      undefined,
      res,
    );
    expect(r.title).toBe('以党的二十大精神为指引 凝心聚力开创湘潭统战工作高质量发展新局面');
  });

  it('lets manifest values win and records them as manifest', () => {
    const manifest = { title: '2026年北京市政府工作报告', date: '2026-01-25', org: '北京市人民政府', province: '北京市' };
    const r = attributeDocument(bare, '各位代表：现在，我代表市人民政府，向大会报告工作。', emptyCtx, manifest, res);
    expect(r).toMatchObject({
      title: '2026年北京市政府工作报告',
      org: '北京市人民政府',
      org_type: 'government',
      admin_level: 'province',
      province: '北京市',
      city: null,
      region_source: 'manifest',
      date: '2026-01-25',
      date_precision: 'day',
    });
  });
});
