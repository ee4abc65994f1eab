import type { DepartmentType, PrismaClient, TimeLimitUnit } from '@gridloop/prisma';
import type { AdminActor } from './admin-actor.js';
import {
  badRequest,
  keepIfNull,
  notFound,
  type OptionalInput,
  requiredText,
  requireIntInRange,
  requirePattern,
  requirePositiveAmount,
} from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { withDbErrors } from './translate-db-error.js';

/** What an admin edits on a filing condition (立案条件); all but categoryId and code on update. */
export interface FilingConditionFields {
  description: string;
  closingCondition: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
  departmentType: DepartmentType | null;
  requiresPhoto: boolean;
  duplicateRadiusM: number;
  duplicateWindowHours: number;
  isActive: boolean;
}

export interface CreateFilingConditionInput extends OptionalInput<FilingConditionFields> {
  categoryId: number;
  code: string;
  description: string;
  closingCondition: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
}

export type UpdateFilingConditionInput = { id: number } & OptionalInput<FilingConditionFields>;

/** Real tables stop at 20 work days; a year of natural days is a generous ceiling for a typo check. */
const maxTimeLimit = 8760;

/** Checks the editable fields together (the database re-checks the same ranges). */
function checkedFields(fields: FilingConditionFields): FilingConditionFields {
  return {
    ...fields,
    description: requiredText(fields.description, 'description', 1000),
    closingCondition: requiredText(fields.closingCondition, 'closingCondition', 1000),
    timeLimitAmount: requirePositiveAmount(fields.timeLimitAmount, 'timeLimitAmount', maxTimeLimit),
    duplicateRadiusM: requireIntInRange(fields.duplicateRadiusM, 'duplicateRadiusM', 0, 5000),
    duplicateWindowHours: requireIntInRange(fields.duplicateWindowHours, 'duplicateWindowHours', 0, 8760),
  };
}

function snapshotOf(row: FilingConditionFields & { code: string; categoryId: number }): Snapshot {
  const { code, categoryId, description, closingCondition, timeLimitAmount, timeLimitUnit, departmentType } = row;
  const { requiresPhoto, duplicateRadiusM, duplicateWindowHours, isActive } = row;
  return {
    categoryId,
    code,
    description,
    closingCondition,
    timeLimitAmount,
    timeLimitUnit,
    departmentType,
    requiresPhoto,
    duplicateRadiusM,
    duplicateWindowHours,
    isActive,
  };
}

/** Adds a filing condition to a minor class. Returns its id. */
export async function createFilingCondition(
  prisma: PrismaClient,
  actor: AdminActor,
  input: CreateFilingConditionInput,
): Promise<number> {
  const code = requirePattern(input.code.trim(), /^(?!00)\d{2}$/, 'code', '2 digits, 01-99');
  const fields = checkedFields({
    description: input.description,
    closingCondition: input.closingCondition,
    timeLimitAmount: input.timeLimitAmount,
    timeLimitUnit: input.timeLimitUnit,
    departmentType: input.departmentType ?? null,
    requiresPhoto: input.requiresPhoto ?? true,
    duplicateRadiusM: input.duplicateRadiusM ?? 50,
    duplicateWindowHours: input.duplicateWindowHours ?? 72,
    isActive: input.isActive ?? true,
  });
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { level: true } });
      if (!category) notFound('category', 'categoryId', input.categoryId);
      if (category.level !== 'MINOR') badRequest('categoryId', 'Filing conditions belong to minor classes (小类).');
      const created = await tx.filingCondition.create({ data: { ...fields, categoryId: input.categoryId, code } });
      await recordAdminChange(tx, actor, {
        action: 'CREATE_FILING_CONDITION',
        entityType: 'filing_condition',
        entityId: created.id,
        details: { after: snapshotOf(created) },
      });
      return created.id;
    }),
  );
}

/**
 * Edits a filing condition. Cases already filed keep the time limit they started with (the case
 * copies it at intake), so a change applies to new cases only.
 */
export async function updateFilingCondition(
  prisma: PrismaClient,
  actor: AdminActor,
  input: UpdateFilingConditionInput,
): Promise<number> {
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.filingCondition.findUnique({ where: { id: input.id } });
      if (!before) notFound('filing condition', 'id', input.id);
      const fields = checkedFields({
        description: keepIfNull(input.description) ?? before.description,
        closingCondition: keepIfNull(input.closingCondition) ?? before.closingCondition,
        timeLimitAmount: keepIfNull(input.timeLimitAmount) ?? before.timeLimitAmount,
        timeLimitUnit: keepIfNull(input.timeLimitUnit) ?? before.timeLimitUnit,
        // null clears the department type; omitted keeps it.
        departmentType: input.departmentType === undefined ? before.departmentType : input.departmentType,
        requiresPhoto: keepIfNull(input.requiresPhoto) ?? before.requiresPhoto,
        duplicateRadiusM: keepIfNull(input.duplicateRadiusM) ?? before.duplicateRadiusM,
        duplicateWindowHours: keepIfNull(input.duplicateWindowHours) ?? before.duplicateWindowHours,
        isActive: keepIfNull(input.isActive) ?? before.isActive,
      });
      const changes = changesBetween(snapshotOf(before), snapshotOf({ ...before, ...fields }));
      if (Object.keys(changes.after).length === 0) return before.id;
      await tx.filingCondition.update({ where: { id: before.id }, data: fields });
      await recordAdminChange(tx, actor, {
        action: 'UPDATE_FILING_CONDITION',
        entityType: 'filing_condition',
        entityId: before.id,
        details: changes,
      });
      return before.id;
    }),
  );
}
