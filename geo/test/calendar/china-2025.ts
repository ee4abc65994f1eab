// Test fixture: the real 2025 arrangement of the State Council General Office notice on 2025
// public holidays (国务院办公厅关于2025年部分节假日安排的通知, November 2024). Production
// calendars come from the admin-maintained table, never from this file.
import { createWorkCalendar } from '../../src/index.js';

/** Every day off in 2025 that the notice lists, weekends inside the breaks included. */
export const CHINA_2025_HOLIDAYS: readonly string[] = [
  '2025-01-01', // 元旦
  ...['01-28', '01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((day) => `2025-${day}`), // 春节
  '2025-04-04', // 清明节
  '2025-04-05',
  '2025-04-06',
  ...['05-01', '05-02', '05-03', '05-04', '05-05'].map((day) => `2025-${day}`), // 劳动节
  '2025-05-31', // 端午节
  '2025-06-01',
  '2025-06-02',
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => `2025-10-${day}`), // 国庆节、中秋节
];

/** Weekend days worked instead (调休上班). */
export const CHINA_2025_MAKE_UP_WORKDAYS: readonly string[] = [
  '2025-01-26', // Sunday, for the Spring Festival
  '2025-02-08', // Saturday, for the Spring Festival
  '2025-04-27', // Sunday, for Labour Day
  '2025-09-28', // Sunday, for National Day
  '2025-10-11', // Saturday, for National Day
];

/** Asia/Shanghai, 08:00-12:00 and 14:00-18:00, with the 2025 holidays. */
export const china2025 = createWorkCalendar({
  holidays: CHINA_2025_HOLIDAYS,
  makeUpWorkdays: CHINA_2025_MAKE_UP_WORKDAYS,
});

/** The instant Shanghai clocks show `local` ('YYYY-MM-DDTHH:MM[:SS]'). */
export function shanghai(local: string): Date {
  return new Date(`${local}+08:00`);
}

/** A small seeded PRNG (mulberry32), so property checks are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
