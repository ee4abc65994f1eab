import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateSteps } from '../../api/src/modules/notifications/escalate-steps.js';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

const list = `query($unreadOnly: Boolean, $first: Int, $after: ID) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) { id kind caseId caseCode titleZh titleEn createdAt readAt }
  unreadNotificationCount }`;
const mark = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`;

interface NotificationView {
  id: string;
  kind: string;
  caseId: string | null;
  caseCode: string | null;
  titleZh: string;
  readAt: string | null;
}
type ListResult = { notifications: NotificationView[]; unreadNotificationCount: number };

let loop: CaseLoopApi;
let caseIds: number[];

/** Two hotline cases waiting for verification, both past their deadline (yellow and red found at once: red notified). */
beforeAll(async () => {
  loop = await startCaseLoopApi();
  const point = await loop.pointIn('310101002', 3);
  const condition = await loop.conditionOf('施工扰民');
  caseIds = [];
  for (const ref of ['12345-2030-100001', '12345-2030-100002']) {
    const registered = await loop.ok<{ reportCase: { caseId: string } }>(
      'operator',
      `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`,
      {
        input: {
          source: 'HOTLINE',
          lng: point.lng,
          lat: point.lat,
          filingConditionId: condition.id,
          description: '夜间施工噪声',
          reporterName: '市民',
          externalRef: ref,
        },
      },
    );
    caseIds.push(Number(registered.reportCase.caseId));
  }
  const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: caseIds[0] as number } });
  loop.clock.advance((row.stepDeadlineAt as Date).getTime() - loop.clock.now().getTime() + 60_000);
  const pool = new pg.Pool({ connectionString: loop.databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await escalateSteps(client, loop.clock.now(), []);
  } finally {
    client.release();
    await pool.end();
  }
}, 120_000);
afterAll(() => loop?.close());

describe('notifications over GraphQL', () => {
  it('lists only the viewer’s own notifications, newest first, with pages', async () => {
    const leader = await loop.ok<ListResult>('leader', list, {});
    expect(leader.unreadNotificationCount).toBe(2);
    expect(leader.notifications.map((n) => n.kind)).toEqual(['STEP_RED', 'STEP_RED']);
    expect(leader.notifications.map((n) => Number(n.caseId)).sort()).toEqual([...caseIds].sort());
    expect(Number(leader.notifications[0]?.id)).toBeGreaterThan(Number(leader.notifications[1]?.id));
    const code = leader.notifications[0]?.caseCode as string;
    expect(leader.notifications[0]?.titleZh).toBe(`案卷 ${code} 核实已超时`);

    const firstPage = await loop.ok<ListResult>('leader', list, { first: 1 });
    const secondPage = await loop.ok<ListResult>('leader', list, { first: 1, after: firstPage.notifications[0]?.id });
    expect([...firstPage.notifications, ...secondPage.notifications].map((n) => n.id)).toEqual(
      leader.notifications.map((n) => n.id),
    );

    // Hotline cases wait for the officer's verification: the beat's officer and the shift leader hear of it.
    expect((await loop.ok<ListResult>('officer', list, {})).unreadNotificationCount).toBe(2);
    expect((await loop.ok<ListResult>('shiftlead', list, {})).unreadNotificationCount).toBe(2);
    for (const role of ['handler', 'dispatcher', 'operator', 'admin'] as const) {
      expect((await loop.ok<ListResult>(role, list, {})).notifications, role).toEqual([]);
    }
  });

  it('marks listed notifications read, then all, counting only those that changed', async () => {
    const before = await loop.ok<ListResult>('officer', list, {});
    const [newest, oldest] = before.notifications;
    expect(await loop.ok('officer', mark, { ids: [newest?.id] })).toEqual({ markNotificationsRead: 1 });
    expect(await loop.ok('officer', mark, { ids: [newest?.id] })).toEqual({ markNotificationsRead: 0 });
    const unread = await loop.ok<ListResult>('officer', list, { unreadOnly: true });
    expect(unread.notifications.map((n) => n.id)).toEqual([oldest?.id]);
    expect(unread.unreadNotificationCount).toBe(1);
    expect(await loop.ok('officer', mark, { all: true })).toEqual({ markNotificationsRead: 1 });
    const after = await loop.ok<ListResult>('officer', list, {});
    expect(after.unreadNotificationCount).toBe(0);
    expect(after.notifications.every((n) => n.readAt === loop.clock.now().toISOString())).toBe(true);
    // Someone else's stay unread.
    expect((await loop.ok<ListResult>('shiftlead', list, {})).unreadNotificationCount).toBe(2);
  });

  it('refuses bad input with coded errors and changes nothing', async () => {
    const othersId = (await loop.ok<ListResult>('shiftlead', list, {})).notifications[0]?.id;
    const leaderIds = (await loop.ok<ListResult>('leader', list, {})).notifications.map((n) => n.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ ids: [leaderIds[0], othersId] }, 'NOT_FOUND'],
      [{ ids: ['abc'] }, 'BAD_REQUEST'],
      [{ ids: [] }, 'BAD_REQUEST'],
      [{ ids: [leaderIds[0]], all: true }, 'BAD_REQUEST'],
      [{}, 'BAD_REQUEST'],
      [{ all: false }, 'BAD_REQUEST'],
    ];
    for (const [variables, code] of cases) {
      expect((await loop.as('leader', mark, variables)).code, JSON.stringify(variables)).toBe(code);
    }
    expect((await loop.as('leader', list, { first: 0 })).code).toBe('BAD_REQUEST');
    expect((await loop.as('leader', list, { first: 101 })).code).toBe('BAD_REQUEST');
    expect((await loop.as('leader', list, { after: '-1' })).code).toBe('BAD_REQUEST');
    expect((await loop.ok<ListResult>('leader', list, {})).unreadNotificationCount).toBe(2);
    expect((await loop.ok<ListResult>('shiftlead', list, {})).unreadNotificationCount).toBe(2);
    const anonymous = await graphqlAs(loop.api.baseUrl, '{ unreadNotificationCount }', {});
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
