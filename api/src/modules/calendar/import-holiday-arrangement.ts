import type { PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { AdminActor } from '../admin/admin-actor.js';
import { recordAdminChange } from '../admin/record-admin-change.js';
import { withDbErrors } from '../admin/translate-db-error.js';
import { dateColumnOf, dateTextOf } from './calendar-date.js';
import { type CalendarDayRow, type HolidayArrangementInput, planHolidayArrangement } from './holiday-arrangement.js';
import { lockCalendarSettings } from './lock-calendar-settings.js';

/**
 * Replaces one year's holidays and make-up working days with the arrangement of its State Council
 * notice, atomically: the checked rows, the removal of the year's old ones and the audit event
 * (IMPORT_HOLIDAY_ARRANGEMENT, with the dates before and after) commit together or not at all.
 * A date held by the neighbouring year's arrangement is a CONFLICT. Deadlines are recomputed by the
 * caller once this has committed.
 */
export async function importHolidayArrangement(
  prisma: PrismaClient,
  actor: AdminActor,
  input: HolidayArrangementInput,
): Promise<void> {
  await withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const weekendDays = await lockCalendarSettings(tx);
      const rows = planHolidayArrangement(input, weekendDays);
      const taken = await tx.calendarDay.findFirst({
        where: { date: { in: rows.map((row) => dateColumnOf(row.date)) }, year: { not: input.year } },
      });
      if (taken) {
        throw new DomainError(
          'CONFLICT',
          `${dateTextOf(taken.date)} belongs to the ${taken.year} arrangement; change it there first.`,
          { field: 'holidays', date: dateTextOf(taken.date) },
        );
      }
      const before = await tx.calendarDay.findMany({ where: { year: input.year }, orderBy: { date: 'asc' } });
      await tx.calendarDay.deleteMany({ where: { year: input.year } });
      await tx.calendarDay.createMany({
        data: rows.map((row) => ({ ...row, date: dateColumnOf(row.date), updatedAt: actor.now })),
      });
      await recordAdminChange(tx, actor, {
        action: 'IMPORT_HOLIDAY_ARRANGEMENT',
        entityType: 'calendar_year',
        entityId: input.year,
        details: {
          before: daysSnapshot(before.map((day) => ({ ...day, date: dateTextOf(day.date) }))),
          after: daysSnapshot(rows),
        },
      });
    }),
  );
}

/** The year's days as the audit log keeps them: dates per kind, each with its festival. */
function daysSnapshot(days: readonly Pick<CalendarDayRow, 'date' | 'kind' | 'name'>[]) {
  const of = (kind: CalendarDayRow['kind']) =>
    days.filter((day) => day.kind === kind).map((day) => `${day.date} ${day.name}`);
  return { holidays: of('HOLIDAY'), makeUpWorkdays: of('MAKE_UP_WORKDAY') };
}
