import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bodyRegion, contextCity, isRelativeOrg, resolveRegion, type RegionInput } from '../../scripts/pipeline/attribute/region';

import { loadPlaces } from '../../scripts/pipeline/attribute/places';

const places = loadPlaces();
const input = (over: Partial<RegionInput>): RegionInput => ({ orgLine: null, title: null, bodyText: '', headText: '', places, ...over });
const none = { province: null, city: null, county: null, region_source: 'none', evidence: null };
// The opening of seed 000 (its table of contents and first article): a compilation of 湖州 articles that also lists other cities.
const seed000Head = readFileSync(new URL('../../data/raw/seeds/000_83ceffdfb6a9c23d.txt', import.meta.url), 'utf8').slice(0, 2000);

describe('resolveRegion from the org line', () => {
  it.each([
    ['湖州市委理论学习中心组', '浙江省', '湖州市', null],
    ['吴兴区委理论学习中心组', '浙江省', '湖州市', '吴兴区'],
    ['南浔区委理论学习中心组', '浙江省', '湖州市', '南浔区'],
    ['中共常德市委理论学习中心组', '湖南省', '常德市', null],
    ['吴忠市委理论学习中心组', '宁夏回族自治区', '吴忠市', null],
    ['长三角（湖州）产业合作区党工委理论学习中心组', '浙江省', '湖州市', null],
  ])('%s → %s/%s/%s', (orgLine, province, city, county) => {
    expect(resolveRegion(input({ orgLine }))).toEqual({ province, city, county, region_source: 'org_line', evidence: orgLine });
  });

  it('puts a province-level city in province, leaving city empty (北京市委)', () => {
    expect(resolveRegion(input({ orgLine: '北京市委理论学习中心组' }))).toMatchObject({ province: '北京市', city: null, county: null });
  });

  it('leaves an ambiguous county unresolved without a parent (鼓楼区委)', () => {
    expect(resolveRegion(input({ orgLine: '鼓楼区委理论学习中心组' }))).toEqual(none);
  });

  it('resolves an ambiguous county when its parent is written with it', () => {
    expect(resolveRegion(input({ orgLine: '福州市鼓楼区委理论学习中心组' }))).toMatchObject({ province: '福建省', city: '福州市', county: '鼓楼区' });
  });

  it('resolves an ambiguous county when the body names its parent city', () => {
    const r = resolveRegion(input({ orgLine: '鼓楼区委理论学习中心组', bodyText: '作为福州市的中心城区，我们要坚持…' }));
    expect(r).toMatchObject({ province: '福建省', city: '福州市', county: '鼓楼区', region_source: 'org_line' });
  });
});

describe('resolveRegion: manifest wins', () => {
  it('uses manifest values even when the org line names another place', () => {
    const r = resolveRegion(input({ orgLine: '湖州市委理论学习中心组' }), { province: '北京市' });
    expect(r).toMatchObject({ province: '北京市', city: null, region_source: 'manifest' });
  });
});

describe('resolveRegion from the title', () => {
  it('takes a place in the title when the body names it too (seed 003)', () => {
    const title = '教育红党建领育人强加快推动杭州教育高质量发展';
    const r = resolveRegion(input({ title, bodyText: '近年来，杭州教育系统坚持党建引领，全市中小学……' }));
    expect(r).toEqual({ province: '浙江省', city: '杭州市', county: null, region_source: 'title', evidence: title });
  });

  it('ignores a content-farm title the body never mentions (seed 004: 杭州市政协… 篇二 is a speech from 义乌)', () => {
    const title = '杭州市政协十一届三次会议篇二';
    const body =
      '在这场战“疫”中，整个义乌无论新老义乌人就是“一家人”。全市镇街部门放弃休假。目前，义乌已经连续30天没有新增确诊病例，累计发病率低于全省平均水平。浙江、义乌……';
    const r = resolveRegion(input({ title, bodyText: body }));
    expect(r.city).not.toBe('杭州市');
    expect(r).toMatchObject({ province: '浙江省', city: '金华市', region_source: 'body_text' });
  });

  it('does not read a generic noun as a district (老城区 in a title about 铜川市王益区, seed 003)', () => {
    const r = resolveRegion(
      input({
        title: '党建引领破解中小城市老城区治理难题探索',
        bodyText:
          '陕西省铜川市王益区是“以煤兴城”的老城区，破产企业多、老旧小区多。近年来，区委聚焦破解老城区下岗职工多的难题，王益智慧党建平台上线。',
      }),
    );
    expect(r.county).not.toBe('老城区');
    expect(r).toMatchObject({ province: '陕西省', city: '铜川市', county: '王益区' });
  });
});

describe('bodyRegion(text)', () => {
  it('accepts a place that is the subject of the text (seed 003: 河南省南阳市围绕…)', () => {
    const r = bodyRegion('近年来，河南省南阳市围绕推动高质量发展、创新社会治理，探索实施全域党建新模式。南阳市以“统”的理念创新组织设置。', places);
    expect(r?.place).toMatchObject({ province: '河南省', city: '南阳市' });
    expect(r?.evidence).toContain('南阳市围绕');
  });

  it('accepts 湖州各级… as the text speaking of itself (seed 000)', () => {
    const r = bodyRegion('湖州各级党外人士十分重视社情民意工作，我市数字化改革走在前列。', places);
    expect(r?.place).toMatchObject({ city: '湖州市' });
    expect(r?.evidence).toBe('湖州各级党外人士十分重视社情民意');
  });

  it('does not locate a speech where a national leader visited (seed 001: 在内蒙古考察时)', () => {
    const body =
      '习近平总书记在内蒙古考察时对“以学正风”提出要求，强调要弘扬清廉之风。作为青年检察干警，要坚定理想理念。全市检察机关要…… 习近平总书记在内蒙古考察时强调……';
    expect(bodyRegion(body, places)).toBeNull();
    expect(resolveRegion(input({ bodyText: body }))).toEqual(none);
  });

  it('does not count places inside book titles, spirits or famous meetings', () => {
    const body = '我市组织学习《习近平在浙江》《干在实处 走在前列——习近平浙江足迹》，弘扬延安精神，重温遵义会议，全市上下……';
    expect(bodyRegion(body, places)).toBeNull();
  });

  it('does not take an idiom for a city (长治久安 is not 长治市)', () => {
    const body = '全市公安机关要确保社会长治久安，为平安建设、长治久安作出新贡献。我市将持续推进平安建设。';
    expect(bodyRegion(body, places)).toBeNull();
  });

  it('is null for a text with one passing mention', () => {
    expect(bodyRegion('会议强调，要学习借鉴深圳的经验做法。全市上下要抓好落实。', places)).toBeNull();
  });
});

describe('isRelativeOrg(org)', () => {
  it.each(['市公安局党委理论学习中心组', '区委', '市委政法委理论学习中心组', '县纪委书记', '市委统战部理论学习中心组'])('%s is relative', (o) => {
    expect(isRelativeOrg(o)).toBe(true);
  });
  it.each(['湖州市委理论学习中心组', '中央和国家机关工委理论学习中心组', '中核华泰建设有限公司党委', '市场监管总局'])('%s is not', (o) => {
    expect(isRelativeOrg(o)).toBe(false);
  });
});

describe('relative org names and the file context', () => {
  const orgLine = '市公安局党委理论学习中心组';
  const body = '全市公安机关要深入学习贯彻党的二十大精神，全市公安民警辅警要勇于担当。';

  it('seed 000 opens clearly naming 湖州 (its TOC lists other cities once each)', () => {
    expect(contextCity(seed000Head, places)?.place).toMatchObject({ name: '湖州市' });
  });

  it('takes the city from the file context when the body names none, and says so', () => {
    const r = resolveRegion(input({ orgLine, bodyText: body, headText: seed000Head }));
    expect(r).toMatchObject({ province: '浙江省', city: '湖州市', county: null, region_source: 'org_line' });
    expect(r.evidence).toContain(orgLine);
    expect(r.evidence).toContain('文件上下文');
  });

  it('stays unknown without a file context', () => {
    expect(resolveRegion(input({ orgLine, bodyText: body }))).toEqual(none);
  });

  it('follows the body when the compilation mixes cities (seed 000: a 市公安局 article about 金华)', () => {
    const jinhua = '金华市公安机关把学习好宣传好贯彻好党的二十大精神作为首要政治任务，充分发挥法治金华、平安金华建设的牵引作用。';
    const r = resolveRegion(input({ orgLine, bodyText: jinhua, headText: seed000Head }));
    expect(r).toMatchObject({ province: '浙江省', city: '金华市', region_source: 'body_text' });
  });

  it('refuses the context when the body names another city (and nothing else locates it)', () => {
    const r = resolveRegion(input({ orgLine, bodyText: '学习借鉴金华市的经验，全市公安机关要……', headText: seed000Head }));
    expect(r.city).not.toBe('湖州市');
  });

  it('does not take a city from a head that names several equally (seed 001 style)', () => {
    expect(contextCity('在潼南调研时……重庆作出的系列部署……', places)).toBeNull();
  });
});
