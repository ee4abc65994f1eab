import type { PrismaClient } from '@gridloop/prisma';
import type { AuthSettings } from './auth-settings.js';
import { createSessionToken } from './session-token.js';

/** What the server knows of the client that opened a session (shown to admins, kept in the audit log). */
export interface SessionClient {
  ipAddress: string;
  userAgent: string | null;
}

export interface CreateSessionOptions {
  userId: number;
  now: Date;
  settings: Pick<AuthSettings, 'sessionTtlHours' | 'sessionMaxHours'>;
  client: SessionClient;
}

export interface CreatedSession {
  sessionId: number;
  /** The bearer token: returned to the client once, never stored. */
  token: string;
  expiresAt: Date;
  /**
   * How long the browser should keep the cookie: the absolute lifetime. The idle expiry is the
   * server's business (it slides), so the cookie must not drop earlier than the session could live.
   */
  cookieMaxAgeSeconds: number;
}

/** User agents are client-supplied: keep enough to recognise a device, not a megabyte. */
const userAgentMaxLength = 512;

/** Opens a session for a user whose credentials were already checked. */
export async function createSession(
  db: Pick<PrismaClient, 'session'>,
  { userId, now, settings, client }: CreateSessionOptions,
): Promise<CreatedSession> {
  const { token, tokenHash } = createSessionToken();
  const idleMs = settings.sessionTtlHours * 3600_000;
  const maxMs = settings.sessionMaxHours * 3600_000;
  const expiresAt = new Date(now.getTime() + Math.min(idleMs, maxMs));
  const session = await db.session.create({
    data: {
      tokenHash,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ipAddress: client.ipAddress,
      userAgent: client.userAgent?.slice(0, userAgentMaxLength) ?? null,
    },
    select: { id: true },
  });
  return { sessionId: session.id, token, expiresAt, cookieMaxAgeSeconds: Math.floor(maxMs / 1000) };
}
