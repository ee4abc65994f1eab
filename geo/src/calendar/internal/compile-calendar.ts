import type { WorkCalendar } from '../work-calendar.js';
import { isoWeekdayOf, MINUTE_MS, parseClockTime, parseLocalDate } from './local-date.js';
import { type ZoneClock, zoneClockFor } from './zone-clock.js';

/** One stretch of working time as instants (ms since the epoch), start inclusive. */
export interface WorkInterval {
  readonly start: number;
  readonly end: number;
}

/** What the arithmetic derives from a {@link WorkCalendar} once and then reuses. */
export interface CompiledCalendar {
  readonly clock: ZoneClock;
  /** Length of one standard work day: the sum of the work periods. */
  readonly workDayMs: number;
  /** The working intervals of a local epoch day, in order; empty on days off. */
  workIntervalsOn(epochDay: number): readonly WorkInterval[];
}

const NO_INTERVALS: readonly WorkInterval[] = Object.freeze([]);
const MAX_CACHED_DAYS = 50_000;
const compiled = new WeakMap<WorkCalendar, CompiledCalendar>();

/**
 * Validates a calendar and derives its fast form, cached per calendar object, so hand-built
 * calendars get the same checks as those from `createWorkCalendar`.
 * @throws {RangeError} naming the first bad value
 */
export function compileCalendar(calendar: WorkCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached !== undefined) return cached;
  if (typeof calendar !== 'object' || calendar === null) {
    throw new TypeError(`work calendar must be an object, got ${String(calendar)}`);
  }
  const clock = zoneClockFor(calendar.timeZone);
  const periods = parsePeriods(calendar.workPeriods);
  const isWorkingDay = workingDayRule(calendar);
  const days = new Map<number, readonly WorkInterval[]>();
  const result: CompiledCalendar = {
    clock,
    workDayMs: periods.reduce((sum, [start, end]) => sum + (end - start) * MINUTE_MS, 0),
    workIntervalsOn(epochDay) {
      let intervals = days.get(epochDay);
      if (intervals === undefined) {
        if (days.size >= MAX_CACHED_DAYS) days.clear();
        intervals = isWorkingDay(epochDay)
          ? periods.map(([start, end]) => ({
              start: clock.instantOf(epochDay, start),
              end: clock.instantOf(epochDay, end),
            }))
          : NO_INTERVALS;
        days.set(epochDay, intervals);
      }
      return intervals;
    },
  };
  compiled.set(calendar, result);
  return result;
}

/** Work periods as [start, end] minutes after midnight, checked to be sorted and disjoint. */
function parsePeriods(periods: WorkCalendar['workPeriods']): [number, number][] {
  if (!Array.isArray(periods) || periods.length === 0) {
    throw new RangeError(`work periods must be a non-empty list of { start, end }, got ${JSON.stringify(periods)}`);
  }
  const parsed: [number, number][] = [];
  periods.forEach((period: WorkCalendar['workPeriods'][number], i) => {
    const start = parseClockTime(period?.start, `work period ${i + 1} start`, false);
    const end = parseClockTime(period?.end, `work period ${i + 1} end`, true);
    if (end <= start) {
      throw new RangeError(`work period ${i + 1} must end after it starts, got ${period.start}-${period.end}`);
    }
    const previous = periods[i - 1];
    if (previous !== undefined && start < (parsed[i - 1]?.[1] ?? 0)) {
      throw new RangeError(
        `work periods must be sorted and must not overlap, got ${previous.start}-${previous.end} ` +
          `before ${period.start}-${period.end}`,
      );
    }
    parsed.push([start, end]);
  });
  return parsed;
}

/** The working-day predicate over epoch days, after validating the day lists. */
function workingDayRule(calendar: WorkCalendar): (epochDay: number) => boolean {
  const weekend = new Set<number>();
  for (const weekday of calendar.weekendDays) {
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7 || weekend.has(weekday)) {
      throw new RangeError(`weekend days must be distinct ISO weekdays 1-7, got ${JSON.stringify(weekday)}`);
    }
    weekend.add(weekday);
  }
  const holidays = new Set([...calendar.holidays].map((date) => parseLocalDate(date, 'holiday')));
  const makeUps = new Set([...calendar.makeUpWorkdays].map((date) => parseLocalDate(date, 'make-up workday')));
  for (const date of calendar.makeUpWorkdays) {
    if (calendar.holidays.has(date)) {
      throw new RangeError(`${date} is listed both as a holiday and as a make-up workday`);
    }
  }
  if (weekend.size === 7 && makeUps.size === 0) {
    throw new RangeError('weekend days cover the whole week and there are no make-up workdays: nothing is ever open');
  }
  return (epochDay) => makeUps.has(epochDay) || (!holidays.has(epochDay) && !weekend.has(isoWeekdayOf(epochDay)));
}
