import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { type CaseLoopApi, type DemoRole, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

// The work calendar as admins see and maintain it: the official arrangements the migration seeds,
// the deadline preview, and the checks and audit of imports and edits. What edits do to running
// cases is in calendar-recompute.test.ts.

const calendarDays = `query($year: Int!) { calendarDays(year: $year) { date weekday kind year name note } }`;
const importArrangement = `mutation($year: Int!, $holidays: [HolidayRangeInput!]!, $makeUps: [MakeUpWorkdayInput!]!, $reason: String) {
  importHolidayArrangement(year: $year, holidays: $holidays, makeUpWorkdays: $makeUps, reason: $reason) {
    year deadlinesMoved days { date kind name } } }`;
const setDay = `mutation($date: String!, $kind: CalendarDayKind, $name: String, $reason: String) {
  setCalendarDay(date: $date, kind: $kind, name: $name, reason: $reason) { year deadlinesMoved days { date kind name } } }`;
const preview = `query($from: String!, $amount: Float!, $unit: TimeLimitUnit!) {
  deadline(from: $from, amount: $amount, unit: $unit) {
    from deadlineAt warnAt workMinutes elapsedMinutes calendarDays daysOff { date reason name } } }`;

interface Day {
  date: string;
  weekday: number;
  kind: string;
  year: number;
  name: string;
  note: string | null;
}
interface Preview {
  deadline: {
    from: string;
    deadlineAt: string;
    warnAt: string;
    workMinutes: number;
    elapsedMinutes: number;
    calendarDays: number;
    daysOff: { date: string; reason: string; name: string | null }[];
  };
}
interface CalendarUpdate {
  year: number;
  deadlinesMoved: number | null;
  days: { date: string; kind: string; name: string }[];
}

let loop: CaseLoopApi;

beforeAll(async () => {
  loop = await startCaseLoopApi();
}, 120_000);
afterAll(() => loop?.close());

/** Runs an operation as a demo account and fails the test on any error. */
const ok = <T>(role: DemoRole, query: string, variables: Record<string, unknown> = {}) =>
  loop.ok<T>(role, query, variables);

const datesOf = (days: Day[], kind: string) => days.filter((day) => day.kind === kind).map((day) => day.date);
/** A Shanghai wall-clock 'YYYY-MM-DD HH:MM' of an instant. */
const shanghai = (instant: string) =>
  new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('the official calendars seeded by the migration', () => {
  it('holds the 2025 notice (国办发明电〔2024〕12号): 28 days off, 5 make-up working days', async () => {
    const { calendarDays: days } = await ok<{ calendarDays: Day[] }>('officer', calendarDays, { year: 2025 });
    expect(datesOf(days, 'HOLIDAY')).toHaveLength(28);
    expect(datesOf(days, 'MAKE_UP_WORKDAY')).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
    expect(days.filter((day) => day.name === '春节' && day.kind === 'HOLIDAY').map((day) => day.date)).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(days.find((day) => day.date === '2025-10-08')).toMatchObject({ kind: 'HOLIDAY', name: '国庆节、中秋节' });
    expect(days.filter((day) => day.kind === 'MAKE_UP_WORKDAY').every((day) => day.weekday >= 6)).toBe(true);
  });

  it('holds the 2026 notice (2025-11-04): 33 days off, 6 make-up working days', async () => {
    const { calendarDays: days } = await ok<{ calendarDays: Day[] }>('handler', calendarDays, { year: 2026 });
    expect(datesOf(days, 'HOLIDAY')).toHaveLength(33);
    expect(datesOf(days, 'MAKE_UP_WORKDAY')).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(datesOf(days, 'HOLIDAY').filter((date) => date.startsWith('2026-02'))).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });

  it('previews 4 work hours from Monday 2025-01-27 16:00 as Wednesday 2025-02-05 10:00, across 春节', async () => {
    const { deadline } = await ok<Preview>('leader', preview, {
      from: '2025-01-27T16:00+08:00',
      amount: 4,
      unit: 'WORK_HOURS',
    });
    expect(deadline).toMatchObject({
      from: '2025-01-27T08:00:00.000Z',
      deadlineAt: '2025-02-05T02:00:00.000Z',
      warnAt: '2025-02-05T01:12:00.000Z',
      workMinutes: 240,
      elapsedMinutes: 9 * 24 * 60 - 6 * 60,
      calendarDays: 10,
    });
    expect(deadline.daysOff).toHaveLength(8);
    expect(deadline.daysOff[0]).toEqual({ date: '2025-01-28', reason: 'HOLIDAY', name: '春节' });
  });

  it('previews 2026: the make-up Saturday 14 February is worked, then nine days of 春节 are not', async () => {
    const saturday = await ok<Preview>('dispatcher', preview, {
      from: '2026-02-13T16:00+08:00',
      amount: 4,
      unit: 'WORK_HOURS',
    });
    expect(shanghai(saturday.deadline.deadlineAt)).toBe('2026-02-14 10:00');
    const festival = await ok<Preview>('dispatcher', preview, {
      from: '2026-02-14T16:00+08:00',
      amount: 1,
      unit: 'WORK_DAYS',
    });
    expect(shanghai(festival.deadline.deadlineAt)).toBe('2026-02-24 16:00');
    expect(festival.deadline.daysOff.map((day) => day.name)).toEqual(Array(9).fill('春节'));
    const national = await ok<Preview>('dispatcher', preview, {
      from: '2026-09-30T16:00+08:00',
      amount: 1,
      unit: 'WORK_DAYS',
    });
    expect(shanghai(national.deadline.deadlineAt)).toBe('2026-10-08 16:00');
  });

  it('shows the work periods, weekends and time zone deadlines count with', async () => {
    const data = await ok<{ workCalendar: Record<string, unknown> }>(
      'officer',
      '{ workCalendar { timeZone workDayHours weekendDays workPeriods { start end } revision } }',
    );
    expect(data.workCalendar).toMatchObject({
      timeZone: 'Asia/Shanghai',
      workDayHours: 8,
      weekendDays: [6, 7],
      workPeriods: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
    });
    expect(data.workCalendar.revision).toEqual(expect.any(Number));
  });
});

describe('who may change the calendar, and what is refused', () => {
  const arrangement = {
    year: 2031,
    holidays: [{ name: '元旦', from: '2031-01-01', to: '2031-01-01' }],
    makeUps: [] as unknown[],
  };

  it('lets any signed-in user read but only an admin write', async () => {
    expect((await loop.as('dispatcher', importArrangement, arrangement)).code).toBe('FORBIDDEN');
    expect((await loop.as('leader', setDay, { date: '2031-05-06', kind: 'HOLIDAY', name: 'x' })).code).toBe(
      'FORBIDDEN',
    );
    expect((await loop.as('officer', 'mutation { recomputeStepDeadlines { changed } }')).code).toBe('FORBIDDEN');
    expect(await loop.api.prisma.calendarDay.count({ where: { year: 2031 } })).toBe(0);
  });

  it('refuses bad arrangements and edits with BAD_REQUEST naming the field, writing nothing', async () => {
    const revision = await loop.api.prisma.workCalendarSettings.findUniqueOrThrow({ where: { id: 1 } });
    const audits = await loop.api.prisma.auditEvent.count();
    const refusals: [string, Record<string, unknown>, string][] = [
      [
        importArrangement,
        { ...arrangement, holidays: [{ name: '春节', from: '2031-01-30', to: '2031-01-22' }] },
        'holidays[0].to',
      ],
      [
        importArrangement,
        { ...arrangement, holidays: [{ name: '春节', from: '2030-11-30', to: '2031-01-02' }] },
        'holidays[0].from',
      ],
      [
        importArrangement,
        { ...arrangement, holidays: [{ name: '春节', from: '2031-02-30', to: '2031-03-02' }] },
        'holidays[0].from',
      ],
      [
        importArrangement,
        { ...arrangement, makeUps: [{ date: '2031-01-06', name: '元旦' }] },
        'makeUpWorkdays[0].date',
      ],
      [
        importArrangement,
        { ...arrangement, makeUps: [{ date: '2031-01-01', name: '元旦' }] },
        'makeUpWorkdays[0].date',
      ],
      [setDay, { date: '2031-01-06', kind: 'MAKE_UP_WORKDAY', name: '春节' }, 'date'],
      [setDay, { date: '2031-13-01', kind: 'HOLIDAY', name: 'x' }, 'date'],
      [setDay, { date: '2031-05-06', kind: 'HOLIDAY' }, 'name'],
      [preview, { from: '2025-01-27T16:00', amount: 4, unit: 'WORK_HOURS' }, 'from'],
      [preview, { from: '2025-01-27T16:00+08:00', amount: 0, unit: 'WORK_HOURS' }, 'amount'],
    ];
    for (const [query, variables, field] of refusals) {
      const { body } = await graphqlAs<never>(loop.api.baseUrl, query, variables, { bearer: loop.tokens.admin });
      expect(body.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code: 'BAD_REQUEST',
        details: { field },
      });
    }
    const monday = await loop.as('admin', setDay, { date: '2031-01-06', kind: 'MAKE_UP_WORKDAY', name: '春节' });
    expect(monday.message).toContain('Monday');
    expect(await loop.api.prisma.auditEvent.count()).toBe(audits);
    expect(await loop.api.prisma.workCalendarSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(revision);
  });
});

describe('importing and editing a year', () => {
  it('replaces the year’s days atomically and audits the dates before and after', async () => {
    const first = await ok<{ importHolidayArrangement: CalendarUpdate }>('admin', importArrangement, {
      year: 2031,
      holidays: [
        { name: '元旦', from: '2031-01-01', to: '2031-01-01' },
        { name: '春节', from: '2031-01-22', to: '2031-01-28' },
      ],
      makeUps: [{ date: '2031-01-19', name: '春节' }],
      reason: '初稿',
    });
    expect(first.importHolidayArrangement.days).toHaveLength(9);
    const second = await ok<{ importHolidayArrangement: CalendarUpdate }>('admin', importArrangement, {
      year: 2031,
      holidays: [{ name: '春节', from: '2031-01-23', to: '2031-01-29' }],
      makeUps: [{ date: '2031-02-08', name: '春节' }],
      reason: '按正式通知更正',
    });
    const dates = second.importHolidayArrangement.days.map((day) => `${day.date} ${day.kind}`);
    expect(dates).toEqual([
      ...['23', '24', '25', '26', '27', '28', '29'].map((d) => `2031-01-${d} HOLIDAY`),
      '2031-02-08 MAKE_UP_WORKDAY',
    ]);
    const audit = await loop.api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'IMPORT_HOLIDAY_ARRANGEMENT', entityId: '2031' },
      orderBy: { id: 'desc' },
    });
    expect(audit.reason).toBe('按正式通知更正');
    expect(audit.details).toMatchObject({
      before: { makeUpWorkdays: ['2031-01-19 春节'] },
      after: { makeUpWorkdays: ['2031-02-08 春节'] },
    });
    expect((audit.details as { before: { holidays: string[] } }).before.holidays).toHaveLength(8);
  });

  it('refuses a date another year’s arrangement holds with CONFLICT', async () => {
    await ok('admin', setDay, { date: '2031-12-29', kind: 'HOLIDAY', name: '元旦' });
    const conflict = await loop.as('admin', importArrangement, {
      year: 2032,
      holidays: [{ name: '元旦', from: '2031-12-29', to: '2032-01-01' }],
      makeUps: [],
    });
    expect(conflict.code).toBe('CONFLICT');
    expect(await loop.api.prisma.calendarDay.count({ where: { year: 2032 } })).toBe(0);
  });

  it('edits and clears single days, auditing each change and skipping edits that change nothing', async () => {
    const audits = () =>
      loop.api.prisma.auditEvent.count({ where: { entityType: 'calendar_day', entityId: '2031-05-06' } });
    await ok('admin', setDay, { date: '2031-05-06', kind: 'HOLIDAY', name: '劳动节', reason: '补录' });
    await ok('admin', setDay, { date: '2031-05-06', kind: 'HOLIDAY', name: '劳动节' });
    expect(await audits()).toBe(1);
    const cleared = await ok<{ setCalendarDay: CalendarUpdate }>('admin', setDay, { date: '2031-05-06', kind: null });
    expect(cleared.setCalendarDay.days.map((day) => day.date)).not.toContain('2031-05-06');
    const events = await loop.api.prisma.auditEvent.findMany({
      where: { entityType: 'calendar_day', entityId: '2031-05-06' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => event.action)).toEqual(['SET_CALENDAR_DAY', 'CLEAR_CALENDAR_DAY']);
    expect(events[0]?.reason).toBe('补录');
    expect(events[1]?.details).toEqual({
      before: { kind: 'HOLIDAY', name: '劳动节' },
      after: { kind: null, name: null },
    });
  });
});
