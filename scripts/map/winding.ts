/**
 * d3-geo treats polygons as spherical: an exterior ring must wind clockwise,
 * otherwise d3 fills the complement (the whole globe except the province).
 * echarts' files do not follow that convention, so rings are normalised here.
 */
import { geoArea } from 'd3';
import type { DecodedGeometry, Ring } from '../../src/lib/geo/provinces.ts';

const HEMISPHERE = 2 * Math.PI;

function ringArea(ring: Ring): number {
  return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/** Orients one polygon's rings: exterior encloses less than a hemisphere, holes the opposite. */
export function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => {
    const small = ringArea(ring) <= HEMISPHERE;
    const wantSmall = i === 0;
    return small === wantSmall ? ring : [...ring].reverse();
  });
}

/** Returns the geometry with every polygon oriented for d3-geo. */
export function rewindForD3(geometry: DecodedGeometry): DecodedGeometry {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}
