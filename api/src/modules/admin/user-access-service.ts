import type { PrismaClient } from '@gridloop/prisma';
import { hashPassword } from '../../auth/password.js';
import { endOpenSessionsOfUser } from '../auth/revoke-sessions.js';
import type { AdminActor } from './admin-actor.js';
import { notFound } from './admin-input.js';
import { recordAdminChange } from './record-admin-change.js';
import { assertNotSelfLockout } from './resolve-user-scope.js';
import { withDbErrors } from './translate-db-error.js';
import { checkPassword } from './user-admin-service.js';

/**
 * Sets a new password (a reset for a forgotten or leaked one) and ends every open session of the
 * user, so whoever held the old password or a stolen token is out at once. One transaction with
 * its audit event (SET_USER_PASSWORD, with the number of sessions ended; never the password).
 */
export async function setUserPassword(
  prisma: PrismaClient,
  actor: AdminActor,
  input: { id: number; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(checkPassword(input.password));
  await withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({ where: { id: input.id }, data: { passwordHash } });
      if (count === 0) notFound('user', 'id', input.id);
      const sessionsRevoked = await endOpenSessionsOfUser(tx, input.id, actor.now);
      await recordAdminChange(tx, actor, {
        action: 'SET_USER_PASSWORD',
        entityType: 'user',
        entityId: input.id,
        details: { sessionsRevoked },
      });
    }),
  );
}

/**
 * Deactivates a user (people leave; rows stay for the cases and the log that name them) and ends
 * their sessions. Deactivating an inactive user changes nothing and records nothing.
 */
export async function deactivateUser(prisma: PrismaClient, actor: AdminActor, id: number): Promise<void> {
  await withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id }, select: { isActive: true, roles: true } });
      if (!user) notFound('user', 'id', id);
      if (!user.isActive) return;
      assertNotSelfLockout(actor, id, { roles: user.roles, isActive: false });
      await tx.user.update({ where: { id }, data: { isActive: false } });
      const sessionsRevoked = await endOpenSessionsOfUser(tx, id, actor.now);
      await recordAdminChange(tx, actor, {
        action: 'DEACTIVATE_USER',
        entityType: 'user',
        entityId: id,
        details: { before: { isActive: true }, after: { isActive: false }, sessionsRevoked },
      });
    }),
  );
}
