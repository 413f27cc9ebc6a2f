/**
 * Decoding of the compact GeoJSON shipped with echarts 4 (`map/json/*.json`).
 *
 * echarts stores each ring as a string: every coordinate is a pair of UTF-16
 * code units holding the zig-zag encoded delta from the previous point, scaled
 * by `UTF8Scale` (default 1024); the first point's base is `encodeOffsets`.
 * This is a port of `decodePolygon` in echarts `src/coord/geo/parseGeoJson.js`
 * that returns a new object instead of mutating its input. Build time only
 * (scripts/build-map.ts); the browser reads the decoded map.
 */
import type { DecodedFeature, DecodedGeometry, Ring } from '../../src/lib/geo/provinces.ts';

export interface EncodedGeometry {
  type: 'Polygon' | 'MultiPolygon';
  /** Polygon: one string per ring; MultiPolygon: per polygon, one string per ring. */
  coordinates: string[] | string[][];
  encodeOffsets: [number, number][] | [number, number][][];
}

export interface EncodedFeature<P> {
  type: 'Feature';
  id?: string;
  properties: P;
  geometry: EncodedGeometry | null;
}

export interface EncodedCollection<P> {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EncodedFeature<P>[];
}

const DEFAULT_SCALE = 1024;

/** Decodes one encoded ring string into [lon, lat] positions. */
export function decodeRing(encoded: string, offset: readonly [number, number], scale = DEFAULT_SCALE): Ring {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has odd length ${encoded.length}`);
  const ring: Ring = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    // zig-zag: 0,1,2,3,… ↔ 0,-1,1,-2,…
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** GeoJSON rings are closed (first position repeated last); echarts' are not always. */
export function closeRing(ring: Ring): Ring {
  if (ring.length === 0) return ring;
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, [first[0], first[1]]];
}

/** Decodes one geometry; throws if rings and offsets do not line up (a corrupt file should not draw silently wrong). */
export function decodeGeometry(geometry: EncodedGeometry, scale = DEFAULT_SCALE): DecodedGeometry {
  if (geometry.type === 'Polygon') {
    const rings = geometry.coordinates as string[];
    const offsets = geometry.encodeOffsets as [number, number][];
    if (rings.length !== offsets.length) throw new Error('Polygon: rings and encodeOffsets differ in length');
    return { type: 'Polygon', coordinates: rings.map((r, i) => closeRing(decodeRing(r, offsets[i], scale))) };
  }
  const polygons = geometry.coordinates as string[][];
  const offsets = geometry.encodeOffsets as [number, number][][];
  if (polygons.length !== offsets.length) throw new Error('MultiPolygon: polygons and encodeOffsets differ in length');
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings, p) => {
      if (rings.length !== offsets[p].length) throw new Error(`MultiPolygon[${p}]: rings and offsets differ`);
      return rings.map((r, i) => closeRing(decodeRing(r, offsets[p][i], scale)));
    }),
  };
}

/**
 * Decodes a whole echarts collection into plain GeoJSON features. Features
 * without geometry are dropped (echarts does the same). A collection that is
 * not encoded is rejected rather than guessed at.
 */
export function decodeEchartsGeoJson<P>(json: EncodedCollection<P>): DecodedFeature<P>[] {
  if (!json.UTF8Encoding) throw new Error('expected an echarts UTF8Encoding collection');
  const scale = json.UTF8Scale ?? DEFAULT_SCALE;
  return json.features
    .filter((f): f is EncodedFeature<P> & { geometry: EncodedGeometry } => f.geometry != null)
    .map((f) => ({
      type: 'Feature' as const,
      ...(f.id !== undefined ? { id: f.id } : {}),
      properties: f.properties,
      geometry: decodeGeometry(f.geometry, scale),
    }));
}
