import type { CalendarDayKind } from '@gridloop/prisma';
import { badRequest, optionalText, requiredText } from '../admin/admin-input.js';
import { datesBetween, isoWeekdayOfDate, requireCalendarDate, weekdayNameOf } from './calendar-date.js';

/** One festival's days off as a State Council notice lists them: 春节 2025-01-28 to 2025-02-04. */
export interface HolidayRangeInput {
  name: string;
  from: string;
  to: string;
  note?: string | null | undefined;
}

/** One make-up working day (调休上班) and the festival it pays for. */
export interface MakeUpWorkdayInput {
  date: string;
  name: string;
  note?: string | null | undefined;
}

export interface HolidayArrangementInput {
  year: number;
  holidays: readonly HolidayRangeInput[];
  makeUpWorkdays: readonly MakeUpWorkdayInput[];
}

/** One calendar_day row to write. */
export interface CalendarDayRow {
  date: string;
  kind: CalendarDayKind;
  year: number;
  name: string;
  note: string | null;
}

/** The longest official range so far is 9 days (春节 2026); anything much longer is a typo. */
const maxRangeDays = 15;
const maxEntries = 30;

/**
 * Checks a year's arrangement as an admin types it from the notice and expands it into calendar_day
 * rows. Refuses, naming the field (e.g. `holidays[1].to`): dates that are not real, outside the year
 * (except 25-31 December of the year before, where 元旦 sometimes starts), a range that ends before it
 * starts or spans more than 15 days, a date in two ranges or listed twice, a date both off and worked,
 * and a make-up working day that is not a weekend day (a weekday is worked anyway).
 */
export function planHolidayArrangement(
  input: HolidayArrangementInput,
  weekendDays: readonly number[],
): CalendarDayRow[] {
  const { year } = input;
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    badRequest('year', `year must be a whole number from 2000 to 2099, got ${year}.`);
  }
  if (input.holidays.length > maxEntries) badRequest('holidays', `At most ${maxEntries} holiday ranges per year.`);
  if (input.makeUpWorkdays.length > maxEntries) {
    badRequest('makeUpWorkdays', `At most ${maxEntries} make-up working days per year.`);
  }
  const rows = new Map<string, CalendarDayRow>();
  input.holidays.forEach((range, i) => {
    for (const date of holidayDates(range, year, `holidays[${i}]`)) {
      if (rows.has(date)) badRequest(`holidays[${i}]`, `${date} is already in another holiday range.`);
      rows.set(date, row(date, 'HOLIDAY', year, range, `holidays[${i}]`));
    }
  });
  input.makeUpWorkdays.forEach((day, i) => {
    const field = `makeUpWorkdays[${i}].date`;
    const date = requireDateOfYear(day.date, year, field);
    const taken = rows.get(date);
    if (taken) {
      const what = taken.kind === 'HOLIDAY' ? 'a holiday in this arrangement' : 'listed twice';
      badRequest(field, `${date} is ${what}; a day is either off or worked.`);
    }
    if (!weekendDays.includes(isoWeekdayOfDate(date))) {
      badRequest(
        field,
        `${date} is a ${weekdayNameOf(date)}, already a working day; a make-up working day (调休上班) falls on a weekend.`,
      );
    }
    rows.set(date, row(date, 'MAKE_UP_WORKDAY', year, day, `makeUpWorkdays[${i}]`));
  });
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function holidayDates(range: HolidayRangeInput, year: number, field: string): string[] {
  const from = requireDateOfYear(range.from, year, `${field}.from`);
  const to = requireDateOfYear(range.to, year, `${field}.to`);
  if (to < from) badRequest(`${field}.to`, `The range ends (${to}) before it starts (${from}).`);
  const dates = datesBetween(from, to);
  if (dates.length > maxRangeDays) {
    badRequest(
      `${field}.to`,
      `A holiday range spans at most ${maxRangeDays} days; ${from} to ${to} is ${dates.length}.`,
    );
  }
  return dates;
}

/** A date of the arrangement's year, or of 25-31 December before it (元旦 starting early). */
function requireDateOfYear(value: string, year: number, field: string): string {
  const date = requireCalendarDate(value, field);
  if (date.startsWith(`${year}-`) || (date.startsWith(`${year - 1}-12-`) && date >= `${year - 1}-12-25`)) return date;
  return badRequest(field, `${date} is not in ${year} (nor in the last week of ${year - 1}, where 元旦 may start).`);
}

function row(
  date: string,
  kind: CalendarDayKind,
  year: number,
  entry: { name: string; note?: string | null | undefined },
  field: string,
): CalendarDayRow {
  return {
    date,
    kind,
    year,
    name: requiredText(entry.name, `${field}.name`, 50),
    note: optionalText(entry.note, `${field}.note`, 500) ?? null,
  };
}
