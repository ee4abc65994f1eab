import { updateStepWindows } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseCalendarProvider } from '../../api/src/modules/calendar/database-calendar-provider.js';
import { recomputeStepDeadlines } from '../../api/src/modules/calendar/recompute-step-deadlines.js';
import { type CaseLoopApi, type DemoRole, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

// "The deadline of a step is recomputed when the calendar changes" (DESIGN.md §2.3): cases of the
// demo 黄浦区 on the fixture's clock (Monday 2030-03-04), with days an admin adds and removes.

const setDay = `mutation($date: String!, $kind: CalendarDayKind, $name: String, $reason: String) {
  setCalendarDay(date: $date, kind: $kind, name: $name, reason: $reason) { deadlinesMoved } }`;
const settings = `mutation($periods: [WorkPeriodInput!]!, $weekend: [Int!]!) {
  setWorkCalendarSettings(workPeriods: $periods, weekendDays: $weekend, reason: "试运行") {
    deadlinesMoved calendar { timeZone workDayHours weekendDays workPeriods { start end } revision } } }`;
const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version stepDeadlineAt } }`;

const minute = 60_000;
let loop: CaseLoopApi;
let noise: number;

beforeAll(async () => {
  loop = await startCaseLoopApi();
  // 施工扰民 / 02: one work day to handle, no photo required
  const condition = await loop.api.prisma.filingCondition.findFirstOrThrow({
    where: { category: { name: '施工扰民', level: 'MINOR' }, code: '02' },
  });
  noise = condition.id;
}, 120_000);
afterAll(() => loop?.close());

/** Runs an operation as a demo account and fails the test on any error. */
const ok = <T>(role: DemoRole, query: string, variables: Record<string, unknown> = {}) =>
  loop.ok<T>(role, query, variables);

/** An officer's report of construction noise in 南京东路街道 (REPORTED, waiting to be accepted). */
async function reportNoise(nth: number): Promise<number> {
  const point = await loop.pointIn('310101002', nth);
  const input = { lng: point.lng, lat: point.lat, filingConditionId: noise, description: '工地噪声超标' };
  const data = await ok<{ reportCase: { caseId: string } }>('officer', report, { input });
  return Number(data.reportCase.caseId);
}

const caseRow = (id: number) => loop.api.prisma.case.findUniqueOrThrow({ where: { id } });
/** A Shanghai wall-clock 'YYYY-MM-DD HH:MM' of an instant. */
const shanghai = (instant: Date | null) =>
  new Date((instant as Date).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('running deadlines follow the calendar', () => {
  it('recomputes a case reported before a holiday is added, without bumping its version', async () => {
    loop.clock.advance(8 * 60 * minute + 45 * minute); // Monday 2030-03-04 17:45 in Shanghai
    const caseId = await reportNoise(0);
    const reported = await caseRow(caseId);
    // accepting has half a work hour: 15 minutes on Monday, 15 on Tuesday
    expect(shanghai(reported.stepDeadlineAt)).toBe('2030-03-05 08:15');
    expect(shanghai(reported.stepWarnAt)).toBe('2030-03-05 08:09');

    const added = await ok<{ setCalendarDay: { deadlinesMoved: number | null } }>('admin', setDay, {
      date: '2030-03-05',
      kind: 'HOLIDAY',
      name: '防汛停工日',
      reason: '区政府通知',
    });
    expect(added.setCalendarDay.deadlinesMoved).toBeGreaterThanOrEqual(1);
    const moved = await caseRow(caseId);
    expect(shanghai(moved.stepDeadlineAt)).toBe('2030-03-06 08:15');
    expect(shanghai(moved.stepWarnAt)).toBe('2030-03-06 08:09');
    expect(moved.version).toBe(reported.version);
    expect(moved.stepStartedAt).toEqual(reported.stepStartedAt);
    const recomputed = await loop.api.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'RECOMPUTE_STEP_DEADLINES' },
      orderBy: { id: 'desc' },
    });
    expect(recomputed.reason).toBe('区政府通知');
    expect((recomputed.details as { changed: number }).changed).toBe(added.setCalendarDay.deadlinesMoved);

    // a case reported now gets the new calendar from the start; accepting still works on either
    const later = await caseRow(await reportNoise(1));
    expect(shanghai(later.stepDeadlineAt)).toBe('2030-03-06 08:15');
    const accepted = await ok<{ actOnCase: { version: number } }>('operator', act, {
      input: { caseId: String(caseId), version: moved.version, action: 'ACCEPT' },
    });
    expect(accepted.actOnCase.version).toBe(moved.version + 1);

    await ok('admin', setDay, { date: '2030-03-05', kind: null, reason: '通知撤回' });
    expect(shanghai((await caseRow(later.id)).stepDeadlineAt)).toBe('2030-03-05 08:15');
  });

  it('keeps approved extensions when it recomputes, and moves them with the calendar', async () => {
    const caseId = await reportNoise(2);
    const handlerDepartment = await loop.api.prisma.department.findUniqueOrThrow({ where: { code: 'HP-HWZX' } });
    let version = 1;
    const steps: [DemoRole, Record<string, unknown>][] = [
      ['operator', { action: 'ACCEPT' }],
      ['shiftlead', { action: 'FILE' }],
      ['dispatcher', { action: 'DISPATCH', departmentId: handlerDepartment.id, note: '环卫所先行处置' }],
      ['handler', { action: 'REQUEST_EXTENSION', note: '需协调施工单位', extension: { amount: 1, unit: 'WORK_DAYS' } }],
      ['dispatcher', { action: 'APPROVE_EXTENSION' }],
    ];
    for (const [role, input] of steps) {
      loop.clock.advance(minute);
      const result = await ok<{ actOnCase: { version: number } }>(role, act, {
        input: { caseId: String(caseId), version, ...input },
      });
      version = result.actOnCase.version;
    }
    const extended = await caseRow(caseId);
    // handling started Monday ~17:5x with 1 work day, extended by another: Wednesday at the same time
    expect(shanghai(extended.stepDeadlineAt).slice(0, 10)).toBe('2030-03-06');

    const rerun = await ok<{ recomputeStepDeadlines: { changed: number; examined: number } }>(
      'admin',
      'mutation { recomputeStepDeadlines(reason: "核对") { changed examined } }',
    );
    expect(rerun.recomputeStepDeadlines.changed).toBe(0);
    expect(rerun.recomputeStepDeadlines.examined).toBeGreaterThanOrEqual(3);
    expect(await caseRow(caseId)).toEqual(extended);

    await ok('admin', setDay, { date: '2030-03-06', kind: 'HOLIDAY', name: '测试假日' });
    const moved = await caseRow(caseId);
    expect(moved.stepDeadlineAt?.getTime()).toBe((extended.stepDeadlineAt?.getTime() as number) + 24 * 60 * minute);
    expect(moved.version).toBe(extended.version);
    await ok('admin', setDay, { date: '2030-03-06', kind: null });
    expect(await caseRow(caseId)).toMatchObject({
      stepDeadlineAt: extended.stepDeadlineAt,
      stepWarnAt: extended.stepWarnAt,
    });
  });

  it('recomputes in a fixed number of statements, however many cases run (no per-case queries)', async () => {
    const rerun = 'mutation { recomputeStepDeadlines { examined changed } }';
    const statementsFor = async () => {
      loop.api.statements.length = 0;
      const data = await ok<{ recomputeStepDeadlines: { examined: number; changed: number } }>('admin', rerun);
      return { count: loop.api.statements.length, ...data.recomputeStepDeadlines };
    };
    const few = await statementsFor();
    for (const nth of [5, 6, 7]) await reportNoise(nth);
    const more = await statementsFor();
    expect(more.examined).toBe(few.examined + 3);
    expect(more.changed).toBe(0);
    expect(more.count).toBe(few.count);
  });

  it('walks running cases in batches, and picks up a day changed in SQL through the revision', async () => {
    const calendar = createDatabaseCalendarProvider({ prisma: loop.api.prisma, timeZone: 'Asia/Shanghai' });
    await calendar.reload();
    const caseId = await reportNoise(8);
    const before = await caseRow(caseId);
    await loop.api.prisma.calendarDay.create({
      data: { date: new Date('2030-03-05T00:00:00Z'), kind: 'HOLIDAY', year: 2030, name: '手工录入' },
    });
    expect(await calendar.refreshIfChanged()).toBe(true);
    const moved = await recomputeStepDeadlines({ prisma: loop.api.prisma, calendar, batchSize: 2 });
    expect(moved.examined).toBeGreaterThanOrEqual(6);
    expect(moved.changed).toBe(moved.examined); // every running window crosses Tuesday 5 March
    expect(moved.revision).toBe(calendar.revision());
    expect((await caseRow(caseId)).stepDeadlineAt?.getTime()).toBe(
      (before.stepDeadlineAt?.getTime() as number) + 24 * 60 * minute,
    );
    await loop.api.prisma.calendarDay.delete({ where: { date: new Date('2030-03-05T00:00:00Z') } });
    const back = await recomputeStepDeadlines({ prisma: loop.api.prisma, calendar, batchSize: 2 });
    expect(back.changed).toBe(moved.changed);
    expect(await caseRow(caseId)).toEqual(before);
  });

  it('never overwrites a step that changed after it was read', async () => {
    const caseId = await reportNoise(3);
    const row = await caseRow(caseId);
    const stale = {
      caseId,
      stepStartedAt: row.stepStartedAt,
      oldWarnAt: row.stepWarnAt,
      oldDeadlineAt: new Date((row.stepDeadlineAt as Date).getTime() - minute),
      warnAt: new Date(0),
      deadlineAt: new Date(0),
    };
    expect(await updateStepWindows(loop.api.prisma, [stale])).toEqual([]);
    expect(await caseRow(caseId)).toEqual(row);
  });

  it('recomputes after the work periods change, and lets another instance catch up by revision', async () => {
    const other = createDatabaseCalendarProvider({ prisma: loop.api.prisma, timeZone: 'Asia/Shanghai' });
    await other.reload();
    expect(await other.refreshIfChanged()).toBe(false);
    const caseId = await reportNoise(4);
    const before = await caseRow(caseId);

    const shorter = await ok<{
      setWorkCalendarSettings: { deadlinesMoved: number; calendar: Record<string, unknown> };
    }>('admin', settings, {
      periods: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
      weekend: [7, 6],
    });
    expect(shorter.setWorkCalendarSettings.calendar).toMatchObject({ workDayHours: 7, weekendDays: [6, 7] });
    expect(shorter.setWorkCalendarSettings.deadlinesMoved).toBeGreaterThanOrEqual(1);
    expect((await caseRow(caseId)).stepDeadlineAt).not.toEqual(before.stepDeadlineAt);
    expect(await other.refreshIfChanged()).toBe(true);
    expect(other.current().workPeriods).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);

    const overlapping = await loop.as('admin', settings, {
      periods: [
        { start: '08:00', end: '12:30' },
        { start: '12:00', end: '18:00' },
      ],
      weekend: [6, 7],
    });
    expect(overlapping.code).toBe('BAD_REQUEST');
    const noWorkday = await loop.as('admin', settings, {
      periods: [{ start: '08:00', end: '12:00' }],
      weekend: [1, 2, 3, 4, 5, 6, 7],
    });
    expect(noWorkday.code).toBe('BAD_REQUEST');

    await ok('admin', settings, {
      periods: [
        { start: '08:00', end: '12:00' },
        { start: '14:00', end: '18:00' },
      ],
      weekend: [6, 7],
    });
    expect(await caseRow(caseId)).toMatchObject({
      stepDeadlineAt: before.stepDeadlineAt,
      stepWarnAt: before.stepWarnAt,
    });
    const audited = await loop.api.prisma.auditEvent.count({ where: { action: 'SET_WORK_CALENDAR_SETTINGS' } });
    expect(audited).toBe(2);
  });
});
