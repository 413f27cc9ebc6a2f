/**
 * Work reports: the org the opening speaks for, national occasions, and text in
 * Traditional characters. Lines are copied from the external corpora
 * (provincial-gwr-2026, national-gwr-wikisource); expected values read off them.
 */
import { describe, expect, it } from 'vitest';
import { attributeDocument } from '../../scripts/pipeline/attribute/index';
import { nationalOccasion, speakerOrg } from '../../scripts/pipeline/attribute/speaker';
import { simplifiedView } from '../../scripts/pipeline/attribute/traditional';
import type { DocSpan, FileContext } from '../../scripts/pipeline/types';
import { createSimplifier } from '../../scripts/pipeline/simplify';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const simplify = createSimplifier();
const res = { simplify, places: loadPlaces() };

const ctx: FileContext = { relPath: 'x.txt', fileTitle: null, headText: '' };
const spanOf = (title: string | null, orgLine: string | null, dateLine: string | null): DocSpan => ({
  startLine: 1,
  endLine: 9,
  title,
  orgLine,
  dateLine,
  body: [],
});

describe('speakerOrg(body)', () => {
  it.each([
    ['各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议。', '北京市人民政府'],
    ['各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。', '省人民政府'],
    ['各位代表：\n现在，我代表省政府，向大会报告工作。', '省政府'],
    ['各位代表：\n现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出', '中华人民共和国国务院'],
    ['各位代表：\n现在，我受国务院的委托，向全国人民代表大会报告政府工作。', '国务院'],
    ['各位代表！\n根据中共中央的决定，我代表国务院，向第四届全国人民代表大会第一次会议作政府工作报告。', '国务院'],
    ['各位代表：\n我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作关于政府工作的报告。', '国务院'],
    [
      '各位代表：\n从第一届全国人民代表大会第三次会议闭幕以来，已经整整一年了。\n关于一年来的政府工作，国务院决定由我向第一届全国人民代表大会第四次会议作报告。',
      '国务院',
    ],
    ['各位代表：\n中华人民共和国国务院向第一届全国人民代表大会第二次会议提出中华人民共和国发展国民经济的第一个五年计划草案', '中华人民共和国国务院'],
  ])('%s → %s', (body, org) => expect(speakerOrg(body)).toBe(org));

  it('no org: people, two orgs at once, or a phrase deep in the text', () => {
    expect(speakerOrg('同志们：我代表大家向各位表示感谢。')).toBeNull();
    expect(speakerOrg('各位代表：\n我受中共中央和国务院的委托，向大会作关于一九五六年到一九六七年全国农业发展纲要的说明。')).toBeNull();
    expect(speakerOrg(`${'过去一年，全镇各项工作稳步推进。'.repeat(60)}我代表镇党委向全镇干部表示感谢。`)).toBeNull();
    expect(speakerOrg('同志们：\n根据党中央的决定，我们召开这次会议。')).toBeNull();
  });
});

describe('nationalOccasion(dateLine, title, body)', () => {
  it('a report at or to the national congress is national; a provincial congress is not', () => {
    expect(nationalOccasion('——2022年3月5日在第十三届全国人民代表大会第五次会议上', '政府工作报告', '')).toBe(
      '——2022年3月5日在第十三届全国人民代表大会第五次会议上',
    );
    expect(nationalOccasion(null, null, '各位代表：\n中华人民共和国国务院向第一届全国人民代表大会第二次会议提出')).toBe('向第一届全国人民代表大会');
    expect(nationalOccasion('——2026年1月25日在北京市第十六届人民代表大会第四次会议上', '2026年北京市政府工作报告', '各位代表：')).toBeNull();
  });
});

describe('attributeDocument on work reports', () => {
  it('a provincial report by the 省长 is the provincial government’s', () => {
    const a = attributeDocument(
      spanOf('政府工作报告', '省长 罗东川', '――2026年1月27日在青海省第十四届人民代表大会第四次会议上'),
      '各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。\n2025年是青海发展历程中很不平凡的一年。全省上下……青海各族干部群众……',
      ctx,
      undefined,
      res,
    );
    expect(a).toMatchObject({
      org: '青海省人民政府',
      org_as_written: '省人民政府',
      org_type: 'government',
      admin_level: 'province',
      province: '青海省',
      city: null,
      date: '2026-01-27',
    });
  });

  it('自治区人民政府 takes the autonomous region’s name', () => {
    const a = attributeDocument(
      spanOf('2026年广西壮族自治区政府工作报告', '自治区主席 韦 韬', '——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上'),
      '各位代表：\n现在，我代表自治区人民政府，向大会报告工作，请予审议。\n过去一年，广西全区上下……',
      ctx,
      undefined,
      res,
    );
    expect(a).toMatchObject({ org: '广西壮族自治区人民政府', admin_level: 'province', province: '广西壮族自治区' });
  });

  it('a national report names places but comes from none of them', () => {
    const a = attributeDocument(
      spanOf('政府工作报告', '李克强', '——2023年3月5日在第十四届全国人民代表大会第一次会议上'),
      '各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。\n成功举办北京冬奥会、冬残奥会。北京证券交易所设立。北京市……北京……',
      ctx,
      undefined,
      res,
    );
    expect(a).toMatchObject({ org: '国务院', admin_level: 'central', province: null, city: null, region_source: 'none', date: '2023-03-05' });
  });

  it('中华人民共和国国务院 is recorded as 国务院, as written in org_as_written', () => {
    const a = attributeDocument(
      spanOf(null, null, null),
      '各位代表：\n现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出1955年国家决算和1956年国家预算的报告，请予审查。',
      ctx,
      undefined,
      res,
    );
    expect(a).toMatchObject({ org: '国务院', org_as_written: '中华人民共和国国务院', admin_level: 'central', province: null });
  });

  it('Traditional characters: read through a Simplified copy, evidence quoted as written', () => {
    const date = attributeDocument(
      spanOf('政府工作報告', '周恩來', '1957年6月26日在第一届全國人民代表大會第四次會議上'),
      '各位代表：\n從第一届全國人民代表大會第三次會議閉幕以來，已經整整一年了。',
      ctx,
      undefined,
      res,
    );
    expect(date).toMatchObject({
      title: '政府工作報告',
      date: '1957-06-26',
      date_source: '1957年6月26日在第一届全國人民代表大會第四次會議上',
      province: null,
    });
    const place = attributeDocument(
      spanOf('政府工作報告', '廣東省省長 孟凡利', null),
      '各位代表：\n現在，我代表省人民政府，向大會報告工作，請予審議。',
      ctx,
      undefined,
      res,
    );
    expect(place).toMatchObject({
      org: '广东省人民政府',
      org_as_written: '省人民政府',
      province: '广东省',
      region_source: 'org_line',
      evidence: '廣東省省長 孟凡利',
    });
  });
});

describe('simplifiedView(span, body, ctx, simplify)', () => {
  it('a Simplified text with one stray variant (拚, seed 004) is read as it is', () => {
    expect(simplifiedView(spanOf('在全镇党建工作会议上的讲话', null, null), '同志们：\n我们要敢打敢拚，真抓实干。', ctx, simplify)).toBeNull();
  });
  it('a Traditional opening is read through a copy of the same length', () => {
    const body = '各位代表：\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告';
    const v = simplifiedView(spanOf(null, null, null), body, ctx, simplify)!;
    expect(v.body).toHaveLength(body.length);
    expect(v.body).toContain('全国人民代表大会');
    expect(v.original('全国人民代表大会')).toBe('全國人民代表大會');
  });
});
