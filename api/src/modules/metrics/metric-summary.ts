import type { DateRange, PrismaClient } from '@gridloop/prisma';
import type { Viewer } from '../auth/viewer.js';
import { compositeScore, type Grade, gradeOf, type ScoreSubject } from './composite-score.js';
import { previousPeriod, samePeriodLastYear, validPeriod } from './metric-period.js';
import { type MetricScope, type MetricScopeInput, resolveMetricScope } from './metric-scope.js';
import { type MetricValues, metricValuesOf } from './metric-values.js';
import { currentMetricWeights } from './metric-weights-service.js';
import { overdueCaseWhere } from './overdue-cases.js';
import { selectScopeRows } from './scope-rows.js';

export interface MetricSummary {
  period: DateRange;
  scope: MetricScope;
  values: MetricValues;
  /** 环比: the same metrics over the period of equal length just before. */
  previousPeriod: DateRange;
  previous: MetricValues;
  /** 同比: the same dates a year earlier. */
  lastYearPeriod: DateRange;
  lastYear: MetricValues;
  /** Open cases of the scope past their step deadline right now. */
  overdueNow: number;
  scoreSubject: ScoreSubject;
  score: number | null;
  grade: Grade | null;
}

/** Which weights rate a scope: a department's, an officer's, or an area's. */
export function scoreSubjectOf(scope: MetricScope): ScoreSubject {
  if (scope.subject?.dimension === 'DEPARTMENT') return 'DEPARTMENT';
  if (scope.subject?.dimension === 'OFFICER') return 'OFFICER';
  return 'REGION';
}

/** Every metric of one scope and period, with 环比, 同比, overdue now and the composite score. */
export async function metricSummary(
  prisma: PrismaClient,
  viewer: Viewer,
  request: { period: DateRange; scope?: MetricScopeInput | null; now: Date },
): Promise<MetricSummary> {
  const period = validPeriod(request.period);
  const scope = await resolveMetricScope(prisma, viewer, request.scope);
  const before = previousPeriod(period);
  const lastYearPeriod = samePeriodLastYear(period);
  const [current, previous, lastYear, overdueNow, weights] = await Promise.all([
    selectScopeRows(prisma, scope, period, 'TOTAL'),
    selectScopeRows(prisma, scope, before, 'TOTAL'),
    selectScopeRows(prisma, scope, lastYearPeriod, 'TOTAL'),
    prisma.case.count({ where: overdueCaseWhere(scope, request.now) }),
    currentMetricWeights(prisma),
  ]);
  const values = metricValuesOf(current[0]);
  const scoreSubject = scoreSubjectOf(scope);
  const score = compositeScore(values, weights[scoreSubject]);
  return {
    period,
    scope,
    values,
    previousPeriod: before,
    previous: metricValuesOf(previous[0]),
    lastYearPeriod,
    lastYear: metricValuesOf(lastYear[0]),
    overdueNow,
    scoreSubject,
    score,
    grade: score === null ? null : gradeOf(score),
  };
}
