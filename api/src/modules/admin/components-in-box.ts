import type { PrismaClient } from '@gridloop/prisma';
import { badRequest } from './admin-input.js';

/** A WGS84 box as the components query takes it: all four sides or none. */
export interface LngLatBoxInput {
  west?: number | null;
  south?: number | null;
  east?: number | null;
  north?: number | null;
}

export interface LngLatBoxSides {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The box, null when no side is given; BAD_REQUEST (field bbox) for a partial, inverted or out-of-range box. */
export function toLngLatBox({ west, south, east, north }: LngLatBoxInput): LngLatBoxSides | null {
  const sides = [west, south, east, north];
  if (sides.every((side) => side == null)) return null;
  if (west == null || south == null || east == null || north == null) {
    return badRequest('bbox', 'Give all four of west, south, east and north, or none.');
  }
  const inRange = west >= -180 && east <= 180 && south >= -90 && north <= 90;
  if (!inRange || !(west < east && south < north)) {
    return badRequest('bbox', `Not a WGS84 box west < east, south < north: ${sides.join(', ')}.`);
  }
  return { west, south, east, north };
}

/**
 * The ids of the components inside a box (GiST index on the point), first by code; one statement.
 * The caller reads the rows through Prisma so the GraphQL selection decides the columns.
 */
export async function componentIdsInBox(
  prisma: PrismaClient,
  { box, categoryId, limit }: { box: LngLatBoxSides; categoryId: number | null; limit: number },
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM component
    WHERE point && ST_MakeEnvelope(${box.west}::float8, ${box.south}::float8, ${box.east}::float8, ${box.north}::float8, 4326)
      AND (${categoryId}::int IS NULL OR category_id = ${categoryId}::int)
    ORDER BY code
    LIMIT ${limit}::int`;
  return rows.map((row) => row.id);
}
