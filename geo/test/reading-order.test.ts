import { describe, expect, it } from 'vitest';
import { type PlanarPoint, readingOrder } from '../src/index.js';

/** Centroids of a full `columns` × `rows` block of square cells of side `side`, in shuffled order. */
function block(columns: number, rows: number, side: number, origin: PlanarPoint): PlanarPoint[] {
  const cells: PlanarPoint[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      cells.push({ x: origin.x + (column + 0.5) * side, y: origin.y + (row + 0.5) * side });
    }
  }
  return cells.reverse(); // south-east first: the opposite of reading order
}

describe('readingOrder numbers cells west → east, north → south', () => {
  it('reads the documented example', () => {
    const points = [
      { x: 150, y: 20 },
      { x: 50, y: 120 },
      { x: 50, y: 30 },
      { x: 150, y: 180 },
    ];
    expect(readingOrder(points, 100)).toEqual([1, 3, 2, 0]);
  });

  it('reads a block of 100 m cells in UTM 51N (central Shanghai) row by row from the north-west', () => {
    const cells = block(4, 3, 100, { x: 352_000, y: 3_456_000 });
    const ordered = readingOrder(cells, 100).map((index) => cells[index]);
    expect(ordered[0]).toEqual({ x: 352_050, y: 3_456_250 }); // north-west corner
    expect(ordered.at(-1)).toEqual({ x: 352_350, y: 3_456_050 }); // south-east corner
    const rows = ordered.map((cell) => Math.floor((cell?.y ?? 0) / 100));
    expect(rows).toEqual([34562, 34562, 34562, 34562, 34561, 34561, 34561, 34561, 34560, 34560, 34560, 34560]);
  });

  it('keeps clipped cells in their row: a centroid pulled north inside its band stays in the band', () => {
    // The western cell was clipped by a boundary so its centroid sits high in the row; it is still
    // in the same row as its eastern neighbour and comes first because it is further west.
    const points = [
      { x: 250, y: 1050 },
      { x: 120, y: 1095 },
      { x: 150, y: 1150 }, // next row north
    ];
    expect(readingOrder(points, 100)).toEqual([2, 1, 0]);
  });

  it('breaks ties deterministically: same row and x go north first, then by input order', () => {
    const points = [
      { x: 10, y: 10 },
      { x: 10, y: 60 },
      { x: 10, y: 10 },
    ];
    expect(readingOrder(points, 100)).toEqual([1, 0, 2]);
  });

  it('handles negative coordinates (rows anchored at y = 0, not at the southernmost point)', () => {
    expect(
      readingOrder(
        [
          { x: 0, y: -10 },
          { x: 5, y: 10 },
          { x: -5, y: -150 },
        ],
        100,
      ),
    ).toEqual([1, 0, 2]);
  });

  it('returns [] for no points and does not change its input', () => {
    expect(readingOrder([], 100)).toEqual([]);
    const points = [
      { x: 2, y: 0 },
      { x: 1, y: 0 },
    ];
    readingOrder(points, 100);
    expect(points[0]).toEqual({ x: 2, y: 0 });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects row height %s', (rowHeight) => {
    expect(() => readingOrder([{ x: 0, y: 0 }], rowHeight)).toThrow(/rowHeight must be a positive number/);
  });

  it('names the point that has no usable coordinates', () => {
    expect(() =>
      readingOrder(
        [
          { x: 0, y: 0 },
          { x: Number.NaN, y: 1 },
        ],
        100,
      ),
    ).toThrow(/points\[1\] must have finite x/);
  });
});
