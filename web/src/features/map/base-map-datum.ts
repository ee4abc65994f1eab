import { type LngLat, wgs84ToGcj02 } from '@gridloop/geo';

/**
 * The datum a base map's tiles are drawn in. Tianditu's CGCS2000 differs from WGS84 by centimetres,
 * so it counts as WGS84; AMap (Gaode) draws everything GCJ-02, a few hundred metres off in Shanghai.
 */
export type BaseMapDatum = 'WGS84' | 'GCJ02';

/** One 256-px tile of a base map, and where its top-left corner goes inside a displayed tile. */
export interface SourceTile {
  x: number;
  y: number;
  z: number;
  /** Offset from the displayed tile's top-left corner, in 256-px tile pixels. */
  left: number;
  top: number;
}

const TILE_PIXELS = 256;

/**
 * The datum adapter of the map. gridloop's map stays in WGS84 everywhere (our layers, clicks,
 * `gridAt`, GPS fixes) and the base map is moved instead: the displayed tile (x, y, z) must show
 * the GCJ-02 imagery of the same ground, which starts where the tile's corner lands in GCJ-02, so
 * it is cut from the (up to four) GCJ-02 tiles around that spot. The offset is taken at the tile's
 * centre: it changes by well under a pixel across one tile at any zoom, so tiles still meet.
 *
 * @example sourceTilesFor({ x: 13722, y: 6697, z: 14 }, 'WGS84') // [{ x: 13722, y: 6697, z: 14, left: 0, top: 0 }]
 */
export function sourceTilesFor(tile: { x: number; y: number; z: number }, datum: BaseMapDatum): SourceTile[] {
  const { x, y, z } = tile;
  if (datum === 'WGS84') return [{ x, y, z, left: 0, top: 0 }];
  const centre = lngLatAtWorldPixel([(x + 0.5) * TILE_PIXELS, (y + 0.5) * TILE_PIXELS], z);
  const [dx, dy] = datumOffsetPixels(centre, z, datum);
  const originX = x * TILE_PIXELS + dx;
  const originY = y * TILE_PIXELS + dy;
  const tiles: SourceTile[] = [];
  const lastIndex = 2 ** z - 1;
  for (let sy = Math.floor(originY / TILE_PIXELS); sy * TILE_PIXELS < originY + TILE_PIXELS; sy += 1) {
    for (let sx = Math.floor(originX / TILE_PIXELS); sx * TILE_PIXELS < originX + TILE_PIXELS; sx += 1) {
      if (sy < 0 || sy > lastIndex) continue;
      // Across the antimeridian the world repeats.
      const wrappedX = ((sx % (lastIndex + 1)) + lastIndex + 1) % (lastIndex + 1);
      tiles.push({ x: wrappedX, y: sy, z, left: sx * TILE_PIXELS - originX, top: sy * TILE_PIXELS - originY });
    }
  }
  return tiles;
}

/**
 * How far (in Web Mercator pixels at zoom z) a base map in `datum` draws a WGS84 point from where
 * our WGS84 layers draw it: east and south positive. Zero for WGS84 maps and outside China.
 *
 * @example datumOffsetPixels([121.4737, 31.2304], 18, 'GCJ02') // ≈ [843, 423]: about 430 m east and 215 m south
 */
export function datumOffsetPixels(lngLat: LngLat, z: number, datum: BaseMapDatum): [dx: number, dy: number] {
  if (datum === 'WGS84') return [0, 0];
  const [fromX, fromY] = worldPixelOf(lngLat, z);
  const [toX, toY] = worldPixelOf(wgs84ToGcj02(lngLat), z);
  return [toX - fromX, toY - fromY];
}

/** A point's position on the Web Mercator world at zoom z, in pixels from the top-left corner. */
export function worldPixelOf([lng, lat]: LngLat, z: number): [x: number, y: number] {
  const size = TILE_PIXELS * 2 ** z;
  const radians = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2;
  return [((lng + 180) / 360) * size, y * size];
}

/** The inverse of `worldPixelOf`. */
export function lngLatAtWorldPixel([x, y]: [number, number], z: number): LngLat {
  const size = TILE_PIXELS * 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [(x / size) * 360 - 180, lat];
}
