import { describe, expect, it } from 'vitest';
import { zonedWallTimeToIso, zoneOffsetMinutes } from './zoned-wall-time';

describe('zonedWallTimeToIso', () => {
  it('gives a Shanghai wall time its +08:00 offset whatever zone the browser is in', () => {
    expect(zonedWallTimeToIso('2026-02-13T08:00', 'Asia/Shanghai')).toBe('2026-02-13T08:00:00+08:00');
    expect(new Date(zonedWallTimeToIso('2026-02-13T08:00', 'Asia/Shanghai') ?? '').toISOString()).toBe(
      '2026-02-13T00:00:00.000Z',
    );
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(zonedWallTimeToIso('2026-01-15T09:30', 'Europe/Berlin')).toBe('2026-01-15T09:30:00+01:00');
    expect(zonedWallTimeToIso('2026-07-15T09:30', 'Europe/Berlin')).toBe('2026-07-15T09:30:00+02:00');
    expect(zonedWallTimeToIso('2026-07-15T09:30', 'America/New_York')).toBe('2026-07-15T09:30:00-04:00');
  });

  it('refuses what a datetime-local input would not give', () => {
    expect(zonedWallTimeToIso('', 'Asia/Shanghai')).toBeNull();
    expect(zonedWallTimeToIso('2026-02-13', 'Asia/Shanghai')).toBeNull();
  });

  it('measures the offset of UTC itself as zero', () => {
    expect(zoneOffsetMinutes(Date.UTC(2026, 1, 13), 'UTC')).toBe(0);
  });
});
