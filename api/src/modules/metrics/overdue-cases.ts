import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { openStatuses } from '../cases/case-status.js';
import type { MetricScope } from './metric-scope.js';

/** Open cases of a scope whose running step is past its deadline now (live from case_record). */
export function overdueCaseWhere(scope: MetricScope, now: Date): Prisma.CaseWhereInput {
  const where: Prisma.CaseWhereInput = {
    gridCode: { startsWith: scope.gridCodePrefix },
    status: { in: [...openStatuses] },
    stepDeadlineAt: { lt: now },
  };
  const key = scope.subject?.key ?? '';
  switch (scope.subject?.dimension) {
    case 'BEAT':
      return { ...where, beatCode: key };
    case 'DEPARTMENT':
      return { ...where, departmentId: Number(key) };
    case 'CATEGORY':
      return { ...where, categoryId: Number(key) };
    case 'SOURCE':
      return { ...where, source: key as Prisma.CaseWhereInput['source'] & string };
    case 'OFFICER':
      return { ...where, reporterId: Number(key), source: 'OFFICER' };
    default:
      return where;
  }
}

export interface OverdueCase {
  id: number;
  code: string;
  status: string;
  step: string | null;
  stepDeadlineAt: Date;
  gridCode: string;
  departmentName: string | null;
  categoryName: string;
}

/** How many cases of the scope are overdue now, and the longest overdue of them (oldest deadline first). */
export async function overdueCases(
  prisma: PrismaClient,
  scope: MetricScope,
  now: Date,
  limit: number,
): Promise<{ count: number; cases: OverdueCase[] }> {
  const where = overdueCaseWhere(scope, now);
  const [count, rows] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({
      where,
      orderBy: { stepDeadlineAt: 'asc' },
      take: limit,
      select: {
        id: true,
        code: true,
        status: true,
        step: true,
        stepDeadlineAt: true,
        gridCode: true,
        department: { select: { name: true } },
        category: { select: { name: true } },
      },
    }),
  ]);
  return {
    count,
    cases: rows.map((row) => ({
      id: row.id,
      code: row.code,
      status: row.status,
      step: row.step,
      stepDeadlineAt: row.stepDeadlineAt as Date,
      gridCode: row.gridCode,
      departmentName: row.department?.name ?? null,
      categoryName: row.category.name,
    })),
  };
}
