import type { DateRange, PrismaClient } from '@gridloop/prisma';
import { graphqlAs } from '../../src/fixtures/auth-test-api.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { signInBenchOfficer } from '../fixtures/bench-officer.js';
import { coveredDistrictBoxes } from '../fixtures/covered-boxes.js';
import { ensureMetricsHistory } from '../fixtures/metrics-history.js';
import { type Comparison, compare } from '../harness/report.js';
import { dashboardP95GoalMs, dashboardQueries, measureDashboard } from './metrics-dashboard.js';
import { measureRefreshThroughput, measureStaleness, stalenessGoalSeconds } from './metrics-freshness.js';
import { assertSameStreetFigures, measureRollupPath, rollupSpeedupGoal } from './metrics-rollup-path.js';

/** 10^6 by default (the history loads at ~10,000–18,000 cases/s here, ~10 min at 10^7 and ~14 min to roll up); the scale is 10^7. */
const caseCount = Number(process.env.BENCH_METRICS_CASES ?? 1_000_000);
/** Events the rollup job re-reads for its throughput. */
const refreshEvents = Number(process.env.BENCH_METRICS_REFRESH_EVENTS ?? 50_000);
/** How long intake runs while staleness is sampled. */
const loadSeconds = Number(process.env.BENCH_METRICS_LOAD_SECONDS ?? 20);
const timeZone = process.env.TIME_ZONE ?? 'Asia/Shanghai';
/** 施工扰民 (0301): no photo required, so a report is plain JSON. */
const minorClass = '施工扰民';

/**
 * The leader dashboard over a synthetic history of `BENCH_METRICS_CASES` cases (whole city, three
 * years up to today): (1) each dashboard query through GraphQL over HTTP as the demo admin, p50/p95
 * one at a time and throughput four at a time, for the busiest district and its busiest street in
 * the last whole month (goal p95 ≤ 50 ms at 10^7 cases); (2) the street table from the rollups
 * against a raw GROUP BY over case_record + case_event, same figures asserted first (goal ≥ 100×,
 * the returned comparison); (3) the rollup job's throughput, re-reading the newest events; (4) the
 * rollups' staleness while officers report at full speed (goal ≤ 60 s).
 */
export async function benchMetrics(api: InProcessApi, seconds: number, databaseUrl: string): Promise<Comparison> {
  const history = await ensureMetricsHistory(databaseUrl, api.prisma, { count: caseCount, timeZone });
  const month = lastWholeMonth(history.today);
  const { district, street } = await busiestDistrictAndStreet(api.prisma, month);
  const title =
    `metrics: leader dashboard at ${history.historyCases} history cases (BENCH_METRICS_CASES=${caseCount}; ` +
    `${history.cases} cases, ${history.events} events in all), district ${district}, street ${street}, ` +
    `${month.from}..${month.to}`;
  console.log(`${title}\n`);

  const adminToken = await signInAdmin(api.baseUrl);
  const dashboard = await measureDashboard(databaseUrl, adminToken, dashboardQueries(month, district, street), seconds);
  const worst = dashboard.latency.reduce((a, b) => (b.p95Ms > a.p95Ms ? b : a));
  console.log(
    `metrics: slowest dashboard query p95 ${worst.p95Ms.toFixed(2)} ms (${worst.name}); goal ≤ ${dashboardP95GoalMs} ms ` +
      `at 10^7 cases; whole page p95 ${dashboard.page.p95Ms.toFixed(2)} ms\n`,
  );

  const figures = await assertSameStreetFigures(api.prisma, district, month, timeZone);
  const streetCases = figures.reduce((sum, row) => sum + row.filed, 0);
  console.log(`metrics: rollup and raw GROUP BY agree on ${figures.length} streets (${streetCases} filed cases)`);
  const { baseline, candidate } = await measureRollupPath(api.prisma, district, month, timeZone, seconds);

  const refresh = await measureRefreshThroughput(api.prisma, refreshEvents, timeZone);
  await assertSameStreetFigures(api.prisma, district, month, timeZone);
  console.log(
    `metrics: rollup job re-read ${refresh.events} events of ${refresh.cases} cases in ${refresh.batches} batches, ` +
      `${refresh.seconds.toFixed(1)} s: ${Math.round(refresh.events / refresh.seconds)} events/s, ` +
      `${Math.round(refresh.cases / refresh.seconds)} cases/s (rollups unchanged after)`,
  );

  const officer = await signInBenchOfficer(api);
  const { id: filingConditionId } = await api.prisma.filingCondition.findFirstOrThrow({
    where: { category: { name: minorClass, level: 'MINOR' }, requiresPhoto: false, isActive: true },
    orderBy: { code: 'asc' },
  });
  const boxes = await coveredDistrictBoxes(api.prisma);
  const staleness = await measureStaleness(
    databaseUrl,
    { officerToken: officer.token, filingConditionId, boxes },
    loadSeconds,
  );
  const caughtUp =
    staleness.caughtUpAfterSeconds === null
      ? 'not caught up 60 s after'
      : `caught up ${staleness.caughtUpAfterSeconds.toFixed(1)} s after the load`;
  console.log(
    `metrics: staleness under intake (${staleness.reports} reports in ${staleness.loadSeconds.toFixed(1)} s, ` +
      `${(staleness.reports / staleness.loadSeconds).toFixed(0)}/s, job worker in the API process): ` +
      `max ${staleness.maxSeconds.toFixed(1)} s, p95 ${staleness.p95Seconds.toFixed(1)} s over ` +
      `${staleness.samples.length} samples; ${caughtUp}; goal ≤ ${stalenessGoalSeconds} s`,
  );
  console.log(`  samples (s): ${staleness.samples.map((value) => value.toFixed(1)).join(' ')}\n`);

  return compare(
    `${title}\nmetrics: street table (filed, closed, on time, handling mean) from the rollups vs a raw GROUP BY ` +
      `over case_record + case_event, -c 4; goal ≥ ${rollupSpeedupGoal}×`,
    baseline,
    candidate,
  );
}

/** The whole calendar month before the one `today` is in. */
function lastWholeMonth(today: string): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** The district with the most cases in the month, and its street with the most: the heaviest pages. */
async function busiestDistrictAndStreet(
  prisma: PrismaClient,
  month: DateRange,
): Promise<{ district: string; street: string }> {
  const [row] = await prisma.$queryRaw<{ district: string; street: string }[]>`
    WITH district AS (
      SELECT key FROM metric_rollup
      WHERE dimension = 'DISTRICT' AND area = '' AND grain = 'M' AND period = ${month.from}::date
      ORDER BY reported DESC, key LIMIT 1)
    SELECT d.key AS district, s.key AS street FROM district d
    JOIN metric_rollup s ON s.dimension = 'STREET' AND s.area = '' AND s.grain = 'M' AND s.period = ${month.from}::date
      AND s.key LIKE d.key || '%'
    ORDER BY s.reported DESC, s.key LIMIT 1`;
  if (!row) throw new Error(`the rollups hold no cases in ${month.from}..${month.to}`);
  return row;
}

/** The demo 管理员 (api/src/seed/demo-users.ts), signed in through GraphQL like the web app. */
async function signInAdmin(baseUrl: string): Promise<string> {
  const response = await graphqlAs<{ signIn: { token: string } }>(
    baseUrl,
    'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: 'admin', p: 'admin-demo' },
  );
  const token = response.body.data?.signIn.token;
  if (!token) throw new Error(`the demo admin could not sign in: ${JSON.stringify(response.body.errors)}`);
  return token;
}
