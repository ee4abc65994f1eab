import { instantMs } from './internal/instant-ms.js';
import { formatLocalDate } from './internal/local-date.js';
import { zoneClockFor } from './internal/zone-clock.js';

/**
 * The date ('YYYY-MM-DD') local clocks in `timeZone` show at `instant`: the day a case is reported
 * on, which its code carries. The inverse of {@link startOfLocalDay}. Reads the zone's cached
 * offsets, so it costs a Map lookup rather than an Intl formatting (every report computes one).
 *
 * @param timeZone - an IANA zone such as 'Asia/Shanghai'
 * @throws {RangeError} for an invalid Date or a zone the runtime does not know
 * @example
 * localDateOf(new Date('2026-11-25T16:00:00Z'), 'Asia/Shanghai'); // '2026-11-26'
 */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatLocalDate(zoneClockFor(timeZone).localDayOf(instantMs(instant, 'instant')));
}
