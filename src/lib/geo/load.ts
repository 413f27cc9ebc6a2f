/** Browser-side loading of the province map written by scripts/build-map.ts (fetched once, same origin). */
import { looksLikeHtml } from '../db/served-file';
import { cityMapFile, PROVINCE_MAP_FILE, type CityFeatureProps, type DecodedFeature, type ProvinceFeatureProps } from './provinces';

export type ProvinceFeature = DecodedFeature<ProvinceFeatureProps>;

let loading: Promise<ProvinceFeature[]> | null = null;

export function loadProvinceMap(): Promise<ProvinceFeature[]> {
  loading ??= fetch(new URL(PROVINCE_MAP_FILE, document.baseURI).href)
    .then((res) => {
      if (!res.ok) throw new Error(`public/${PROVINCE_MAP_FILE}: HTTP ${res.status} (run npm run build)`);
      // `npm run serve` answers a missing file with its index.html and status 200
      if (looksLikeHtml(res.headers.get('content-type'), new Uint8Array())) {
        throw new Error(`public/${PROVINCE_MAP_FILE}: missing from the built site (run npm run build)`);
      }
      return res.json() as Promise<{ features: ProvinceFeature[] }>;
    })
    .then((fc) => fc.features)
    .catch((err: unknown) => {
      loading = null; // let a later visit retry
      throw err;
    });
  return loading;
}

export type CityFeature = DecodedFeature<CityFeatureProps>;

const cityLoading = new Map<string, Promise<CityFeature[]>>();

/** A province's city map (public/geo/cities/<adcode>.json), fetched only when the province is opened. */
export function loadCityMap(adcode: string): Promise<CityFeature[]> {
  const file = cityMapFile(adcode);
  let p = cityLoading.get(adcode);
  if (!p) {
    p = fetch(new URL(file, document.baseURI).href)
      .then((res) => {
        if (!res.ok) throw new Error(`public/${file}: HTTP ${res.status} (run npm run build)`);
        if (looksLikeHtml(res.headers.get('content-type'), new Uint8Array()))
          throw new Error(`public/${file}: missing from the built site (run npm run build)`);
        return res.json() as Promise<{ features: CityFeature[] }>;
      })
      .then((fc) => fc.features)
      .catch((err: unknown) => {
        cityLoading.delete(adcode); // let a later visit retry
        throw err;
      });
    cityLoading.set(adcode, p);
  }
  return p;
}
