import type { CompiledCalendar } from './compile-calendar.js';
import { formatLocalDate } from './local-date.js';

/** A walk that meets no working day for ten years is following a broken calendar. */
const MAX_DAYS_WITHOUT_WORK = 3660;

/**
 * The earliest instant by which `durationMs` of working time has passed since `startMs`.
 * Walks day by day and period by period (never minute by minute): a deadline that exactly
 * fills a period stays at the period's end rather than jumping to the next start.
 */
export function addWorkingMs(calendar: CompiledCalendar, startMs: number, durationMs: number): number {
  if (durationMs === 0) return startMs;
  let remaining = durationMs;
  let daysWithoutWork = 0;
  for (let day = calendar.clock.localDayOf(startMs); ; day++) {
    const intervals = calendar.workIntervalsOn(day);
    for (const interval of intervals) {
      const from = Math.max(interval.start, startMs);
      const available = interval.end - from;
      if (available <= 0) continue;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
    daysWithoutWork = intervals.length > 0 ? 0 : daysWithoutWork + 1;
    if (daysWithoutWork > MAX_DAYS_WITHOUT_WORK) {
      throw new RangeError(`the work calendar has no working day from ${formatLocalDate(day - daysWithoutWork)} on`);
    }
  }
}

/** Working time (ms) inside [fromMs, toMs); 0 when `toMs` is not after `fromMs`. */
export function workingMsBetween(calendar: CompiledCalendar, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  let total = 0;
  const lastDay = calendar.clock.localDayOf(toMs);
  for (let day = calendar.clock.localDayOf(fromMs); day <= lastDay; day++) {
    for (const interval of calendar.workIntervalsOn(day)) {
      const overlap = Math.min(interval.end, toMs) - Math.max(interval.start, fromMs);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}
