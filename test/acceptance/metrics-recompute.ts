import { createWorkCalendar, type WorkCalendar, workingMinutesBetween } from '@gridloop/geo';
import type { PrismaClient } from '@gridloop/prisma';

/**
 * An independent recomputation of the metrics for the acceptance tests: plain TypeScript over the
 * case rows and their event log, working time from the geo calendar arithmetic (not the SQL
 * working-minute table). It follows docs/metrics.md, not the SQL.
 */
export interface CaseOutcome {
  id: number;
  cohortDay: string;
  gridCode: string;
  beatCode: string | null;
  categoryId: number;
  departmentId: number | null;
  source: string;
  officerId: number | null;
  counts: Record<string, number>;
  /** Closed cases: working minutes spent DISPATCHED. */
  handlingMinutes: number | null;
}

export async function loadWorkCalendar(prisma: PrismaClient): Promise<WorkCalendar> {
  const days = await prisma.calendarDay.findMany();
  const settings = await prisma.workCalendarSettings.findUniqueOrThrow({ where: { id: 1 } });
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return createWorkCalendar({
    workPeriods: settings.workPeriods.map((text) => {
      const [start = '', end = ''] = text.split('-');
      return { start, end };
    }),
    weekendDays: settings.weekendDays,
    holidays: days.filter((d) => d.kind === 'HOLIDAY').map((d) => iso(d.date)),
    makeUpWorkdays: days.filter((d) => d.kind === 'MAKE_UP_WORKDAY').map((d) => iso(d.date)),
  });
}

const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

export async function recomputeOutcomes(prisma: PrismaClient): Promise<CaseOutcome[]> {
  const calendar = await loadWorkCalendar(prisma);
  const cases = await prisma.case.findMany({ orderBy: { id: 'asc' } });
  const events = await prisma.caseEvent.findMany({ orderBy: { id: 'asc' } });
  return cases.map((c) => {
    const own = events.filter((e) => e.caseId === c.id);
    const actions = (...names: string[]) => own.filter((e) => names.includes(e.action));
    const isOnTime = (e: (typeof own)[number]) =>
      e.metDeadline ?? (e.deadlineAt === null || e.occurredAt.getTime() <= e.deadlineAt.getTime());
    const onTime = (list: typeof own) => list.filter(isOnTime).length;
    const isPublic = ['PUBLIC', 'HOTLINE', 'OPEN311'].includes(c.source);
    const isFiled = c.filedAt !== null;
    const isClosed = c.status === 'CLOSED' && isFiled;
    const validOfficer = c.source === 'OFFICER' && (isFiled || (c.selfHandled && c.status === 'CLOSED'));
    const dispatches = actions('DISPATCH', 'REDISPATCH');
    let handlingMinutes = 0;
    let enteredAt: Date | null = null;
    for (const e of own) {
      if (e.fromStatus === e.toStatus) continue;
      if (enteredAt) handlingMinutes += workingMinutesBetween(calendar, enteredAt, e.occurredAt);
      enteredAt = e.toStatus === 'DISPATCHED' ? e.occurredAt : null;
    }
    const counts: Record<string, number> = {
      reported: 1,
      officerReports: Number(c.source === 'OFFICER'),
      validOfficerReports: Number(validOfficer),
      publicReports: Number(isPublic),
      publicFirst: Number(isPublic && actions('VERIFY').length > 0),
      verifies: actions('VERIFY', 'VERIFY_INVALID').length,
      verifiesOnTime: onTime(actions('VERIFY', 'VERIFY_INVALID')),
      accepted: Number(c.acceptedAt !== null),
      rejected: Number(c.status === 'REJECTED'),
      merged: Number(c.status === 'MERGED'),
      invalid: Number(c.status === 'INVALID'),
      selfHandled: Number(c.selfHandled),
      filed: Number(isFiled),
      voided: Number(c.status === 'VOID'),
      parked: Number(c.status === 'PARKED'),
      dispatched: Number(c.dispatchedAt !== null),
      dispatches: dispatches.length,
      dispatchesOnTime: onTime(dispatches),
      wrongDispatches: actions('APPROVE_RETURN').length,
      handled: Number(c.handledAt !== null && !c.selfHandled),
      handles: actions('HANDLE').length,
      handlesOnTime: onTime(actions('HANDLE')),
      reworks: actions('CHECK_FAIL').length,
      checks: actions('CHECK_PASS', 'CHECK_FAIL').length,
      checksOnTime: onTime(actions('CHECK_PASS', 'CHECK_FAIL')),
      extended: Number(actions('APPROVE_EXTENSION').length > 0),
      closed: Number(isClosed),
      closedOnTime: Number(isClosed && actions('HANDLE').every(isOnTime)),
    };
    return {
      id: c.id,
      cohortDay: shanghaiDay(c.reportedAt),
      gridCode: c.gridCode,
      beatCode: c.beatCode,
      categoryId: c.categoryId,
      departmentId: dispatches.at(-1)?.departmentId ?? c.departmentId,
      source: c.source,
      officerId: c.source === 'OFFICER' ? c.reporterId : null,
      counts,
      handlingMinutes: isClosed ? handlingMinutes : null,
    };
  });
}

/** The metric values (as the API names them) of a set of case outcomes. */
export function expectedValues(outcomes: readonly CaseOutcome[]): Record<string, number | null> {
  const sum = (name: string) => outcomes.reduce((total, o) => total + (o.counts[name] ?? 0), 0);
  const ratio = (numerator: number, denominator: number) => (denominator > 0 ? numerator / denominator : null);
  const shouldClose = sum('filed') - sum('voided') - sum('parked');
  const handling = outcomes.flatMap((o) => (o.handlingMinutes === null ? [] : [o.handlingMinutes]));
  return {
    reported: sum('reported'),
    officerReports: sum('officerReports'),
    publicReports: sum('publicReports'),
    accepted: sum('accepted'),
    rejected: sum('rejected'),
    merged: sum('merged'),
    invalid: sum('invalid'),
    selfHandled: sum('selfHandled'),
    filed: sum('filed'),
    voided: sum('voided'),
    parked: sum('parked'),
    shouldClose,
    dispatched: sum('dispatched'),
    handled: sum('handled'),
    closed: sum('closed'),
    closedOnTime: sum('closedOnTime'),
    reworks: sum('reworks'),
    extended: sum('extended'),
    closeRate: ratio(sum('closed'), shouldClose),
    onTimeCloseRate: ratio(sum('closedOnTime'), shouldClose),
    onTimeHandleRate: ratio(sum('handlesOnTime'), sum('handles')),
    reworkRate: ratio(sum('reworks'), sum('handles')),
    onTimeDispatchRate: ratio(sum('dispatchesOnTime'), sum('dispatches')),
    accurateDispatchRate: ratio(sum('dispatches') - sum('wrongDispatches'), sum('dispatches')),
    validReportRate: ratio(sum('validOfficerReports'), sum('officerReports')),
    onTimeVerifyRate: ratio(sum('verifiesOnTime'), sum('verifies')),
    onTimeCheckRate: ratio(sum('checksOnTime'), sum('checks')),
    missedReportRate: ratio(sum('publicFirst'), sum('validOfficerReports') + sum('publicFirst')),
    extensionRate: ratio(sum('extended'), sum('dispatched')),
    handlingHoursMean: handling.length > 0 ? handling.reduce((a, b) => a + b, 0) / handling.length / 60 : null,
  };
}

/** Exact quantile (nearest rank) of the closed cases' handling hours, for tolerance checks. */
export function exactHandlingHours(outcomes: readonly CaseOutcome[], p: number): number | null {
  const sorted = outcomes.flatMap((o) => (o.handlingMinutes === null ? [] : [o.handlingMinutes])).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return (sorted[Math.max(Math.ceil(p * sorted.length) - 1, 0)] as number) / 60;
}
