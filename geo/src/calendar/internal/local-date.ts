/**
 * Local calendar dates as "epoch days": whole days since 1970-01-01 in the proleptic Gregorian
 * calendar, with no time zone attached. Integers are cheap to compare, hash and step, which
 * keeps the day-by-day walks of the working-time arithmetic fast.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * Parses a 'YYYY-MM-DD' local date into its epoch day; `what` names the value in the message.
 * Rejects impossible dates such as 2025-02-29 instead of rolling them over.
 */
export function parseLocalDate(text: unknown, what: string): number {
  const match = typeof text === 'string' ? DATE_PATTERN.exec(text) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return Math.round(date.getTime() / DAY_MS);
    }
  }
  throw new RangeError(`${what} must be a real date written YYYY-MM-DD, got ${JSON.stringify(text)}`);
}

/** The 'YYYY-MM-DD' form of an epoch day (years 0000-9999). */
export function formatLocalDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of an epoch day: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Parses an 'HH:MM' wall-clock time into minutes after midnight. '24:00' (the end of the day)
 * is accepted only when `allowEndOfDay` is set, so a period can run to midnight.
 */
export function parseClockTime(text: unknown, what: string, allowEndOfDay: boolean): number {
  const match = typeof text === 'string' ? CLOCK_PATTERN.exec(text) : null;
  if (match) {
    const [hours, minutes] = [Number(match[1]), Number(match[2])];
    if (hours < 24 && minutes < 60) return hours * 60 + minutes;
    if (allowEndOfDay && hours === 24 && minutes === 0) return 24 * 60;
  }
  const range = allowEndOfDay ? '00:00 to 24:00' : '00:00 to 23:59';
  throw new RangeError(`${what} must be a time HH:MM from ${range}, got ${JSON.stringify(text)}`);
}
