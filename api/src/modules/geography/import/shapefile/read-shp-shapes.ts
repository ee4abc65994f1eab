import { DomainError } from '../../../../errors/domain-error.js';
import { assemblePolygon } from './assemble-polygon.js';

const NULL_SHAPE = 0;
const POLYGON = 5;
const POLYGON_Z = 15;
const POLYGON_M = 25;
const shapeTypeNames: Record<number, string> = {
  1: 'Point',
  3: 'PolyLine',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

/**
 * Reads the shapes of a polygon shapefile (.shp), one entry per record in file order: a GeoJSON
 * Polygon / MultiPolygon, or null for a null shape. PolygonZ and PolygonM records are read with
 * their Z or M value as a third coordinate, so the per-feature check reports them as NOT_2D.
 * A shapefile of points or lines, or a damaged one, is refused as a whole (INVALID_FILE).
 */
export function readShpShapes(shp: Uint8Array): (object | null)[] {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.length < 100 || view.getInt32(0, false) !== 9994) throw invalidShp('it has no shapefile header');
  const fileType = view.getInt32(32, true);
  if (![NULL_SHAPE, POLYGON, POLYGON_Z, POLYGON_M].includes(fileType)) {
    throw new DomainError(
      'INVALID_FILE',
      `The shapefile holds ${shapeTypeNames[fileType] ?? `shape type ${fileType}`} shapes; a layer holds polygons.`,
      { shapeType: shapeTypeNames[fileType] ?? fileType },
    );
  }
  const end = Math.min(shp.length, view.getInt32(24, false) * 2);
  const shapes: (object | null)[] = [];
  for (let offset = 100; offset + 8 <= end; ) {
    const contentLength = view.getInt32(offset + 4, false) * 2;
    const content = offset + 8;
    if (content + contentLength > shp.length || contentLength < 4)
      throw invalidShp(`record ${shapes.length} is truncated`);
    shapes.push(readShape(view, content, contentLength));
    offset = content + contentLength;
  }
  return shapes;
}

function readShape(view: DataView, at: number, length: number): object | null {
  const type = view.getInt32(at, true);
  if (type === NULL_SHAPE) return null;
  if (type !== POLYGON && type !== POLYGON_Z && type !== POLYGON_M) throw invalidShp(`a record has shape type ${type}`);
  const partCount = view.getInt32(at + 36, true);
  const pointCount = view.getInt32(at + 40, true);
  const pointsAt = at + 44 + 4 * partCount;
  const extraAt = pointsAt + 16 * pointCount + 16; // Z or M values follow the XY points and their range
  const hasExtra = type !== POLYGON && extraAt + 8 * pointCount <= at + length;
  if (partCount < 0 || pointCount < 0 || pointsAt + 16 * pointCount > at + length)
    throw invalidShp('a record is damaged');
  const position = (i: number): number[] => {
    const xy = [view.getFloat64(pointsAt + 16 * i, true), view.getFloat64(pointsAt + 16 * i + 8, true)];
    return hasExtra ? [...xy, view.getFloat64(extraAt + 8 * i, true)] : xy;
  };
  const rings: number[][][] = [];
  for (let part = 0; part < partCount; part++) {
    const first = view.getInt32(at + 44 + 4 * part, true);
    const last = part + 1 < partCount ? view.getInt32(at + 48 + 4 * part, true) : pointCount;
    if (first < 0 || last > pointCount || first > last) throw invalidShp('a record has bad part offsets');
    rings.push(Array.from({ length: last - first }, (_, k) => position(first + k)));
  }
  return rings.length === 0 ? { type: 'Polygon', coordinates: [] } : assemblePolygon(rings);
}

function invalidShp(reason: string): DomainError {
  return new DomainError('INVALID_FILE', `The shapefile's .shp cannot be read: ${reason}.`);
}
