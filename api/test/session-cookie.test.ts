import { describe, expect, it } from 'vitest';
import { readSessionToken } from '../src/modules/auth/request-session-token.js';
import {
  readCookie,
  serializeClearedSessionCookie,
  serializeSessionCookie,
} from '../src/modules/auth/session-cookie.js';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';

describe('reading cookies', () => {
  it('finds one cookie among others, with or without spaces and quotes', () => {
    expect(readCookie('theme=dark; gridloop_session=abc; lang=zh-CN', 'gridloop_session')).toBe('abc');
    expect(readCookie('gridloop_session=abc;theme=dark', 'gridloop_session')).toBe('abc');
    expect(readCookie('gridloop_session="abc"', 'gridloop_session')).toBe('abc');
    expect(readCookie('gridloop_session=first; gridloop_session=second', 'gridloop_session')).toBe('first');
  });

  it('does not mistake a cookie whose name merely contains the one asked for', () => {
    expect(readCookie('old_gridloop_session=abc; gridloop_session_x=def', 'gridloop_session')).toBeNull();
    expect(readCookie('gridloop_session', 'gridloop_session')).toBeNull();
    expect(readCookie(undefined, 'gridloop_session')).toBeNull();
  });
});

describe('the token a request carries', () => {
  it('takes a bearer token, whatever the case of the scheme', () => {
    expect(readSessionToken({ authorization: `Bearer ${token}` })).toEqual({ token, source: 'bearer' });
    expect(readSessionToken({ authorization: `bearer  ${token}` })).toEqual({ token, source: 'bearer' });
  });

  it('falls back to the session cookie', () => {
    expect(readSessionToken({ cookie: `a=1; gridloop_session=${token}` })).toEqual({ token, source: 'cookie' });
    expect(readSessionToken({ authorization: 'Basic dXNlcjpwdw==', cookie: `gridloop_session=${token}` })).toEqual({
      token,
      source: 'cookie',
    });
  });

  it('prefers an explicit bearer token to the cookie, even a malformed one', () => {
    const other = token.replace('A', 'B');
    expect(readSessionToken({ authorization: `Bearer ${other}`, cookie: `gridloop_session=${token}` })?.token).toBe(
      other,
    );
    expect(readSessionToken({ authorization: 'Bearer nope', cookie: `gridloop_session=${token}` })).toBeNull();
  });

  it('ignores malformed tokens', () => {
    expect(readSessionToken({ cookie: 'gridloop_session=../../etc' })).toBeNull();
    expect(readSessionToken({})).toBeNull();
  });
});

describe('writing the session cookie', () => {
  it('is httpOnly, SameSite=Lax, for the whole site, with a lifetime in seconds', () => {
    expect(serializeSessionCookie(token, { secure: false, maxAgeSeconds: 86400.7 })).toBe(
      `gridloop_session=${token}; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax`,
    );
  });

  it('is Secure over https, and cleared with Max-Age=0', () => {
    expect(serializeSessionCookie(token, { secure: true, maxAgeSeconds: 60 })).toMatch(/; Secure$/);
    expect(serializeClearedSessionCookie({ secure: false })).toBe(
      'gridloop_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
    );
  });
});
