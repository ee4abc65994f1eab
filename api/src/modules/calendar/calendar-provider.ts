import type { WorkCalendar } from '@gridloop/geo';

/**
 * Where deadline computations get the work calendar: the copy an API instance holds of the calendar
 * admins maintain in the database. `current()` is synchronous so the planners that compute deadlines
 * stay pure functions of the calendar they are handed; loading happens around them.
 */
export interface CalendarProvider {
  /**
   * The calendar in force on this instance.
   * @throws {Error} if it was never loaded (the database was unreachable since start)
   */
  current(): WorkCalendar;
  /** The stored revision `current()` was read at; null for a calendar that does not come from the database. */
  revision(): number | null;
  /** Reads the calendar from the database now: after an admin edit, or when another instance changed it. */
  reload(): Promise<WorkCalendar>;
  /** Loads the calendar unless it already is; resolves at once (no query) once it is. */
  ensureLoaded(): Promise<void>;
  /** One cheap read of the stored revision, and a reload if it moved; true when the calendar changed. */
  refreshIfChanged(): Promise<boolean>;
}

/**
 * A provider that always answers the same calendar, for tests that want deadlines independent of
 * the database. Admin edits are still stored, but deadlines computed through it never see them.
 *
 * @example
 * fixedCalendarProvider(defaultWorkCalendar).current() === defaultWorkCalendar; // true
 */
export function fixedCalendarProvider(calendar: WorkCalendar): CalendarProvider {
  return {
    current: () => calendar,
    revision: () => null,
    reload: async () => calendar,
    ensureLoaded: async () => {},
    refreshIfChanged: async () => false,
  };
}
