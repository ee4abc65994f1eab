import type { CaseStep, PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { parseServiceCode } from '../open311/service-code.js';
import type { HistoryMapping } from './history-mapping.js';
import type { LimitOf, StepLimit } from './imported-deadlines.js';

/** The filing condition a legacy category value becomes. */
export interface MappedCategory {
  categoryId: number;
  filingConditionId: number;
  /** 处置时限 of the condition: the case records it whatever the import computes. */
  handleLimit: StepLimit;
}

/** The mapping's value maps resolved against this deployment's catalog and departments. */
export interface MappingTargets {
  /** By legacy category value. */
  categories: ReadonlyMap<string, MappedCategory>;
  /** Department ids by legacy department value. */
  departments: ReadonlyMap<string, number>;
  /** The limits deadlines are computed with for a case of this category (see the mapping's timeLimits). */
  limitsFor(category: MappedCategory): LimitOf;
}

/**
 * Checks that every target the mapping names exists — minor classes (with a filing condition) and
 * department codes — before a single row is read: a typo in the mapping is one BAD_REQUEST naming
 * the values, not thousands of row errors. Three reads.
 */
export async function resolveMappingTargets(prisma: PrismaClient, mapping: HistoryMapping): Promise<MappingTargets> {
  const [categories, departments, stepLimits] = await Promise.all([
    resolveCategories(prisma, mapping.categories),
    resolveDepartments(prisma, mapping.departments),
    mapping.timeLimits === 'catalog' ? prisma.stepTimeLimit.findMany() : Promise.resolve([]),
  ]);
  const catalogLimits = new Map<CaseStep, StepLimit>(stepLimits.map((row) => [row.step, row]));
  const explicit = typeof mapping.timeLimits === 'object' ? mapping.timeLimits : null;
  return {
    categories,
    departments,
    limitsFor: (category) => (step) => {
      if (explicit) return (explicit as Partial<Record<CaseStep, StepLimit>>)[step] ?? null;
      if (mapping.timeLimits !== 'catalog') return null;
      return step === 'HANDLE' ? category.handleLimit : (catalogLimits.get(step) ?? null);
    },
  };
}

async function resolveCategories(
  prisma: PrismaClient,
  valueMap: Record<string, string>,
): Promise<Map<string, MappedCategory>> {
  const targets = new Set(Object.values(valueMap));
  const codes = [...targets].map((target) => parseServiceCode(target.split('/')[0] ?? ''));
  const rows = await prisma.category.findMany({
    where: { level: 'MINOR', OR: codes.flatMap((code) => (code ? [{ kind: code.kind, code: code.code }] : [])) },
    select: {
      id: true,
      kind: true,
      code: true,
      conditions: {
        select: { id: true, code: true, isActive: true, timeLimitAmount: true, timeLimitUnit: true },
        orderBy: { code: 'asc' },
      },
    },
  });
  const byTarget = new Map<string, MappedCategory>();
  for (const target of targets) {
    const [serviceCode = '', conditionCode] = target.split('/');
    const parsed = parseServiceCode(serviceCode);
    const category = rows.find((row) => row.kind === parsed?.kind && row.code === parsed.code);
    const condition = conditionCode
      ? category?.conditions.find((row) => row.code === conditionCode)
      : (category?.conditions.find((row) => row.isActive) ?? category?.conditions[0]);
    if (!category || !condition) continue;
    byTarget.set(target, {
      categoryId: category.id,
      filingConditionId: condition.id,
      handleLimit: { amount: condition.timeLimitAmount, unit: condition.timeLimitUnit },
    });
  }
  const unknown = [...targets].filter((target) => !byTarget.has(target));
  if (unknown.length > 0) {
    throw new DomainError(
      'BAD_REQUEST',
      `mapping.categories names classes or filing conditions that do not exist: ${unknown.join(', ')}.`,
      { field: 'mapping.categories', unknown },
    );
  }
  return new Map(Object.entries(valueMap).map(([value, target]) => [value, byTarget.get(target) as MappedCategory]));
}

async function resolveDepartments(
  prisma: PrismaClient,
  valueMap: Record<string, string>,
): Promise<Map<string, number>> {
  const codes = [...new Set(Object.values(valueMap))];
  const rows = await prisma.department.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } });
  const idOf = new Map(rows.map((row) => [row.code, row.id]));
  const unknown = codes.filter((code) => !idOf.has(code));
  if (unknown.length > 0) {
    throw new DomainError(
      'BAD_REQUEST',
      `mapping.departments names departments that do not exist: ${unknown.join(', ')}.`,
      {
        field: 'mapping.departments',
        unknown,
      },
    );
  }
  return new Map(Object.entries(valueMap).map(([value, code]) => [value, idOf.get(code) as number]));
}
