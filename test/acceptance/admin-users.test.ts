import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApi, errorOf, startAdminTestApi } from '../src/fixtures/admin-test-api.js';
import { huangpuGrids } from '../src/fixtures/huangpu-grids.js';

let t: AdminTestApi;
let department: number;

beforeAll(async () => {
  t = await startAdminTestApi();
  department = (
    await t.api.prisma.department.create({
      data: { code: 'HP-LHSR', name: '黄浦区绿化市容局', type: 'GREENING_SANITATION', areaId: t.ids.district },
    })
  ).id;
});
afterAll(() => t.close());

const latestAudit = () => t.api.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
const password = 'a long enough passphrase';

const createUser = `mutation($input: CreateUserInput!) {
  createUser(input: $input, reason: "new hire") { id username roles area { code } department { code } beatCode isActive }
}`;
const updateUser = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { roles beatCode isActive department { code } } }`;
const signIn = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`;
const meQuery = '{ me { username } }';

const officerInput = {
  username: 'wang.officer',
  displayName: '王监督员',
  password,
  roles: ['OFFICER'],
  areaCode: '310101002',
  beatCode: huangpuGrids.beatCode,
};

describe('user accounts', () => {
  it('creates an officer with a beat who can then sign in; the audit keeps no password', async () => {
    const response = await t.gql<{ createUser: { id: number } & Record<string, unknown> }>(createUser, {
      input: officerInput,
    });
    expect(response.body.data?.createUser).toMatchObject({
      username: 'wang.officer',
      roles: ['OFFICER'],
      area: { code: '310101002' },
      department: null,
      beatCode: huangpuGrids.beatCode,
      isActive: true,
    });
    const audit = await latestAudit();
    expect(audit).toMatchObject({ action: 'CREATE_USER', entityType: 'user', reason: 'new hire' });
    expect(audit.details).toEqual({
      after: {
        username: 'wang.officer',
        displayName: '王监督员',
        roles: ['OFFICER'],
        areaCode: '310101002',
        departmentId: null,
        beatCode: huangpuGrids.beatCode,
        isActive: true,
      },
    });
    expect(JSON.stringify(audit.details)).not.toContain('scrypt');
    const signedIn = await t.gql<{ signIn: { token: string } }>(
      signIn,
      { u: 'wang.officer', p: password },
      'anonymous',
    );
    expect(signedIn.body.data?.signIn.token).toMatch(/^[\w-]{43}$/);
  });

  it('refuses incomplete or inconsistent scopes, short passwords and taken usernames', async () => {
    const users = await t.api.prisma.user.count();
    const audits = await t.auditCount();
    const handler = { ...officerInput, username: 'li.handler', roles: ['HANDLER'], beatCode: null };
    const refusals: [Record<string, unknown>, string, string][] = [
      [handler, 'BAD_REQUEST', 'departmentId'],
      [{ ...officerInput, username: 'x.officer', departmentId: department }, 'BAD_REQUEST', 'departmentId'],
      [{ ...officerInput, username: 'x.officer', roles: [] }, 'BAD_REQUEST', 'roles'],
      [{ ...officerInput, username: 'x.officer', password: 'too short' }, 'BAD_REQUEST', 'password'],
      [{ ...officerInput, username: 'x officer' }, 'BAD_REQUEST', 'username'],
      [{ ...officerInput, username: 'wang.officer' }, 'CONFLICT', 'username'],
      [{ ...officerInput, username: 'x.officer', areaCode: '310199' }, 'NOT_FOUND', 'areaCode'],
      // The beat lies in 黄浦区, the user in 徐汇区.
      [{ ...officerInput, username: 'x.officer', areaCode: '310104' }, 'BAD_REQUEST', 'beatCode'],
      [{ ...officerInput, username: 'x.officer', beatCode: 'R-nowhere' }, 'NOT_FOUND', 'beatCode'],
      [{ ...officerInput, username: 'x.officer', roles: ['OPERATOR'] }, 'BAD_REQUEST', 'beatCode'],
    ];
    for (const [input, code, field] of refusals) {
      const error = errorOf(await t.gql(createUser, { input }));
      expect({ input: input.username, error }).toEqual({ input: input.username, error: { code, details: { field } } });
    }
    expect(errorOf(await t.gql(createUser, { input: { ...handler, departmentId: department } }, 'officer')).code).toBe(
      'FORBIDDEN',
    );
    expect(await t.api.prisma.user.count()).toBe(users);
    expect(await t.auditCount()).toBe(audits);

    const created = await t.gql<{ createUser: { department: { code: string } } }>(createUser, {
      input: { ...handler, departmentId: department },
    });
    expect(created.body.data?.createUser.department).toEqual({ code: 'HP-LHSR' });
  });

  it('changes roles and scope with before/after in the audit', async () => {
    const user = await t.api.prisma.user.findUniqueOrThrow({ where: { username: 'wang.officer' } });
    const response = await t.gql<{ updateUser: Record<string, unknown> }>(updateUser, {
      input: { id: user.id, roles: ['OPERATOR', 'OFFICER'], beatCode: null },
    });
    expect(response.body.data?.updateUser).toEqual({
      roles: ['OFFICER', 'OPERATOR'],
      beatCode: null,
      isActive: true,
      department: null,
    });
    expect((await latestAudit()).details).toEqual({
      before: { roles: ['OFFICER'], beatCode: huangpuGrids.beatCode },
      after: { roles: ['OFFICER', 'OPERATOR'], beatCode: null },
    });
  });

  it('resets a password and ends the user’s sessions, so the old token stops working', async () => {
    const user = await t.api.prisma.user.findUniqueOrThrow({ where: { username: 'wang.officer' } });
    const signedIn = await t.gql<{ signIn: { token: string } }>(
      signIn,
      { u: 'wang.officer', p: password },
      'anonymous',
    );
    const token = signedIn.body.data?.signIn.token as string;
    const me = () => meAs(token);
    expect((await me()).body.data?.me).toEqual({ username: 'wang.officer' });

    const reset = await t.gql<{ setUserPassword: boolean }>(
      'mutation($id: Int!, $p: String!) { setUserPassword(id: $id, password: $p, reason: "phone lost") }',
      { id: user.id, p: 'another long passphrase' },
    );
    expect(reset.body.data?.setUserPassword).toBe(true);
    expect((await me()).body.data?.me).toBeNull();
    expect(await latestAudit()).toMatchObject({
      action: 'SET_USER_PASSWORD',
      reason: 'phone lost',
      // This one and the one the first test opened.
      details: { sessionsRevoked: 2 },
    });
    const old = await t.gql(signIn, { u: 'wang.officer', p: password }, 'anonymous');
    expect(errorOf(old).code).toBe('UNAUTHENTICATED');
    expect(
      errorOf(await t.gql('mutation($id: Int!) { setUserPassword(id: $id, password: "short") }', { id: user.id })),
    ).toEqual({ code: 'BAD_REQUEST', details: { field: 'password' } });
  });

  it('deactivates a user (ending their sessions) but never the acting admin', async () => {
    const user = await t.api.prisma.user.findUniqueOrThrow({ where: { username: 'li.handler' } });
    const deactivate = 'mutation($id: Int!) { deactivateUser(id: $id, reason: "left") { isActive } }';
    expect((await t.gql<{ deactivateUser: unknown }>(deactivate, { id: user.id })).body.data?.deactivateUser).toEqual({
      isActive: false,
    });
    expect(await latestAudit()).toMatchObject({
      action: 'DEACTIVATE_USER',
      details: { before: { isActive: true }, after: { isActive: false }, sessionsRevoked: 0 },
    });
    const audits = await t.auditCount();
    expect(errorOf(await t.gql(deactivate, { id: t.ids.admin }))).toEqual({
      code: 'BAD_REQUEST',
      details: { field: 'isActive' },
    });
    expect(errorOf(await t.gql(updateUser, { input: { id: t.ids.admin, roles: ['LEADER'] } }))).toEqual({
      code: 'BAD_REQUEST',
      details: { field: 'roles' },
    });
    expect(await t.auditCount()).toBe(audits);
  });

  it('lists accounts to admins only and never offers the password hash', async () => {
    const listed = await t.gql<{ userAccounts: { username: string }[] }>(
      '{ userAccounts(role: OFFICER) { username } }',
    );
    expect(listed.body.data?.userAccounts.map((user) => user.username)).toEqual(['street-officer', 'wang.officer']);
    expect(errorOf(await t.gql('{ userAccounts { username } }', {}, 'officer')).code).toBe('FORBIDDEN');
    const hash = await t.gql('{ userAccounts { passwordHash } }');
    expect(hash.body.errors?.[0]?.message).toMatch(/passwordHash/);
    expect(hash.body.data).toBeUndefined();
  });
});

function meAs(token: string) {
  return fetch(`${t.api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: meQuery }),
  }).then(async (response) => ({ body: (await response.json()) as { data?: { me: { username: string } | null } } }));
}
