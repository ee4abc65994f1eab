import { DAY_MS, MINUTE_MS } from './local-date.js';

/** One UTC day's offsets; real zones change their offset at most once a day. */
interface DayOffsets {
  readonly before: number;
  readonly after: number;
  /** First instant (ms) with the `after` offset; Infinity if the offset is constant all day. */
  readonly switchAt: number;
}

/** Bounds the per-zone offset cache; ~100k days is 270 years, far beyond any real workload. */
const MAX_CACHED_DAYS = 100_000;

/**
 * Local wall-clock time ↔ instant conversion for one IANA time zone, built on
 * `Intl.DateTimeFormat` alone. Formatting is slow (microseconds), so offsets are looked up once
 * per UTC day and cached: after warm-up a conversion is a Map lookup and some arithmetic.
 */
export class ZoneClock {
  readonly #formatter: Intl.DateTimeFormat;
  readonly #days = new Map<number, DayOffsets>();

  constructor(formatter: Intl.DateTimeFormat) {
    this.#formatter = formatter;
  }

  /** Local time minus UTC, in ms, at instant `ms` (e.g. +28,800,000 in Asia/Shanghai). */
  offsetAt(ms: number): number {
    const key = Math.floor(ms / DAY_MS);
    let day = this.#days.get(key);
    if (day === undefined) {
      if (this.#days.size >= MAX_CACHED_DAYS) this.#days.clear();
      day = this.#offsetsOfUtcDay(key);
      this.#days.set(key, day);
    }
    return ms < day.switchAt ? day.before : day.after;
  }

  /** The local epoch day that contains instant `ms`. */
  localDayOf(ms: number): number {
    return Math.floor(this.wallClockOf(ms) / DAY_MS);
  }

  /**
   * The instant (ms) at which local clocks show `minuteOfDay` minutes after midnight of
   * `epochDay`. Like Temporal's 'compatible' disambiguation: a time shown twice (clocks set
   * back) resolves to the earlier instant, a time skipped (clocks set forward) moves forward by
   * the length of the skip.
   */
  instantOf(epochDay: number, minuteOfDay: number): number {
    return this.instantOfWallClock(epochDay * DAY_MS + minuteOfDay * MINUTE_MS);
  }

  /** The local wall-clock time at instant `ms`, as ms since 1970-01-01T00:00 local. */
  wallClockOf(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /**
   * The instant (ms) at which local clocks show `local` (ms since 1970-01-01T00:00 local),
   * disambiguated as {@link instantOf} says.
   */
  instantOfWallClock(local: number): number {
    // |offset| < 1 day, so the instant lies within a day of `local` read as UTC.
    const before = this.offsetAt(local - DAY_MS);
    const after = this.offsetAt(local + DAY_MS);
    if (before === after) return local - before;
    const early = local - before;
    const late = local - after;
    const earlyExists = this.offsetAt(early) === before;
    const lateExists = this.offsetAt(late) === after;
    if (earlyExists && lateExists) return Math.min(early, late);
    if (lateExists) return late;
    return early;
  }

  #offsetsOfUtcDay(key: number): DayOffsets {
    const from = key * DAY_MS;
    const to = from + DAY_MS;
    const before = this.#rawOffset(from);
    const after = this.#rawOffset(to);
    if (before === after) return { before, after, switchAt: Number.POSITIVE_INFINITY };
    // Offsets change on whole seconds: bisect to the second.
    let [low, high] = [from, to];
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (this.#rawOffset(middle) === before) low = middle;
      else high = middle;
    }
    return { before, after, switchAt: high };
  }

  #rawOffset(ms: number): number {
    const whole = Math.floor(ms / 1000) * 1000;
    const fields: Record<string, number> = {};
    let isBeforeCommonEra = false;
    for (const part of this.#formatter.formatToParts(whole)) {
      if (part.type === 'era') isBeforeCommonEra = part.value === 'BC';
      else if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    const local = new Date(0);
    const year = fields.year ?? 1970;
    local.setUTCFullYear(isBeforeCommonEra ? 1 - year : year, (fields.month ?? 1) - 1, fields.day ?? 1);
    local.setUTCHours(fields.hour ?? 0, fields.minute ?? 0, fields.second ?? 0, 0);
    return local.getTime() - whole;
  }
}

const clocks = new Map<string, ZoneClock>();

/**
 * The cached clock of an IANA time zone such as 'Asia/Shanghai'.
 * @throws {RangeError} naming the zone if the runtime does not know it
 */
export function zoneClockFor(timeZone: unknown): ZoneClock {
  let clock = typeof timeZone === 'string' ? clocks.get(timeZone) : undefined;
  if (clock === undefined) {
    clock = new ZoneClock(formatterFor(timeZone));
    clocks.set(timeZone as string, clock);
  }
  return clock;
}

/** A formatter that spells out every field of an instant's wall-clock time in `timeZone`. */
function formatterFor(timeZone: unknown): Intl.DateTimeFormat {
  if (typeof timeZone === 'string' && timeZone !== '') {
    try {
      return new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      // Unknown zone: fall through to the error that names it.
    }
  }
  throw new RangeError(`time zone must be an IANA zone name such as "Asia/Shanghai", got ${JSON.stringify(timeZone)}`);
}
