import type { TileAddress } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';

/** Deeper than z22 a tile is ~10 cm wide: nothing in gridloop needs it, and 2^z stays exact. */
export const maxTileZoom = 22;

/**
 * The z/x/y of a tile URL as integers with 0 ≤ x, y < 2^z and z ≤ 22, or BAD_REQUEST naming
 * the part that is wrong.
 *
 * @example parseTileAddress('12', '3430', '1673') // { z: 12, x: 3430, y: 1673 }
 */
export function parseTileAddress(z: string, x: string, y: string): TileAddress {
  const zoom = parseCoordinate('z', z, maxTileZoom);
  const last = 2 ** zoom - 1;
  return { z: zoom, x: parseCoordinate('x', x, last), y: parseCoordinate('y', y, last) };
}

function parseCoordinate(field: 'z' | 'x' | 'y', value: string, max: number): number {
  const parsed = /^\d{1,8}$/.test(value) ? Number(value) : Number.NaN;
  if (!(parsed <= max)) {
    throw new DomainError('BAD_REQUEST', `Tile ${field} must be an integer from 0 to ${max}, got "${value}".`, {
      field,
      value,
      max,
    });
  }
  return parsed;
}
