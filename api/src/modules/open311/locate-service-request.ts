import type { PrismaClient } from '@gridloop/prisma';
import { badOpen311Request } from './open311-error.js';
import type { ServiceRequestForm } from './parse-service-request-form.js';

const unitGridCode = /^\d{15}$/;

/**
 * Where a request is: its lat/long (WGS84), or, when only address_id is given, a point inside the
 * unit grid it names (address_id carries our 15-digit unit grid code). An address_string alone
 * cannot be placed (gridloop does not geocode free text), so it gets 400 asking for a point.
 */
export async function locateServiceRequest(
  prisma: PrismaClient,
  form: Pick<ServiceRequestForm, 'point' | 'addressId' | 'addressString'>,
): Promise<{ lng: number; lat: number }> {
  if (form.point) return form.point;
  if (form.addressId !== null) {
    if (!unitGridCode.test(form.addressId)) {
      badOpen311Request(`address_id must be a unit grid code (15 digits), got ${JSON.stringify(form.addressId)}.`);
    }
    const [inside] = await prisma.$queryRaw<{ lng: number; lat: number }[]>`
      SELECT ST_X(p) AS lng, ST_Y(p) AS lat
      FROM (SELECT ST_PointOnSurface(geom) AS p FROM unit_grid WHERE code = ${form.addressId} AND retired_at IS NULL) g`;
    if (!inside) badOpen311Request(`address_id ${form.addressId} is not a current unit grid.`);
    return inside;
  }
  if (form.addressString !== null) {
    badOpen311Request(
      'address_string alone cannot be placed on the map: send lat and long, or address_id (a unit grid code).',
    );
  }
  return badOpen311Request('A location is required: lat and long, or address_id (a unit grid code).');
}
