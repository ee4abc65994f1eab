import { CalendarDayKind } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';
import { adminActorOf } from '../admin/admin-actor.js';
import { requireIntInRange } from '../admin/admin-input.js';
import { requireViewer } from '../auth/require-role.js';
import { deadlinesMovedBy } from './calendar-change-context.js';
import { dateTextOf, isoWeekdayOfDate } from './calendar-date.js';
import { importHolidayArrangement } from './import-holiday-arrangement.js';
import { setCalendarDay } from './set-calendar-day.js';

const CalendarDayKindEnum = builder.enumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  description:
    'HOLIDAY 法定节假日 (off whatever the weekday) or MAKE_UP_WORKDAY 调休上班 (a weekend day that is worked).',
});

const CalendarDayRef = builder.prismaObject('CalendarDay', {
  description: 'A day that differs from its weekday’s rule. Ordinary weekdays and weekends have no entry.',
  fields: (t) => ({
    date: t.string({ description: 'YYYY-MM-DD, local to the deployment.', resolve: (day) => dateTextOf(day.date) }),
    weekday: t.int({
      description: 'ISO weekday: 1 Monday … 7 Sunday.',
      resolve: (day) => isoWeekdayOfDate(dateTextOf(day.date)),
    }),
    kind: t.expose('kind', { type: CalendarDayKindEnum }),
    year: t.exposeInt('year', { description: 'The arrangement (State Council notice) it belongs to.' }),
    name: t.exposeString('name', { description: 'The festival: 元旦, 春节, 国庆节…' }),
    note: t.exposeString('note', { nullable: true }),
    updatedAt: t.string({ description: 'ISO 8601, UTC.', resolve: (day) => day.updatedAt.toISOString() }),
  }),
});

builder.queryField('calendarDays', (t) =>
  t.prismaField({
    type: ['CalendarDay'],
    description: 'The holidays and make-up working days of one year’s arrangement, by date (any signed-in user).',
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, _root, { year }, { prisma, viewer }) => {
      requireViewer(viewer);
      requireIntInRange(year, 'year', 2000, 2099);
      return prisma.calendarDay.findMany({ ...query, where: { year }, orderBy: { date: 'asc' } });
    },
  }),
);

const HolidayRangeInput = builder.inputType('HolidayRangeInput', {
  description: 'One festival’s days off as the notice lists them, weekends inside the range included.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'e.g. 春节' }),
    from: t.string({ required: true, description: 'YYYY-MM-DD, first day off.' }),
    to: t.string({ required: true, description: 'YYYY-MM-DD, last day off (inclusive).' }),
    note: t.string(),
  }),
});

const MakeUpWorkdayInput = builder.inputType('MakeUpWorkdayInput', {
  fields: (t) => ({
    date: t.string({ required: true, description: 'YYYY-MM-DD, a weekend day.' }),
    name: t.string({ required: true, description: 'The festival it makes up for, e.g. 春节' }),
    note: t.string(),
  }),
});

interface CalendarUpdate {
  year: number;
  days: (typeof CalendarDayRef)['$inferType'][];
  deadlinesMoved: number | null;
}

const CalendarUpdateRef = builder.objectRef<CalendarUpdate>('CalendarUpdate').implement({
  description: 'A year’s days after an edit, and what the edit did to running deadlines.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    days: t.field({ type: [CalendarDayRef], resolve: (update) => update.days }),
    deadlinesMoved: t.int({
      nullable: true,
      description:
        'Running steps whose deadline or yellow point moved. Null if recomputing failed after the edit was saved ' +
        '(logged; run recomputeStepDeadlines).',
      resolve: (update) => update.deadlinesMoved,
    }),
  }),
});

builder.mutationFields((t) => ({
  importHolidayArrangement: t.field({
    type: CalendarUpdateRef,
    description:
      'ADMIN: replaces a year’s holidays and make-up working days with its State Council notice, atomically ' +
      '(IMPORT_HOLIDAY_ARRANGEMENT with the dates before and after), then recomputes running deadlines. Errors: ' +
      'BAD_REQUEST naming the field (holidays[i].from…) for a date that is not real or not in the year (25-31 ' +
      'December before it is allowed for 元旦), a range ending before it starts or over 15 days, a date listed ' +
      'twice or both off and worked, a make-up day that is not a weekend day; CONFLICT for a date held by another ' +
      'year’s arrangement.',
    args: {
      year: t.arg.int({ required: true }),
      holidays: t.arg({ type: [HolidayRangeInput], required: true }),
      makeUpWorkdays: t.arg({ type: [MakeUpWorkdayInput], required: true }),
      reason: t.arg.string(),
    },
    resolve: async (_root, { year, holidays, makeUpWorkdays, reason }, context) => {
      const actor = adminActorOf(context, reason);
      await importHolidayArrangement(context.prisma, actor, { year, holidays, makeUpWorkdays });
      const deadlinesMoved = await deadlinesMovedBy(context, actor, true);
      const days = await context.prisma.calendarDay.findMany({ where: { year }, orderBy: { date: 'asc' } });
      return { year, days, deadlinesMoved };
    },
  }),
  setCalendarDay: t.field({
    type: CalendarUpdateRef,
    description:
      'ADMIN: makes one date a holiday or a make-up working day, renames it, or clears it (kind null) so its ' +
      'weekday decides again (SET_CALENDAR_DAY / CLEAR_CALENDAR_DAY with before/after); then recomputes running ' +
      'deadlines. Answers the days of the date’s year. Errors: BAD_REQUEST for a date that is not real (date), a ' +
      'missing name (name), a make-up working day on a weekday (date).',
    args: {
      date: t.arg.string({ required: true }),
      kind: t.arg({ type: CalendarDayKindEnum, description: 'Null clears the day.' }),
      name: t.arg.string(),
      note: t.arg.string(),
      reason: t.arg.string(),
    },
    resolve: async (_root, { date, kind, name, note, reason }, context) => {
      const actor = adminActorOf(context, reason);
      const isChanged = await setCalendarDay(context.prisma, actor, { date, kind: kind ?? null, name, note });
      const deadlinesMoved = await deadlinesMovedBy(context, actor, isChanged);
      const year = Number(date.slice(0, 4));
      const days = await context.prisma.calendarDay.findMany({ where: { year }, orderBy: { date: 'asc' } });
      return { year, days, deadlinesMoved };
    },
  }),
}));
