import { markMetricsCaughtUp, rebuildMetrics, refreshMetrics } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, type DemoRole, huangpu, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';
import { type CaseOutcome, exactHandlingHours, expectedValues, recomputeOutcomes } from './metrics-recompute.js';

const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { id status version } }`;
const valueFields = Object.keys(expectedValues([])).join(' ');
const summary = `query($period: MetricPeriodInput!, $scope: MetricScopeInput) {
  metrics(period: $period, scope: $scope) {
    values { ${valueFields} handlingHoursMedian handlingHoursP90 }
    previousPeriod { from to } previous { reported } lastYearPeriod { from to } lastYear { reported }
    overdueNow score grade scoreSubject } }`;
const table = `query($period: MetricPeriodInput!, $groupBy: MetricGroupBy!, $within: MetricScopeInput) {
  metricTable(period: $period, groupBy: $groupBy, within: $within) {
    key name rank score grade values { ${valueFields} } } }`;

type Values = Record<string, number | null>;
interface Summary {
  metrics: {
    values: Values;
    previousPeriod: { from: string; to: string };
    previous: Values;
    lastYearPeriod: { from: string; to: string };
    lastYear: Values;
    overdueNow: number;
    score: number | null;
    grade: string | null;
    scoreSubject: string;
  };
}
type TableRow = {
  key: string;
  name: string;
  rank: number | null;
  score: number | null;
  grade: string | null;
  values: Values;
};

let loop: CaseLoopApi;
let street: string;
const september = { from: '2026-09-01', to: '2026-09-30' };
const october = { from: '2026-10-01', to: '2026-10-31' };
/** Crosses the month boundary on both sides: read from day rows and month rows together. */
const acrossMonths = { from: '2026-09-29', to: '2026-11-02' };

/** Sets the manual clock to a Shanghai wall-clock time. */
function at(local: string) {
  const target = new Date(`${local}:00+08:00`).getTime();
  loop.clock.advance(target - loop.clock.now().getTime());
}

async function officerReport(key: string, extra: Record<string, unknown> = {}): Promise<string> {
  const point = await loop.pointIn(street, 1);
  const condition = await loop.conditionOf('暴露垃圾');
  const response = await graphqlMultipart<{ reportCase: { caseId: string } }>(
    loop.api.baseUrl,
    report,
    {
      input: {
        lng: point.lng,
        lat: point.lat,
        filingConditionId: condition.id,
        description: '路边成堆垃圾',
        idempotencyKey: key,
        photos: [null],
        ...extra,
      },
    },
    { 'variables.input.photos.0': await jpegWithLocation() },
    loop.tokens.officer,
  );
  const caseId = response.body.data?.reportCase.caseId;
  if (!caseId) throw new Error(`report failed: ${JSON.stringify(response.body.errors)}`);
  return caseId;
}

async function hotlineReport(): Promise<string> {
  const point = await loop.pointIn(street, 2);
  const created = await loop.ok<{ reportCase: { caseId: string } }>('operator', report, {
    input: {
      source: 'HOTLINE',
      lng: point.lng,
      lat: point.lat,
      filingConditionId: (await loop.conditionOf('施工扰民')).id,
      description: '夜间施工噪声',
      reporterName: '市民李女士',
    },
  });
  return created.reportCase.caseId;
}

type Step = [local: string, role: DemoRole, action: string, extra?: Record<string, unknown>];

/** Walks a case through actions at the given Shanghai times (version tracked). */
async function walk(caseId: string, steps: Step[]): Promise<void> {
  let { version } = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(caseId) } });
  for (const [local, role, action, extra = {}] of steps) {
    at(local);
    const result = await loop.as<{ actOnCase: { version: number } }>(role, act, {
      input: { caseId, version, action, ...extra },
    });
    if (result.code) throw new Error(`${role} ${action} at ${local}: ${result.code} ${result.message}`);
    version = result.data?.actOnCase.version as number;
  }
}

const intake = (day: string, times: [string, string, string]): Step[] => [
  [`${day}T${times[0]}`, 'operator', 'ACCEPT'],
  [`${day}T${times[1]}`, 'shiftlead', 'FILE'],
  [`${day}T${times[2]}`, 'dispatcher', 'DISPATCH'],
];

const ids: Record<string, string> = {};

beforeAll(async () => {
  loop = await startCaseLoopApi();
  street = `${huangpu}002`;
  // September cohort (Tuesday 29 and Wednesday 30; 1-7 October are holidays, 10 October a make-up Saturday).
  at('2026-09-29T09:00');
  ids.onTime = await officerReport('on-time');
  await walk(ids.onTime, [
    ...intake('2026-09-29', ['09:05', '09:10', '09:15']),
    ['2026-09-29T10:00', 'handler', 'HANDLE', { note: '已清理' }],
    ['2026-09-29T10:30', 'officer', 'CHECK_PASS'],
    ['2026-09-29T10:40', 'shiftlead', 'CLOSE'],
  ]);
  at('2026-09-29T09:20');
  ids.late = await officerReport('late');
  await walk(ids.late, [
    ...intake('2026-09-29', ['09:25', '09:30', '09:35']),
    ['2026-09-29T16:30', 'handler', 'HANDLE', { note: '已清理' }], // deadline 15:35
    ['2026-09-29T16:40', 'officer', 'CHECK_PASS'],
    ['2026-09-29T16:50', 'shiftlead', 'CLOSE'],
  ]);
  at('2026-09-29T10:00');
  ids.rework = await officerReport('rework');
  await walk(ids.rework, [
    ...intake('2026-09-29', ['10:05', '10:10', '10:15']),
    ['2026-09-29T11:00', 'handler', 'HANDLE', { note: '已清理' }],
    ['2026-09-29T11:30', 'officer', 'CHECK_FAIL', { note: '仍有残留' }],
    ['2026-09-29T11:40', 'dispatcher', 'REDISPATCH'],
    ['2026-09-29T14:30', 'handler', 'HANDLE', { note: '已彻底清理' }],
    ['2026-09-29T15:00', 'officer', 'CHECK_PASS'],
    ['2026-09-29T15:10', 'shiftlead', 'CLOSE'],
  ]);
  at('2026-09-29T10:30');
  ids.parked = await officerReport('parked');
  await walk(ids.parked, [
    ...intake('2026-09-29', ['10:35', '10:40', '10:45']),
    [
      '2026-09-29T11:00',
      'handler',
      'REQUEST_EXTENSION',
      { note: '需协调', extension: { amount: 1, unit: 'WORK_DAYS' } },
    ],
    ['2026-09-29T11:10', 'dispatcher', 'APPROVE_EXTENSION'],
    ['2026-09-29T11:20', 'handler', 'REQUEST_PARK', { note: '待拆迁' }],
    ['2026-09-29T11:30', 'dispatcher', 'APPROVE_PARK'],
  ]);
  at('2026-09-29T11:00');
  ids.voided = await officerReport('voided');
  await walk(ids.voided, [
    ['2026-09-29T11:05', 'operator', 'ACCEPT'],
    ['2026-09-29T11:10', 'shiftlead', 'FILE'],
    ['2026-09-29T11:15', 'dispatcher', 'REQUEST_VOID', { note: '重复立案' }],
    ['2026-09-29T11:20', 'shiftlead', 'APPROVE_VOID'],
  ]);
  at('2026-09-30T09:00');
  ids.publicVerified = await hotlineReport();
  await walk(ids.publicVerified, [
    ['2026-09-30T11:00', 'officer', 'VERIFY'], // verify limit 1 work hour: late
    ...intake('2026-09-30', ['11:05', '11:10', '11:15']),
  ]);
  at('2026-09-30T09:10');
  ids.publicInvalid = await hotlineReport();
  await walk(ids.publicInvalid, [['2026-09-30T09:30', 'officer', 'VERIFY_INVALID', { note: '现场无垃圾' }]]);
  // Reported on the last day of September, dispatched late, handled after the National Day holiday.
  at('2026-09-30T14:00');
  ids.holiday = await officerReport('holiday');
  await walk(ids.holiday, [
    ...intake('2026-09-30', ['14:05', '14:10', '16:00']),
    ['2026-10-08T09:00', 'handler', 'HANDLE', { note: '节后清理' }], // deadline 8 October 10:00
    ['2026-10-08T09:30', 'officer', 'CHECK_PASS'],
    ['2026-10-08T09:40', 'shiftlead', 'CLOSE'],
  ]);
  // October cohort: a wrong dispatch returned, re-dispatched late on Friday, handled on the make-up Saturday.
  at('2026-10-09T09:00');
  ids.returned = await officerReport('returned');
  await walk(ids.returned, [
    ...intake('2026-10-09', ['09:05', '09:10', '09:15']),
    ['2026-10-09T09:30', 'handler', 'REQUEST_RETURN', { note: '非本部门职责' }],
    ['2026-10-09T09:40', 'dispatcher', 'APPROVE_RETURN'],
    ['2026-10-09T17:00', 'dispatcher', 'DISPATCH'],
    ['2026-10-10T10:30', 'handler', 'HANDLE', { note: '已清理' }], // deadline Saturday 11:00
    ['2026-10-12T08:30', 'officer', 'CHECK_PASS'], // check deadline Saturday 14:30: late
    ['2026-10-12T08:40', 'shiftlead', 'CLOSE'],
  ]);
  at('2026-10-09T10:00');
  ids.rejected = await officerReport('rejected');
  await walk(ids.rejected, [['2026-10-09T10:05', 'operator', 'REJECT', { note: '不属于受理范围' }]]);
  at('2026-10-09T10:10');
  ids.selfHandled = await officerReport('self-handled', { selfHandled: true, selfHandleNote: '已现场处理' });
  await walk(ids.selfHandled, [['2026-10-09T10:20', 'shiftlead', 'CLOSE']]);
  at('2026-10-12T09:00');
  ids.overdue = await officerReport('overdue');
  await walk(ids.overdue, intake('2026-10-12', ['09:05', '09:10', '09:15']));
  at('2026-10-12T18:30');
}, 240_000);
afterAll(() => loop?.close());

async function outcomesIn(period: { from: string; to: string }, keep: (o: CaseOutcome) => boolean = () => true) {
  const outcomes = await recomputeOutcomes(loop.api.prisma);
  return outcomes.filter((o) => o.cohortDay >= period.from && o.cohortDay <= period.to && keep(o));
}

function expectValues(actual: Values, expected: Values, label: string) {
  for (const [name, value] of Object.entries(expected)) {
    if (value === null) expect(actual[name], `${label}: ${name}`).toBeNull();
    else expect(actual[name], `${label}: ${name}`).toBeCloseTo(value, 6);
  }
}

async function summaryOf(period: { from: string; to: string }, scope: Record<string, unknown> = {}) {
  return (await loop.ok<Summary>('leader', summary, { period, scope })).metrics;
}

describe('metrics from the event log', () => {
  it('counts every scenario as its definition says, against an independent recomputation', {
    timeout: 300_000,
  }, async () => {
    await drainMetrics();
    expect(await loop.api.prisma.metricCaseFact.count()).toBe(Object.keys(ids).length);
    for (const period of [september, october, acrossMonths]) {
      const expected = expectedValues(await outcomesIn(period));
      expectValues((await summaryOf(period)).values, expected, `${period.from}..${period.to}`);
      expectValues((await summaryOf(period, { areaCode: street })).values, expected, `street ${period.from}`);
    }
  });

  it('agrees with what the scenarios are known to be', async () => {
    const sept = (await summaryOf(september)).values;
    // on-time, late, rework, holiday closed (all but the late one on time: the rework's second handling
    // has its own window, the holiday case's deadline skips 1-7 October); parked and voided are out of
    // 应结案; the hotline case is still open.
    expect(sept).toMatchObject({ reported: 8, filed: 7, voided: 1, parked: 1, shouldClose: 5, closed: 4 });
    expect(sept).toMatchObject({ closedOnTime: 3, reworks: 1, extended: 1, publicReports: 2, invalid: 1 });
    expect(sept.onTimeVerifyRate).toBe(0.5); // the verified one late, the invalid one on time
    expect(sept.missedReportRate).toBeCloseTo(1 / 7); // 1 public-first / (6 filed officer reports + 1)
    const octo = (await summaryOf(october)).values;
    expect(octo).toMatchObject({ reported: 4, rejected: 1, selfHandled: 1, closed: 1, closedOnTime: 1 });
    expect(octo.accurateDispatchRate).toBeCloseTo(2 / 3); // 3 dispatches, one returned
    expect(octo.onTimeCheckRate).toBe(0); // checked on Monday, due on the make-up Saturday
    // The holiday case: 16:00-18:00 on 30 September, then 08:00-09:00 on 8 October = 3 work hours.
    const holiday = (await recomputeOutcomes(loop.api.prisma)).find((o) => o.id === Number(ids.holiday));
    expect(holiday?.handlingMinutes).toBeCloseTo(180, 6);
    const [fact] = await loop.api.prisma.metricCaseFact.findMany({ where: { caseId: Number(ids.holiday) } });
    expect(fact?.handlingMinutes).toBeCloseTo(180, 6);
    expect(fact?.cohortDay.toISOString().slice(0, 10)).toBe('2026-09-30');
  });

  it('estimates median and p90 handling time within one histogram bucket', async () => {
    const outcomes = await outcomesIn(acrossMonths);
    const values = (await summaryOf(acrossMonths)).values;
    for (const [name, p] of [
      ['handlingHoursMedian', 0.5],
      ['handlingHoursP90', 0.9],
    ] as const) {
      const exact = exactHandlingHours(outcomes, p) as number;
      expect(Math.abs((values[name] as number) - exact), name).toBeLessThanOrEqual(0.5 + 1e-9);
    }
  });

  it('narrows to a department, an officer, a source and a community (rollups or facts)', async () => {
    const outcomes = await recomputeOutcomes(loop.api.prisma);
    const onTime = outcomes.find((o) => o.id === Number(ids.onTime)) as CaseOutcome;
    const inSept = (keep: (o: CaseOutcome) => boolean) =>
      outcomes.filter((o) => o.cohortDay >= september.from && o.cohortDay <= september.to && keep(o));
    const scopes: [Record<string, unknown>, (o: CaseOutcome) => boolean][] = [
      [{ departmentId: onTime.departmentId }, (o) => o.departmentId === onTime.departmentId],
      [{ personId: onTime.officerId }, (o) => o.officerId === onTime.officerId],
      [{ source: 'HOTLINE' }, (o) => o.source === 'HOTLINE'],
      [
        { areaCode: onTime.gridCode.slice(0, 12), categoryId: onTime.categoryId },
        (o) => o.gridCode.startsWith(onTime.gridCode.slice(0, 12)) && o.categoryId === onTime.categoryId,
      ],
      [{ areaCode: street, departmentId: onTime.departmentId }, (o) => o.departmentId === onTime.departmentId],
    ];
    for (const [scope, keep] of scopes) {
      const result = await summaryOf(september, scope);
      expectValues(result.values, expectedValues(inSept(keep)), JSON.stringify(scope));
    }
    expect((await summaryOf(september, { departmentId: onTime.departmentId })).scoreSubject).toBe('DEPARTMENT');
  });

  it('ranks departments, grids, sources and officers in tables that match the recomputation', async () => {
    const outcomes = await outcomesIn(acrossMonths);
    const groups: [string, (o: CaseOutcome) => string | null][] = [
      ['DEPARTMENT', (o) => (o.departmentId === null ? null : String(o.departmentId))],
      ['GRID', (o) => o.gridCode],
      ['SOURCE', (o) => o.source],
      ['OFFICER', (o) => (o.officerId === null ? null : String(o.officerId))],
      ['STREET', (o) => o.gridCode.slice(0, 9)],
    ];
    for (const [groupBy, keyOf] of groups) {
      const rows = (await loop.ok<{ metricTable: TableRow[] }>('leader', table, { period: acrossMonths, groupBy }))
        .metricTable;
      const keys = [...new Set(outcomes.map(keyOf).filter((key): key is string => key !== null))].sort();
      expect(rows.map((row) => row.key).sort(), groupBy).toEqual(keys);
      for (const row of rows) {
        expectValues(row.values, expectedValues(outcomes.filter((o) => keyOf(o) === row.key)), `${groupBy} ${row.key}`);
        if (row.score !== null) expect(row.grade).toBe(gradeOf(row.score));
      }
      const scored = rows.filter((row) => row.score !== null);
      expect(scored.map((row) => row.score)).toEqual(
        [...scored.map((row) => row.score)].sort((a, b) => (b ?? 0) - (a ?? 0)),
      );
      if (scored.length > 0) expect(scored[0]?.rank).toBe(1);
    }
  });

  it('gives 环比 and 同比 periods and the live overdue count', async () => {
    const result = await summaryOf(october);
    expect(result.previousPeriod).toEqual({ from: '2026-08-31', to: '2026-09-30' });
    expect(result.previous.reported).toBe(8);
    expect(result.lastYearPeriod).toEqual({ from: '2025-10-01', to: '2025-10-31' });
    expect(result.lastYear.reported).toBe(0);
    const now = loop.clock.now();
    const open = await loop.api.prisma.case.findMany({ where: { stepDeadlineAt: { lt: now } } });
    const overdue = open.filter((c) => !['CLOSED', 'VOID', 'REJECTED', 'MERGED', 'INVALID'].includes(c.status));
    expect(result.overdueNow).toBe(overdue.length);
    expect(overdue.map((c) => String(c.id))).toContain(ids.overdue);
  });

  it('trends per day and counts hotspots that add up to the reports', async () => {
    const trend = await loop.ok<{ metricTrend: { start: string; values: { reported: number } }[] }>(
      'leader',
      `query($p: MetricPeriodInput!) { metricTrend(period: $p, bucket: DAY) { start values { reported } } }`,
      { p: acrossMonths },
    );
    const outcomes = await outcomesIn(acrossMonths);
    expect(trend.metricTrend).toHaveLength(35);
    for (const point of trend.metricTrend) {
      expect(point.values.reported, point.start).toBe(outcomes.filter((o) => o.cohortDay === point.start).length);
    }
    const hot = await loop.ok<{ hotspots: { bins: { cases: number }[]; topGrids: { cases: number }[] } }>(
      'leader',
      `query($p: MetricPeriodInput!) { hotspots(period: $p, binMeters: 100) { bins { lng lat cases } topGrids { key cases } } }`,
      { p: acrossMonths },
    );
    expect(hot.hotspots.bins.reduce((sum, bin) => sum + bin.cases, 0)).toBe(outcomes.length);
    expect(hot.hotspots.topGrids.reduce((sum, grid) => sum + grid.cases, 0)).toBe(outcomes.length);
  });

  it('counts nothing twice: refreshing again changes nothing, new events move only their case', {
    timeout: 300_000,
  }, async () => {
    const before = await rollupSnapshot();
    await drainMetrics();
    expect((await refreshMetrics(loop.api.prisma)).events).toBe(0);
    expect(await rollupSnapshot()).toEqual(before);
    // The parked case is restored and handled: its September counts change, nothing else.
    await walk(ids.parked as string, [
      ['2026-10-12T18:40', 'dispatcher', 'RESTORE'],
      ['2026-10-12T18:50', 'handler', 'HANDLE', { note: '已处理' }],
    ]);
    expect(await drainMetrics()).toBe(2);
    expectValues((await summaryOf(september)).values, expectedValues(await outcomesIn(september)), 'after restore');
    expect((await summaryOf(september)).values.parked).toBe(0);
  });

  it('rebuilds to exactly what the incremental refreshes built, and resumes after it', {
    timeout: 300_000,
  }, async () => {
    const incremental = await rollupSnapshot();
    const rebuilt = await rebuildMetrics(loop.api.prisma);
    expect(rebuilt.cases).toBe(Object.keys(ids).length);
    expect(await rollupSnapshot()).toEqual(incremental);
    // Events the rebuild may already have counted are read again after it: harmless.
    await drainMetrics();
    expect(await rollupSnapshot()).toEqual(incremental);
    await markMetricsCaughtUp(loop.api.prisma);
    expect((await refreshMetrics(loop.api.prisma)).events).toBe(0);
  });
});

describe('metric access and bad input', () => {
  const ask = (role: DemoRole, variables: Record<string, unknown>) => loop.as<Summary>(role, summary, variables);

  it('answers LEADER and ADMIN only', async () => {
    for (const role of ['officer', 'operator', 'dispatcher', 'handler'] as const) {
      expect((await ask(role, { period: september })).code, role).toBe('FORBIDDEN');
    }
    expect((await ask('admin', { period: september })).code).toBeUndefined();
  });

  it('refuses malformed, reversed, too long and unknown input with codes', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ period: { from: '2026-10-01', to: '2026-09-01' } }, 'BAD_REQUEST'],
      [{ period: { from: '2026-02-30', to: '2026-03-01' } }, 'BAD_REQUEST'],
      [{ period: { from: '2020-01-01', to: '2026-01-01' } }, 'BAD_REQUEST'],
      [{ period: september, scope: { areaCode: '31x' } }, 'BAD_REQUEST'],
      [{ period: september, scope: { areaCode: '310101999' } }, 'NOT_FOUND'],
      [{ period: september, scope: { departmentId: 999_999 } }, 'NOT_FOUND'],
      [{ period: september, scope: { departmentId: 1, source: 'HOTLINE' } }, 'BAD_REQUEST'],
    ];
    for (const [variables, code] of cases) {
      expect((await ask('leader', variables)).code, JSON.stringify(variables)).toBe(code);
    }
    const badBins = await loop.as(
      'leader',
      `query($p: MetricPeriodInput!) { hotspots(period: $p, binMeters: 1) { bins { cases } } }`,
      {
        p: september,
      },
    );
    expect(badBins.code).toBe('BAD_REQUEST');
  });

  it('lets admins change the weights, audited, and the score follows', async () => {
    const setWeights = `mutation($s: ScoreSubject!, $w: [MetricWeightInput!]!) {
      setMetricWeights(subject: $s, weights: $w, reason: "考核办法调整") { subject weights { metric weight } } }`;
    expect((await loop.as('leader', setWeights, { s: 'REGION', w: [{ metric: 'closeRate', weight: 1 }] })).code).toBe(
      'FORBIDDEN',
    );
    for (const w of [
      [{ metric: 'reported', weight: 1 }],
      [{ metric: 'closeRate', weight: -1 }],
      [{ metric: 'closeRate', weight: 0 }],
    ]) {
      expect((await loop.as('admin', setWeights, { s: 'REGION', w })).code, JSON.stringify(w)).toBe('BAD_REQUEST');
    }
    await loop.ok('admin', setWeights, { s: 'REGION', w: [{ metric: 'closeRate', weight: 1 }] });
    const result = await summaryOf(september);
    expect(result.score).toBeCloseTo((result.values.closeRate as number) * 100, 2);
    const audit = await loop.api.prisma.auditEvent.findFirst({ where: { action: 'SET_METRIC_WEIGHTS' } });
    expect(audit).toMatchObject({ entityId: 'REGION', reason: '考核办法调整' });
  });
});

/**
 * Refreshes until the log is read to its end. The consumer only reads transactions older than the
 * oldest one still running, so a call may leave events for the next (and may read again events a
 * rebuild already counted, which must change nothing).
 */
async function drainMetrics(): Promise<number> {
  // Transaction ids are cluster-wide: a long transaction in another database on the same server
  // holds the horizon back too, so wait for the events written here to become readable.
  const [{ last } = { last: '0' }] = await loop.api.prisma.$queryRaw<{ last: string }[]>`
    SELECT coalesce(max(xid)::text, '0') AS last FROM case_event`;
  let events = 0;
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    const refreshed = await refreshMetrics(loop.api.prisma);
    events += refreshed.events;
    const [position] = await loop.api.prisma.$queryRaw<{ isPast: boolean }[]>`
      SELECT watermark > ${last}::xid8 AS "isPast" FROM event_consumer WHERE name = 'metrics'`;
    if (position?.isPast && !refreshed.more) return events;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the metrics consumer did not catch up');
}

async function rollupSnapshot() {
  const rows = await loop.api.prisma.metricRollup.findMany({
    where: { reported: { not: 0 } },
    orderBy: [{ dimension: 'asc' }, { area: 'asc' }, { key: 'asc' }, { grain: 'asc' }, { period: 'asc' }],
  });
  const buckets = await loop.api.prisma.metricHandlingHistogram.findMany({
    where: { cases: { not: 0 } },
    orderBy: [
      { dimension: 'asc' },
      { area: 'asc' },
      { key: 'asc' },
      { grain: 'asc' },
      { period: 'asc' },
      { bucket: 'asc' },
    ],
  });
  return {
    rows: rows.map((row) => ({ ...row, handlingMinutes: Math.round(row.handlingMinutes * 1000) / 1000 })),
    buckets,
  };
}

function gradeOf(score: number): string {
  return score >= 90 ? 'A' : score >= 75 ? 'B' : score >= 60 ? 'C' : score >= 40 ? 'D' : 'E';
}
