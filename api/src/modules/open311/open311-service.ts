import type { CategoryKind, PrismaClient, TimeLimitUnit } from '@gridloop/prisma';
import { parseServiceCode } from './service-code.js';

/** A filing condition (立案条件) of a minor class, as the service definition offers it. */
export interface Open311Condition {
  id: number;
  code: string;
  description: string;
  closingCondition: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
}

/** A minor class with its major class and active filing conditions: one Open311 service. */
export interface Open311Service {
  categoryId: number;
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string | null;
  groupName: string;
  groupNameEn: string | null;
  conditions: Open311Condition[];
}

const serviceSelect = {
  id: true,
  kind: true,
  code: true,
  name: true,
  nameEn: true,
  parent: { select: { name: true, nameEn: true } },
  conditions: {
    where: { isActive: true },
    orderBy: { code: 'asc' },
    select: {
      id: true,
      code: true,
      description: true,
      closingCondition: true,
      timeLimitAmount: true,
      timeLimitUnit: true,
    },
  },
} as const;

/** Minor classes a request can be filed under: active, under an active major, with a condition. */
const fileable = {
  level: 'MINOR',
  isActive: true,
  parent: { isActive: true },
  conditions: { some: { isActive: true } },
} as const;

/** Every service, events before components, by code (two queries: classes, then their conditions). */
export async function listOpen311Services(prisma: PrismaClient): Promise<Open311Service[]> {
  const rows = await prisma.category.findMany({
    where: fileable,
    select: serviceSelect,
    orderBy: [{ kind: 'desc' }, { code: 'asc' }],
  });
  return rows.map(toService);
}

/** The service a service_code names, or null when it is malformed, unknown or not fileable. */
export async function findOpen311Service(prisma: PrismaClient, serviceCode: string): Promise<Open311Service | null> {
  const parsed = parseServiceCode(serviceCode);
  if (!parsed) return null;
  const row = await prisma.category.findFirst({
    where: { ...fileable, kind: parsed.kind, code: parsed.code },
    select: serviceSelect,
  });
  return row ? toService(row) : null;
}

interface ServiceRow {
  id: number;
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string | null;
  parent: { name: string; nameEn: string | null } | null;
  conditions: Open311Condition[];
}

function toService(row: ServiceRow): Open311Service {
  return {
    categoryId: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    nameEn: row.nameEn,
    groupName: row.parent?.name ?? '',
    groupNameEn: row.parent?.nameEn ?? null,
    conditions: row.conditions,
  };
}
