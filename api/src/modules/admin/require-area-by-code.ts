import type { AreaLevel, PrismaClient } from '@gridloop/prisma';
import { assertAreaCode } from '../areas/area-code.js';
import { notFound } from './admin-input.js';

export interface AreaRef {
  id: number;
  code: string;
  level: AreaLevel;
}

/** The existing area (city, district, street or community) with this code; BAD_REQUEST or NOT_FOUND naming `field`. */
export async function requireAreaByCode(db: Pick<PrismaClient, 'area'>, code: string, field: string): Promise<AreaRef> {
  const area = await db.area.findUnique({
    where: { code: assertAreaCode(code.trim(), field) },
    select: { id: true, code: true, level: true },
  });
  if (!area) notFound('area with code', field, code);
  return area;
}
