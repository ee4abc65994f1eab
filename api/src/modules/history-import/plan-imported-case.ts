import { localDateOf, type WorkCalendar } from '@gridloop/geo';
import type { CaseStatus } from '@gridloop/prisma';
import type { CaseRowJson, EventRowJson, LocatedRow } from './history-import-sql.js';
import { importedDeadlines, type LimitOf } from './imported-deadlines.js';
import type { HistoryRow } from './read-history-row.js';

export interface ImportedCasePlan {
  caseRow: CaseRowJson;
  events: Omit<EventRowJson, 'seq'>[];
  /** The statuses the case steps through after REPORTED, in order (one UPDATE each). */
  statuses: CaseStatus[];
}

export interface PlanOptions {
  calendar: WorkCalendar;
  limitOf: LimitOf;
  sourceSystem: string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The case row and event chain of a located row: the case as the live loop would have left it
 * after the same events at the same times (step columns, deadlines, version = number of events),
 * its code dated by the report's local date in the deployment's time zone.
 */
export function planImportedCase(row: HistoryRow, grid: LocatedRow, options: PlanOptions): ImportedCasePlan {
  const { events, final } = importedDeadlines(row.chain.events, options.limitOf, options.calendar);
  const reportedAt = row.chain.events[0]?.at as number;
  const times = row.chain.times;
  const isDispatched = times.dispatchedAt !== null;
  const caseRow: CaseRowJson = {
    ref: row.externalRef,
    district_code: grid.district_code as string,
    local_day: localDateOf(new Date(reportedAt), options.calendar.timeZone),
    category_id: row.category.categoryId,
    filing_condition_id: row.category.filingConditionId,
    lng: row.point[0],
    lat: row.point[1],
    address: row.address,
    description: row.description,
    unit_grid_id: grid.unit_grid_id as number,
    grid_code: grid.grid_code as string,
    community_id: grid.community_id as number,
    street_id: grid.street_id as number,
    district_id: grid.district_id as number,
    beat_id: grid.beat_id,
    beat_code: grid.beat_code,
    department_id: isDispatched ? row.departmentId : null,
    suggested_department_id: row.departmentId,
    version: events.length,
    check_passed: events.some((event) => event.action === 'CHECK_PASS'),
    step: final.step,
    step_started_at: iso(final.startedAt) as string,
    step_limit_amount: final.limit?.amount ?? null,
    step_limit_unit: final.limit?.unit ?? null,
    step_warn_at: iso(final.warnAt),
    step_deadline_at: iso(final.deadlineAt),
    handle_limit_amount: row.category.handleLimit.amount,
    handle_limit_unit: row.category.handleLimit.unit,
    reported_at: iso(reportedAt) as string,
    accepted_at: iso(times.acceptedAt),
    filed_at: iso(times.filedAt),
    dispatched_at: iso(times.dispatchedAt),
    handled_at: iso(times.handledAt),
    closed_at: iso(times.closedAt),
  };
  return {
    caseRow,
    events: events.map((event, index) => ({
      ref: row.externalRef,
      action: event.action,
      from_status: event.from,
      to_status: event.to,
      department_id: event.action === 'DISPATCH' ? row.departmentId : null,
      note: index === 0 ? row.description : null,
      deadline_at: iso(event.deadlineAt),
      met_deadline: event.metDeadline,
      details: index === 0 ? { importedFrom: options.sourceSystem, externalRef: row.externalRef, row: row.row } : {},
      occurred_at: iso(event.at) as string,
    })),
    statuses: events.filter((event) => event.from !== event.to && event.from !== null).map((event) => event.to),
  };
}
