import type { CalendarDayKind, PrismaClient } from '@gridloop/prisma';
import type { AdminActor } from '../admin/admin-actor.js';
import { badRequest, optionalText, requiredText } from '../admin/admin-input.js';
import { changesBetween, recordAdminChange, type Snapshot } from '../admin/record-admin-change.js';
import { withDbErrors } from '../admin/translate-db-error.js';
import { dateColumnOf, isoWeekdayOfDate, requireCalendarDate, weekdayNameOf } from './calendar-date.js';
import { lockCalendarSettings } from './lock-calendar-settings.js';

export interface SetCalendarDayInput {
  date: string;
  /** Null clears the day back to its weekday's rule. */
  kind: CalendarDayKind | null;
  name?: string | null | undefined;
  note?: string | null | undefined;
}

/**
 * Edits one day: makes it a holiday or a make-up working day (a weekend day only), renames it, or
 * clears it (kind null) so its weekday decides again. A new day belongs to its own year's
 * arrangement; an existing one keeps the arrangement it came with. Audited as SET_CALENDAR_DAY with
 * before/after in the same transaction; an edit that changes nothing writes nothing. Returns whether
 * anything changed (the caller recomputes deadlines only then).
 */
export async function setCalendarDay(
  prisma: PrismaClient,
  actor: AdminActor,
  input: SetCalendarDayInput,
): Promise<boolean> {
  const date = requireCalendarDate(input.date, 'date');
  const after = input.kind === null ? null : validDay(input.kind, input);
  return withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const weekendDays = await lockCalendarSettings(tx);
      if (after?.kind === 'MAKE_UP_WORKDAY' && !weekendDays.includes(isoWeekdayOfDate(date))) {
        badRequest(
          'date',
          `${date} is a ${weekdayNameOf(date)}, already a working day; a make-up working day falls on a weekend.`,
        );
      }
      const existing = await tx.calendarDay.findUnique({ where: { date: dateColumnOf(date) } });
      const before: Snapshot = existing ? { kind: existing.kind, name: existing.name, note: existing.note } : {};
      const changes = changesBetween(before, after ?? { kind: null, name: null, note: null });
      if (Object.keys(changes.after).length === 0) return false;
      if (after) {
        await tx.calendarDay.upsert({
          where: { date: dateColumnOf(date) },
          create: { date: dateColumnOf(date), year: Number(date.slice(0, 4)), ...after, updatedAt: actor.now },
          update: { ...after, updatedAt: actor.now },
        });
      } else {
        await tx.calendarDay.delete({ where: { date: dateColumnOf(date) } });
      }
      await recordAdminChange(tx, actor, {
        action: after ? 'SET_CALENDAR_DAY' : 'CLEAR_CALENDAR_DAY',
        entityType: 'calendar_day',
        entityId: date,
        details: changes,
      });
      return true;
    }),
  );
}

function validDay(kind: CalendarDayKind, input: SetCalendarDayInput) {
  if (input.name == null)
    badRequest(
      'name',
      `A ${kind === 'HOLIDAY' ? 'holiday' : 'make-up working day'} needs the festival's name (e.g. 春节).`,
    );
  return {
    kind,
    name: requiredText(input.name, 'name', 50),
    note: optionalText(input.note, 'note', 500) ?? null,
  };
}
