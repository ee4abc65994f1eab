import { createWorkCalendar, type WorkCalendar } from '@gridloop/geo';
import { planHolidayArrangement } from '../../src/modules/calendar/holiday-arrangement.js';
import { arrangement2025, arrangement2026 } from './official-arrangements.js';

/** The default work periods and weekends with the official 2025 and 2026 arrangements, as the API loads them. */
export function officialCalendar(): WorkCalendar {
  const rows = [arrangement2025, arrangement2026].flatMap((input) => planHolidayArrangement(input, [6, 7]));
  return createWorkCalendar({
    holidays: rows.filter((row) => row.kind === 'HOLIDAY').map((row) => row.date),
    makeUpWorkdays: rows.filter((row) => row.kind === 'MAKE_UP_WORKDAY').map((row) => row.date),
  });
}
