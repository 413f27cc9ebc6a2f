/** Browser-side loading of the province map written by scripts/build-map.ts (fetched once, same origin). */
import { looksLikeHtml } from '../db/served-file';
import { PROVINCE_MAP_FILE, type DecodedFeature, type ProvinceFeatureProps } from './provinces';

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
