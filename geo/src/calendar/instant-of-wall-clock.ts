import { instantMs, toDate } from './internal/instant-ms.js';
import { zoneClockFor } from './internal/zone-clock.js';

/**
 * The instant at which local clocks in `timeZone` show `wallClock` (read from its UTC fields), as
 * when a legacy record holds local times without an offset. The inverse of {@link wallClockOf}.
 * Like Temporal's 'compatible' disambiguation, a time shown twice (clocks set back) is the earlier
 * instant, and a time skipped (clocks set forward) moves forward by the length of the skip.
 *
 * @param timeZone - an IANA zone such as 'America/New_York'
 * @throws {RangeError} for an invalid Date or a zone the runtime does not know
 * @example
 * instantOfWallClock(new Date('2011-03-01T14:27:57Z'), 'America/New_York'); // 2011-03-01T19:27:57.000Z
 * // 02:30 on 2011-03-13 never happened in New York: it is read as 03:30 EDT.
 * instantOfWallClock(new Date('2011-03-13T02:30:00Z'), 'America/New_York'); // 2011-03-13T07:30:00.000Z
 */
export function instantOfWallClock(wallClock: Date, timeZone: string): Date {
  const local = instantMs(wallClock, 'wallClock');
  return toDate(zoneClockFor(timeZone).instantOfWallClock(local), () => `the instant of ${wallClock.toISOString()}`);
}
