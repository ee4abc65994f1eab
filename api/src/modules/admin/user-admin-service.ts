import type { PrismaClient, Role } from '@gridloop/prisma';
import { hashPassword } from '../../auth/password.js';
import { endOpenSessionsOfUser } from '../auth/revoke-sessions.js';
import type { AdminActor } from './admin-actor.js';
import { badRequest, keepIfNull, notFound, type OptionalInput, requiredText, requirePattern } from './admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from './record-admin-change.js';
import { assertNotSelfLockout, resolveUserScope, type UserScope } from './resolve-user-scope.js';
import { withDbErrors } from './translate-db-error.js';

export interface UserFields {
  displayName: string;
  roles: Role[];
  areaCode: string;
  departmentId: number | null;
  beatCode: string | null;
  isActive: boolean;
}

export interface CreateUserInput extends OptionalInput<UserFields> {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  areaCode: string;
}

export type UpdateUserInput = { id: number } & OptionalInput<UserFields>;

/** The sign-in form's own bounds: long passphrases welcome, a megabyte of scrypt input is not. */
const minPasswordLength = 10;
const maxPasswordLength = 1024;

/** BAD_REQUEST (field password) unless 10-1024 characters. */
export function checkPassword(password: string): string {
  if (password.length < minPasswordLength || password.length > maxPasswordLength) {
    badRequest('password', `A password needs ${minPasswordLength} to ${maxPasswordLength} characters.`);
  }
  return password;
}

function snapshotOf(user: { username: string; displayName: string; isActive: boolean }, scope: UserScope): Snapshot {
  const { username, displayName, isActive } = user;
  const { roles, area, departmentId, beatCode } = scope;
  return { username, displayName, roles, areaCode: area.code, departmentId, beatCode, isActive };
}

/** Adds a user who can sign in with the given password. Returns the id; the password is never logged. */
export async function createUser(prisma: PrismaClient, actor: AdminActor, input: CreateUserInput): Promise<number> {
  const username = requirePattern(
    input.username.trim(),
    /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/,
    'username',
    'letters, digits, . _ @ - (2-64)',
  );
  const displayName = requiredText(input.displayName, 'displayName', 100);
  const passwordHash = await hashPassword(checkPassword(input.password));
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const scope = await resolveUserScope(tx, {
        roles: input.roles,
        areaCode: input.areaCode,
        departmentId: input.departmentId ?? null,
        beatCode: input.beatCode ?? null,
      });
      const isActive = input.isActive ?? true;
      const { roles, area, departmentId, beatCode } = scope;
      const user = await tx.user.create({
        data: { username, displayName, passwordHash, roles, areaId: area.id, departmentId, beatCode, isActive },
        select: { id: true },
      });
      await recordAdminChange(tx, actor, {
        action: 'CREATE_USER',
        entityType: 'user',
        entityId: user.id,
        details: { after: snapshotOf({ username, displayName, isActive }, scope) },
      });
      return user.id;
    }),
  );
}

/**
 * Edits a user's name, roles, scope or activity. The change applies to their next request (the
 * viewer is read per request); deactivating also ends their sessions. An admin cannot deactivate
 * themselves or drop their own ADMIN role.
 */
export async function updateUser(prisma: PrismaClient, actor: AdminActor, input: UpdateUserInput): Promise<number> {
  const displayName = input.displayName == null ? undefined : requiredText(input.displayName, 'displayName', 100);
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({
        where: { id: input.id },
        include: { area: { select: { id: true, code: true, level: true } } },
      });
      if (!before) notFound('user', 'id', input.id);
      const scope = await resolveUserScope(tx, {
        roles: keepIfNull(input.roles) ?? before.roles,
        areaCode: keepIfNull(input.areaCode) ?? before.area.code,
        departmentId: input.departmentId === undefined ? before.departmentId : input.departmentId,
        beatCode: input.beatCode === undefined ? before.beatCode : input.beatCode,
      });
      const after = {
        username: before.username,
        displayName: displayName ?? before.displayName,
        isActive: input.isActive ?? before.isActive,
      };
      assertNotSelfLockout(actor, before.id, { roles: scope.roles, isActive: after.isActive });
      const changes = changesBetween(snapshotOf(before, before), snapshotOf(after, scope));
      if (Object.keys(changes.after).length === 0) return before.id;
      const { roles, area, departmentId, beatCode } = scope;
      await tx.user.update({
        where: { id: before.id },
        data: {
          displayName: after.displayName,
          roles,
          areaId: area.id,
          departmentId,
          beatCode,
          isActive: after.isActive,
        },
      });
      const sessionsRevoked =
        before.isActive && !after.isActive ? await endOpenSessionsOfUser(tx, before.id, actor.now) : 0;
      await recordAdminChange(tx, actor, {
        action: 'UPDATE_USER',
        entityType: 'user',
        entityId: before.id,
        details: { ...changes, ...(sessionsRevoked > 0 ? { sessionsRevoked } : {}) },
      });
      return before.id;
    }),
  );
}
