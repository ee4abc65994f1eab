import type { CategoryKind, PrismaClient, TimeLimitUnit } from '@gridloop/prisma';
import { parseServiceCode, type ServiceCode } from './service-code.js';

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

/**
 * Fileable minor classes (active, under an active major, with an active condition) with their
 * major class and active conditions, events before components, by code; only the one `only` names
 * when given. One statement, where Prisma's nested select would take three.
 */
function selectServices(prisma: PrismaClient, only: ServiceCode | null): Promise<Open311Service[]> {
  const kind = only?.kind ?? null;
  const code = only?.code ?? null;
  return prisma.$queryRaw<Open311Service[]>`
    SELECT c.id AS "categoryId", c.kind::text AS kind, c.code, c.name, c.name_en AS "nameEn",
      p.name AS "groupName", p.name_en AS "groupNameEn",
      (SELECT json_agg(json_build_object('id', f.id, 'code', f.code, 'description', f.description,
          'closingCondition', f.closing_condition, 'timeLimitAmount', f.time_limit_amount,
          'timeLimitUnit', f.time_limit_unit) ORDER BY f.code)
        FROM filing_condition f WHERE f.category_id = c.id AND f.is_active) AS conditions
    FROM category c JOIN category p ON p.id = c.parent_id
    WHERE c.level = 'MINOR' AND c.is_active AND p.is_active
      AND EXISTS (SELECT 1 FROM filing_condition f WHERE f.category_id = c.id AND f.is_active)
      AND (${kind}::text IS NULL OR c.kind::text = ${kind}::text)
      AND (${code}::text IS NULL OR c.code = ${code}::text)
    ORDER BY c.kind DESC, c.code`;
}

/** Every service, events before components, by code. */
export async function listOpen311Services(prisma: PrismaClient): Promise<Open311Service[]> {
  return selectServices(prisma, null);
}

/** The service a service_code names, or null when it is malformed, unknown or not fileable. */
export async function findOpen311Service(prisma: PrismaClient, serviceCode: string): Promise<Open311Service | null> {
  const parsed = parseServiceCode(serviceCode);
  if (!parsed) return null;
  const [service] = await selectServices(prisma, parsed);
  return service ?? null;
}
