import { toDate } from './internal/instant-ms.js';
import { parseLocalDate } from './internal/local-date.js';
import { zoneClockFor } from './internal/zone-clock.js';

/**
 * The instant a local date begins in `timeZone`: local midnight, or the first instant of the day
 * where clocks skip midnight. A range of local days [from, to] is `[startOfLocalDay(from),
 * startOfLocalDay(the day after to))`.
 *
 * @param date - 'YYYY-MM-DD'
 * @param timeZone - an IANA zone such as 'Asia/Shanghai'
 * @throws {RangeError} if `date` is not a real 'YYYY-MM-DD' date or the zone is unknown
 * @example
 * startOfLocalDay('2030-03-04', 'Asia/Shanghai'); // 2030-03-03T16:00:00.000Z
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const epochDay = parseLocalDate(date, 'date');
  return toDate(zoneClockFor(timeZone).instantOf(epochDay, 0), () => `the start of ${date}`);
}
