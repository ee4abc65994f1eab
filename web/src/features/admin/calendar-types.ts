import type { CalendarDayKind } from './admin-enums';

/** A date that differs from its weekday's rule (the API's `CalendarDay`). */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
  note: string | null;
  weekday: number;
  year: number;
}

export interface WorkPeriod {
  start: string;
  end: string;
}

/** The working-time rules deadlines count with. */
export interface WorkCalendar {
  timeZone: string;
  weekendDays: number[];
  workPeriods: WorkPeriod[];
  workDayHours: number;
}

/** Where a limit starting at `from` ends, as a case step would get it. */
export interface DeadlinePreview {
  from: string;
  deadlineAt: string;
  warnAt: string;
  workMinutes: number;
  elapsedMinutes: number;
  calendarDays: number;
  daysOff: { date: string; reason: 'HOLIDAY' | 'WEEKEND'; name: string | null }[];
}
