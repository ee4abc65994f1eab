import type { LngLat } from '@gridloop/geo';
import type { CaseStatus } from '@gridloop/prisma';
import type { CaseLife } from './case-life.js';
import type { CopyTextWriter } from './copy-text-writer.js';

/** The columns each COPY writes, in the order of the lines below. */
// biome-ignore format: a column list reads best packed
export const caseColumns = [
  'id', 'code', 'source', 'status', 'version', 'category_id', 'filing_condition_id', 'point', 'description',
  'unit_grid_id', 'grid_code', 'community_id', 'street_id', 'district_id', 'responsibility_grid_id', 'beat_code',
  'reporter_id', 'external_ref', 'department_id', 'suggested_department_id', 'merged_into_id', 'rework_count',
  'self_handled', 'check_passed', 'step', 'step_started_at', 'step_limit_amount', 'step_limit_unit', 'step_warn_at',
  'step_deadline_at', 'handle_limit_amount', 'handle_limit_unit', 'reported_at', 'accepted_at', 'filed_at',
  'dispatched_at', 'handled_at', 'closed_at', 'updated_at',
] as const;
// biome-ignore format: a column list reads best packed
export const eventColumns = [
  'case_id', 'action', 'from_status', 'to_status', 'actor_id', 'actor_role', 'note', 'department_id', 'deadline_at',
  'met_deadline', 'details', 'occurred_at',
] as const;
// biome-ignore format: a column list reads best packed
export const requestColumns = [
  'case_id', 'kind', 'status', 'reason', 'requested_by_id', 'requested_at', 'extra_amount', 'extra_unit', 'decide_by',
  'decided_by_id', 'decided_at', 'decision_note',
] as const;
export const statusStepColumns = ['case_id', 'seq', 'status', 'department_id', 'merged_into_id'] as const;

/**
 * The case row. `asFirstWritten` gives the row as intake created it (status of the first event, no
 * department, not merged) for the checked load, which then walks the status through its events.
 */
export function writeCaseLine(writer: CopyTextWriter, life: CaseLife, asFirstWritten: boolean): void {
  const { draft, state, events } = life;
  const { grid, condition } = draft;
  const first = events[0];
  const last = events.at(-1);
  // biome-ignore format: the values follow caseColumns, packed the same way
  writer.line([
    draft.id, draft.code, draft.source, asFirstWritten ? first?.toStatus : state.status, state.version,
    condition.categoryId, condition.id, pointText(draft.point), condition.description,
    grid.id, grid.code, grid.communityId, grid.streetId, grid.districtId, grid.responsibilityGridId, grid.beatCode,
    state.reporterId, draft.source === 'HOTLINE' ? `12345-${draft.code}` : null,
    asFirstWritten ? null : state.departmentId, state.suggestedDepartmentId, asFirstWritten ? null : state.mergedIntoId,
    state.reworkCount, state.selfHandled, state.checkPassed, state.step, state.stepStartedAt, state.stepLimitAmount,
    state.stepLimitUnit, state.stepWarnAt, state.stepDeadlineAt, state.handleLimitAmount, state.handleLimitUnit,
    draft.reportedAt, state.acceptedAt, state.filedAt, state.dispatchedAt, state.handledAt, state.closedAt,
    last?.occurredAt ?? draft.reportedAt,
  ]);
}

/** EWKT of a sample point: grids hand out the same few points, so each is formatted once. */
const pointTexts = new WeakMap<LngLat, string>();
function pointText(point: LngLat): string {
  let text = pointTexts.get(point);
  if (text === undefined) {
    text = `SRID=4326;POINT(${point[0]} ${point[1]})`;
    pointTexts.set(point, text);
  }
  return text;
}

export function writeEventLines(writer: CopyTextWriter, life: CaseLife): void {
  for (const event of life.events) {
    // biome-ignore format: the values follow eventColumns
    writer.line([
      life.draft.id, event.action, event.fromStatus, event.toStatus, event.actorId, event.actorRole, event.note,
      event.departmentId, event.deadlineAt, event.metDeadline, detailsText(event.details), event.occurredAt,
    ]);
  }
}

/** Most events carry no details: skip JSON.stringify for them (called for every event of 10^7 cases). */
function detailsText(details: Record<string, unknown>): string {
  for (const _ in details) return JSON.stringify(details);
  return '{}';
}

export function writeRequestLines(writer: CopyTextWriter, life: CaseLife): void {
  for (const request of life.requests) {
    // biome-ignore format: the values follow requestColumns
    writer.line([
      life.draft.id, request.kind, request.status, request.reason, request.requestedById, request.requestedAt,
      request.extraAmount, request.extraUnit, request.decideBy, request.decidedById, request.decidedAt,
      request.decisionNote,
    ]);
  }
}

/**
 * The case's status changes after intake, numbered, with the department and merge target the case
 * has after each: the checked load applies them one UPDATE per number, so the database checks each
 * change against its event exactly as for a change the API makes.
 */
export function writeStatusStepLines(writer: CopyTextWriter, life: CaseLife): number {
  let count = 0;
  let departmentId: number | null = null;
  for (const event of life.events.slice(1)) {
    if (event.action === 'DISPATCH' || event.action === 'REDISPATCH') departmentId = event.departmentId;
    if (event.action === 'APPROVE_RETURN') departmentId = null;
    if (event.fromStatus === event.toStatus) continue;
    count += 1;
    const mergedIntoId = (event.toStatus as CaseStatus) === 'MERGED' ? life.state.mergedIntoId : null;
    writer.line([life.draft.id, count, event.toStatus, departmentId, mergedIntoId]);
  }
  return count;
}
