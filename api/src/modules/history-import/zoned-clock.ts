import { DomainError } from '../../errors/domain-error.js';

const quarterHourMs = 15 * 60_000;
const dayMs = 86_400_000;

/**
 * Turns wall-clock times of one IANA zone into instants. Offsets are cached per quarter hour (zones
 * change offset on quarter hours at most), so a file of millions of rows asks Intl rarely.
 */
export class ZonedClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly offsets = new Map<number, number>();

  /** BAD_REQUEST naming `field` when the zone is not an IANA name this runtime knows. */
  constructor(
    readonly timeZone: string,
    field = 'mapping.timeZone',
  ) {
    try {
      this.format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainError('BAD_REQUEST', `${field}: "${timeZone}" is not an IANA time zone.`, { field });
    }
  }

  /**
   * The instant a wall-clock time (given as if it were UTC) names in this zone. A time the clocks
   * skipped (spring forward) is read with the offset before the change, i.e. as the same span after
   * the change; a time that happened twice (fall back) is the first of the two.
   *
   * @example new ZonedClock('America/New_York').instantOf(Date.UTC(2011, 2, 1, 14, 27, 57)) // Date.UTC(2011, 2, 1, 19, 27, 57)
   */
  instantOf(wallMs: number): number {
    const before = wallMs - this.offsetAt(wallMs - dayMs);
    const after = wallMs - this.offsetAt(wallMs + dayMs);
    const candidates = [before, after].filter((instant) => instant + this.offsetAt(instant) === wallMs);
    return candidates.length > 0 ? Math.min(...candidates) : before;
  }

  /** Local time minus UTC at an instant, in ms. */
  offsetAt(instantMs: number): number {
    const key = Math.floor(instantMs / quarterHourMs);
    const cached = this.offsets.get(key);
    if (cached !== undefined) return cached;
    const keyMs = key * quarterHourMs;
    const parts = Object.fromEntries(this.format.formatToParts(keyMs).map((part) => [part.type, part.value]));
    const wall = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    const offset = wall - keyMs;
    if (this.offsets.size > 100_000) this.offsets.clear();
    this.offsets.set(key, offset);
    return offset;
  }
}
