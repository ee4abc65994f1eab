import { graphqlRequest } from '../../api/graphql-client';
import type { TimeLimitUnit } from '../cases/case-enums';
import type { CalendarDayKind } from './admin-enums';
import type { CalendarDay, DeadlinePreview, WorkCalendar, WorkPeriod } from './calendar-types';
import type { ArrangementInput } from './holiday-arrangement-form';

const DAY_FIELDS = 'date kind name note weekday year';

/** The holidays and make-up working days of one year's arrangement, by date. */
export async function fetchCalendarDays(year: number, signal: AbortSignal): Promise<CalendarDay[]> {
  const data = await graphqlRequest<{ calendarDays: CalendarDay[] }>(
    `query AdminCalendarDays($year: Int!) { calendarDays(year: $year) { ${DAY_FIELDS} } }`,
    { year },
    { signal },
  );
  return data.calendarDays;
}

export async function fetchWorkCalendar(signal: AbortSignal): Promise<WorkCalendar> {
  const data = await graphqlRequest<{ workCalendar: WorkCalendar }>(
    'query AdminWorkCalendar { workCalendar { timeZone weekendDays workPeriods { start end } workDayHours } }',
    undefined,
    { signal },
  );
  return data.workCalendar;
}

/** Replaces a year's arrangement with its State Council notice, atomically. */
export async function importHolidayArrangement(input: ArrangementInput, reason: string): Promise<void> {
  await graphqlRequest(
    `mutation($year: Int!, $holidays: [HolidayRangeInput!]!, $makeUpWorkdays: [MakeUpWorkdayInput!]!, $reason: String) {
      importHolidayArrangement(year: $year, holidays: $holidays, makeUpWorkdays: $makeUpWorkdays, reason: $reason) { year }
    }`,
    { ...input, reason },
  );
}

/** Makes one date a holiday or a make-up working day, or clears it (kind null). */
export async function setCalendarDay(
  day: { date: string; kind: CalendarDayKind | null; name: string | null; note: string | null },
  reason: string,
): Promise<void> {
  await graphqlRequest(
    `mutation($date: String!, $kind: CalendarDayKind, $name: String, $note: String, $reason: String) {
      setCalendarDay(date: $date, kind: $kind, name: $name, note: $note, reason: $reason) { year }
    }`,
    { ...day, reason },
  );
}

export async function setWorkCalendarSettings(
  settings: { workPeriods: WorkPeriod[]; weekendDays: number[] },
  reason: string,
): Promise<void> {
  await graphqlRequest(
    `mutation($workPeriods: [WorkPeriodInput!]!, $weekendDays: [Int!]!, $reason: String) {
      setWorkCalendarSettings(workPeriods: $workPeriods, weekendDays: $weekendDays, reason: $reason) {
        calendar { timeZone }
      }
    }`,
    { ...settings, reason },
  );
}

/** Where a limit starting at `from` (ISO with offset) ends under the current calendar. */
export async function previewDeadline(from: string, amount: number, unit: TimeLimitUnit): Promise<DeadlinePreview> {
  const data = await graphqlRequest<{ deadline: DeadlinePreview }>(
    `query AdminDeadlinePreview($from: String!, $amount: Float!, $unit: TimeLimitUnit!) {
      deadline(from: $from, amount: $amount, unit: $unit) {
        from deadlineAt warnAt workMinutes elapsedMinutes calendarDays daysOff { date reason name }
      }
    }`,
    { from, amount, unit },
  );
  return data.deadline;
}
