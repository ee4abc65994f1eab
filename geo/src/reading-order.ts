import { assertPlanarPoints, assertPositiveLength } from './internal/assert-planar.js';
import type { PlanarPoint } from './planar-point.js';

/**
 * The order in which to number unit grids: "west → east, north → south" (GB/T 30428.1), like
 * reading a page. Points are banded into rows of `rowHeight` metres by their `y`; rows run from
 * north to south and, within a row, points run from west to east.
 *
 * Rows are anchored at y = 0 (row r covers r·rowHeight ≤ y < (r+1)·rowHeight), the same anchor as
 * a square grid of side `rowHeight` cut in the same projection, so the centroids of one row of
 * cells always share a band however the boundary clipped them.
 *
 * @param points - one representative point per cell (e.g. its centroid), in metres
 * @param rowHeight - the height of a row in metres (the cell side for square cells)
 * @returns the indices of `points` in reading order; `points` itself is not changed
 * @throws {TypeError} if a point does not have finite coordinates
 * @throws {RangeError} if `rowHeight` is not a positive number
 * @example
 * // two rows of 100 m: the northern row first, each row from west to east
 * readingOrder([{ x: 150, y: 20 }, { x: 50, y: 120 }, { x: 50, y: 30 }, { x: 150, y: 180 }], 100);
 * // [1, 3, 2, 0]
 */
export function readingOrder(points: readonly PlanarPoint[], rowHeight: number): number[] {
  assertPositiveLength(rowHeight, 'rowHeight');
  assertPlanarPoints(points, 'points');
  const rows = points.map((point) => Math.floor(point.y / rowHeight));
  return points
    .map((_, index) => index)
    .sort((a, b) => {
      const [pa, pb] = [points[a] as PlanarPoint, points[b] as PlanarPoint];
      // Ties (two cells at the same x in one row) go north first, then by input order: stable and total.
      return (rows[b] as number) - (rows[a] as number) || pa.x - pb.x || pb.y - pa.y || a - b;
    });
}
