import type { CalendarDayKind } from './admin-enums';
import type { CalendarDay } from './calendar-types';

/** Consecutive dates of one kind and festival: how a notice states them (春节 2/15–2/23). */
export interface CalendarRun {
  kind: CalendarDayKind;
  name: string;
  from: string;
  to: string;
  dates: string[];
}

/**
 * Groups a year's days into runs of consecutive dates with the same kind and name, in date order,
 * so the year reads like the notice: holidays as ranges, make-up days one by one.
 *
 * @example groupCalendarDays(days2026).find((run) => run.name === '春节' && run.kind === 'HOLIDAY')
 * // { kind: 'HOLIDAY', name: '春节', from: '2026-02-15', to: '2026-02-23', dates: [9 dates] }
 */
export function groupCalendarDays(days: readonly CalendarDay[]): CalendarRun[] {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const runs: CalendarRun[] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && last.kind === day.kind && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.dates.push(day.date);
    } else {
      runs.push({ kind: day.kind, name: day.name, from: day.date, to: day.date, dates: [day.date] });
    }
  }
  return runs;
}

/**
 * A YYYY-MM-DD date moved by whole days (UTC arithmetic: dates have no zone).
 *
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}
