import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/** Everything the working-time arithmetic needs from the database, read in one consistent snapshot. */
export interface WorkCalendarRow {
  /** 'HH:MM-HH:MM', as stored (the database checks their shape; the calendar checks their order). */
  workPeriods: string[];
  /** ISO weekdays off: 6 Saturday, 7 Sunday. */
  weekendDays: number[];
  /** 'YYYY-MM-DD' dates of every year on record. */
  holidays: string[];
  makeUpWorkdays: string[];
  /** The settings row's revision: it moves with every change to the calendar. */
  revision: number;
}

/** The settings row with every calendar day, as one statement (see {@link selectWorkCalendarRow}). */
export function workCalendarRowSql(): Prisma.Sql {
  return Prisma.sql`
    SELECT s.work_periods AS "workPeriods", s.weekend_days AS "weekendDays", s.revision,
      ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM calendar_day d WHERE d.kind = 'HOLIDAY' ORDER BY d.date)
        AS holidays,
      ARRAY(SELECT to_char(d.date, 'YYYY-MM-DD') FROM calendar_day d WHERE d.kind = 'MAKE_UP_WORKDAY' ORDER BY d.date)
        AS "makeUpWorkdays"
    FROM work_calendar_settings s WHERE s.id = 1`;
}

/**
 * The deployment's calendar as stored, in one statement, so the days and the revision always match.
 * Null only if the settings row is missing (the migration creates it and a trigger keeps it).
 */
export async function selectWorkCalendarRow(prisma: PrismaClient): Promise<WorkCalendarRow | null> {
  const [row] = await prisma.$queryRaw<WorkCalendarRow[]>(workCalendarRowSql());
  return row ?? null;
}

/**
 * The calendar's revision alone: what an API instance polls to learn that another one changed the
 * calendar. Null if the settings row is missing.
 */
export async function selectCalendarRevision(prisma: PrismaClient): Promise<number | null> {
  const [row] = await prisma.$queryRaw<
    { revision: number }[]
  >`SELECT revision FROM work_calendar_settings WHERE id = 1`;
  return row?.revision ?? null;
}
