import { builder } from '../../graphql/builder.js';
import { badRequest, requirePositiveAmount } from '../admin/admin-input.js';
import { TimeLimitUnitEnum } from '../admin/catalog-enums.schema.js';
import { requireViewer } from '../auth/require-role.js';
import { dateColumnOf, dateTextOf } from './calendar-date.js';
import { type DayOff, type DeadlinePreview, previewDeadline } from './preview-deadline.js';

const DayOffReasonEnum = builder.enumType('DayOffReason', {
  description:
    'HOLIDAY: listed in the calendar (法定节假日); WEEKEND: a weekend day that is not a make-up working day.',
  values: ['HOLIDAY', 'WEEKEND'] as const,
});

type NamedDayOff = DayOff & { name: string | null };

const DayOffRef = builder.objectRef<NamedDayOff>('DayOff').implement({
  description: 'A local date on which working time does not run.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    reason: t.field({ type: DayOffReasonEnum, resolve: (day) => day.reason }),
    name: t.exposeString('name', { nullable: true, description: 'The festival, for holidays.' }),
  }),
});

const iso = (date: Date) => date.toISOString();

const DeadlinePreviewRef = builder
  .objectRef<DeadlinePreview & { daysOff: NamedDayOff[] }>('DeadlinePreview')
  .implement({
    description: 'How a time limit resolves under the current calendar, exactly as a case step would get it.',
    fields: (t) => ({
      from: t.string({ description: 'ISO 8601, UTC.', resolve: (preview) => iso(preview.from) }),
      deadlineAt: t.string({ description: 'ISO 8601, UTC.', resolve: (preview) => iso(preview.deadlineAt) }),
      warnAt: t.string({
        description: 'When 80 % of the limit is used (the light turns yellow); ISO 8601, UTC.',
        resolve: (preview) => iso(preview.warnAt),
      }),
      workMinutes: t.exposeFloat('workMinutes', { description: 'Working time from `from` to the deadline.' }),
      elapsedMinutes: t.exposeFloat('elapsedMinutes', { description: 'Real time from `from` to the deadline.' }),
      calendarDays: t.exposeInt('calendarDays', {
        description: 'Local dates from the start’s to the deadline’s, both included.',
      }),
      daysOff: t.field({
        type: [DayOffRef],
        description: 'The weekends and holidays among those dates, in order.',
        resolve: (preview) => preview.daysOff,
      }),
    }),
  });

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its offset: a wall-clock time without one would be ambiguous. */
function requireInstant(value: string, field: string): Date {
  const ms = INSTANT.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    badRequest(
      field,
      `${field} must be an ISO 8601 instant with its offset (2025-01-27T16:00+08:00), got ${JSON.stringify(value)}.`,
    );
  }
  return new Date(ms);
}

builder.queryField('deadline', (t) =>
  t.field({
    type: DeadlinePreviewRef,
    description:
      'Previews where a time limit starting at `from` ends under the current work calendar, with the working time ' +
      'it spans and the days off it crosses, so a city can check its calendar before go-live (any signed-in user). ' +
      'Errors: BAD_REQUEST (from) for an instant without offset, BAD_REQUEST (amount) outside (0, 1000].',
    args: {
      from: t.arg.string({ required: true, description: 'ISO 8601 instant with offset.' }),
      amount: t.arg.float({ required: true }),
      unit: t.arg({ type: TimeLimitUnitEnum, required: true }),
    },
    resolve: async (_root, { from, amount, unit }, { viewer, cases, prisma }) => {
      requireViewer(viewer);
      const start = requireInstant(from, 'from');
      requirePositiveAmount(amount, 'amount', 1000);
      const preview = previewDeadline(cases.calendar.current(), start, amount, unit);
      const holidayDates = preview.daysOff
        .filter((day) => day.reason === 'HOLIDAY')
        .map((day) => dateColumnOf(day.date));
      const named = holidayDates.length
        ? await prisma.calendarDay.findMany({
            where: { date: { in: holidayDates } },
            select: { date: true, name: true },
          })
        : [];
      const names = new Map(named.map((day) => [dateTextOf(day.date), day.name]));
      return { ...preview, daysOff: preview.daysOff.map((day) => ({ ...day, name: names.get(day.date) ?? null })) };
    },
  }),
);
