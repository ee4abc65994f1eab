import type { CaseStatus } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { createScopedUsers, type MatrixRole, matrixRoles } from '../src/fixtures/scoped-users.js';

// The authorization matrix of issue 4: every case action × every role × a case inside / outside the
// acting user's street. Who may do what is written out here by hand from DESIGN.md §1, not read from
// the state machine, so a wrong role in case-status.ts fails this test.
const whoMay: Record<string, readonly MatrixRole[]> = {
  VERIFY: ['OFFICER'],
  VERIFY_INVALID: ['OFFICER'],
  ACCEPT: ['OPERATOR'],
  REJECT: ['OPERATOR'],
  MERGE: ['OPERATOR'],
  SELF_HANDLE: ['OFFICER'],
  FILE: ['SHIFT_LEADER'],
  REQUEST_VOID: ['OPERATOR', 'SHIFT_LEADER', 'DISPATCHER'],
  APPROVE_VOID: ['SHIFT_LEADER'],
  DENY_VOID: ['SHIFT_LEADER'],
  DISPATCH: ['DISPATCHER'],
  HANDLE: ['HANDLER'],
  REQUEST_RETURN: ['HANDLER'],
  APPROVE_RETURN: ['DISPATCHER'],
  DENY_RETURN: ['DISPATCHER'],
  REQUEST_EXTENSION: ['HANDLER'],
  APPROVE_EXTENSION: ['DISPATCHER'],
  DENY_EXTENSION: ['DISPATCHER'],
  REQUEST_PARK: ['HANDLER'],
  APPROVE_PARK: ['DISPATCHER'],
  DENY_PARK: ['DISPATCHER'],
  RESTORE: ['DISPATCHER'],
  CHECK_PASS: ['OFFICER'],
  CHECK_FAIL: ['OFFICER'],
  REDISPATCH: ['DISPATCHER'],
  CLOSE: ['SHIFT_LEADER'],
};

type Driver = 'operator' | 'shiftlead' | 'dispatcher' | 'handler' | 'officer';
type Step = [Driver, string, Record<string, unknown>?];

/** How to bring a fresh case to the status (and pending request) an action starts from. */
const setups: Record<string, { status: CaseStatus; path: Step[]; hotline?: true }> = {};
const toFiled: Step[] = [
  ['operator', 'ACCEPT'],
  ['shiftlead', 'FILE'],
];
const toDispatched: Step[] = [...toFiled, ['dispatcher', 'DISPATCH']];
const toHandled: Step[] = [...toDispatched, ['handler', 'HANDLE']];
for (const action of ['VERIFY', 'VERIFY_INVALID'])
  setups[action] = { status: 'PENDING_VERIFY', path: [], hotline: true };
for (const action of ['ACCEPT', 'REJECT', 'MERGE', 'SELF_HANDLE']) setups[action] = { status: 'REPORTED', path: [] };
setups.FILE = { status: 'ACCEPTED', path: [['operator', 'ACCEPT']] };
setups.REQUEST_VOID = { status: 'FILED', path: toFiled };
setups.DISPATCH = { status: 'FILED', path: toFiled };
for (const action of ['APPROVE_VOID', 'DENY_VOID']) {
  setups[action] = { status: 'FILED', path: [...toFiled, ['shiftlead', 'REQUEST_VOID']] };
}
for (const action of ['HANDLE', 'REQUEST_RETURN', 'REQUEST_EXTENSION', 'REQUEST_PARK']) {
  setups[action] = { status: 'DISPATCHED', path: toDispatched };
}
for (const kind of ['RETURN', 'EXTENSION', 'PARK']) {
  for (const decision of ['APPROVE', 'DENY']) {
    setups[`${decision}_${kind}`] = { status: 'DISPATCHED', path: [...toDispatched, ['handler', `REQUEST_${kind}`]] };
  }
}
setups.RESTORE = {
  status: 'PARKED',
  path: [...toDispatched, ['handler', 'REQUEST_PARK'], ['dispatcher', 'APPROVE_PARK']],
};
for (const action of ['CHECK_PASS', 'CHECK_FAIL']) setups[action] = { status: 'HANDLED', path: toHandled };
setups.REDISPATCH = { status: 'REWORK', path: [...toHandled, ['officer', 'CHECK_FAIL']] };
setups.CLOSE = { status: 'HANDLED', path: [...toHandled, ['officer', 'CHECK_PASS']] };

const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { id version status } }`;
const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;

let loop: CaseLoopApi;
let users: Awaited<ReturnType<typeof createScopedUsers>>;
let conditionId: number;
let handlerDepartmentId: number;
const points: Record<'in' | 'out', { lng: number; lat: number }> = { in: { lng: 0, lat: 0 }, out: { lng: 0, lat: 0 } };

beforeAll(async () => {
  loop = await startCaseLoopApi();
  users = await createScopedUsers(loop.api.prisma, loop.api.baseUrl, {
    streetCode: '310101002',
    districtCode: '310101',
    departmentCode: 'HP-HWZX',
  });
  conditionId = (await loop.conditionOf('施工扰民')).id; // needs no photo: the matrix is about who, not what
  handlerDepartmentId = (await loop.api.prisma.department.findUniqueOrThrow({ where: { code: 'HP-HWZX' } })).id;
  const lngLat = ({ lng, lat }: { lng: number; lat: number }) => ({ lng, lat });
  points.in = lngLat(await loop.pointIn('310101002'));
  points.out = lngLat(await loop.pointIn('310101013'));
}, 120_000);
afterAll(() => loop?.close());

async function send(token: string, query: string, variables: Record<string, unknown>) {
  const response = await graphqlAs<Record<string, { caseId?: string; version?: number }>>(
    loop.api.baseUrl,
    query,
    variables,
    {
      bearer: token,
    },
  );
  const [error] = response.body.errors ?? [];
  return { code: error ? (error.extensions?.code ?? error.message) : 'OK', data: response.body.data };
}

const extrasFor = (action: string): Record<string, unknown> => ({
  note: '矩阵测试',
  ...(action === 'DISPATCH' || action === 'REDISPATCH' ? { departmentId: handlerDepartmentId } : {}),
  ...(action === 'REQUEST_EXTENSION' ? { extension: { amount: 2, unit: 'WORK_HOURS' } } : {}),
});

/** A new case in the status `action` starts from; inside the street it is the matrix officer's own report. */
async function freshCase(action: string, scope: 'in' | 'out'): Promise<{ id: string; version: number }> {
  const setup = setups[action] as (typeof setups)[string];
  const point = points[scope];
  const reported = setup.hotline
    ? await send(loop.tokens.operator, report, {
        input: { ...point, filingConditionId: conditionId, description: '热线', source: 'HOTLINE' },
      })
    : await send(scope === 'in' ? users.tokens.OFFICER : users.districtOfficer, report, {
        input: { ...point, filingConditionId: conditionId, description: '施工噪声' },
      });
  if (reported.code !== 'OK') throw new Error(`report failed: ${reported.code} ${JSON.stringify(reported)}`);
  const id = reported.data?.reportCase?.caseId as string;
  let version = 1;
  for (const [driver, action, extra] of setup.path) {
    const token = driver === 'officer' ? users.districtOfficer : loop.tokens[driver];
    const done = await send(token, act, { input: { caseId: id, version, action, ...extrasFor(action), ...extra } });
    if (done.code !== 'OK') throw new Error(`setup ${action} for ${id} failed: ${done.code}`);
    version = done.data?.actOnCase?.version as number;
  }
  return { id, version };
}

/** What a role must get: NOT_FOUND outside its street or department, else OK or FORBIDDEN by the table. */
function expected(action: string, role: MatrixRole, scope: 'in' | 'out'): string {
  if (scope === 'out') return 'NOT_FOUND';
  const status = setups[action]?.status as CaseStatus;
  const handlerSees = !['PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED'].includes(status);
  if (role === 'HANDLER' && !handlerSees) return 'NOT_FOUND';
  return whoMay[action]?.includes(role) ? 'OK' : 'FORBIDDEN';
}

describe('authorization matrix: every action × every role × in / out of scope', () => {
  it('covers every action of the state machine but intake and notes', () => {
    expect(Object.keys(setups).sort()).toEqual(Object.keys(whoMay).sort());
  });

  for (const action of Object.keys(whoMay)) {
    it(action, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const scope of ['in', 'out'] as const) {
        let target = await freshCase(action, scope);
        for (const role of matrixRoles) {
          const extra = action === 'MERGE' ? { mergeIntoId: (await freshCase('ACCEPT', scope)).id } : {};
          const result = await send(users.tokens[role], act, {
            input: { caseId: target.id, version: target.version, action, ...extrasFor(action), ...extra },
          });
          outcomes.push(`${scope} ${role} ${result.code}`);
          wanted.push(`${scope} ${role} ${expected(action, role, scope)}`);
          if (result.code === 'OK') target = await freshCase(action, scope);
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  it('shows a case only inside the viewer’s street (and department, for handlers)', async () => {
    const inside = await freshCase('HANDLE', 'in');
    const outside = await freshCase('HANDLE', 'out');
    const reported = await freshCase('ACCEPT', 'in');
    const seen = async (role: MatrixRole, id: string) =>
      (await send(users.tokens[role], `query($id: ID!) { case(id: $id) { id } }`, { id })).code;
    for (const role of matrixRoles) {
      expect(await seen(role, inside.id), `${role} inside`).toBe('OK');
      expect(await seen(role, outside.id), `${role} outside`).toBe('NOT_FOUND');
      expect(await seen(role, reported.id), `${role} undispatched`).toBe(role === 'HANDLER' ? 'NOT_FOUND' : 'OK');
      const listed = await graphqlAs<{ cases: { id: string }[] }>(
        loop.api.baseUrl,
        `{ cases(queue: ALL, first: 100) { id } }`,
        {},
        { bearer: users.tokens[role] },
      );
      const ids = listed.body.data?.cases.map((c) => c.id) ?? [];
      expect(ids).not.toContain(outside.id);
    }
  });

  it('lets only officers report, and only inside their area', async () => {
    for (const role of matrixRoles) {
      for (const scope of ['in', 'out'] as const) {
        const result = await send(users.tokens[role], report, {
          input: { ...points[scope], filingConditionId: conditionId, description: '施工噪声' },
        });
        const want = role !== 'OFFICER' ? 'FORBIDDEN' : scope === 'in' ? 'OK' : 'OUTSIDE_JURISDICTION';
        expect(`${role} ${scope} ${result.code}`).toBe(`${role} ${scope} ${want}`);
      }
    }
  });
});
