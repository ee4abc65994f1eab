import type { DepartmentType, Prisma, PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { AdminActor } from './admin-actor.js';
import { badRequest, notFound, type OptionalInput, optionalText, requiredText, requirePattern } from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { requireAreaByCode } from './require-area-by-code.js';
import { withDbErrors } from './translate-db-error.js';

export interface DepartmentInput {
  name: string;
  nameEn: string | null;
  type: DepartmentType;
  parentId: number | null;
  areaCode: string;
  contactName: string | null;
  contactPhone: string | null;
  isActive: boolean;
}

export interface CreateDepartmentInput extends OptionalInput<DepartmentInput> {
  /** Stable short code, e.g. HP-LHSR or SO-310101002. */
  code: string;
  name: string;
  type: DepartmentType;
  areaCode: string;
}

/** Omitted (undefined) keeps a field; null clears the nullable ones (nameEn, parentId, contacts). */
export type UpdateDepartmentInput = { id: number } & OptionalInput<DepartmentInput>;

type Tx = Prisma.TransactionClient;

const phonePattern = /^[0-9+()\- ]{3,30}$/;

/**
 * Checks the fields and resolves the area and the parent: the row data, and the checked fields
 * (with the area's canonical code) as the audit snapshot.
 */
async function resolveFields(tx: Tx, fields: DepartmentInput) {
  const contactPhone = optionalText(fields.contactPhone, 'contactPhone', 30) ?? null;
  if (contactPhone !== null) requirePattern(contactPhone, phonePattern, 'contactPhone', 'a phone number');
  const name = requiredText(fields.name, 'name', 100);
  const nameEn = optionalText(fields.nameEn, 'nameEn', 100) ?? null;
  const contactName = optionalText(fields.contactName, 'contactName', 50) ?? null;
  const area = await requireAreaByCode(tx, fields.areaCode, 'areaCode');
  if (fields.parentId !== null) {
    const parent = await tx.department.findUnique({ where: { id: fields.parentId }, select: { id: true } });
    if (!parent) notFound('department', 'parentId', fields.parentId);
  }
  const checked: DepartmentInput = { ...fields, name, nameEn, contactName, contactPhone, areaCode: area.code };
  const { areaCode: _areaCode, ...columns } = checked;
  return { data: { ...columns, areaId: area.id }, snapshot: { ...checked } satisfies Snapshot };
}

/** Adds a department (a bureau, a sub-team, a street office). Returns its id. */
export async function createDepartment(
  prisma: PrismaClient,
  actor: AdminActor,
  input: CreateDepartmentInput,
): Promise<number> {
  const code = requirePattern(
    input.code.trim(),
    /^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/,
    'code',
    'letters, digits, - or _ (2-40)',
  );
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const { data, snapshot } = await resolveFields(tx, {
        name: input.name,
        nameEn: input.nameEn ?? null,
        type: input.type,
        parentId: input.parentId ?? null,
        areaCode: input.areaCode,
        contactName: input.contactName ?? null,
        contactPhone: input.contactPhone ?? null,
        isActive: input.isActive ?? true,
      });
      const created = await tx.department.create({ data: { ...data, code }, select: { id: true } });
      await recordAdminChange(tx, actor, {
        action: 'CREATE_DEPARTMENT',
        entityType: 'department',
        entityId: created.id,
        details: { after: { code, ...snapshot } },
      });
      return created.id;
    }),
  );
}

/**
 * Edits a department. A new parent must not be the department itself or one of its descendants (the
 * tree stays a tree); a department that responsibility rules route to cannot be deactivated before
 * they are moved (IN_USE), or cases would be routed to nobody.
 */
export async function updateDepartment(
  prisma: PrismaClient,
  actor: AdminActor,
  input: UpdateDepartmentInput,
): Promise<number> {
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.department.findUnique({
        where: { id: input.id },
        include: { area: { select: { code: true } } },
      });
      if (!before) notFound('department', 'id', input.id);
      const current: DepartmentInput = {
        name: before.name,
        nameEn: before.nameEn,
        type: before.type,
        parentId: before.parentId,
        areaCode: before.area.code,
        contactName: before.contactName,
        contactPhone: before.contactPhone,
        isActive: before.isActive,
      };
      const { data, snapshot } = await resolveFields(tx, mergeUpdate(current, input));
      const changes = changesBetween({ ...current }, snapshot);
      if (Object.keys(changes.after).length === 0) return before.id;
      if (data.parentId !== null && data.parentId !== before.parentId) {
        await assertNoCycle(tx, before.id, data.parentId);
      }
      if (before.isActive && !data.isActive) await assertNoRules(tx, before.id);
      await tx.department.update({ where: { id: before.id }, data });
      await recordAdminChange(tx, actor, {
        action: 'UPDATE_DEPARTMENT',
        entityType: 'department',
        entityId: before.id,
        details: changes,
      });
      return before.id;
    }),
  );
}

/** The stored fields with the input's over them: undefined keeps, null clears (required ones keep). */
function mergeUpdate(current: DepartmentInput, input: UpdateDepartmentInput): DepartmentInput {
  const pick = <K extends keyof DepartmentInput>(key: K, nullable: boolean): DepartmentInput[K] => {
    const value = input[key];
    if (value === undefined || (value === null && !nullable)) return current[key];
    return value as DepartmentInput[K];
  };
  return {
    name: pick('name', false),
    nameEn: pick('nameEn', true),
    type: pick('type', false),
    parentId: pick('parentId', true),
    areaCode: pick('areaCode', false),
    contactName: pick('contactName', true),
    contactPhone: pick('contactPhone', true),
    isActive: pick('isActive', false),
  };
}

/**
 * Refuses a parent that is the department itself or lies below it. One recursive read of the new
 * parent's ancestors, under a transaction lock so two concurrent moves cannot close a loop together.
 */
async function assertNoCycle(tx: Tx, departmentId: number, parentId: number): Promise<void> {
  if (parentId === departmentId) badRequest('parentId', 'A department cannot be its own parent.');
  // Its own statement: the check below must start after the lock is held, to see the other move.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('department_tree'))`;
  const [row] = await tx.$queryRaw<{ cycle: boolean }[]>`
    WITH RECURSIVE ancestors AS (
      SELECT d.id, d.parent_id FROM department d WHERE d.id = ${parentId}
      UNION
      SELECT d.id, d.parent_id FROM department d JOIN ancestors a ON d.id = a.parent_id
    )
    SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = ${departmentId}) AS cycle`;
  if (row?.cycle) {
    badRequest(
      'parentId',
      `Department ${parentId} lies below department ${departmentId}: that parent would make a cycle.`,
    );
  }
}

async function assertNoRules(tx: Tx, departmentId: number): Promise<void> {
  const rules = await tx.responsibilityRule.count({ where: { departmentId } });
  if (rules > 0) {
    throw new DomainError('IN_USE', `${rules} responsibility rules route to this department; move them first.`, {
      field: 'isActive',
      rules,
    });
  }
}
