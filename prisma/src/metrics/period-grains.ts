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
