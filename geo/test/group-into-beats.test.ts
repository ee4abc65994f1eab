import { describe, expect, it } from 'vitest';
import { groupIntoBeats, type PlanarPoint } from '../src/index.js';

const SIDE = 100;

/** Centroids of the cells of a `columns` × `rows` block of 100 m squares around central Shanghai (UTM 51N). */
function block(columns: number, rows: number): PlanarPoint[] {
  const cells: PlanarPoint[] = [];
  for (let column = 0; column < columns; column++) {
    for (let row = 0; row < rows; row++)
      cells.push({ x: 352_000 + (column + 0.5) * SIDE, y: 3_456_000 + (row + 0.5) * SIDE });
  }
  return cells;
}

function sizesOf(beats: number[]): number[] {
  const sizes: number[] = [];
  for (const beat of beats) sizes[beat] = (sizes[beat] ?? 0) + 1;
  return sizes;
}

/** Whether the cells of a beat form one edge-connected patch. */
function isConnected(cells: PlanarPoint[]): boolean {
  const key = (p: PlanarPoint) => `${Math.floor(p.x / SIDE)},${Math.floor(p.y / SIDE)}`;
  const remaining = new Set(cells.map(key));
  const queue = [key(cells[0] as PlanarPoint)];
  remaining.delete(queue[0] as string);
  while (queue.length) {
    const [c, r] = (queue.pop() as string).split(',').map(Number) as [number, number];
    for (const next of [`${c + 1},${r}`, `${c - 1},${r}`, `${c},${r + 1}`, `${c},${r - 1}`]) {
      if (remaining.delete(next)) queue.push(next);
    }
  }
  return remaining.size === 0;
}

describe('groupIntoBeats', () => {
  it('reads the documented example', () => {
    const row = [0, 1, 2, 3, 4].map((i) => ({ x: i * 100 + 50, y: 50 }));
    expect(groupIntoBeats(row, 100, 2)).toEqual([0, 0, 1, 1, 2]);
  });

  it('cuts 20 × 16 cells into the fewest beats of at most 12, sizes within one of each other', () => {
    const beats = groupIntoBeats(block(20, 16), SIDE, 12);
    const sizes = sizesOf(beats);
    expect(sizes).toHaveLength(Math.ceil(320 / 12)); // 27 beats
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
  });

  it('makes each beat a connected patch of neighbours on a full block', () => {
    const cells = block(16, 16);
    const beats = groupIntoBeats(cells, SIDE, 10);
    for (let beat = 0; beat <= Math.max(...beats); beat++) {
      expect(isConnected(cells.filter((_, i) => beats[i] === beat))).toBe(true);
    }
  });

  it('starts beat 0 in the north-west corner', () => {
    const cells = block(8, 8);
    const beats = groupIntoBeats(cells, SIDE, 4);
    const northWest = cells.findIndex((cell) => cell.x === 352_050 && cell.y === 3_456_750);
    expect(beats[northWest]).toBe(0);
  });

  it('puts everything in one beat when the beat is large enough, and returns [] for no cells', () => {
    expect(new Set(groupIntoBeats(block(3, 3), SIDE, 50))).toEqual(new Set([0]));
    expect(groupIntoBeats([], SIDE, 5)).toEqual([]);
  });

  it('gives cells sharing a square (parts of two communities) neighbouring places', () => {
    const cells = [...block(2, 2), { x: 352_060, y: 3_456_060 }];
    expect(sizesOf(groupIntoBeats(cells, SIDE, 3))).toEqual([3, 2]);
  });

  it.each([
    [0, /beatSize must be a positive integer/],
    [2.5, /beatSize must be a positive integer/],
  ])('rejects beat size %s', (beatSize, message) => {
    expect(() => groupIntoBeats(block(2, 2), SIDE, beatSize)).toThrow(message);
  });

  it('rejects a bad cell side and bad points', () => {
    expect(() => groupIntoBeats(block(2, 2), 0, 3)).toThrow(/cellSide must be a positive number/);
    expect(() => groupIntoBeats([{ x: 1, y: Number.NaN }], SIDE, 3)).toThrow(/points\[0\] must have finite x/);
  });
});
