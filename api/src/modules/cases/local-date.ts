import { wallClockOf } from '@gridloop/geo';

/**
 * The calendar date (YYYY-MM-DD) of an instant in a time zone: the date part of a case code.
 * Through geo's zone clock, whose offsets are cached per day (every report reads this; formatting
 * with Intl on each call cost more than the rest of the code's date arithmetic together).
 */
export function localDateOf(instant: Date, timeZone: string): string {
  return wallClockOf(instant, timeZone).toISOString().slice(0, 10);
}
