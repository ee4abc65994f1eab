import { timeLimitMinutes, type WorkCalendar } from '@gridloop/geo';
import { builder } from '../../graphql/builder.js';
import { adminActorOf } from '../admin/admin-actor.js';
import { requireViewer } from '../auth/require-role.js';
import { deadlinesMovedBy } from './calendar-change-context.js';
import type { CalendarProvider } from './calendar-provider.js';
import { recomputeAfterCalendarChange } from './recompute-after-calendar-change.js';
import type { RecomputeSummary } from './recompute-step-deadlines.js';
import { setWorkCalendarSettings } from './set-work-calendar-settings.js';

const WorkPeriodRef = builder.objectRef<{ start: string; end: string }>('WorkPeriod').implement({
  description: 'A daily work period in local wall-clock time.',
  fields: (t) => ({
    start: t.exposeString('start', { description: 'HH:MM' }),
    end: t.exposeString('end', { description: 'HH:MM; 24:00 is midnight at the end of the day.' }),
  }),
});

interface WorkCalendarView {
  calendar: WorkCalendar;
  revision: number | null;
}

const WorkCalendarRef = builder.objectRef<WorkCalendarView>('WorkCalendar').implement({
  description: 'The working-time rules deadlines are computed with (DESIGN.md §2.3).',
  fields: (t) => ({
    timeZone: t.string({
      description: 'IANA zone (the TIME_ZONE setting of the deployment).',
      resolve: (view) => view.calendar.timeZone,
    }),
    workPeriods: t.field({ type: [WorkPeriodRef], resolve: (view) => [...view.calendar.workPeriods] }),
    weekendDays: t.intList({
      description: 'ISO weekdays off unless a make-up working day says otherwise (6 Saturday, 7 Sunday).',
      resolve: (view) => [...view.calendar.weekendDays],
    }),
    workDayHours: t.float({
      description: 'Work hours in one work day (工作日): the total of the work periods.',
      resolve: (view) => timeLimitMinutes(view.calendar, 1, 'WORK_DAYS') / 60,
    }),
    revision: t.int({
      nullable: true,
      description: 'Moves with every change to the calendar; null when this instance runs a fixed calendar.',
      resolve: (view) => view.revision,
    }),
  }),
});

const viewOf = (provider: CalendarProvider): WorkCalendarView => ({
  calendar: provider.current(),
  revision: provider.revision(),
});

builder.queryField('workCalendar', (t) =>
  t.field({
    type: WorkCalendarRef,
    description: 'The work periods, weekend days and time zone deadlines count with (any signed-in user).',
    resolve: (_root, _args, { viewer, cases }) => {
      requireViewer(viewer);
      return viewOf(cases.calendar);
    },
  }),
);

const WorkPeriodInput = builder.inputType('WorkPeriodInput', {
  fields: (t) => ({
    start: t.string({ required: true, description: 'HH:MM' }),
    end: t.string({ required: true, description: 'HH:MM (24:00 allowed)' }),
  }),
});

const WorkCalendarUpdateRef = builder
  .objectRef<{ calendar: WorkCalendarView; deadlinesMoved: number | null }>('WorkCalendarUpdate')
  .implement({
    fields: (t) => ({
      calendar: t.field({ type: WorkCalendarRef, resolve: (update) => update.calendar }),
      deadlinesMoved: t.int({
        nullable: true,
        description: 'Running steps whose deadline or yellow point moved; null if recomputing failed (logged).',
        resolve: (update) => update.deadlinesMoved,
      }),
    }),
  });

const DeadlineRecomputationRef = builder.objectRef<RecomputeSummary>('DeadlineRecomputation').implement({
  fields: (t) => ({
    revision: t.int({ nullable: true, resolve: (summary) => summary.revision }),
    examined: t.exposeInt('examined', { description: 'Running steps looked at.' }),
    changed: t.exposeInt('changed', { description: 'Steps whose deadline or yellow point moved.' }),
    failedCaseIds: t.intList({
      description: 'Cases whose stored limit could not be computed; left as they were.',
      resolve: (summary) => summary.failedCaseIds,
    }),
  }),
});

builder.mutationFields((t) => ({
  setWorkCalendarSettings: t.field({
    type: WorkCalendarUpdateRef,
    description:
      'ADMIN: sets the daily work periods and the weekend days (SET_WORK_CALENDAR_SETTINGS with before/after), ' +
      'then recomputes running deadlines. Errors: BAD_REQUEST (workPeriods) for periods that are not HH:MM, end ' +
      'before they start, overlap or are out of order, or more than six; BAD_REQUEST (weekendDays) for a day ' +
      'outside 1-7, a repeated day, or no working weekday left.',
    args: {
      workPeriods: t.arg({ type: [WorkPeriodInput], required: true }),
      weekendDays: t.arg.intList({ required: true }),
      reason: t.arg.string(),
    },
    resolve: async (_root, { workPeriods, weekendDays, reason }, context) => {
      const actor = adminActorOf(context, reason);
      const isChanged = await setWorkCalendarSettings(context.prisma, actor, { workPeriods, weekendDays });
      const deadlinesMoved = await deadlinesMovedBy(context, actor, isChanged);
      return { calendar: viewOf(context.cases.calendar), deadlinesMoved };
    },
  }),
  recomputeStepDeadlines: t.field({
    type: DeadlineRecomputationRef,
    description:
      'ADMIN: reloads the calendar and recomputes every running step’s deadline now (RECOMPUTE_STEP_DEADLINES). ' +
      'Calendar edits do this by themselves; this is for after a failed run or a change made in SQL.',
    args: { reason: t.arg.string() },
    resolve: async (_root, { reason }, context) => {
      const actor = adminActorOf(context, reason);
      const summary = await recomputeAfterCalendarChange(
        { prisma: context.prisma, calendar: context.cases.calendar, logger: context.logger },
        { actorId: actor.actorId, at: actor.now, reason: actor.reason },
      );
      if (!summary) throw new Error('recomputing step deadlines failed (see the log)');
      return summary;
    },
  }),
}));
