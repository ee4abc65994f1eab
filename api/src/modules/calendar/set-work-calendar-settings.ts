import { createWorkCalendar, type WorkPeriod } from '@gridloop/geo';
import type { PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from '../admin/admin-actor.js';
import { badRequest } from '../admin/admin-input.js';
import { changesBetween, recordAdminChange } from '../admin/record-admin-change.js';
import { withDbErrors } from '../admin/translate-db-error.js';
import { lockCalendarSettings } from './lock-calendar-settings.js';
import { workPeriodText } from './work-period-text.js';

export interface WorkCalendarSettingsInput {
  workPeriods: readonly WorkPeriod[];
  /** ISO weekdays off (6 Saturday, 7 Sunday). */
  weekendDays: readonly number[];
}

/**
 * Sets the daily work periods and the weekend days (the time zone is the TIME_ZONE setting). Checked
 * by building the calendar they make: periods 'HH:MM', sorted, not overlapping; weekdays 1-7, not
 * repeated, at least one working weekday. Audited as SET_WORK_CALENDAR_SETTINGS with before/after.
 * Returns whether anything changed.
 */
export async function setWorkCalendarSettings(
  prisma: PrismaClient,
  actor: AdminActor,
  input: WorkCalendarSettingsInput,
): Promise<boolean> {
  if (input.workPeriods.length === 0 || input.workPeriods.length > 6) {
    badRequest('workPeriods', 'Give one to six work periods.');
  }
  const weekendDays = [...input.weekendDays].sort((a, b) => a - b);
  if (weekendDays.length > 6) badRequest('weekendDays', 'At least one weekday must be a working day.');
  try {
    createWorkCalendar({ workPeriods: input.workPeriods, weekendDays });
  } catch (error) {
    const message = error instanceof RangeError ? error.message : String(error);
    badRequest(/weekend/.test(message) ? 'weekendDays' : 'workPeriods', `${message}.`);
  }
  const after = { workPeriods: input.workPeriods.map(workPeriodText), weekendDays: weekendDays.map(String) };
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      await lockCalendarSettings(tx);
      const stored = await tx.workCalendarSettings.findUniqueOrThrow({ where: { id: 1 } });
      const before = { workPeriods: stored.workPeriods, weekendDays: stored.weekendDays.map(String) };
      const changes = changesBetween(before, after);
      if (Object.keys(changes.after).length === 0) return false;
      await tx.workCalendarSettings.update({
        where: { id: 1 },
        data: { workPeriods: after.workPeriods, weekendDays },
      });
      await recordAdminChange(tx, actor, {
        action: 'SET_WORK_CALENDAR_SETTINGS',
        entityType: 'work_calendar_settings',
        entityId: 1,
        details: changes,
      });
      return true;
    }),
  );
}
