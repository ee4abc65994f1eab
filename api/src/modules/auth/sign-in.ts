import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { verifyPassword } from '../../auth/password.js';
import { DomainError } from '../../errors/domain-error.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { AuthSettings } from './auth-settings.js';
import { type CreatedSession, createSession, type SessionClient } from './create-session.js';
import { admitLoginAttempt } from './login-throttle.js';
import { unknownUserPasswordHash } from './unknown-user-password-hash.js';
import type { Viewer } from './viewer.js';

export interface SignInOptions {
  username: string;
  password: string;
  client: SessionClient;
  now: Date;
  settings: AuthSettings;
}

export interface SignedIn {
  session: CreatedSession;
  viewer: Viewer;
}

/** Long enough for any real name or passphrase; bounds the work a single request can cause. */
const maxUsernameLength = 128;
const maxPasswordLength = 1024;

/**
 * Checks a username and password and opens a session. Every failure (unknown user, wrong password,
 * deactivated account) gets the same UNAUTHENTICATED message and costs the same scrypt, so neither
 * the answer nor its timing tells whether a username exists. Throttled per account and per address
 * before any hashing (TOO_MANY_ATTEMPTS).
 */
export async function signIn(prisma: PrismaClient, options: SignInOptions): Promise<SignedIn> {
  const { username, password, client, now, settings } = options;
  assertCredentialShape(username, password);
  const attemptId = await admitLoginAttempt(prisma, { username, ipAddress: client.ipAddress, now }, settings);
  const user = await prisma.user.findUnique({ where: { username }, select: signInUserSelect });
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? unknownUserPasswordHash);
  if (!user?.isActive || !passwordMatches) {
    throw new DomainError('UNAUTHENTICATED', 'Wrong username or password.');
  }
  const session = await prisma.$transaction(async (tx) => {
    await tx.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
    const opened = await createSession(tx, { userId: user.id, now, settings, client });
    await recordAuditEvent(tx, {
      actorId: user.id,
      action: 'SIGN_IN',
      entityType: 'session',
      entityId: opened.sessionId,
      details: { ip: client.ipAddress, userAgent: client.userAgent },
      at: now,
    });
    return opened;
  });
  const viewer: Viewer = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    areaId: user.areaId,
    areaCode: user.area.code,
    areaLevel: user.area.level,
    departmentId: user.departmentId,
    beatCode: user.beatCode,
    sessionId: session.sessionId,
  };
  return { session, viewer };
}

const signInUserSelect = {
  id: true,
  username: true,
  displayName: true,
  roles: true,
  areaId: true,
  isActive: true,
  passwordHash: true,
  departmentId: true,
  beatCode: true,
  area: { select: { code: true, level: true } },
} satisfies Prisma.UserSelect;

function assertCredentialShape(username: string, password: string): void {
  if (username.length === 0 || username.length > maxUsernameLength) {
    throw new DomainError('BAD_REQUEST', `username must be 1 to ${maxUsernameLength} characters.`, {
      field: 'username',
    });
  }
  if (password.length === 0 || password.length > maxPasswordLength) {
    throw new DomainError('BAD_REQUEST', `password must be 1 to ${maxPasswordLength} characters.`, {
      field: 'password',
    });
  }
}
