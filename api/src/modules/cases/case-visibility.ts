import type { CaseVisibility, Prisma } from '@gridloop/prisma';
import type { Viewer } from '../auth/viewer.js';

/**
 * The grid-code prefix of an area: a district, street or community code is its own prefix (unit grid
 * codes extend it); a city code such as 310100 (上海市市辖区) covers its districts 3101xx.
 */
export function gridCodePrefixOf(areaCode: string, level: Viewer['areaLevel']): string {
  return level === 'CITY' ? areaCode.replace(/(00)+$/, '') : areaCode;
}

/**
 * Which cases a viewer sees: those in their area and, for someone who is only a handler, only their
 * department's (a handler without a department sees none). A case outside this does not exist for
 * them: lookups answer NOT_FOUND, never FORBIDDEN, so codes cannot be probed.
 */
export function caseVisibilityOf(viewer: Viewer): CaseVisibility {
  const onlyHandler = viewer.roles.length > 0 && viewer.roles.every((role) => role === 'HANDLER');
  return {
    gridCodePrefix: gridCodePrefixOf(viewer.areaCode, viewer.areaLevel),
    departmentId: onlyHandler ? (viewer.departmentId ?? 0) : null,
  };
}

export function isGridVisible(visibility: CaseVisibility, gridCode: string): boolean {
  return gridCode.startsWith(visibility.gridCodePrefix);
}

/** The same visibility as a Prisma filter on cases, for typed reads (queues, detail, photos). */
export function visibleCaseWhere(visibility: CaseVisibility): Prisma.CaseWhereInput {
  return {
    gridCode: { startsWith: visibility.gridCodePrefix },
    ...(visibility.departmentId !== null && { departmentId: visibility.departmentId }),
  };
}
