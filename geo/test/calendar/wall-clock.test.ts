import { describe, expect, it } from 'vitest';
import { instantOfWallClock, startOfLocalDay, wallClockOf } from '../../src/index.js';

// America/New_York moved to summer time on Sunday 2011-03-13 (02:00 EST → 03:00 EDT) and back on
// Sunday 2011-11-06 (02:00 EDT → 01:00 EST); in 2030 the spring change falls on 2030-03-10.
const newYork = 'America/New_York';

describe('wallClockOf', () => {
  it('shows the local time of an instant in the UTC fields of a Date', () => {
    expect(wallClockOf(new Date('2030-03-04T01:00:00Z'), 'Asia/Shanghai')).toEqual(new Date('2030-03-04T09:00:00Z'));
    expect(wallClockOf(new Date('2030-03-10T06:59:59.500Z'), newYork)).toEqual(new Date('2030-03-10T01:59:59.500Z'));
    expect(wallClockOf(new Date('2030-03-10T07:30:00Z'), newYork)).toEqual(new Date('2030-03-10T03:30:00Z'));
  });

  it('names what it refuses', () => {
    expect(() => wallClockOf(new Date(Number.NaN), newYork)).toThrow(/instant must be a valid Date/);
    expect(() => wallClockOf(new Date(0), 'Mars/Olympus')).toThrow(/IANA.*Mars\/Olympus/);
  });
});

describe('instantOfWallClock', () => {
  it('places a local time of any zone, to the millisecond', () => {
    expect(instantOfWallClock(new Date('2011-03-01T14:27:57.250Z'), newYork)).toEqual(
      new Date('2011-03-01T19:27:57.250Z'),
    );
    expect(instantOfWallClock(new Date('2011-03-14T09:00:00Z'), newYork)).toEqual(new Date('2011-03-14T13:00:00Z'));
    expect(instantOfWallClock(new Date('2026-01-01T08:00:00Z'), 'Asia/Shanghai')).toEqual(
      new Date('2026-01-01T00:00:00Z'),
    );
  });

  it('moves a skipped time forward and takes the first of a repeated one', () => {
    // 02:30 on 2011-03-13 never happened in New York: it reads as 03:30 EDT.
    expect(instantOfWallClock(new Date('2011-03-13T02:30:00Z'), newYork)).toEqual(new Date('2011-03-13T07:30:00Z'));
    // 01:30 on 2011-11-06 happened twice: the first, in EDT.
    expect(instantOfWallClock(new Date('2011-11-06T01:30:00Z'), newYork)).toEqual(new Date('2011-11-06T05:30:00Z'));
  });

  it('undoes wallClockOf', () => {
    for (let ms = Date.parse('2030-03-09T00:00:00Z'); ms < Date.parse('2030-03-12T00:00:00Z'); ms += 17 * 60_000) {
      const instant = new Date(ms);
      expect(instantOfWallClock(wallClockOf(instant, newYork), newYork)).toEqual(instant);
    }
  });

  it('names what it refuses', () => {
    expect(() => instantOfWallClock(new Date(Number.NaN), newYork)).toThrow(/wallClock must be a valid Date/);
    expect(() => instantOfWallClock(new Date(0), '')).toThrow(/IANA/);
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight, whatever the offset that day', () => {
    expect(startOfLocalDay('2030-03-04', 'Asia/Shanghai')).toEqual(new Date('2030-03-03T16:00:00Z'));
    // The spring-forward day begins in EST and the next one in EDT.
    expect(startOfLocalDay('2030-03-10', newYork)).toEqual(new Date('2030-03-10T05:00:00Z'));
    expect(startOfLocalDay('2030-03-11', newYork)).toEqual(new Date('2030-03-11T04:00:00Z'));
  });

  it('is the first instant of a day whose midnight the clocks skip', () => {
    // Chile moved its clocks from 24:00 to 01:00 on 2022-09-11 (Santiago, -04 → -03).
    expect(startOfLocalDay('2022-09-11', 'America/Santiago')).toEqual(new Date('2022-09-11T04:00:00Z'));
  });

  it('names what it refuses', () => {
    expect(() => startOfLocalDay('2030-02-29', 'Asia/Shanghai')).toThrow(/date must be a real date/);
    expect(() => startOfLocalDay('2030-03-04', 'Mars/Olympus')).toThrow(/IANA/);
  });
});
