import { DomainError } from '../../errors/domain-error.js';
import { toLngLat } from '../grids/to-lng-lat.js';

/** A viewport in WGS84 degrees. */
export interface CasePointsBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Web Mercator stops here: beyond it a latitude has no map position. */
const maxMercatorLatitude = 85.0511;
export const maxCasePointsZoom = 22;
/**
 * The widest box, in screen pixels at the requested zoom, that one request may cover: a 4K screen
 * with a margin. It bounds the work of a request (a whole-world box at street zoom is refused),
 * while the cap on answered items bounds its size.
 */
export const maxBoxPixels = 8_192;

/**
 * Checks a `casePoints` viewport and zoom, or throws BAD_REQUEST naming the field: a corner out of
 * range (with the swapped-pair hint of `toLngLat`), an empty or inverted box, a zoom that is not a
 * number from 0 to 22, or a box wider than `maxBoxPixels` at that zoom (zoom in, or ask for less).
 *
 * @example assertCasePointsRequest({ west: 121.4, south: 31.2, east: 121.5, north: 31.3 }, 13) // ok
 */
export function assertCasePointsRequest(box: CasePointsBox, zoom: number): void {
  toLngLat(box.west, box.south, 'bbox');
  toLngLat(box.east, box.north, 'bbox');
  if (!(box.west < box.east && box.south < box.north)) {
    throw new DomainError('BAD_REQUEST', 'bbox needs west < east and south < north.', { field: 'bbox', ...box });
  }
  if (Math.abs(box.south) > maxMercatorLatitude || Math.abs(box.north) > maxMercatorLatitude) {
    throw new DomainError('BAD_REQUEST', `bbox latitudes must lie within ±${maxMercatorLatitude} (Web Mercator).`, {
      field: 'bbox',
      ...box,
    });
  }
  if (!(Number.isFinite(zoom) && zoom >= 0 && zoom <= maxCasePointsZoom)) {
    throw new DomainError('BAD_REQUEST', `zoom must be a number from 0 to ${maxCasePointsZoom}, got ${zoom}.`, {
      field: 'zoom',
      zoom,
    });
  }
  const [width, height] = boxPixels(box, zoom);
  if (width > maxBoxPixels || height > maxBoxPixels) {
    throw new DomainError(
      'BAD_REQUEST',
      `bbox spans ${Math.round(width)} × ${Math.round(height)} px at zoom ${zoom}; at most ${maxBoxPixels} px a side.`,
      { field: 'bbox', zoom },
    );
  }
}

/** The box's size in Web Mercator pixels (256-px tiles) at a zoom. */
function boxPixels({ west, south, east, north }: CasePointsBox, zoom: number): [width: number, height: number] {
  const worldPixels = 256 * 2 ** zoom;
  return [((east - west) / 360) * worldPixels, (mercatorY(south) - mercatorY(north)) * worldPixels];
}

/** Latitude as a fraction of the Web Mercator world's height, 0 at the top. */
function mercatorY(lat: number): number {
  const radians = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2;
}
