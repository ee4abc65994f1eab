import type { Context } from 'koa';
import { serializeClearedSessionCookie, serializeSessionCookie } from '../modules/auth/session-cookie.js';

/**
 * What GraphQL resolvers may know and do about the HTTP request they run in, without depending on
 * Koa: who the client is, and the session cookie to set or clear on the response.
 */
export interface HttpExchange {
  /** The client's address; X-Forwarded-For's first entry when the app trusts its proxy (app.proxy). */
  clientIp: string;
  userAgent: string | null;
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
}

/**
 * Reads the request once, up front: yoga later writes its own `request` into the context object it
 * is given, so nothing may read Koa's request lazily from inside GraphQL.
 */
export function httpExchangeOf(ctx: Context): HttpExchange {
  const secure = ctx.secure;
  return {
    clientIp: ctx.ip || 'unknown',
    userAgent: ctx.get('user-agent') || null,
    setSessionCookie: (token, maxAgeSeconds) =>
      ctx.append('Set-Cookie', serializeSessionCookie(token, { secure, maxAgeSeconds })),
    clearSessionCookie: () => ctx.append('Set-Cookie', serializeClearedSessionCookie({ secure })),
  };
}
