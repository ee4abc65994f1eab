import { startOfLocalDay, type WorkCalendar } from '@gridloop/geo';
import { historyRates as rates } from './history-rates.js';

/** One local day of the history and how many cases were reported on it. */
export interface HistoryDay {
  /** 0 for the first day: the day's random stream. */
  index: number;
  /** Local date, YYYY-MM-DD: the date part of its cases' codes. */
  date: string;
  start: Date;
  end: Date;
  count: number;
}

export interface HistoryDaysOptions {
  /** First local date, inclusive. */
  from: string;
  /** Last local date, exclusive: the history ends at its midnight. */
  to: string;
  cases: number;
  calendar: WorkCalendar;
}

/**
 * The days of the history with their case counts, summing exactly to `cases`: volume swings with
 * the season (high summer busiest), drops at weekends and on holidays. Counts are the differences of
 * rounded cumulative shares, so no day's count depends on rounding elsewhere.
 */
export function planHistoryDays({ from, to, cases, calendar }: HistoryDaysOptions): HistoryDay[] {
  if (!Number.isInteger(cases) || cases < 0) throw new RangeError(`cases must be a whole number ≥ 0, got ${cases}`);
  const dates = datesBetween(from, to);
  if (!dates.length) throw new RangeError(`the history has no day: from ${from} to ${to}`);
  const weights = dates.map((date) => dayWeight(date, calendar));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let cumulative = 0;
  let assigned = 0;
  return dates.map((date, index) => {
    cumulative += weights[index] as number;
    const upTo = Math.round((cases * cumulative) / total);
    const count = upTo - assigned;
    assigned = upTo;
    const start = startOfLocalDay(date, calendar.timeZone);
    const end = startOfLocalDay(dates[index + 1] ?? to, calendar.timeZone);
    return { index, date, start, end, count };
  });
}

/** The local date `years` calendar years before `date` (29 February falls back to the 28th). */
export function yearsBefore(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const earlier = new Date(Date.UTC(year - years, month - 1, day));
  if (earlier.getUTCMonth() !== month - 1) earlier.setUTCDate(0);
  return earlier.toISOString().slice(0, 10);
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let day = Date.parse(`${from}T00:00:00Z`); day < end; day += 86_400_000) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}

function dayWeight(date: string, calendar: WorkCalendar): number {
  const utc = new Date(`${date}T00:00:00Z`);
  const dayOfYear = (utc.getTime() - Date.UTC(utc.getUTCFullYear(), 0, 1)) / 86_400_000;
  // cos peaks on day 200 (mid July).
  const season = 1 + rates.seasonAmplitude * Math.cos((2 * Math.PI * (dayOfYear - 200)) / 365);
  if (calendar.holidays.has(date)) return season * rates.holidayFactor;
  const isoWeekday = utc.getUTCDay() === 0 ? 7 : utc.getUTCDay();
  const isWeekend =
    (calendar.weekendDays as readonly number[]).includes(isoWeekday) && !calendar.makeUpWorkdays.has(date);
  return isWeekend ? season * rates.weekendFactor : season;
}
