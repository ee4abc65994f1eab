import type { PrismaClient } from '@gridloop/prisma';
import { gridCodePrefixOf } from '../cases/case-visibility.js';
import { Open311Error } from './open311-error.js';

/**
 * The grid-code prefix a jurisdiction_id narrows to. The argument is optional (one endpoint serves
 * the whole deployment); when given, it is the code of one of our areas (310100 the city, 310101 a
 * district…) and GET requests lists only that area's requests. 404 for a code we do not hold, as
 * the spec lists.
 */
export async function resolveJurisdiction(prisma: PrismaClient, jurisdictionId: string | null): Promise<string> {
  if (jurisdictionId === null) return '';
  const area = /^\d{6}(\d{3}){0,2}$/.test(jurisdictionId)
    ? await prisma.area.findUnique({ where: { code: jurisdictionId }, select: { code: true, level: true } })
    : null;
  if (!area)
    throw new Open311Error(404, `jurisdiction_id ${jurisdictionId} was not found: use an area code such as 310100.`);
  return gridCodePrefixOf(area.code, area.level);
}
