import { hilbertIndex } from './hilbert-index.js';
import { assertPlanarPoints, assertPositiveLength } from './internal/assert-planar.js';
import type { PlanarPoint } from './planar-point.js';

/**
 * Groups neighbouring cells into beats (责任网格, one officer's patrol) of at most `beatSize`
 * cells. The cells are visited along a Hilbert curve over the square grid of side `cellSide`
 * (started at the north-west corner), and the curve is cut into the fewest beats that respect
 * `beatSize`, with sizes that differ by at most one. Stretches of a Hilbert curve are compact
 * patches, so each beat is a block of neighbours rather than a strip.
 *
 * @param points - one point per cell (e.g. its centroid) in metres
 * @param cellSide - the side of the square cells in metres
 * @param beatSize - the largest number of cells in a beat, a positive integer
 * @returns per input cell, its beat number: 0 … beats − 1, in curve order
 * @throws {TypeError} if a point does not have finite coordinates
 * @throws {RangeError} if `cellSide` or `beatSize` is out of range
 * @example
 * // 5 cells in a row, beats of at most 2: sizes 2, 2, 1 along the curve
 * groupIntoBeats([0, 1, 2, 3, 4].map((i) => ({ x: i * 100 + 50, y: 50 })), 100, 2); // [0, 0, 1, 1, 2]
 */
export function groupIntoBeats(points: readonly PlanarPoint[], cellSide: number, beatSize: number): number[] {
  assertPositiveLength(cellSide, 'cellSide');
  if (!Number.isInteger(beatSize) || beatSize < 1) {
    throw new RangeError(`beatSize must be a positive integer, got ${String(beatSize)}`);
  }
  assertPlanarPoints(points, 'points');
  if (points.length === 0) return [];
  const positions = curvePositions(points, cellSide);
  const order = points
    .map((_, index) => index)
    .sort((a, b) => (positions[a] as number) - (positions[b] as number) || a - b);
  const sizes = evenSizes(points.length, beatSize);
  const beats = new Array<number>(points.length);
  let next = 0;
  sizes.forEach((size, beat) => {
    for (const index of order.slice(next, next + size)) beats[index] = beat;
    next += size;
  });
  return beats;
}

/** Each point's position along the Hilbert curve over its cell; row 0 is the northernmost. */
function curvePositions(points: readonly PlanarPoint[], cellSide: number): number[] {
  const columns = points.map((point) => Math.floor(point.x / cellSide));
  const rows = points.map((point) => Math.floor(point.y / cellSide));
  // Loops, not Math.min(...spread): a large street has more cells than a call may take arguments.
  const [west, east] = extent(columns);
  const [south, north] = extent(rows);
  const span = Math.max(east - west, north - south) + 1;
  const order = Math.ceil(Math.log2(Math.max(span, 1)));
  return points.map((_, i) => hilbertIndex((columns[i] as number) - west, north - (rows[i] as number), order));
}

function extent(values: readonly number[]): [min: number, max: number] {
  let [min, max] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const value of values) [min, max] = [Math.min(min, value), Math.max(max, value)];
  return [min, max];
}

/** Sizes of the fewest groups of at most `max` that add up to `total`, differing by at most one. */
function evenSizes(total: number, max: number): number[] {
  const count = Math.ceil(total / max);
  const base = Math.floor(total / Math.max(count, 1));
  return Array.from({ length: count }, (_, group) => base + (group < total % count ? 1 : 0));
}
