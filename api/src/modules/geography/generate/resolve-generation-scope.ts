import type { SqlClient } from '@gridloop/prisma';
import { DomainError } from '../../../errors/domain-error.js';
import { assertAreaCode } from '../../areas/area-code.js';

/** The district or street an admin generates grids in. */
export interface GenerationScope {
  id: number;
  code: string;
  name: string;
  level: 'DISTRICT' | 'STREET';
  /** The district the scope lies in (itself for a district): layer imports are kept per district. */
  districtId: number;
}

/**
 * Finds the scope by code and checks it: a district or a street (BAD_REQUEST otherwise), that
 * exists (NOT_FOUND), and, when `withinAreaId` is given, lies inside that area (the caller's
 * jurisdiction) or is it (FORBIDDEN otherwise).
 */
export async function resolveGenerationScope(
  db: SqlClient,
  { scopeCode, withinAreaId }: { scopeCode: string; withinAreaId: number | null },
): Promise<GenerationScope> {
  const code = assertAreaCode(scopeCode, 'scopeCode');
  const area = await db.area.findUnique({
    where: { code },
    select: { id: true, code: true, name: true, level: true, parentId: true, parent: { select: { parentId: true } } },
  });
  if (!area) throw new DomainError('NOT_FOUND', `No area has the code ${code}.`, { field: 'scopeCode' });
  if (area.level !== 'DISTRICT' && area.level !== 'STREET') {
    throw new DomainError(
      'BAD_REQUEST',
      `scopeCode must be a district or a street; ${code} (${area.name}) is a ${area.level.toLowerCase()}.`,
      { field: 'scopeCode' },
    );
  }
  const ancestors = [area.id, area.parentId, area.parent?.parentId];
  if (withinAreaId !== null && !ancestors.includes(withinAreaId)) {
    throw new DomainError('FORBIDDEN', `${area.name} (${code}) is outside your area.`, { field: 'scopeCode' });
  }
  const districtId = area.level === 'DISTRICT' ? area.id : (area.parentId as number);
  return { id: area.id, code: area.code, name: area.name, level: area.level, districtId };
}
