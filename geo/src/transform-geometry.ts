import type { Geometry, LngLat, Position } from './geojson.js';

export interface TransformGeometryOptions {
  /** Round every output longitude and latitude to this many decimals (integer 0..15). */
  readonly decimals?: number;
}

/** The output has the same geometry type as the input. */
export type SameGeometryType<G extends Geometry> = Extract<Geometry, { type: G['type'] }>;

/**
 * Maps every position of a GeoJSON geometry through `fn` (for example {@link wgs84ToGcj02})
 * and returns a new geometry of the same type; the input is not modified. Altitudes and other
 * extra position values are kept as they are. Only `type` and `coordinates` / `geometries` are
 * copied: a `bbox` would be stale after the transform, so it is dropped.
 *
 * @param geometry - Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or
 *   GeometryCollection
 * @param fn - maps one [lng, lat] to another
 * @param options - `decimals` rounds the output (6 decimals ≈ 0.1 m)
 * @throws {TypeError} if the geometry type is unknown or a position is not numbers, or if
 *   `fn` does not return a pair of finite numbers
 * @throws {RangeError} if `decimals` is not an integer in 0..15
 * @example
 * transformGeometry({ type: 'Point', coordinates: [121.47, 31.23] }, wgs84ToGcj02, { decimals: 6 });
 * // { type: 'Point', coordinates: [121.474535, 31.228067] }
 */
export function transformGeometry<G extends Geometry>(
  geometry: G,
  fn: (lngLat: LngLat) => LngLat,
  options: TransformGeometryOptions = {},
): SameGeometryType<G> {
  if (typeof fn !== 'function') {
    throw new TypeError(`fn must be a function (lngLat) => lngLat, got ${typeof fn}`);
  }
  const { decimals } = options;
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 15)) {
    throw new RangeError(`decimals must be an integer from 0 to 15, got ${String(decimals)}`);
  }
  const scale = decimals === undefined ? undefined : 10 ** decimals;
  const round = (n: number): number => (scale === undefined ? n : Math.round(n * scale) / scale + 0); // + 0 turns -0 into 0

  const mapPosition = (position: Position): Position => {
    if (!Array.isArray(position) || position.length < 2 || !position.every(Number.isFinite)) {
      throw new TypeError(`position must be [lng, lat] numbers, got ${JSON.stringify(position)}`);
    }
    const [lng, lat, ...rest] = position;
    const out = fn([lng, lat]);
    if (!Array.isArray(out) || !Number.isFinite(out[0]) || !Number.isFinite(out[1])) {
      throw new TypeError(`fn must return [lng, lat] numbers, got ${JSON.stringify(out)} for [${lng}, ${lat}]`);
    }
    return [round(out[0]), round(out[1]), ...rest];
  };
  const mapLine = (line: readonly Position[]) => arrayOf(line, 'a position list').map(mapPosition);
  const mapRings = (rings: readonly (readonly Position[])[]) => arrayOf(rings, 'a list of rings or lines').map(mapLine);

  const visit = (g: Geometry): Geometry => {
    switch (g?.type) {
      case 'Point':
        return { type: g.type, coordinates: mapPosition(g.coordinates) };
      case 'MultiPoint':
      case 'LineString':
        return { type: g.type, coordinates: mapLine(g.coordinates) };
      case 'MultiLineString':
      case 'Polygon':
        return { type: g.type, coordinates: mapRings(g.coordinates) };
      case 'MultiPolygon':
        return { type: g.type, coordinates: arrayOf(g.coordinates, 'polygons').map(mapRings) };
      case 'GeometryCollection':
        return { type: g.type, geometries: arrayOf(g.geometries, 'geometries').map(visit) };
      default:
        throw new TypeError(
          `geometry must be a GeoJSON Geometry, got type ${JSON.stringify((g as { type?: unknown } | null)?.type)}`,
        );
    }
  };
  return visit(geometry) as SameGeometryType<G>;
}

function arrayOf<T>(value: readonly T[], what: string): readonly T[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`expected ${what} (an array), got ${JSON.stringify(value)}`);
  }
  return value;
}
