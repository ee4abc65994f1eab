import { parseComponentId } from '@gridloop/geo';
import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { toLngLat } from '../grids/to-lng-lat.js';
import type { AdminActor } from './admin-actor.js';
import { badRequest, notFound, type OptionalInput, optionalText } from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { withDbErrors } from './translate-db-error.js';

type Tx = Prisma.TransactionClient;

export interface ComponentFields {
  name: string | null;
  lng: number;
  lat: number;
  ownerDepartmentId: number | null;
  isActive: boolean;
}

export interface CreateComponentInput extends OptionalInput<ComponentFields> {
  /** 16 digits: 6 district + 2 major + 2 minor (the class's code) + 6 serial. */
  code: string;
  /** A component minor class whose code is the ID's digits 7-10. */
  categoryId: number;
  lng: number;
  lat: number;
}

export type UpdateComponentInput = { id: number } & OptionalInput<ComponentFields>;

/** geo's parser checks the structure; its RangeError or TypeError becomes BAD_REQUEST on `code`. */
function parseCode(code: string) {
  try {
    return parseComponentId(code);
  } catch (error) {
    return badRequest('code', error instanceof Error ? error.message : String(error));
  }
}

/** Checks what the code claims against the catalog and the areas: its class and its district. */
async function resolveCodeParts(tx: Tx, code: string, categoryId: number): Promise<number> {
  const parts = parseCode(code);
  const [category, district] = await Promise.all([
    tx.category.findUnique({ where: { id: categoryId }, select: { kind: true, level: true, code: true } }),
    tx.area.findUnique({ where: { code: parts.areaCode }, select: { id: true, level: true } }),
  ]);
  if (!category) notFound('category', 'categoryId', categoryId);
  if (category.kind !== 'COMPONENT' || category.level !== 'MINOR') {
    badRequest('categoryId', 'A component belongs to a component minor class (部件小类).');
  }
  const classCode = `${parts.majorClass}${parts.minorClass}`;
  if (classCode !== category.code) {
    badRequest('code', `Component code ${code} carries class ${classCode}, but its class is ${category.code}.`);
  }
  if (district?.level !== 'DISTRICT')
    badRequest('code', `Component code ${code} must start with an existing district code.`);
  return district.id;
}

async function requireOwner(tx: Tx, ownerDepartmentId: number | null): Promise<void> {
  if (ownerDepartmentId === null) return;
  const owner = await tx.department.findUnique({ where: { id: ownerDepartmentId }, select: { id: true } });
  if (!owner) notFound('department', 'ownerDepartmentId', ownerDepartmentId);
}

/** Adds one component (部件) to the inventory. Returns its id. */
export async function createComponent(
  prisma: PrismaClient,
  actor: AdminActor,
  input: CreateComponentInput,
): Promise<number> {
  const code = input.code.trim();
  const [lng, lat] = toLngLat(input.lng, input.lat, 'point');
  const name = optionalText(input.name, 'name', 100) ?? null;
  const ownerDepartmentId = input.ownerDepartmentId ?? null;
  const isActive = input.isActive ?? true;
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const areaId = await resolveCodeParts(tx, code, input.categoryId);
      await requireOwner(tx, ownerDepartmentId);
      const [row] = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO component (code, category_id, area_id, name, point, owner_department_id, is_active, created_at, updated_at)
        VALUES (${code}, ${input.categoryId}, ${areaId}, ${name}, ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326),
                ${ownerDepartmentId}, ${isActive}, ${actor.now}::timestamptz, ${actor.now}::timestamptz)
        RETURNING id`;
      const id = row?.id ?? 0;
      const after: Snapshot = { code, categoryId: input.categoryId, name, lng, lat, ownerDepartmentId, isActive };
      await recordAdminChange(tx, actor, {
        action: 'CREATE_COMPONENT',
        entityType: 'component',
        entityId: id,
        details: { after },
      });
      return id;
    }),
  );
}

interface ComponentRow extends ComponentFields {
  id: number;
  code: string;
  category_id: number;
}

/**
 * Renames, moves, reassigns or (de)activates a component. Its code (and so its class and district)
 * never changes: it is the asset's identity on the ground and in cases.
 */
export async function updateComponent(
  prisma: PrismaClient,
  actor: AdminActor,
  input: UpdateComponentInput,
): Promise<number> {
  if ((input.lng == null) !== (input.lat == null)) badRequest('point', 'Give both lng and lat to move a component.');
  const moved = input.lng != null && input.lat != null ? toLngLat(input.lng, input.lat, 'point') : null;
  const name = optionalText(input.name, 'name', 100);
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const [before] = await tx.$queryRaw<ComponentRow[]>`
        SELECT id, code, category_id, name, ST_X(point) AS lng, ST_Y(point) AS lat,
               owner_department_id AS "ownerDepartmentId", is_active AS "isActive"
        FROM component WHERE id = ${input.id} FOR UPDATE`;
      if (!before) notFound('component', 'id', input.id);
      const after: ComponentFields = {
        name: name === undefined ? before.name : name,
        lng: moved?.[0] ?? before.lng,
        lat: moved?.[1] ?? before.lat,
        ownerDepartmentId: input.ownerDepartmentId === undefined ? before.ownerDepartmentId : input.ownerDepartmentId,
        isActive: input.isActive ?? before.isActive,
      };
      const { id, code: _code, category_id: _category, ...current } = before;
      const changes = changesBetween({ ...current }, { ...after });
      if (Object.keys(changes.after).length === 0) return id;
      if (after.ownerDepartmentId !== before.ownerDepartmentId) await requireOwner(tx, after.ownerDepartmentId);
      await tx.$executeRaw`
        UPDATE component SET name = ${after.name}, point = ST_SetSRID(ST_MakePoint(${after.lng}::float8, ${after.lat}::float8), 4326),
               owner_department_id = ${after.ownerDepartmentId}, is_active = ${after.isActive}, updated_at = ${actor.now}::timestamptz
        WHERE id = ${id}`;
      await recordAdminChange(tx, actor, {
        action: 'UPDATE_COMPONENT',
        entityType: 'component',
        entityId: id,
        details: changes,
      });
      return id;
    }),
  );
}
