import { parseAreaCode, parseGridCode } from '@gridloop/geo';
import type { Prisma, PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from './admin-actor.js';
import { badRequest, notFound, optionalText } from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { withDbErrors } from './translate-db-error.js';

type Tx = Prisma.TransactionClient;

export interface SetResponsibilityRuleInput {
  /** A minor class, or a major class for all its minors. */
  categoryId: number;
  /** District (6), street (9), community (12) or unit grid (15) code. */
  areaCode: string;
  departmentId: number;
  note?: string | null;
}

/** The code in canonical form when its shape is right (geo's parsers), else BAD_REQUEST on areaCode. */
function checkAreaCodeShape(raw: string): string {
  const code = raw.trim();
  try {
    if (/^\d{15}$/.test(code) && parseGridCode(code)) return code;
    if (/^(\d{6}|\d{9}|\d{12})$/.test(code) && parseAreaCode(code).code === code) return code;
  } catch (error) {
    badRequest('areaCode', error instanceof Error ? error.message : String(error));
  }
  return badRequest(
    'areaCode',
    `areaCode must be an area code of 6, 9 or 12 digits or a unit grid code of 15, got "${code}".`,
  );
}

/** Rules name areas by code (codes survive grid re-imports); the code must name something current. */
async function requireKnownArea(tx: Tx, code: string): Promise<void> {
  const found =
    code.length === 15
      ? await tx.unitGrid.findFirst({ where: { code, retiredAt: null }, select: { id: true } })
      : await tx.area.findUnique({ where: { code }, select: { id: true } });
  if (!found) notFound(code.length === 15 ? 'current unit grid' : 'area with code', 'areaCode', code);
}

async function requireActiveDepartment(tx: Tx, departmentId: number): Promise<void> {
  const department = await tx.department.findUnique({ where: { id: departmentId }, select: { isActive: true } });
  if (!department) notFound('department', 'departmentId', departmentId);
  if (!department.isActive)
    badRequest('departmentId', `Department ${departmentId} is inactive; route to an active one.`);
}

function snapshotOf(rule: {
  categoryId: number;
  areaCode: string;
  departmentId: number;
  note: string | null;
}): Snapshot {
  const { categoryId, areaCode, departmentId, note } = rule;
  return { categoryId, areaCode, departmentId, note };
}

/**
 * Sets who handles a class in an area (the responsibility matrix): creates the rule for
 * (category, area) or re-routes the existing one. Audited as SET_RESPONSIBILITY_RULE with before
 * (null for a new rule) and after. Returns the rule's id.
 */
export async function setResponsibilityRule(
  prisma: PrismaClient,
  actor: AdminActor,
  input: SetResponsibilityRuleInput,
): Promise<number> {
  const areaCode = checkAreaCodeShape(input.areaCode);
  const note = optionalText(input.note, 'note', 500) ?? null;
  const { categoryId, departmentId } = input;
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
      if (!category) notFound('category', 'categoryId', categoryId);
      await requireKnownArea(tx, areaCode);
      await requireActiveDepartment(tx, departmentId);
      const before = await tx.responsibilityRule.findUnique({
        where: { categoryId_areaCode: { categoryId, areaCode } },
      });
      const after = snapshotOf({ categoryId, areaCode, departmentId, note });
      const changes = before ? changesBetween(snapshotOf(before), after) : { before: null, after };
      if (before && Object.keys(changes.after).length === 0) return before.id;
      const rule = before
        ? await tx.responsibilityRule.update({
            where: { id: before.id },
            data: { departmentId, note },
            select: { id: true },
          })
        : await tx.responsibilityRule.create({
            data: { categoryId, areaCode, departmentId, note, createdById: actor.actorId },
            select: { id: true },
          });
      await recordAdminChange(tx, actor, {
        action: 'SET_RESPONSIBILITY_RULE',
        entityType: 'responsibility_rule',
        entityId: rule.id,
        details: changes,
      });
      return rule.id;
    }),
  );
}

/** Removes a rule: the class in that area falls back to the next less specific rule. */
export async function deleteResponsibilityRule(prisma: PrismaClient, actor: AdminActor, id: number): Promise<void> {
  await withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.responsibilityRule.findUnique({ where: { id } });
      if (!before) notFound('responsibility rule', 'id', id);
      await tx.responsibilityRule.delete({ where: { id } });
      await recordAdminChange(tx, actor, {
        action: 'DELETE_RESPONSIBILITY_RULE',
        entityType: 'responsibility_rule',
        entityId: id,
        details: { before: snapshotOf(before) },
      });
    }),
  );
}
