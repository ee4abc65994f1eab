import type { DateRange } from '@gridloop/prisma';
import { startServingApis } from '../fixtures/serving-apis.js';
import { benchGraphql } from '../harness/bench-graphql.js';
import { type Measurement, measure } from '../harness/measure.js';
import { formatMeasurement } from '../harness/report.js';

/** The latency goal for every dashboard query at 10^7 cases. */
export const dashboardP95GoalMs = 50;

const values = 'reported filed closed closedOnTime closeRate onTimeCloseRate onTimeHandleRate handlingHoursMean';

/** What the leader dashboard asks for one district and month, one GraphQL operation each. */
export function dashboardQueries(
  period: DateRange,
  district: string,
  street: string,
): { name: string; query: string; variables: Record<string, unknown> }[] {
  const inDistrict = { period, scope: { areaCode: district } };
  const rankingIn = (groupBy: 'STREET' | 'DEPARTMENT') => ({
    name: `metricTable ${groupBy} in district`,
    query: `query($period: MetricPeriodInput!, $within: MetricScopeInput) {
      metricTable(period: $period, groupBy: ${groupBy}, within: $within) {
        key name values { ${values} } score grade rank previousScore } }`,
    variables: { period, within: { areaCode: district } },
  });
  return [
    {
      name: 'metrics district × month (环比, 同比)',
      query: `query($period: MetricPeriodInput!, $scope: MetricScopeInput) { metrics(period: $period, scope: $scope) {
        values { ${values} handlingHoursMedian handlingHoursP90 } previous { ${values} } lastYear { ${values} }
        overdueNow score grade } }`,
      variables: inDistrict,
    },
    rankingIn('STREET'),
    {
      name: 'metricTrend DAY over the month',
      query: `query($period: MetricPeriodInput!, $scope: MetricScopeInput) {
        metricTrend(period: $period, bucket: DAY, scope: $scope) { start values { ${values} } } }`,
      variables: inDistrict,
    },
    rankingIn('DEPARTMENT'),
    {
      name: 'hotspots street × month (200 m)',
      query: `query($period: MetricPeriodInput!, $scope: MetricScopeInput) { hotspots(period: $period, scope: $scope) {
        bins { lng lat cases } topGrids { key name cases } topCategories { key name cases } } }`,
      variables: { period, scope: { areaCode: street } },
    },
    {
      name: 'overdueCases district (50)',
      query: `query($scope: MetricScopeInput) { overdueCases(scope: $scope) {
        count cases { id code status step stepDeadlineAt gridCode departmentName categoryName } } }`,
      variables: { scope: { areaCode: district } },
    },
  ];
}

export interface DashboardResult {
  /** Per query: latency with one client, and throughput with four. */
  latency: Measurement[];
  throughput: Measurement[];
  /** The six queries sent together, as the dashboard page does, one client. */
  page: Measurement;
}

/**
 * Every dashboard query through GraphQL over HTTP against one API process of its own (as
 * deployed), signed in with `token`: latency one request at a time, then throughput four at a
 * time, then the whole page (all six at once). Each query must answer without errors and with
 * data, or the figures would time error responses.
 */
export async function measureDashboard(
  databaseUrl: string,
  token: string,
  queries: ReturnType<typeof dashboardQueries>,
  seconds: number,
): Promise<DashboardResult> {
  const apis = await startServingApis(databaseUrl, 1);
  try {
    const send = async ({ query, variables, name }: (typeof queries)[number]) => {
      const body = await benchGraphql<Record<string, unknown>>(apis.nextBaseUrl(), query, variables, token);
      if (body.errors?.length || !body.data) throw new Error(`${name} failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    for (const query of queries) console.log(`metrics: ${query.name} answers ${summaryOf(await send(query))}`);
    const latency: Measurement[] = [];
    const throughput: Measurement[] = [];
    for (const query of queries) {
      const measured = await measure(`${query.name} (-c 1)`, () => send(query), { seconds, concurrency: 1 });
      console.log(`  ${formatMeasurement(measured)}`);
      latency.push(measured);
    }
    for (const query of queries) {
      const measured = await measure(`${query.name} (-c 4)`, () => send(query), { seconds, concurrency: 4 });
      console.log(`  ${formatMeasurement(measured)}`);
      throughput.push(measured);
    }
    const page = await measure('whole dashboard page (6 at once, -c 1)', () => Promise.all(queries.map(send)), {
      seconds,
      concurrency: 1,
      warmup: 5,
    });
    console.log(`  ${formatMeasurement(page)}`);
    return { latency, throughput, page };
  } finally {
    await apis.stop();
  }
}

/** A line saying the answer is not empty: the size of its first list, or its first numbers. */
function summaryOf(data: Record<string, unknown>): string {
  const [field, value] = Object.entries(data)[0] ?? ['?', null];
  if (Array.isArray(value)) return `${value.length} rows`;
  const record = (value ?? {}) as Record<string, unknown>;
  const parts = Object.entries(record).map(([key, inner]) => {
    if (Array.isArray(inner)) return `${key} ${inner.length}`;
    if (inner && typeof inner === 'object' && 'reported' in inner) return `${key}.reported ${String(inner.reported)}`;
    return typeof inner === 'object' ? undefined : `${key} ${String(inner)}`;
  });
  return `${field}: ${parts.filter(Boolean).join(', ')}`;
}
