import type { CategoryKind, PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from './admin-actor.js';
import { badRequest, keepIfNull, notFound, optionalText, requiredText, requirePattern } from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { withDbErrors } from './translate-db-error.js';

export interface CreateCategoryInput {
  kind: CategoryKind;
  /** 2 digits for a major class, 4 for a minor (its major's 2 + 2). */
  code: string;
  name: string;
  nameEn?: string | null;
}

export interface UpdateCategoryInput {
  id: number;
  name?: string | null;
  nameEn?: string | null;
  isActive?: boolean | null;
}

/** Each 2-digit part is 01-99: component IDs carry them, and geo's parser refuses '00'. */
const categoryCodePattern = /^(?!00)\d{2}((?!00)\d{2})?$/;

interface CategoryRow {
  kind: CategoryKind;
  level: string;
  code: string;
  name: string;
  nameEn: string | null;
  isActive: boolean;
}

function snapshotOf(row: CategoryRow): Snapshot {
  const { kind, level, code, name, nameEn, isActive } = row;
  return { kind, level, code, name, nameEn, isActive };
}

/**
 * Adds a major (大类) or minor (小类) class. The level follows from the code's length, and a minor's
 * major is the class of the same kind whose code its first two digits repeat, so the tree cannot
 * disagree with the codes. Returns the new id.
 */
export async function createCategory(
  prisma: PrismaClient,
  actor: AdminActor,
  input: CreateCategoryInput,
): Promise<number> {
  const code = requirePattern(
    input.code.trim(),
    categoryCodePattern,
    'code',
    '2 digits (major) or 4 digits (minor), no 00 part',
  );
  const name = requiredText(input.name, 'name', 100);
  const nameEn = optionalText(input.nameEn, 'nameEn', 100) ?? null;
  const isMinor = code.length === 4;
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      let parentId: number | null = null;
      if (isMinor) {
        const major = await tx.category.findUnique({
          where: { kind_code: { kind: input.kind, code: code.slice(0, 2) } },
          select: { id: true },
        });
        if (!major) {
          badRequest(
            'code',
            `Minor class ${code} must extend an existing ${input.kind} major class ${code.slice(0, 2)}.`,
          );
        }
        parentId = major.id;
      }
      const created = await tx.category.create({
        data: { kind: input.kind, level: isMinor ? 'MINOR' : 'MAJOR', code, name, nameEn, parentId },
      });
      await recordAdminChange(tx, actor, {
        action: 'CREATE_CATEGORY',
        entityType: 'category',
        entityId: created.id,
        details: { after: snapshotOf(created) },
      });
      return created.id;
    }),
  );
}

/**
 * Renames or (de)activates a class. The code is immutable: cases, components and rules carry it.
 * Deactivating hides the class from officers' pickers; existing cases keep it.
 */
export async function updateCategory(
  prisma: PrismaClient,
  actor: AdminActor,
  input: UpdateCategoryInput,
): Promise<number> {
  const name = input.name == null ? undefined : requiredText(input.name, 'name', 100);
  const nameEn = optionalText(input.nameEn, 'nameEn', 100);
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.category.findUnique({ where: { id: input.id } });
      if (!before) notFound('category', 'id', input.id);
      const after = { ...before, name: name ?? before.name, nameEn: nameEn === undefined ? before.nameEn : nameEn };
      after.isActive = keepIfNull(input.isActive) ?? before.isActive;
      const changes = changesBetween(snapshotOf(before), snapshotOf(after));
      if (Object.keys(changes.after).length === 0) return before.id;
      await tx.category.update({
        where: { id: before.id },
        data: { name: after.name, nameEn: after.nameEn, isActive: after.isActive },
      });
      await recordAdminChange(tx, actor, {
        action: 'UPDATE_CATEGORY',
        entityType: 'category',
        entityId: before.id,
        details: changes,
      });
      return before.id;
    }),
  );
}
