import { describe, expect, it } from 'vitest';
import { hilbertIndex } from '../src/index.js';

/** The cells of a 2^order square in curve order. */
function walk(order: number): [number, number][] {
  const side = 2 ** order;
  const cells: [number, number][] = new Array(side * side);
  for (let column = 0; column < side; column++) {
    for (let row = 0; row < side; row++) cells[hilbertIndex(column, row, order)] = [column, row];
  }
  return cells;
}

describe('hilbertIndex', () => {
  it('visits the order-1 square as (0,0), (0,1), (1,1), (1,0)', () => {
    expect(walk(1)).toEqual([
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
    ]);
  });

  it.each([2, 3, 5])('is a bijection whose consecutive cells share an edge (order %i)', (order) => {
    const side = 2 ** order;
    const cells = walk(order);
    expect(new Set(cells.map(([c, r]) => c * side + r)).size).toBe(side * side);
    cells.slice(1).forEach(([column, row], i) => {
      const [previousColumn, previousRow] = cells[i] as [number, number];
      expect(Math.abs(column - previousColumn) + Math.abs(row - previousRow)).toBe(1);
    });
    expect(cells[0]).toEqual([0, 0]);
    expect(cells.at(-1)).toEqual([side - 1, 0]);
  });

  it('stays exact for large orders (no 32-bit overflow)', () => {
    const side = 2 ** 20;
    expect(hilbertIndex(side - 1, 0, 20)).toBe(side * side - 1);
    expect(hilbertIndex(0, 0, 26)).toBe(0);
    expect(hilbertIndex(2 ** 26 - 1, 0, 26)).toBe(2 ** 52 - 1);
  });

  it('maps order 0 to the single cell 0', () => {
    expect(hilbertIndex(0, 0, 0)).toBe(0);
  });

  it.each([
    [0, 0, -1, /order must be an integer from 0 to 26/],
    [0, 0, 27, /order must be an integer from 0 to 26/],
    [0, 0, 1.5, /order must be an integer/],
    [4, 0, 2, /column must be an integer from 0 to 3 for order 2, got 4/],
    [0, -1, 2, /row must be an integer from 0 to 3/],
    [0.5, 0, 2, /column must be an integer/],
  ])('rejects column %s, row %s, order %s', (column, row, order, message) => {
    expect(() => hilbertIndex(column, row, order)).toThrow(message);
  });
});
