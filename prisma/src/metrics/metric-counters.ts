/**
 * The counters every per-case fact row carries and every rollup row sums (docs/metrics.md defines
 * each). One list, so the fact table, the rollups, the incremental diff and the readers can never
 * disagree on a column.
 */
export const metricCounters = [
  'reported',
  'officerReports',
  'validOfficerReports',
  'publicReports',
  'publicFirst',
  'verifies',
  'verifiesOnTime',
  'accepted',
  'rejected',
  'merged',
  'invalid',
  'selfHandled',
  'filed',
  'voided',
  'parked',
  'dispatched',
  'dispatches',
  'dispatchesOnTime',
  'wrongDispatches',
  'handled',
  'handles',
  'handlesOnTime',
  'reworks',
  'checks',
  'checksOnTime',
  'extended',
  'closed',
  'closedOnTime',
] as const;

export type MetricCounter = (typeof metricCounters)[number];

/** Summed counters of a set of cases, plus the handling-time totals of the closed ones. */
export type MetricCounts = Record<MetricCounter, number> & {
  handlingMinutes: number;
  handlingCases: number;
};

/** The snake_case column of a counter (the tables' naming). */
export function counterColumn(counter: MetricCounter): string {
  return counter.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Lower edges, in working minutes, of the handling-time histogram buckets (bucket n covers
 * [edge n-1, edge n); the last is open-ended). Resolution: 30 minutes up to 16 working hours,
 * 4 hours up to 80, one work day (8 hours) up to 400. Median and p90 interpolate inside a bucket,
 * so they are within one bucket's width of the exact value.
 */
export const handlingBucketEdges: readonly number[] = [
  ...Array.from({ length: 33 }, (_, i) => i * 30),
  ...Array.from({ length: 16 }, (_, i) => 960 + (i + 1) * 240),
  ...Array.from({ length: 40 }, (_, i) => 4800 + (i + 1) * 480),
];

/** The histogram bucket (1-based, as SQL width_bucket numbers it) of a handling time. */
export function handlingBucketOf(minutes: number): number {
  let bucket = 0;
  while (bucket < handlingBucketEdges.length && (handlingBucketEdges[bucket] as number) <= minutes) bucket += 1;
  return Math.max(bucket, 1);
}
