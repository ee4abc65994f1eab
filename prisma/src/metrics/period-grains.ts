/** Local dates 'YYYY-MM-DD'. */
export interface DateRange {
  from: string;
  to: string;
}

/** Which rollup rows cover a period: whole months from month rows, the days around them from day rows. */
export interface GrainCover {
  /** First days of the whole months inside the period (inclusive range), or null. */
  months: DateRange | null;
  /** Day ranges not covered by whole months (at most two). */
  days: DateRange[];
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => toDay(new Date(toDate(day).getTime() + days * 86_400_000));

/**
 * Splits [from, to] into whole months and leftover days, so a year reads 12 month rows per key
 * instead of 365 day rows.
 *
 * @example
 * grainCover({ from: '2026-09-15', to: '2026-11-30' });
 * // { months: { from: '2026-10-01', to: '2026-11-01' }, days: [{ from: '2026-09-15', to: '2026-09-30' }] }
 */
export function grainCover({ from, to }: DateRange): GrainCover {
  const start = toDate(from);
  const firstMonth =
    start.getUTCDate() === 1 ? from : toDay(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)));
  const end = toDate(addDays(to, 1));
  const afterLastMonth = toDay(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1)));
  if (firstMonth >= afterLastMonth) return { months: null, days: [{ from, to }] };
  const lastMonth = toDay(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1)));
  const days: DateRange[] = [];
  if (from < firstMonth) days.push({ from, to: addDays(firstMonth, -1) });
  if (afterLastMonth <= to) days.push({ from: afterLastMonth, to });
  return { months: { from: firstMonth, to: lastMonth }, days };
}

/** Every day of a range, in order. */
export function daysOf({ from, to }: DateRange): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The first days of the months from `from` to `to` (both first days of a month), in order. */
function monthsOf({ from, to }: DateRange): string[] {
  const months: string[] = [];
  for (let month = toDate(from); toDay(month) <= to; month.setUTCMonth(month.getUTCMonth() + 1)) {
    months.push(toDay(month));
  }
  return months;
}

/** The rollup rows of one key that cover a period, as parallel lists: grain 'M' or 'D', and period. */
export interface CoverRows {
  grains: string[];
  periods: string[];
}

/**
 * The (grain, period) rows that sum to a period: its whole months and leftover days (grainCover),
 * or every day when the caller groups by day or week.
 *
 * @example
 * coverRows({ from: '2026-09-29', to: '2026-10-31' }, { daysOnly: false });
 * // { grains: ['M', 'D', 'D'], periods: ['2026-10-01', '2026-09-29', '2026-09-30'] }
 */
export function coverRows(period: DateRange, { daysOnly }: { daysOnly: boolean }): CoverRows {
  const cover = daysOnly ? { months: null, days: [period] } : grainCover(period);
  const months = cover.months ? monthsOf(cover.months) : [];
  const days = cover.days.flatMap(daysOf);
  return { grains: [...months.map(() => 'M'), ...days.map(() => 'D')], periods: [...months, ...days] };
}
