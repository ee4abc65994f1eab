import { zoneOffsetMinutes } from '../admin/zoned-wall-time';

/**
 * The periods the dashboard offers. The API reads a period as local dates, both included
 * (`MetricPeriodInput`), so everything here is plain `YYYY-MM-DD` arithmetic on calendar dates:
 * no instants and no time zones once today is known (todayIn, in the city's zone), which keeps
 * "this month" the same month on every screen.
 */

export type PeriodPreset = 'thisMonth' | 'lastMonth' | 'last7' | 'last30' | 'thisQuarter' | 'custom';

export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'thisMonth',
  'lastMonth',
  'last7',
  'last30',
  'thisQuarter',
  'custom',
];

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day (included), YYYY-MM-DD. */
  to: string;
}

/** The API's longest period (metrics and trends) and the heat map's. */
export const MAX_PERIOD_DAYS = 731;
export const MAX_HOTSPOT_DAYS = 92;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Today's date in `timeZone`, as the API's period strings write it. The dashboard passes the city's
 * zone (the work calendar's), which dates every case in the metrics: a browser elsewhere, or a
 * machine kept on UTC, would otherwise still be on yesterday for the first hours of a Chinese day
 * and leave today's cases out of "this month".
 *
 * @example todayIn('Asia/Shanghai', new Date('2026-11-26T17:00:00Z')) // '2026-11-27'
 */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const wallClock = now.getTime() + zoneOffsetMinutes(now.getTime(), timeZone) * 60_000;
  return formatDate(new Date(wallClock));
}

/**
 * The period of a preset, ending today at the latest; a custom period has no preset answer.
 *
 * @example presetPeriod('thisMonth', '2026-11-26') // { from: '2026-11-01', to: '2026-11-26' }
 * @example presetPeriod('lastMonth', '2026-01-15') // { from: '2025-12-01', to: '2025-12-31' }
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): Period {
  const day = parseDate(today);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  switch (preset) {
    case 'thisMonth':
      return { from: formatDate(utc(year, month, 1)), to: today };
    case 'lastMonth':
      return { from: formatDate(utc(year, month - 1, 1)), to: formatDate(utc(year, month, 0)) };
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisQuarter':
      return { from: formatDate(utc(year, month - (month % 3), 1)), to: today };
  }
}

/**
 * The number of days in a period, both ends included; NaN when a date is not a real date.
 *
 * @example periodDays({ from: '2026-02-01', to: '2026-02-28' }) // 28
 */
export function periodDays({ from, to }: Period): number {
  if (!isDate(from) || !isDate(to)) return Number.NaN;
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY_MS) + 1;
}

/** Why the API would refuse a period, or null when it is fine to ask. */
export function periodProblem(period: Period): 'invalid' | 'reversed' | 'tooLong' | null {
  const days = periodDays(period);
  if (Number.isNaN(days)) return 'invalid';
  if (days < 1) return 'reversed';
  if (days > MAX_PERIOD_DAYS) return 'tooLong';
  return null;
}

/**
 * The trend bucket that keeps a chart readable: days up to two months, weeks up to about half a
 * year, months beyond (the API allows at most 366 day buckets).
 */
export function defaultTrendBucket(period: Period): 'DAY' | 'WEEK' | 'MONTH' {
  const days = periodDays(period);
  if (days <= 62) return 'DAY';
  if (days <= 190) return 'WEEK';
  return 'MONTH';
}

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (match === null) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = utc(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** @example addDays('2026-03-01', -1) // '2026-02-28' */
export function addDays(date: string, days: number): string {
  return formatDate(new Date(parseDate(date).getTime() + days * DAY_MS));
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}

function parseDate(value: string): Date {
  if (!isDate(value)) throw new RangeError(`not a date YYYY-MM-DD: "${value}"`);
  return new Date(`${value}T00:00:00Z`);
}

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
