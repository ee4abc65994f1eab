import type { DateRange } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';

/** The longest period one request may cover (two years and a day, so any two whole years fit). */
export const maxPeriodDays = 731;

const dayMs = 86_400_000;
const epochDayOf = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs;
const dayOf = (epochDay: number) => new Date(epochDay * dayMs).toISOString().slice(0, 10);

/** Days in a period, both ends included. */
export function periodDays({ from, to }: DateRange): number {
  return epochDayOf(to) - epochDayOf(from) + 1;
}

/**
 * A period from client input: real 'YYYY-MM-DD' local dates, from ≤ to, at most `maxDays` long.
 * BAD_REQUEST (field period.from / period.to / period) otherwise.
 */
export function validPeriod(input: DateRange, maxDays = maxPeriodDays): DateRange {
  for (const field of ['from', 'to'] as const) {
    const value = input[field];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || dayOf(epochDayOf(value)) !== value) {
      throw new DomainError('BAD_REQUEST', `period.${field} must be a date YYYY-MM-DD, got ${value}.`, {
        field: `period.${field}`,
      });
    }
  }
  if (input.from > input.to) {
    throw new DomainError('BAD_REQUEST', 'period.from is after period.to.', { field: 'period' });
  }
  if (periodDays(input) > maxDays) {
    throw new DomainError('BAD_REQUEST', `A period may span at most ${maxDays} days.`, { field: 'period', maxDays });
  }
  return { from: input.from, to: input.to };
}

/** 环比: the period of the same length just before. */
export function previousPeriod(period: DateRange): DateRange {
  const days = periodDays(period);
  const from = epochDayOf(period.from);
  return { from: dayOf(from - days), to: dayOf(from - 1) };
}

/** 同比: the same dates one year earlier (29 February becomes the 28th). */
export function samePeriodLastYear(period: DateRange): DateRange {
  return { from: yearEarlier(period.from), to: yearEarlier(period.to) };
}

function yearEarlier(day: string): string {
  const year = Number(day.slice(0, 4)) - 1;
  const candidate = `${year}${day.slice(4)}`;
  return dayOf(epochDayOf(candidate)) === candidate ? candidate : `${year}-02-28`;
}
