/**
 * Issue 9, places: one invented document per failure kind, each with its trap beside it. The texts are
 * written for these tests (real division names, made-up content).
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../scripts/pipeline/attribute/region';
import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const places = loadPlaces();

const region = (bodyText: string, over: { orgLine?: string | null; title?: string | null; headText?: string } = {}) =>
  resolveRegion({ orgLine: null, title: null, headText: '', bodyText, places, ...over });

describe('a district of a province-level municipality, named in short form', () => {
  const body =
    '今年以来，全区上下坚持稳中求进。浦东着力推进产业升级，浦东的营商环境持续优化。' + '下一步，我区将继续深化改革，让浦东在新征程上走在前列。';

  it('全区/我区 and the short form three times → the municipality and the district', () => {
    expect(region(body)).toMatchObject({ province: '上海市', city: null, county: '浦东新区', region_source: 'body_text' });
  });

  it('trap: without 全区/我区 the short form is only talked about', () => {
    expect(region(body.replace(/全区上下|我区/g, '大家')).province).toBeNull();
  });
});

describe('home formulas with a self-word of the same level', () => {
  it('总书记对X工作的重要指示精神 + 全省 → one mention is enough', () => {
    const body = '我们要深入学习贯彻总书记对甘肃工作的重要指示精神，团结带领全省干部群众，真抓实干、埋头苦干。';
    expect(region(body)).toMatchObject({ province: '甘肃省', city: null, region_source: 'body_text' });
  });

  it('为X…作出贡献 + 全市 → the city', () => {
    const body = '全市政法干警要提高站位、勇于担当，为绍兴高质量发展作出新的更大贡献。';
    expect(region(body)).toMatchObject({ province: '浙江省', city: '绍兴市' });
  });

  it('trap: past aid to a place (为X…作出了贡献) is not home', () => {
    const body = '我们派出的医疗队为湖北抗疫作出了重要贡献，全省上下倍感自豪。';
    expect(region(body).province).toBeNull();
  });

  it('trap: 推动X高质量发展 with a single 全省 may be said from outside', () => {
    const body = '要推动湖北高质量发展，在全省范围推广好的做法。';
    expect(region(body).province).toBeNull();
  });

  it('trap: a visit (在X考察时) is not home, even with 全省', () => {
    const body = '总书记在甘肃考察时强调，要坚持生态优先。全省上下要认真学习领会。';
    expect(region(body).province).toBeNull();
  });

  it('trap: a model (X经验) is not home', () => {
    const body = '要学习推广宁德经验，全市上下要把这项工作抓紧抓实。';
    expect(region(body).province).toBeNull();
  });

  it('trap: a place as a metaphor in scare quotes is not home', () => {
    const body = '我们要敢闯敢试，争做新时代的“深圳”，全市上下要拿出改革的勇气。';
    expect(region(body).province).toBeNull();
  });

  it('trap: one 全省 in a speech about a province given from outside is not enough', () => {
    const body = '湖北省要继续加强防控。湖北要在全省范围严格落实各项措施，湖北省各地要压实责任。';
    expect(region(body).province).toBeNull();
  });

  it('trap: 本市 inside 资本市场 is no self-word', () => {
    const body = '要发挥资本市场作用，支持凉山发展。凉山的产业基础薄弱，凉山还要补短板。';
    expect(region(body).province).toBeNull();
  });
});

describe('a document the org issued, cited under its full name', () => {
  it('市政协 citing 《某某市政协…方案》 → its own city', () => {
    const body = '根据《嘉兴市政协关于开展委员履职活动的实施方案》，今年我们组织委员深入一线开展调研。';
    expect(region(body, { orgLine: '市政协' })).toMatchObject({
      province: '浙江省',
      city: '嘉兴市',
      evidence: '《嘉兴市政协关于开展委员履职活动的实施方案》',
    });
  });

  it('trap: another 《》 title (a higher or other org) is no evidence', () => {
    const body = '根据《嘉兴市人民政府关于加快发展的意见》，今年我们组织委员深入一线开展调研。';
    expect(region(body, { orgLine: '市政协' }).city).toBeNull();
  });
});

describe('texts about a place, and central voices', () => {
  it('a commentary without an org line gets no region', () => {
    const body = '近日，漳州市坚持践行某项工作制度取得实效。漳州各级干部深入基层，漳州市围绕群众所盼办实事。';
    expect(region(body, { title: '党刊评论：把践行好制度作为重要抓手' }).province).toBeNull();
    // the same text as a report of the place itself is located
    expect(region(body, { title: '把践行好制度作为重要抓手' }).city).toBe('漳州市');
  });

  it('a retold past post (在X工作期间) does not locate the text', () => {
    const body = '他在福州工作期间就高度重视这项工作，福州的干部群众至今记忆犹新，福州市也留下了宝贵经验。';
    expect(region(body).city).toBeNull();
  });

  it('a central organ relabelled as a local bureau gets no region', () => {
    const body = '作为中央指导组，我们要坚持服务保障党中央，在常德调研期间，常德市围绕中心工作……常德各级干部要……';
    expect(region(body, { orgLine: '市机关事务局' }).province).toBeNull();
  });

  it('a wire dateline (新华社上海11月12日电) names where a story was filed, not where the text is from', () => {
    const body = '新华社上海11月12日电在庆祝大会上，上海各界代表……今天，我们在这里隆重集会。全市人民……';
    expect(region(body).province).toBeNull();
  });
});
