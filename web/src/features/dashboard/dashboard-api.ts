import { graphqlRequest } from '../../api/graphql-client';
import type { Period } from './dashboard-period';
import type {
  AreaWithChildren,
  Hotspots,
  MetricDefinition,
  MetricGroupBy,
  MetricSummary,
  MetricTableRow,
  MetricTrendPoint,
  OverdueCase,
  TrendBucket,
} from './dashboard-types';

/**
 * The dashboard's reads, one function per query (see api/schema.graphql and docs/metrics.md).
 * Every metric query is scoped to one area: the dashboard shows an area, never a department's or
 * a person's slice, so the scope is always `{ areaCode }`.
 */

/** Every field of `MetricValues`: cards and tables pick theirs by the names `metricDefinitions` gives. */
const VALUES = /* GraphQL */ `{
  reported officerReports publicReports accepted rejected merged invalid selfHandled filed voided parked
  shouldClose dispatched handled closed closedOnTime reworks extended closeRate onTimeCloseRate
  onTimeHandleRate reworkRate onTimeDispatchRate accurateDispatchRate validReportRate onTimeVerifyRate
  onTimeCheckRate missedReportRate extensionRate handlingHoursMean handlingHoursMedian handlingHoursP90
}`;

/** The city's time zone (the work calendar's): the one metrics date cases in. */
export async function fetchCityTimeZone(signal: AbortSignal): Promise<string> {
  const query = '{ workCalendar { timeZone } }';
  return (await graphqlRequest<{ workCalendar: { timeZone: string } }>(query, undefined, { signal })).workCalendar
    .timeZone;
}

export async function fetchMetricDefinitions(signal: AbortSignal): Promise<MetricDefinition[]> {
  const query = '{ metricDefinitions { name zh en kind isLowerBetter description } }';
  return (await graphqlRequest<{ metricDefinitions: MetricDefinition[] }>(query, undefined, { signal }))
    .metricDefinitions;
}

export async function fetchMetricSummary(areaCode: string, period: Period, signal: AbortSignal) {
  const query = /* GraphQL */ `
    query DashboardSummary($period: MetricPeriodInput!, $scope: MetricScopeInput) {
      metrics(period: $period, scope: $scope) {
        period { from to } previousPeriod { from to } lastYearPeriod { from to }
        values ${VALUES} previous ${VALUES} lastYear ${VALUES}
        overdueNow score grade
      }
    }`;
  const data = await graphqlRequest<{ metrics: MetricSummary }>(query, { period, scope: { areaCode } }, { signal });
  return data.metrics;
}

export async function fetchMetricTable(
  groupBy: MetricGroupBy,
  areaCode: string,
  period: Period,
  signal: AbortSignal,
): Promise<MetricTableRow[]> {
  const query = /* GraphQL */ `
    query DashboardTable($groupBy: MetricGroupBy!, $period: MetricPeriodInput!, $within: MetricScopeInput) {
      metricTable(groupBy: $groupBy, period: $period, within: $within) {
        key name rank score previousScore grade values ${VALUES}
      }
    }`;
  const variables = { groupBy, period, within: { areaCode } };
  return (await graphqlRequest<{ metricTable: MetricTableRow[] }>(query, variables, { signal })).metricTable;
}

export async function fetchMetricTrend(
  bucket: TrendBucket,
  areaCode: string,
  period: Period,
  signal: AbortSignal,
): Promise<MetricTrendPoint[]> {
  const query = /* GraphQL */ `
    query DashboardTrend($bucket: TrendBucket!, $period: MetricPeriodInput!, $scope: MetricScopeInput) {
      metricTrend(bucket: $bucket, period: $period, scope: $scope) { start values ${VALUES} }
    }`;
  const variables = { bucket, period, scope: { areaCode } };
  return (await graphqlRequest<{ metricTrend: MetricTrendPoint[] }>(query, variables, { signal })).metricTrend;
}

export async function fetchHotspots(
  areaCode: string,
  period: Period,
  binMeters: number,
  signal: AbortSignal,
): Promise<Hotspots> {
  const query = /* GraphQL */ `
    query DashboardHotspots($period: MetricPeriodInput!, $scope: MetricScopeInput, $binMeters: Float) {
      hotspots(period: $period, scope: $scope, binMeters: $binMeters) {
        bins { lat lng cases } topGrids { key name cases } topCategories { key name cases }
      }
    }`;
  const variables = { period, scope: { areaCode }, binMeters };
  return (await graphqlRequest<{ hotspots: Hotspots }>(query, variables, { signal })).hotspots;
}

export async function fetchOverdueCases(areaCode: string, limit: number, signal: AbortSignal) {
  const query = /* GraphQL */ `
    query DashboardOverdue($limit: Int, $scope: MetricScopeInput) {
      overdueCases(limit: $limit, scope: $scope) {
        count cases { id code categoryName departmentName gridCode status step stepDeadlineAt }
      }
    }`;
  const variables = { limit, scope: { areaCode } };
  return (await graphqlRequest<{ overdueCases: { count: number; cases: OverdueCase[] } }>(query, variables, { signal }))
    .overdueCases;
}

/** An area and its children, for the area picker; null for an unknown code. */
export async function fetchArea(code: string, signal: AbortSignal): Promise<AreaWithChildren | null> {
  const query =
    'query DashboardArea($code: String!) { area(code: $code) { code name level parent { code } children { code name level } } }';
  return (await graphqlRequest<{ area: AreaWithChildren | null }>(query, { code }, { signal })).area;
}
