import { instantMs, toDate } from './internal/instant-ms.js';
import { zoneClockFor } from './internal/zone-clock.js';

/**
 * The wall-clock time local clocks in `timeZone` show at `instant`, as a Date whose UTC fields
 * carry it. For consumers that hold no zone, such as a spreadsheet cell or a date column, which
 * must still show local time. The inverse of {@link instantOfWallClock}.
 *
 * @param timeZone - an IANA zone such as 'Asia/Shanghai'
 * @throws {RangeError} for an invalid Date or a zone the runtime does not know
 * @example
 * wallClockOf(new Date('2030-03-04T01:00:00Z'), 'Asia/Shanghai'); // 2030-03-04T09:00:00.000Z
 */
export function wallClockOf(instant: Date, timeZone: string): Date {
  const ms = instantMs(instant, 'instant');
  return toDate(zoneClockFor(timeZone).wallClockOf(ms), () => `the wall-clock time of ${instant.toISOString()}`);
}
