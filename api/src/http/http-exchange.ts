import type { Context } from 'koa';
import { serializeClearedSessionCookie, serializeSessionCookie } from '../modules/auth/session-cookie.js';

/**
 * What GraphQL resolvers may know and do about the HTTP request they run in, without depending on
 * Koa: who the client is, and the session cookie to set or clear on the response.
 */
export interface HttpExchange {
  /** The client's address; X-Forwarded-For's first entry when the app trusts its proxy (app.proxy). */
  readonly clientIp: string;
  readonly userAgent: string | null;
  setSessionCookie(token: string, maxAgeSeconds: number): void;
  clearSessionCookie(): void;
}

/**
 * The exchange of a Koa request. Read on demand: only signing in and out use it, and parsing the
 * forwarded address and protocol on every operation cost ~2 % of the API's CPU on a report. It
 * reads Koa's own context, which nothing else writes into (yoga writes its `request` into the
 * server context object it is handed, not into this one).
 */
export function httpExchangeOf(ctx: Context): HttpExchange {
  return new KoaHttpExchange(ctx);
}

class KoaHttpExchange implements HttpExchange {
  constructor(private readonly ctx: Context) {}

  get clientIp(): string {
    return this.ctx.ip || 'unknown';
  }

  get userAgent(): string | null {
    return this.ctx.get('user-agent') || null;
  }

  setSessionCookie(token: string, maxAgeSeconds: number): void {
    this.ctx.append('Set-Cookie', serializeSessionCookie(token, { secure: this.ctx.secure, maxAgeSeconds }));
  }

  clearSessionCookie(): void {
    this.ctx.append('Set-Cookie', serializeClearedSessionCookie({ secure: this.ctx.secure }));
  }
}
