/**
 * The map projection: Albers equal-area conic with standard parallels 25°N and
 * 47°N, centred on 105°E, the usual choice for a map of China (areas are
 * comparable, so a large province does not look more important than it is).
 */
import { geoConicEqualArea, type GeoPermissibleObjects, type GeoProjection } from 'd3';

export function chinaProjection(extent: GeoPermissibleObjects, width: number, height: number, pad = 4): GeoProjection {
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      extent,
    );
}
