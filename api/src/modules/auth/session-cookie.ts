/**
 * The session cookie for the web app. HttpOnly keeps it away from scripts; SameSite=Lax keeps
 * browsers from sending it on cross-site POSTs (the first CSRF defence, see
 * graphql/csrf-prevention.ts for the second); Secure whenever the request came over https.
 */
export const sessionCookieName = 'gridloop_session';

export interface SessionCookieOptions {
  /** True when the request arrived over https (directly or via a trusted proxy). */
  secure: boolean;
}

/** The Set-Cookie value that hands a session token to a browser for `maxAgeSeconds`. */
export function serializeSessionCookie(
  token: string,
  { secure, maxAgeSeconds }: SessionCookieOptions & { maxAgeSeconds: number },
): string {
  // Max-Age rather than Expires: it does not depend on the client's clock being right.
  return cookieAttributes(`${sessionCookieName}=${token}`, Math.max(0, Math.floor(maxAgeSeconds)), secure);
}

/** The Set-Cookie value that makes the browser drop the session cookie. */
export function serializeClearedSessionCookie({ secure }: SessionCookieOptions): string {
  return cookieAttributes(`${sessionCookieName}=`, 0, secure);
}

function cookieAttributes(pair: string, maxAgeSeconds: number, secure: boolean): string {
  return [pair, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join(
    '; ',
  );
}

/**
 * The value of one cookie in a Cookie request header, or null. The first occurrence wins: browsers
 * send the most specific path first (RFC 6265 §5.4).
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return null;
}
