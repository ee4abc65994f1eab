const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
/** Real zones change offset on quarter-hour instants, so one lookup per quarter-hour is exact. */
const QUARTER_HOUR_MS = 15 * 60_000;
const MAX_CACHED_OFFSETS = 50_000;

/** Local time minus UTC (ms) in `timeZone` at `instant`, e.g. +8 h in Asia/Shanghai. */
export function zoneOffsetAt(instant: Date, timeZone: string): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  const cacheKey = `${timeZone}|${quarter}`;
  const cached = offsetCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const parts = formatterOf(timeZone).formatToParts(new Date(quarter * QUARTER_HOUR_MS));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour') % 24, field('minute'));
  const offset = asUtc - quarter * QUARTER_HOUR_MS;
  if (offsetCache.size >= MAX_CACHED_OFFSETS) offsetCache.clear();
  offsetCache.set(cacheKey, offset);
  return offset;
}

/**
 * A Date whose UTC fields show the wall-clock time of `instant` in `timeZone`. Excel dates carry no
 * zone and exceljs writes a Date's UTC fields, so this is how a cell shows the local time.
 *
 * @example wallClockOf(new Date('2030-03-04T01:00:00Z'), 'Asia/Shanghai').toISOString() // '2030-03-04T09:00:00.000Z'
 */
export function wallClockOf(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + zoneOffsetAt(instant, timeZone));
}

/**
 * The instant local clocks in `timeZone` show midnight starting `date` (YYYY-MM-DD).
 *
 * @example startOfLocalDay('2030-03-04', 'Asia/Shanghai').toISOString() // '2030-03-03T16:00:00.000Z'
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const local = Date.parse(`${date}T00:00:00Z`);
  const guess = local - zoneOffsetAt(new Date(local), timeZone);
  return new Date(local - zoneOffsetAt(new Date(guess), timeZone));
}

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
