import type { Prisma } from '@gridloop/prisma';

/**
 * Locks the calendar's settings row for the rest of the transaction and returns its weekend days.
 * Every calendar write takes this lock first, so two admins editing at once queue instead of
 * interleaving an import's delete and insert.
 */
export async function lockCalendarSettings(tx: Prisma.TransactionClient): Promise<number[]> {
  const [row] = await tx.$queryRaw<{ weekend_days: number[] }[]>`
    SELECT weekend_days FROM work_calendar_settings WHERE id = 1 FOR UPDATE`;
  if (!row) throw new Error('work_calendar_settings has no row 1: run the migrations');
  return row.weekend_days;
}
