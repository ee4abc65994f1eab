import type { WorkCalendar } from '@gridloop/geo';
import { type PrismaClient, selectCalendarRevision, selectWorkCalendarRow } from '@gridloop/prisma';
import type { CalendarProvider } from './calendar-provider.js';
import { workCalendarOfRow } from './work-calendar-of-row.js';

export interface DatabaseCalendarProviderOptions {
  prisma: PrismaClient;
  /** The deployment's IANA zone (TIME_ZONE): it is configuration, not a stored setting. */
  timeZone: string;
}

interface Loaded {
  calendar: WorkCalendar;
  revision: number;
}

/**
 * The calendar read from work_calendar_settings and calendar_day (one statement per load). Nothing
 * is read until `reload()` or `ensureLoaded()`; afterwards `current()` costs nothing. A load that
 * finishes after a newer one never replaces it, so concurrent reloads settle on the latest revision.
 */
export function createDatabaseCalendarProvider({
  prisma,
  timeZone,
}: DatabaseCalendarProviderOptions): CalendarProvider {
  let loaded: Loaded | null = null;
  let loading: Promise<WorkCalendar> | null = null;

  const load = async (): Promise<WorkCalendar> => {
    const row = await selectWorkCalendarRow(prisma);
    if (!row) throw new Error('work_calendar_settings has no row 1: run the migrations');
    const next = { calendar: workCalendarOfRow(row, timeZone), revision: row.revision };
    if (!loaded || next.revision >= loaded.revision) loaded = next;
    return loaded.calendar;
  };

  return {
    current: () => {
      if (!loaded) throw new Error('the work calendar has not been loaded from the database yet');
      return loaded.calendar;
    },
    revision: () => loaded?.revision ?? null,
    reload: load,
    ensureLoaded: async () => {
      if (loaded) return;
      loading ??= load().finally(() => {
        loading = null;
      });
      await loading;
    },
    refreshIfChanged: async () => {
      const stored = await selectCalendarRevision(prisma);
      if (stored === null || stored === loaded?.revision) return false;
      await load();
      return true;
    },
  };
}
