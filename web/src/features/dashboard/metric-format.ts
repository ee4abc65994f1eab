/**
 * How metric numbers read on the dashboard. The API sends rates as ratios 0..1 (null without a
 * basis) and times as working hours; this turns them into "87.5%", "12.3" and "—", and says how a
 * value moved against an earlier period and whether that is good news.
 */

export type MetricKind = 'COUNT' | 'RATE' | 'HOURS';

/** Which way is better: rates say so themselves, hours are better short, counts are neither. */
export type MetricDirection = 'higher' | 'lower' | 'neutral';

export const NO_VALUE = '—';

/** @example formatMetric(0.8754, 'RATE', 'zh-CN') // '87.5%' */
export function formatMetric(value: number | null | undefined, kind: MetricKind, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE;
  if (kind === 'RATE') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  }
  const digits = kind === 'HOURS' ? 1 : 0;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export interface MetricChange {
  /** up / down / flat; none when either side has no value (or a count grows from 0). */
  trend: 'up' | 'down' | 'flat' | 'none';
  /** good / bad by the metric's direction; neutral for counts and for no change. */
  tone: 'good' | 'bad' | 'neutral';
  /**
   * The size of the move without its sign: percentage points for rates ("2.1"), a relative
   * percentage for counts and hours ("12%").
   */
  amount: string;
  /** Rates move in percentage points, the others by a relative percentage. */
  unit: 'points' | 'percent';
}

/**
 * The change from an earlier value to the current one.
 *
 * @example changeOf(0.9, 0.85, 'RATE', 'higher', 'en') // { trend: 'up', tone: 'good', amount: '5', unit: 'points' }
 * @example changeOf(12, 10, 'COUNT', 'neutral', 'en') // { trend: 'up', tone: 'neutral', amount: '20%', unit: 'percent' }
 */
export function changeOf(
  current: number | null | undefined,
  previous: number | null | undefined,
  kind: MetricKind,
  direction: MetricDirection,
  locale: string,
): MetricChange {
  const unit = kind === 'RATE' ? 'points' : 'percent';
  if (current === null || current === undefined || previous === null || previous === undefined) {
    return { trend: 'none', tone: 'neutral', amount: NO_VALUE, unit };
  }
  const delta = kind === 'RATE' ? (current - previous) * 100 : relativeChange(current, previous);
  if (delta === null) return { trend: 'none', tone: 'neutral', amount: NO_VALUE, unit };
  const rounded = Math.round(delta * 10) / 10;
  if (rounded === 0) return { trend: 'flat', tone: 'neutral', amount: kind === 'RATE' ? '0' : '0%', unit };
  const trend = rounded > 0 ? 'up' : 'down';
  const amount =
    kind === 'RATE'
      ? new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(rounded))
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(rounded) / 100);
  return { trend, tone: toneOf(trend, direction), amount, unit };
}

/** The direction of a metric from its definition (`isLowerBetter` marks 返工率, 漏报率, 延期率). */
export function directionOf(kind: MetricKind, isLowerBetter: boolean): MetricDirection {
  if (kind === 'HOURS' || isLowerBetter) return 'lower';
  return kind === 'RATE' ? 'higher' : 'neutral';
}

function relativeChange(current: number, previous: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  return ((current - previous) / previous) * 100;
}

function toneOf(trend: 'up' | 'down', direction: MetricDirection): MetricChange['tone'] {
  if (direction === 'neutral') return 'neutral';
  return (trend === 'up') === (direction === 'higher') ? 'good' : 'bad';
}
