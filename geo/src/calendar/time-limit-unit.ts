/**
 * The unit of a handling time limit (处置时限). The names match the database enum, so a stored
 * limit passes straight through.
 *
 * - `WORK_HOURS` 工作时: hours of working time (inside work periods on working days).
 * - `WORK_DAYS` 工作日: standard work days of working time; one work day is the total length of
 *   the calendar's work periods (8 work hours by default), not "the same clock time N working
 *   days later" (the two agree whenever the start lies inside work time).
 * - `NATURAL_HOURS` / `NATURAL_DAYS` 自然时 / 自然日: elapsed real time, for urgent classes that
 *   count around the clock; a natural day is 24 hours.
 */
export type TimeLimitUnit = 'WORK_HOURS' | 'WORK_DAYS' | 'NATURAL_HOURS' | 'NATURAL_DAYS';

/**
 * Every {@link TimeLimitUnit}, in the order admin forms list them.
 *
 * @example
 * TIME_LIMIT_UNITS.includes('WORK_DAYS'); // true
 */
export const TIME_LIMIT_UNITS: readonly TimeLimitUnit[] = Object.freeze([
  'WORK_HOURS',
  'WORK_DAYS',
  'NATURAL_HOURS',
  'NATURAL_DAYS',
]);

/**
 * Whether a unit counts working time only (and so needs the work calendar), as opposed to
 * natural time.
 *
 * @throws {RangeError} if `unit` is not a {@link TimeLimitUnit}, so a bad database value fails
 *   loudly instead of silently counting natural time
 * @example
 * isWorkingTimeUnit('WORK_DAYS'); // true
 * isWorkingTimeUnit('NATURAL_HOURS'); // false
 */
export function isWorkingTimeUnit(unit: TimeLimitUnit): boolean {
  if (!TIME_LIMIT_UNITS.includes(unit)) {
    throw new RangeError(`time limit unit must be one of ${TIME_LIMIT_UNITS.join(', ')}, got ${JSON.stringify(unit)}`);
  }
  return unit === 'WORK_HOURS' || unit === 'WORK_DAYS';
}
