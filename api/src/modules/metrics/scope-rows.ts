import {
  type AreaDimension,
  areaCodeLength,
  areaDimensionOf,
  areaDimensions,
  type DateRange,
  type MetricDimension,
  type MetricGrouping,
  type MetricRow,
  type PrismaClient,
  selectFactRows,
  selectMetricRows,
} from '@gridloop/prisma';
import type { MetricScope } from './metric-scope.js';

const isAreaDimension = (dimension: MetricDimension): dimension is AreaDimension =>
  (areaDimensions as readonly string[]).includes(dimension);

/**
 * The stored area subject rollups are kept for, when `prefix` is one: '' stands for the whole
 * deployment (one city), a district or a street is stored as such; communities and grids are not.
 */
function storedSubjectArea(prefix: string): string | undefined {
  if (prefix.length < 6) return '';
  return prefix.length === 6 || prefix.length === 9 ? prefix : undefined;
}

/**
 * Summed counters of one scope, as one total or per time bucket: from the rollups whenever they
 * hold the scope (any area; a subject within a district, a street or everywhere), else from the
 * per-case facts of the (small) community or grid.
 */
export function selectScopeRows(
  prisma: PrismaClient,
  scope: MetricScope,
  period: DateRange,
  grouping: Exclude<MetricGrouping, 'KEY'>,
): Promise<MetricRow[]> {
  const prefix = scope.gridCodePrefix;
  if (!scope.subject) {
    const dimension = areaDimensionOf(prefix);
    return dimension
      ? selectMetricRows(prisma, { dimension, area: '', key: prefix, period, grouping })
      : selectMetricRows(prisma, { dimension: 'DISTRICT', area: '', keyPrefix: prefix, period, grouping });
  }
  const area = storedSubjectArea(prefix);
  return area === undefined
    ? selectFactRows(prisma, { gridCodePrefix: prefix, subject: scope.subject, period, grouping })
    : selectMetricRows(prisma, { dimension: scope.subject.dimension, area, key: scope.subject.key, period, grouping });
}

/** Summed counters per key of `groupBy` within a scope (a ranking table), rollups where they serve. */
export function selectGroupedRows(
  prisma: PrismaClient,
  scope: MetricScope,
  groupBy: MetricDimension,
  period: DateRange,
): Promise<MetricRow[]> {
  const prefix = scope.gridCodePrefix;
  if (!scope.subject) {
    if (isAreaDimension(groupBy) && areaCodeLength[groupBy] >= prefix.length) {
      return selectMetricRows(prisma, { dimension: groupBy, area: '', keyPrefix: prefix, period, grouping: 'KEY' });
    }
    const area = storedSubjectArea(prefix);
    if (!isAreaDimension(groupBy) && area !== undefined) {
      return selectMetricRows(prisma, { dimension: groupBy, area, period, grouping: 'KEY' });
    }
  }
  return selectFactRows(prisma, {
    gridCodePrefix: prefix,
    ...(scope.subject && { subject: scope.subject }),
    groupDimension: groupBy,
    period,
    grouping: 'KEY',
  });
}
