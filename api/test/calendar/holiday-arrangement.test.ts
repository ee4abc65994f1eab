import { describe, expect, it } from 'vitest';
import {
  type HolidayArrangementInput,
  planHolidayArrangement,
} from '../../src/modules/calendar/holiday-arrangement.js';
import { arrangement2025, arrangement2026 } from './official-arrangements.js';

const weekend = [6, 7];

/** The error code and field a bad arrangement is refused with. */
function refusal(input: HolidayArrangementInput): { code?: string; field?: unknown; message: string } {
  try {
    planHolidayArrangement(input, weekend);
  } catch (error) {
    const { code, details, message } = error as { code?: string; details?: { field?: unknown }; message: string };
    return { code, field: details?.field, message } as never;
  }
  throw new Error('the arrangement was accepted');
}

const with2025 = (change: Partial<HolidayArrangementInput>): HolidayArrangementInput => ({
  ...arrangement2025,
  ...change,
});

describe('importing a year’s State Council arrangement', () => {
  it('expands the 2025 notice into 28 days off and 5 make-up working days', () => {
    const rows = planHolidayArrangement(arrangement2025, weekend);
    const holidays = rows.filter((row) => row.kind === 'HOLIDAY');
    expect(holidays).toHaveLength(28);
    expect(holidays.filter((row) => row.name === '春节').map((row) => row.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(rows.filter((row) => row.kind === 'MAKE_UP_WORKDAY').map((row) => row.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(rows.every((row) => row.year === 2025)).toBe(true);
    expect(rows.map((row) => row.date)).toEqual([...rows.map((row) => row.date)].sort());
  });

  it('expands the 2026 notice into 33 days off and 6 make-up working days', () => {
    const rows = planHolidayArrangement(arrangement2026, weekend);
    expect(rows.filter((row) => row.kind === 'HOLIDAY')).toHaveLength(33);
    expect(rows.filter((row) => row.kind === 'MAKE_UP_WORKDAY')).toHaveLength(6);
    expect(rows.find((row) => row.date === '2026-02-23')).toMatchObject({ kind: 'HOLIDAY', name: '春节' });
  });

  it('takes the last week of the year before for 元旦 (the 2019 notice began on 2018-12-29)', () => {
    const rows = planHolidayArrangement(
      {
        year: 2019,
        holidays: [{ name: '元旦', from: '2018-12-30', to: '2019-01-01' }],
        makeUpWorkdays: [{ date: '2018-12-29', name: '元旦' }],
      },
      weekend,
    );
    expect(rows.map((row) => `${row.date} ${row.kind} ${row.year}`)).toEqual([
      '2018-12-29 MAKE_UP_WORKDAY 2019',
      '2018-12-30 HOLIDAY 2019',
      '2018-12-31 HOLIDAY 2019',
      '2019-01-01 HOLIDAY 2019',
    ]);
  });

  it('refuses dates outside the year, naming the field', () => {
    const early = refusal(with2025({ holidays: [{ name: '元旦', from: '2024-12-20', to: '2025-01-01' }] }));
    expect(early).toMatchObject({ code: 'BAD_REQUEST', field: 'holidays[0].from' });
    const late = refusal(with2025({ makeUpWorkdays: [{ date: '2026-01-04', name: '元旦' }] }));
    expect(late).toMatchObject({ code: 'BAD_REQUEST', field: 'makeUpWorkdays[0].date' });
  });

  it('refuses impossible dates and ranges that end before they start or run too long', () => {
    expect(refusal(with2025({ holidays: [{ name: 'x', from: '2025-02-29', to: '2025-03-01' }] })).field).toBe(
      'holidays[0].from',
    );
    expect(refusal(with2025({ holidays: [{ name: '春节', from: '2025-02-04', to: '2025-01-28' }] })).field).toBe(
      'holidays[0].to',
    );
    expect(refusal(with2025({ holidays: [{ name: '春节', from: '2025-01-01', to: '2025-01-31' }] })).message).toContain(
      '31',
    );
  });

  it('refuses a day listed in two ranges, or both off and worked', () => {
    const overlapping = with2025({
      holidays: [
        { name: '国庆节', from: '2025-10-01', to: '2025-10-07' },
        { name: '中秋节', from: '2025-10-06', to: '2025-10-08' },
      ],
      makeUpWorkdays: [],
    });
    expect(refusal(overlapping)).toMatchObject({ code: 'BAD_REQUEST', field: 'holidays[1]' });
    const both = with2025({ makeUpWorkdays: [{ date: '2025-02-01', name: '春节' }] });
    expect(refusal(both)).toMatchObject({ code: 'BAD_REQUEST', field: 'makeUpWorkdays[0].date' });
    const twice = with2025({
      makeUpWorkdays: [
        { date: '2025-01-26', name: '春节' },
        { date: '2025-01-26', name: '春节' },
      ],
    });
    expect(refusal(twice).message).toContain('listed twice');
  });

  it('refuses a make-up working day on a weekday: 2025-01-27 is a Monday', () => {
    const refused = refusal(with2025({ makeUpWorkdays: [{ date: '2025-01-27', name: '春节' }] }));
    expect(refused).toMatchObject({ code: 'BAD_REQUEST', field: 'makeUpWorkdays[0].date' });
    expect(refused.message).toContain('Monday');
  });

  it('refuses a nameless festival and a year out of range', () => {
    expect(refusal(with2025({ holidays: [{ name: '  ', from: '2025-01-01', to: '2025-01-01' }] })).field).toBe(
      'holidays[0].name',
    );
    expect(refusal({ ...arrangement2025, year: 1999 }).field).toBe('year');
  });
});
