import type { Measurement } from './measure.js';

export interface Comparison {
  suite: string;
  baseline: Measurement;
  candidate: Measurement;
  /** candidate throughput / baseline throughput, both measured in the same run. */
  throughputRatio: number;
  /** candidate p50 − baseline p50, in milliseconds: the overhead per operation. */
  p50OverheadMs: number;
}

export function compare(suite: string, baseline: Measurement, candidate: Measurement): Comparison {
  return {
    suite,
    baseline,
    candidate,
    throughputRatio: candidate.opsPerSecond / baseline.opsPerSecond,
    p50OverheadMs: candidate.p50Ms - baseline.p50Ms,
  };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** candidate's throughput over baseline's, as the ratio lines print it. */
export function ratioOf(candidate: Measurement, baseline: Measurement): string {
  return (candidate.opsPerSecond / baseline.opsPerSecond).toFixed(2);
}

/** One measurement on one line: name, throughput, p50, p95, operations. */
export function formatMeasurement(m: Measurement): string {
  return `${m.name.padEnd(44)} ${fixed(m.opsPerSecond).padStart(9)} ops/s  p50 ${fixed(m.p50Ms, 2).padStart(7)} ms  p95 ${fixed(m.p95Ms, 2).padStart(7)} ms  (${m.operations} ops)`;
}

/** One block per comparison; the ratio line is what notes and reviews quote. */
export function formatComparison({ suite, baseline, candidate, throughputRatio, p50OverheadMs }: Comparison): string {
  const row = (m: Measurement) => `  ${formatMeasurement(m)}`;
  return [
    `${suite}`,
    row(baseline),
    row(candidate),
    `  ratio: ${throughputRatio.toFixed(2)}× baseline throughput, p50 overhead ${p50OverheadMs.toFixed(2)} ms`,
  ].join('\n');
}
