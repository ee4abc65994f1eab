import { metricDefinitionByName } from './metric-definitions.js';
import type { MetricValues } from './metric-values.js';

/** Whose performance a score rates: an area, a department or an officer. */
export type ScoreSubject = 'REGION' | 'DEPARTMENT' | 'OFFICER';

export const scoreSubjects: readonly ScoreSubject[] = ['REGION', 'DEPARTMENT', 'OFFICER'];

/** Rate name → weight. Weights are relative: a score divides by the weights it could use. */
export type MetricWeights = Record<string, number>;

/**
 * The weights a deployment starts with (admins change them: setMetricWeights). Regions answer for
 * the whole loop, departments for handling, officers for finding and verifying problems.
 */
export const defaultMetricWeights: Record<ScoreSubject, MetricWeights> = {
  REGION: {
    closeRate: 20,
    onTimeCloseRate: 25,
    onTimeHandleRate: 20,
    onTimeDispatchRate: 10,
    accurateDispatchRate: 10,
    reworkRate: 10,
    missedReportRate: 5,
  },
  DEPARTMENT: { onTimeHandleRate: 40, closeRate: 20, onTimeCloseRate: 20, reworkRate: 10, extensionRate: 10 },
  OFFICER: { validReportRate: 30, onTimeVerifyRate: 25, onTimeCheckRate: 25, missedReportRate: 20 },
};

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/** A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below (DESIGN.md §2.5). */
export function gradeOf(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 40) return 'D';
  return 'E';
}

/**
 * 0-100: the weighted mean of the rates, each as a percentage, "lower is better" rates as
 * 100 − rate. Rates without a basis (no events) are left out and their weight with them, so a
 * grid with no rework is not rewarded or punished for it. Null when no weighted rate has a basis.
 */
export function compositeScore(values: MetricValues, weights: MetricWeights): number | null {
  let weighted = 0;
  let totalWeight = 0;
  for (const [name, weight] of Object.entries(weights)) {
    const value = values[name];
    const definition = metricDefinitionByName.get(name);
    if (value === null || value === undefined || !definition || weight <= 0) continue;
    weighted += weight * 100 * (definition.isLowerBetter ? 1 - value : value);
    totalWeight += weight;
  }
  return totalWeight > 0 ? Math.round((weighted / totalWeight) * 100) / 100 : null;
}
