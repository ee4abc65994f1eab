import { caseTransitions, generateHistory, type HistorySummary, seedDemo } from '@gridloop/api';
import { defaultWorkCalendar } from '@gridloop/geo';
import { createPrismaClient } from '@gridloop/prisma';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawHistoryDay } from '../../api/src/seed/history/draw-history-day.js';
import type { HistoryWorld } from '../../api/src/seed/history/history-world.js';
import { planHistoryDays } from '../../api/src/seed/history/plan-history-days.js';
import { weightedTable } from '../../api/src/seed/history/weighted-table.js';
import {
  createTestDatabase,
  dropTestDatabase,
  newTestDatabaseName,
  type TestDatabase,
  withDatabase,
} from '../src/db/index.js';
import { huangpu } from '../src/fixtures/case-loop-api.js';

// The synthetic history generator (api/src/seed/history) on the demo 黄浦区 with every trigger of
// the case loop active: each event must be a known transition and each status change must come with
// its event, so loading at all proves the rows valid. Two runs with one seed into two databases give
// the same rows; the rates land in the bands history-rates.ts promises.

const options = { seed: 20261126, cases: 2_000, from: '2026-05-01', to: '2026-11-02', districts: [huangpu] };
/** Midnight of `to` in Shanghai: the history's end. */
const endAt = new Date('2026-11-01T16:00:00Z');

let first: TestDatabase;
let secondUrl: string;
let db: pg.Client;
let summary: HistorySummary;

async function cloneDatabase(template: TestDatabase): Promise<string> {
  const name = newTestDatabaseName();
  const admin = new pg.Client({ connectionString: withDatabase(template.url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(template.url, name);
}

async function scalar<T>(sql: string, values: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, values);
  return Object.values(rows[0] ?? {})[0] as T;
}

/** Everything generated, ids included (both databases start empty, so ids must match too). */
async function checksum(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ sum: string }>(`
      SELECT md5((SELECT string_agg(c::text, '|' ORDER BY c.id) FROM case_record c)
        || (SELECT string_agg((e.id, e.case_id, e.action, e.from_status, e.to_status, e.actor_id, e.actor_role, e.note,
              e.department_id, e.deadline_at, e.met_deadline, e.details, e.occurred_at)::text, '|' ORDER BY e.id)
            FROM case_event e)
        || (SELECT string_agg((r.case_id, r.kind, r.status, r.requested_at, r.decided_at, r.extra_amount)::text, '|'
              ORDER BY r.id) FROM case_request r)) AS sum`);
    return rows[0]?.sum ?? '';
  } finally {
    await client.end();
  }
}

describe('synthetic case history', () => {
  beforeAll(async () => {
    first = await createTestDatabase();
    const prisma = createPrismaClient({ databaseUrl: first.url });
    await seedDemo(prisma, { districts: [huangpu] });
    await prisma.$disconnect();
    secondUrl = await cloneDatabase(first);
    summary = await generateHistory({ databaseUrl: first.url, ...options });
    db = new pg.Client({ connectionString: first.url });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    if (secondUrl) await dropTestDatabase(secondUrl);
    await first?.drop();
  });

  it('loads the cases asked for, with the triggers of the loop active', async () => {
    expect(summary.cases).toBe(2_000);
    expect(await scalar<number>('SELECT count(*)::int FROM case_record')).toBe(2_000);
    expect(await scalar<number>('SELECT count(*)::int FROM case_event')).toBe(summary.events);
    expect(summary.events).toBeGreaterThan(5 * summary.cases);
    // The database still refuses a transition the loop does not have: the load went through this check.
    await expect(
      db.query(`INSERT INTO case_event (case_id, action, from_status, to_status, occurred_at)
        SELECT id, 'CLOSE', 'REPORTED', 'CLOSED', now() FROM case_record LIMIT 1`),
    ).rejects.toThrow(/no case transition/);
  });

  it('gives the same rows for the same seed in another database', async () => {
    await generateHistory({ databaseUrl: secondUrl, ...options });
    expect(await checksum(secondUrl)).toBe(await checksum(first.url));
  });

  it('replays every case through the state machine to its stored status', async () => {
    const known = new Set(caseTransitions.map((t) => `${t.action}:${t.from ?? ''}:${t.to}`));
    const { rows } = await db.query<{
      id: number;
      status: string;
      version: number;
      events: [string, string, string][];
    }>(`
      SELECT c.id, c.status::text, c.version,
        array_agg(ARRAY[e.action::text, coalesce(e.from_status::text, ''), e.to_status::text] ORDER BY e.id) AS events
      FROM case_record c JOIN case_event e ON e.case_id = c.id GROUP BY c.id`);
    expect(rows).toHaveLength(2_000);
    const broken = rows.filter(({ status, version, events }) => {
      let current = '';
      for (const [action, from, to] of events) {
        if (from !== current || !known.has(`${action}:${from}:${to}`)) return true;
        current = to;
      }
      return current !== status || version !== events.length;
    });
    expect(broken.map((row) => row.id)).toEqual([]);
  });

  it('keeps codes, times and counters consistent', async () => {
    const bad = await scalar<number>(
      `
      SELECT count(*)::int FROM case_record c
      WHERE c.code !~ ('^310101' || to_char(c.reported_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '[0-9]{5}$')
        OR c.reported_at < '2026-04-30T16:00:00Z' OR c.updated_at > $1
        OR EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND (e.occurred_at < c.reported_at OR e.occurred_at > $1))`,
      [endAt],
    );
    expect(bad).toBe(0);
    const counterBehind = await scalar<number>(`
      SELECT count(*)::int FROM (
        SELECT left(code, 6) AS district, to_date(substr(code, 7, 8), 'YYYYMMDD') AS day, max(right(code, 5)::int) AS last
        FROM case_record GROUP BY 1, 2) g
      LEFT JOIN case_code_counter k ON k.district_code = g.district AND k.day = g.day
      WHERE k.last IS NULL OR k.last < g.last`);
    expect(counterBehind).toBe(0);
  });

  it('has the rates of a real centre: rework, extension, overdue, sources and hours', async () => {
    const { rows } = await db.query(`
      SELECT
        count(*) FILTER (WHERE action = 'CHECK_FAIL')::float
          / nullif(count(*) FILTER (WHERE action IN ('CHECK_PASS', 'CHECK_FAIL')), 0) AS rework,
        count(*) FILTER (WHERE action = 'HANDLE' AND NOT met_deadline)::float
          / nullif(count(*) FILTER (WHERE action = 'HANDLE'), 0) AS late_handling,
        count(*) FILTER (WHERE action = 'CLOSE')::float / 2000 AS closed
      FROM case_event`);
    const rates = rows[0];
    expect(rates.rework).toBeGreaterThan(0.05);
    expect(rates.rework).toBeLessThan(0.17);
    expect(rates.late_handling).toBeGreaterThan(0.05);
    expect(rates.late_handling).toBeLessThan(0.22);
    expect(rates.closed).toBeGreaterThan(0.8);
    // Extensions are asked by handlers: measured where the department has a handler account.
    const extension = await scalar<number>(`
      SELECT count(*) FILTER (WHERE e.action = 'REQUEST_EXTENSION')::float
        / nullif(count(*) FILTER (WHERE e.action IN ('DISPATCH', 'REDISPATCH')), 0)
      FROM case_event e
      WHERE e.case_id IN (SELECT c.id FROM case_record c JOIN app_user u ON u.department_id = c.department_id)`);
    expect(extension).toBeGreaterThan(0.015);
    expect(extension).toBeLessThan(0.13);
    const officerShare = await scalar<number>(`SELECT avg((source = 'OFFICER')::int)::float FROM case_record`);
    expect(officerShare).toBeGreaterThan(0.74);
    expect(officerShare).toBeLessThan(0.86);
    const daytime = await scalar<number>(`
      SELECT avg((extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai') BETWEEN 8 AND 17)::int)::float
      FROM case_record`);
    expect(daytime).toBeGreaterThan(0.65);
  });

  it('leaves some cases open at the end, some of them overdue, and skews volume to a few grids', async () => {
    const open = await scalar<number>(`SELECT count(*)::int FROM case_record
      WHERE status IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED')`);
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(200);
    expect(
      await scalar<number>('SELECT count(*)::int FROM case_record WHERE step_deadline_at < $1', [endAt]),
    ).toBeGreaterThan(0);
    // Zipf: the busiest tenth of the grids with cases holds well over a tenth of them.
    const topShare = await scalar<number>(`
      SELECT sum(n) FILTER (WHERE rank <= greatest(1, total / 10))::float / sum(n) FROM (
        SELECT count(*) AS n, row_number() OVER (ORDER BY count(*) DESC) AS rank, count(*) OVER () AS total
        FROM case_record GROUP BY grid_code) g`);
    expect(topShare).toBeGreaterThan(0.3);
  });
});

describe('synthetic case lives (pure, no database)', () => {
  const grid = {
    id: 1,
    code: '310101002001001',
    communityId: 3,
    streetId: 2,
    districtId: 1,
    districtCode: '310101',
    responsibilityGridId: 5,
    beatCode: '310101002-001',
    streetOfficeId: 9,
    points: [[121.48, 31.23] as [number, number]],
  };
  const condition = {
    id: 11,
    categoryId: 21,
    majorCategoryId: 20,
    kind: 'EVENT',
    minorName: '暴露垃圾',
    description: '暴露垃圾',
    timeLimitAmount: 2,
    timeLimitUnit: 'WORK_HOURS' as const,
  };
  const world: HistoryWorld = {
    grids: weightedTable([grid], [1]),
    conditions: weightedTable([condition], [1]),
    rulesByCategory: new Map([[21, [{ categoryId: 21, areaCode: '310101', isMinorClass: true, departmentId: 7 }]]]),
    departmentIds: [7, 8],
    actors: {
      officers: [{ id: 1, beatCode: '310101002-001' }],
      operators: [2],
      shiftLeaders: [3],
      dispatchers: [4],
      handlersByDepartment: new Map([[7, [5]]]),
    },
    stepLimits: { VERIFY: { amount: 1, unit: 'WORK_HOURS' }, ACCEPT: { amount: 0.5, unit: 'WORK_HOURS' } },
    calendar: defaultWorkCalendar,
  };
  const [day] = planHistoryDays({ from: '2025-07-14', to: '2025-07-15', cases: 400, calendar: defaultWorkCalendar });
  const draw = () =>
    drawHistoryDay({
      world,
      seed: 3,
      // biome-ignore lint/style/noNonNullAssertion: one day was planned
      day: day!,
      ids: Array.from({ length: 400 }, (_, index) => index + 1),
      lastSequence: new Map([['310101', 17]]),
      endAt: new Date('2025-08-01T00:00:00Z'),
    });

  it('draws the same day the same way, every event a transition in time order', () => {
    const lives = draw();
    expect(JSON.stringify(lives)).toBe(JSON.stringify(draw()));
    expect(lives.map((life) => life.draft.code).slice(0, 2)).toEqual(['3101012025071400018', '3101012025071400019']);
    const known = new Set(caseTransitions.map((t) => `${t.action}:${t.from ?? ''}:${t.to}`));
    for (const life of lives) {
      let status = '';
      let at = 0;
      for (const event of life.events) {
        expect(known.has(`${event.action}:${event.fromStatus ?? ''}:${event.toStatus}`)).toBe(true);
        expect(event.fromStatus ?? '').toBe(status);
        expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(at);
        status = event.toStatus;
        at = event.occurredAt.getTime();
      }
      expect(life.state.status).toBe(status);
    }
    // Without step limits for FILE/DISPATCH the planner leaves those steps untimed; HANDLE is timed.
    const handles = lives.flatMap((life) => life.events.filter((event) => event.action === 'HANDLE'));
    expect(handles.length).toBeGreaterThan(200);
    expect(handles.every((event) => event.deadlineAt !== null && event.departmentId !== null)).toBe(true);
  });
});
