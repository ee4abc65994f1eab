import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/index.js';

/** What the date part of a case code must be: the date local clocks show, as Intl formats it. */
function intlDateOf(timeZone: string): (instant: Date) => string {
  const formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => formatter.format(instant);
}

describe('localDateOf', () => {
  it('turns the date at local midnight, not at UTC midnight', () => {
    expect(localDateOf(new Date('2026-11-25T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-11-25');
    expect(localDateOf(new Date('2026-11-25T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-11-26');
  });

  it('agrees with Intl every 37 minutes across a year, in zones with and without summer time', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    for (const zone of ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'Pacific/Chatham']) {
      const expected = intlDateOf(zone);
      for (let ms = start; ms < start + 366 * 86_400_000; ms += 37 * 60_000) {
        const instant = new Date(ms);
        if (localDateOf(instant, zone) !== expected(instant)) {
          expect(localDateOf(instant, zone), `${zone} at ${instant.toISOString()}`).toBe(expected(instant));
        }
      }
    }
  });

  it('refuses an invalid instant and an unknown zone', () => {
    expect(() => localDateOf(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => localDateOf(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
