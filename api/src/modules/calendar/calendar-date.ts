import { badRequest } from '../admin/admin-input.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A real 'YYYY-MM-DD' date from 2000 to 2099 (no calendar of this system reaches outside), or
 * BAD_REQUEST naming `field`. Impossible dates such as 2025-02-29 are refused, not rolled over.
 */
export function requireCalendarDate(value: string, field: string): string {
  const match = DATE_PATTERN.exec(value);
  const year = Number(match?.[1]);
  const date = match ? new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value || year < 2000 || year > 2099) {
    badRequest(field, `${field} must be a real date written YYYY-MM-DD (2000-2099), got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** ISO weekday (1 Monday … 7 Sunday) of a valid 'YYYY-MM-DD'. */
export function isoWeekdayOfDate(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** 'Monday' … 'Sunday', for messages. */
export function weekdayNameOf(date: string): string {
  return WEEKDAY_NAMES[isoWeekdayOfDate(date) - 1] as string;
}

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let ms = Date.parse(`${from}T00:00:00Z`); ms <= end; ms += DAY_MS) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

/** The UTC-midnight Date that Prisma stores in a DATE column for a 'YYYY-MM-DD'. */
export function dateColumnOf(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The 'YYYY-MM-DD' of a DATE column value as Prisma returns it (UTC midnight). */
export function dateTextOf(column: Date): string {
  return column.toISOString().slice(0, 10);
}
