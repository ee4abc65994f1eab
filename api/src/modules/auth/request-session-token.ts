import { readCookie, sessionCookieName } from './session-cookie.js';
import { isWellFormedSessionToken } from './session-token.js';

/** Where a request's session token came from: the cookie may be cleared when it is stale. */
export type SessionTokenSource = 'bearer' | 'cookie';

export interface RequestSessionToken {
  token: string;
  source: SessionTokenSource;
}

export interface AuthHeaders {
  authorization?: string | undefined;
  cookie?: string | undefined;
}

/**
 * The session token a request carries: `Authorization: Bearer <token>` (API clients, the mobile
 * app) or else the session cookie (the web app). A bearer header is taken as the caller's explicit
 * choice, so the cookie is not consulted when one is present. Malformed tokens count as none.
 */
export function readSessionToken(headers: AuthHeaders): RequestSessionToken | null {
  const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(headers.authorization ?? '');
  if (bearer?.[1]) return isWellFormedSessionToken(bearer[1]) ? { token: bearer[1], source: 'bearer' } : null;
  const cookie = readCookie(headers.cookie, sessionCookieName);
  return cookie && isWellFormedSessionToken(cookie) ? { token: cookie, source: 'cookie' } : null;
}
