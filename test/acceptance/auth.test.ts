import { createSession, hashSessionToken, pruneLoginAttempts, revokeAllSessionsOfUser } from '@gridloop/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AuthTestApi,
  authTestPassword,
  authTestSettings,
  graphqlAs,
  startAuthTestApi,
} from '../src/fixtures/auth-test-api.js';
import { httpGet } from '../src/http-get.js';

const signInMutation = `mutation($u: String!, $p: String!) {
  signIn(username: $u, password: $p) { token me { username roles area { code name level } } }
}`;
const meQuery = '{ me { username displayName roles } }';
const minute = 60_000;
const hour = 60 * minute;

interface SignInData {
  signIn: { token: string; me: { username: string; roles: string[]; area: { code: string } } };
}
interface MeData {
  me: { username: string; displayName: string; roles: string[] } | null;
}

let t: AuthTestApi;
const signIn = (username: string, password: string, ip?: string) =>
  graphqlAs<SignInData>(t.api.baseUrl, signInMutation, { u: username, p: password }, { ip });
const me = (options: Parameters<typeof graphqlAs>[3]) => graphqlAs<MeData>(t.api.baseUrl, meQuery, {}, options);
const errorOf = (response: { body: { errors?: { message: string; extensions?: Record<string, unknown> }[] } }) =>
  response.body.errors?.[0];
/** A session opened directly (no password check), for tests about what happens after sign-in. */
const openSession = (userId: number) =>
  createSession(t.api.prisma, {
    userId,
    now: t.clock.now(),
    settings: authTestSettings,
    client: { ipAddress: '198.51.100.9', userAgent: 'vitest' },
  });

beforeAll(async () => {
  t = await startAuthTestApi();
});
afterAll(() => t.close());
// A day apart, every test starts with no lock and no live session from the one before.
beforeEach(() => t.clock.advance(24 * hour));

describe('signing in', () => {
  it('sets an httpOnly cookie for the web and returns a bearer token for other clients', async () => {
    const response = await signIn('officer', authTestPassword, '203.0.113.7');
    expect(response.body.errors).toBeUndefined();
    const { token, me: signedIn } = response.body.data?.signIn ?? { token: '', me: null };
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(signedIn).toEqual({
      username: 'officer',
      roles: ['OFFICER'],
      area: { code: '310101002', name: '南京东路街道', level: 'STREET' },
    });
    expect(response.setCookies).toEqual([
      `gridloop_session=${token}; Path=/; Max-Age=${24 * 3600}; HttpOnly; SameSite=Lax`,
    ]);

    const byCookie = await me({ cookie: `theme=dark; gridloop_session=${token}` });
    const byBearer = await me({ bearer: token });
    expect(byCookie.body.data?.me).toEqual({ username: 'officer', displayName: 'officer', roles: ['OFFICER'] });
    expect(byBearer.body.data?.me).toEqual(byCookie.body.data?.me);

    // Only the hash is stored; the audit log names the actor and the address.
    const session = await t.api.prisma.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(token) } });
    expect(session).toMatchObject({ userId: t.users.officer, ipAddress: '203.0.113.7' });
    expect(await t.api.prisma.session.count({ where: { tokenHash: token } })).toBe(0);
    const audit = await t.api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'SIGN_IN', entityType: 'session', entityId: String(session.id) },
    });
    expect(audit.actorId).toBe(t.users.officer);
    expect(audit.details).toMatchObject({ ip: '203.0.113.7' });
  });

  it('answers a wrong password, an unknown username and a deactivated account alike', async () => {
    const answers = await Promise.all([
      signIn('officer', 'wrong password', '203.0.113.20'),
      signIn('nobody', authTestPassword, '203.0.113.21'),
      signIn('retired', authTestPassword, '203.0.113.22'),
    ]);
    for (const answer of answers) {
      expect(answer.body.data).toBeNull();
      expect(errorOf(answer)).toMatchObject({
        message: 'Wrong username or password.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(answer.setCookies).toEqual([]);
    }
  });

  it('refuses empty credentials with BAD_REQUEST naming the field', async () => {
    const answer = await signIn('', 'x');
    expect(errorOf(answer)?.extensions).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'username' } });
  });
});

describe('brute-force lockout', () => {
  it('locks an account after too many failures, even for the right password, until the window passes', async () => {
    const failures = await Promise.all(
      ['203.0.113.30', '203.0.113.31', '203.0.113.32'].map((ip) => signIn('officer', 'guess', ip)),
    );
    expect(failures.map((failure) => errorOf(failure)?.extensions?.code)).toEqual(Array(3).fill('UNAUTHENTICATED'));

    t.api.statements.length = 0;
    const locked = await signIn('officer', authTestPassword, '203.0.113.33');
    expect(errorOf(locked)?.extensions).toEqual({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 900 } });
    // Refused by the throttle query alone: the user was not even looked up, let alone hashed.
    expect(t.api.statements).toHaveLength(1);

    t.clock.advance(10 * minute);
    const stillLocked = await signIn('officer', authTestPassword, '203.0.113.33');
    expect(errorOf(stillLocked)?.extensions?.details).toEqual({ retryAfterSeconds: 300 });

    t.clock.advance(5 * minute + 1000);
    expect((await signIn('officer', authTestPassword, '203.0.113.33')).body.data?.signIn.me.username).toBe('officer');
  });

  it("clears an account's failures on a successful sign-in", async () => {
    const failTwice = () =>
      Promise.all([signIn('admin', 'guess', '203.0.113.40'), signIn('admin', 'guess', '203.0.113.41')]);
    await failTwice();
    expect((await signIn('admin', authTestPassword, '203.0.113.42')).body.errors).toBeUndefined();
    await failTwice();
    // Four failures in the window, but only two since the last success: still below the limit of 3.
    expect((await signIn('admin', authTestPassword, '203.0.113.42')).body.errors).toBeUndefined();
  });

  it('limits failures per address across usernames (password spraying)', async () => {
    const sprayer = '203.0.113.50';
    await Promise.all(['ann', 'bob', 'cai', 'dan', 'eve'].map((username) => signIn(username, 'guess', sprayer)));
    const refused = await signIn('officer', authTestPassword, sprayer);
    expect(errorOf(refused)?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signIn('officer', authTestPassword, '203.0.113.51')).body.errors).toBeUndefined();
  });

  it('prunes attempts older than a cutoff', async () => {
    const cutoff = t.clock.now();
    const attempt = (offset: number) => ({
      username: 'nobody',
      ipAddress: '203.0.113.60',
      succeeded: false,
      attemptedAt: new Date(cutoff.getTime() + offset),
    });
    await t.api.prisma.loginAttempt.createMany({ data: [attempt(-hour), attempt(-1), attempt(0)] });
    const older = await t.api.prisma.loginAttempt.count({ where: { attemptedAt: { lt: cutoff } } });
    expect(older).toBeGreaterThanOrEqual(2);
    expect(await pruneLoginAttempts(t.api.prisma, { before: cutoff })).toBe(older);
    expect(await t.api.prisma.loginAttempt.count()).toBe(1);
  });
});

describe('sessions', () => {
  it('sign-out revokes the session, clears the cookie and is audited', async () => {
    const { token } = (await signIn('officer', authTestPassword)).body.data?.signIn ?? { token: '' };
    const signOut = await graphqlAs<{ signOut: boolean }>(t.api.baseUrl, 'mutation { signOut }', {}, { bearer: token });
    expect(signOut.body.data?.signOut).toBe(true);
    expect(signOut.setCookies).toEqual(['gridloop_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax']);
    expect((await me({ bearer: token })).body.data?.me).toBeNull();
    const again = await graphqlAs<{ signOut: boolean }>(t.api.baseUrl, 'mutation { signOut }', {}, { bearer: token });
    expect(again.body.data?.signOut).toBe(false);
    const audit = await t.api.prisma.auditEvent.findFirstOrThrow({ where: { action: 'SIGN_OUT' } });
    expect(audit.actorId).toBe(t.users.officer);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const options = { headers: { 'x-forwarded-proto': 'https' } };
    const signOut = await graphqlAs(t.api.baseUrl, 'mutation { signOut }', {}, options);
    expect(signOut.setCookies).toEqual(['gridloop_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure']);
  });

  it('slides with use, at most one write a minute, and ends at its absolute lifetime', async () => {
    const start = t.clock.now().getTime();
    const { token, sessionId } = await openSession(t.users.officer);
    const stored = () => t.api.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });

    t.clock.advance(11 * hour);
    expect((await me({ bearer: token })).body.data?.me?.username).toBe('officer');
    expect((await stored()).expiresAt.getTime()).toBe(start + 23 * hour);
    t.clock.advance(30_000);
    await me({ bearer: token });
    expect((await stored()).lastSeenAt.getTime()).toBe(start + 11 * hour); // not rewritten within a minute

    t.clock.advance(11 * hour);
    expect((await me({ bearer: token })).body.data?.me).not.toBeNull();
    expect((await stored()).expiresAt.getTime()).toBe(start + 24 * hour); // capped by SESSION_MAX_HOURS
    t.clock.advance(2 * hour);
    expect((await me({ bearer: token })).body.data?.me).toBeNull();
  });

  it('expires after the idle lifetime without use', async () => {
    const { token } = await openSession(t.users.officer);
    t.clock.advance(12 * hour + 1000);
    expect((await me({ bearer: token })).body.data?.me).toBeNull();
  });

  it('is anonymous once revoked by an admin, or once its user is deactivated', async () => {
    const [first, second] = [await openSession(t.users.admin), await openSession(t.users.admin)];
    const revoked = await revokeAllSessionsOfUser(t.api.prisma, {
      userId: t.users.admin,
      actorId: null,
      now: t.clock.now(),
      reason: 'lost phone',
    });
    expect(revoked).toBe(2);
    expect((await me({ bearer: first.token })).body.data?.me).toBeNull();
    expect((await me({ bearer: second.token })).body.data?.me).toBeNull();

    const retired = await openSession(t.users.retired);
    expect((await me({ bearer: retired.token })).body.data?.me).toBeNull();
  });

  it('resolves the viewer in one SQL statement, refresh included', async () => {
    const { token, sessionId } = await openSession(t.users.officer);
    t.clock.advance(2 * minute);
    t.api.statements.length = 0;
    expect((await me({ bearer: token })).body.data?.me?.username).toBe('officer');
    expect(t.api.statements).toHaveLength(1);
    const session = await t.api.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.lastSeenAt).toEqual(t.clock.now());
  });

  it('clears a cookie naming a dead session; a malformed token costs no query', async () => {
    const stale = await me({ cookie: `gridloop_session=${'A'.repeat(43)}` });
    expect(stale.body.data?.me).toBeNull();
    expect(stale.setCookies).toEqual(['gridloop_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax']);
    t.api.statements.length = 0;
    expect((await me({ bearer: 'not-a-token' })).body.data?.me).toBeNull();
    expect(t.api.statements).toHaveLength(0);
  });

  it('public map routes run no session query, even with a live session cookie; /graphql still resolves it', async () => {
    const { token } = await openSession(t.users.officer);
    const cookie = `gridloop_session=${token}`;
    t.api.statements.length = 0;
    // below the grid layer's minimum zoom a tile needs no SQL at all, so any statement is the session lookup
    const tile = await httpGet(`${t.api.baseUrl}/tiles/grid/11/1715/836.mvt`, { cookie });
    expect(tile.status).toBe(200);
    const badBox = await httpGet(`${t.api.baseUrl}/geojson/grid?bbox=1,2,3`, { cookie });
    expect(badBox.status).toBe(400);
    expect(t.api.statements).toHaveLength(0);
    expect((await me({ cookie })).body.data?.me?.username).toBe('officer');
    expect(t.api.statements).toHaveLength(1);
  });
});

describe('authorization by role', () => {
  const auditQuery = 'query($limit: Int) { auditEvents(limit: $limit) { action createdAt actorUsername } }';
  type AuditData = { auditEvents: { action: string; reason: string | null; actorUsername: string | null }[] };

  it('auditEvents: UNAUTHENTICATED when anonymous, FORBIDDEN for another role', async () => {
    const anonymous = await graphqlAs(t.api.baseUrl, auditQuery);
    expect(errorOf(anonymous)?.extensions?.code).toBe('UNAUTHENTICATED');
    const officer = await openSession(t.users.officer);
    const forbidden = await graphqlAs(t.api.baseUrl, auditQuery, {}, { bearer: officer.token });
    expect(errorOf(forbidden)?.extensions?.code).toBe('FORBIDDEN');
  });

  it('auditEvents: newest first for an admin, with a bounded limit', async () => {
    const admin = await openSession(t.users.admin);
    const revoke = (reason: string) =>
      revokeAllSessionsOfUser(t.api.prisma, {
        userId: t.users.officer,
        actorId: t.users.admin,
        now: t.clock.now(),
        reason,
      });
    await revoke('first');
    t.clock.advance(minute);
    await revoke('second');
    const query = 'query($limit: Int) { auditEvents(limit: $limit) { action reason createdAt actorUsername } }';
    const { body } = await graphqlAs<AuditData>(t.api.baseUrl, query, { limit: 2 }, { bearer: admin.token });
    expect(body.data?.auditEvents).toEqual([
      { action: 'REVOKE_SESSIONS', reason: 'second', createdAt: t.clock.now().toISOString(), actorUsername: 'admin' },
      {
        action: 'REVOKE_SESSIONS',
        reason: 'first',
        createdAt: new Date(t.clock.now().getTime() - minute).toISOString(),
        actorUsername: 'admin',
      },
    ]);
    const tooMany = await graphqlAs(t.api.baseUrl, auditQuery, { limit: 500 }, { bearer: admin.token });
    expect(errorOf(tooMany)?.extensions).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'limit' } });
  });
});

describe('CSRF and CORS on /graphql', () => {
  const post = (contentType: string, headers: Record<string, string> = {}) =>
    fetch(`${t.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...headers },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });

  it('refuses requests another site could send without a preflight, unless they carry the header', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post(contentType);
      expect(response.status).toBe(400);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('BAD_REQUEST');
    }
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${t.api.baseUrl}/graphql?query=${encodeURIComponent('{ me { username } }')}`, { headers });
    expect((await get()).status).toBe(400);
    const withHeader = await get({ 'x-graphql-yoga-csrf': '1', accept: 'application/json' });
    expect(await withHeader.json()).toEqual({ data: { me: null } });
    expect((await post('application/json')).status).toBe(200);
  });

  it('lets no other origin read answers or pass a preflight', async () => {
    const evil = { origin: 'https://evil.example' };
    expect((await post('application/json', evil)).headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${t.api.baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { ...evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
