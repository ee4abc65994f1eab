/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:MM` from a datetime-local input) names in an IANA
 * zone, as ISO 8601 with that zone's offset — what the `deadline` query wants. The admin may sit in
 * another zone than the deployment; the preview must start where the city's clock says.
 *
 * @example zonedWallTimeToIso('2026-02-13T08:00', 'Asia/Shanghai') // '2026-02-13T08:00:00+08:00'
 */
export function zonedWallTimeToIso(wallTime: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  // The zone's offset at the guessed instant, then once more at the corrected one (DST edges).
  let offset = zoneOffsetMinutes(asUtc, timeZone);
  offset = zoneOffsetMinutes(asUtc - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  const hh = String(Math.floor(absolute / 60)).padStart(2, '0');
  const mm = String(absolute % 60).padStart(2, '0');
  return `${wallTime.length === 16 ? `${wallTime}:00` : wallTime}${sign}${hh}:${mm}`;
}

/** Minutes the zone's wall clock is ahead of UTC at an instant. */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}
