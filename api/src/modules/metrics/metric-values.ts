import { handlingBucketEdges, type MetricCounts, type MetricRow, metricCounters } from '@gridloop/prisma';
import { metricDefinitions } from './metric-definitions.js';

/** Metric name → value: counts, ratios 0..1, working hours; null when there is no basis. */
export type MetricValues = Record<string, number | null>;

/** Counters of no cases at all (an area or period without reports). */
export function emptyCounts(): MetricCounts {
  const counts = Object.fromEntries(metricCounters.map((counter) => [counter, 0])) as MetricCounts;
  return { ...counts, handlingMinutes: 0, handlingCases: 0 };
}

/** Every metric of `metricDefinitions` from one group's counters and handling histogram. */
export function metricValuesOf(row: Pick<MetricRow, 'counts' | 'histogram'> | undefined): MetricValues {
  const counts = row?.counts ?? emptyCounts();
  const histogram = row?.histogram ?? new Map<number, number>();
  const values: MetricValues = {};
  for (const definition of metricDefinitions) {
    if (definition.kind === 'COUNT') values[definition.name] = definition.numerator?.(counts) ?? 0;
    if (definition.kind === 'RATE') {
      const denominator = definition.denominator?.(counts) ?? 0;
      values[definition.name] = denominator > 0 ? (definition.numerator?.(counts) ?? 0) / denominator : null;
    }
  }
  values.handlingHoursMean = counts.handlingCases > 0 ? counts.handlingMinutes / counts.handlingCases / 60 : null;
  // One handled case is its own median and p90: the exact mean, not a point inside its bucket.
  const single = counts.handlingCases === 1 ? counts.handlingMinutes : null;
  values.handlingHoursMedian = single ?? percentileMinutes(histogram, 0.5);
  values.handlingHoursP90 = single ?? percentileMinutes(histogram, 0.9);
  for (const name of ['handlingHoursMedian', 'handlingHoursP90']) {
    const minutes = values[name];
    values[name] = minutes === null || minutes === undefined ? null : minutes / 60;
  }
  return values;
}

/**
 * The p-quantile of handling minutes from bucket counts, interpolated linearly inside its bucket
 * (the open last bucket answers its lower edge). Null without closed cases.
 */
export function percentileMinutes(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((sum, cases) => sum + cases, 0);
  if (total === 0) return null;
  const rank = p * total;
  let below = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    const cases = histogram.get(bucket) ?? 0;
    if (below + cases >= rank && cases > 0) {
      const lower = handlingBucketEdges[bucket - 1] ?? 0;
      const upper = handlingBucketEdges[bucket];
      if (upper === undefined) return lower;
      return lower + ((rank - below) / cases) * (upper - lower);
    }
    below += cases;
  }
  return handlingBucketEdges.at(-1) ?? null;
}
