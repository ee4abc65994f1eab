/** 2^26 cells a side keeps every index below 2^52, exactly representable as a number. */
const MAX_ORDER = 26;

/**
 * The position of cell (`column`, `row`) along the Hilbert curve that fills a square of
 * 2^order × 2^order cells, starting at (0, 0) and ending at (2^order − 1, 0).
 *
 * Consecutive positions on the curve are always edge neighbours, and any stretch of the curve
 * covers a compact patch of cells, which is why grid generation cuts beats (responsibility grids)
 * out of it.
 *
 * @param column - 0 ≤ column < 2^order
 * @param row - 0 ≤ row < 2^order
 * @param order - the curve's order, an integer from 0 to 26
 * @throws {RangeError} if `order` is out of range or the cell lies outside the square
 * @example
 * // the order-1 curve visits (0,0), (0,1), (1,1), (1,0)
 * hilbertIndex(0, 1, 1); // 1
 * hilbertIndex(1, 0, 1); // 3
 */
export function hilbertIndex(column: number, row: number, order: number): number {
  if (!Number.isInteger(order) || order < 0 || order > MAX_ORDER) {
    throw new RangeError(`order must be an integer from 0 to ${MAX_ORDER}, got ${String(order)}`);
  }
  const side = 2 ** order;
  for (const [name, value] of [
    ['column', column],
    ['row', row],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value >= side) {
      throw new RangeError(`${name} must be an integer from 0 to ${side - 1} for order ${order}, got ${String(value)}`);
    }
  }
  let [x, y, index] = [column, row, 0];
  // Classic quadrant descent: at each scale add the quadrant's offset, then rotate/flip the
  // coordinates so the sub-square is traversed in the curve's orientation. Plain arithmetic, not
  // bit operators, so orders above 15 do not overflow 32-bit integers.
  for (let half = side / 2; half >= 1; half /= 2) {
    const inRight = x >= half ? 1 : 0;
    const inTop = y >= half ? 1 : 0;
    index += half * half * ((3 * inRight) ^ inTop);
    x -= inRight * half;
    y -= inTop * half;
    if (inTop === 0) {
      if (inRight === 1) [x, y] = [half - 1 - x, half - 1 - y];
      [x, y] = [y, x];
    }
  }
  return index;
}
