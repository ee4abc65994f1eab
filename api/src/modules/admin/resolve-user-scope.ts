import type { Prisma, Role } from '@gridloop/prisma';
import { Role as Roles } from '@gridloop/prisma';
import type { AdminActor } from './admin-actor.js';
import { badRequest, notFound, optionalText } from './admin-input.js';
import { type AreaRef, requireAreaByCode } from './require-area-by-code.js';

/** What decides what a user may see and do: roles, area and, by role, a department or a beat. */
export interface UserScopeInput {
  roles: readonly Role[];
  areaCode: string;
  departmentId: number | null;
  beatCode: string | null;
}

export interface UserScope {
  /** Deduplicated, in the enum's order (so the audit diff does not flag a reordering). */
  roles: Role[];
  area: AreaRef;
  departmentId: number | null;
  beatCode: string | null;
}

const roleOrder = Object.values(Roles);

/**
 * Checks a user's scope as a whole: at least one role; handlers (and only they) belong to an active
 * department; only officers have a beat, and it must be a current responsibility grid inside the
 * user's area. BAD_REQUEST or NOT_FOUND naming the field; nothing is written.
 */
export async function resolveUserScope(tx: Prisma.TransactionClient, input: UserScopeInput): Promise<UserScope> {
  const roles = roleOrder.filter((role) => input.roles.includes(role));
  if (roles.length === 0) badRequest('roles', 'A user needs at least one role.');
  const area = await requireAreaByCode(tx, input.areaCode, 'areaCode');
  const isHandler = roles.includes('HANDLER');
  if (isHandler && input.departmentId === null) badRequest('departmentId', 'A handler (HANDLER) needs a department.');
  if (!isHandler && input.departmentId !== null)
    badRequest('departmentId', 'Only handlers (HANDLER) belong to a department.');
  if (input.departmentId !== null) {
    const department = await tx.department.findUnique({
      where: { id: input.departmentId },
      select: { isActive: true },
    });
    if (!department) notFound('department', 'departmentId', input.departmentId);
    if (!department.isActive) badRequest('departmentId', `Department ${input.departmentId} is inactive.`);
  }
  const beatCode = optionalText(input.beatCode, 'beatCode', 24) ?? null;
  if (beatCode !== null) await requireBeatInside(tx, beatCode, roles, area);
  return { roles, area, departmentId: input.departmentId, beatCode };
}

/** An officer's beat: a current responsibility grid whose street or community lies in the user's area. */
async function requireBeatInside(tx: Prisma.TransactionClient, beatCode: string, roles: Role[], area: AreaRef) {
  if (!roles.includes('OFFICER')) badRequest('beatCode', 'Only officers (OFFICER) have a beat.');
  const beat = await tx.responsibilityGrid.findFirst({
    where: { code: beatCode, retiredAt: null },
    select: { area: { select: { code: true } } },
  });
  if (!beat) notFound('current responsibility grid', 'beatCode', beatCode);
  // Codes below a district extend its code; below a city, districts share the city's first 4 digits.
  const prefix = area.level === 'CITY' ? area.code.slice(0, 4) : area.code;
  if (!beat.area.code.startsWith(prefix)) {
    badRequest('beatCode', `Beat ${beatCode} lies in ${beat.area.code}, outside the user's area ${area.code}.`);
  }
}

/** Refuses changes that would lock the acting admin out of administration. */
export function assertNotSelfLockout(actor: AdminActor, userId: number, after: { roles: Role[]; isActive: boolean }) {
  if (actor.actorId !== userId) return;
  if (!after.isActive) badRequest('isActive', 'You cannot deactivate your own account.');
  if (!after.roles.includes('ADMIN')) badRequest('roles', 'You cannot remove your own ADMIN role.');
}
