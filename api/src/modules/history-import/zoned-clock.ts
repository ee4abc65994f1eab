import { instantOfWallClock, wallClockOf } from '@gridloop/geo';
import { DomainError } from '../../errors/domain-error.js';

/**
 * Turns wall-clock times of the mapping's IANA zone into instants (geo's zone arithmetic, which
 * caches offsets, so a file of millions of rows asks Intl rarely). The zone is checked once, up
 * front, so a bad mapping is refused as BAD_REQUEST before any row is read.
 */
export class ZonedClock {
  /** BAD_REQUEST naming `field` when the zone is not an IANA name this runtime knows. */
  constructor(
    readonly timeZone: string,
    field = 'mapping.timeZone',
  ) {
    try {
      // Geo refuses (RangeError) a zone it cannot convert with; the answer itself is not needed.
      wallClockOf(new Date(0), timeZone);
    } catch {
      throw new DomainError('BAD_REQUEST', `${field}: "${timeZone}" is not an IANA time zone.`, { field });
    }
  }

  /**
   * The instant a wall-clock time (given as if it were UTC) names in this zone. A time the clocks
   * skipped (spring forward) moves forward by the length of the skip; a time that happened twice
   * (fall back) is the first of the two.
   *
   * @example new ZonedClock('America/New_York').instantOf(Date.UTC(2011, 2, 1, 14, 27, 57)) // Date.UTC(2011, 2, 1, 19, 27, 57)
   */
  instantOf(wallMs: number): number {
    return instantOfWallClock(new Date(wallMs), this.timeZone).getTime();
  }
}
