import type { CaseStatus } from '@gridloop/prisma';
import type { CaseLife } from './case-life.js';

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

type Value = string | number | boolean | Date | null | undefined;

/** One line of PostgreSQL's COPY text format. */
function line(values: readonly Value[]): string {
  let text = '';
  for (let index = 0; index < values.length; index++) {
    if (index) text += '\t';
    text += field(values[index]);
  }
  return `${text}\n`;
}

function field(value: Value): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeChar) : value;
}

function escapeChar(char: string): string {
  return char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '\\\\';
}

/**
 * The case row. `asFirstWritten` gives the row as intake created it (status of the first event, no
 * department, not merged) for the checked load, which then walks the status through its events.
 */
export function caseLine(life: CaseLife, asFirstWritten: boolean): string {
  const { draft, state, events } = life;
  const { grid, condition } = draft;
  const first = events[0];
  const last = events.at(-1);
  // biome-ignore format: the values follow caseColumns, packed the same way
  return line([
    draft.id, draft.code, draft.source, asFirstWritten ? first?.toStatus : state.status, state.version,
    condition.categoryId, condition.id, `SRID=4326;POINT(${draft.point[0]} ${draft.point[1]})`, condition.description,
    grid.id, grid.code, grid.communityId, grid.streetId, grid.districtId, grid.responsibilityGridId, grid.beatCode,
    state.reporterId, draft.source === 'HOTLINE' ? `12345-${draft.code}` : null,
    asFirstWritten ? null : state.departmentId, state.suggestedDepartmentId, asFirstWritten ? null : state.mergedIntoId,
    state.reworkCount, state.selfHandled, state.checkPassed, state.step, state.stepStartedAt, state.stepLimitAmount,
    state.stepLimitUnit, state.stepWarnAt, state.stepDeadlineAt, state.handleLimitAmount, state.handleLimitUnit,
    draft.reportedAt, state.acceptedAt, state.filedAt, state.dispatchedAt, state.handledAt, state.closedAt,
    last?.occurredAt ?? draft.reportedAt,
  ]);
}

export function eventLines(life: CaseLife): string {
  let text = '';
  for (const event of life.events) {
    // biome-ignore format: the values follow eventColumns
    text += line([
      life.draft.id, event.action, event.fromStatus, event.toStatus, event.actorId, event.actorRole, event.note,
      event.departmentId, event.deadlineAt, event.metDeadline, JSON.stringify(event.details), event.occurredAt,
    ]);
  }
  return text;
}

export function requestLines(life: CaseLife): string {
  let text = '';
  for (const request of life.requests) {
    // biome-ignore format: the values follow requestColumns
    text += line([
      life.draft.id, request.kind, request.status, request.reason, request.requestedById, request.requestedAt,
      request.extraAmount, request.extraUnit, request.decideBy, request.decidedById, request.decidedAt,
      request.decisionNote,
    ]);
  }
  return text;
}

/**
 * The case's status changes after intake, numbered, with the department and merge target the case
 * has after each: the checked load applies them one UPDATE per number, so the database checks each
 * change against its event exactly as for a change the API makes.
 */
export function statusStepLines(life: CaseLife): { text: string; count: number } {
  let text = '';
  let count = 0;
  let departmentId: number | null = null;
  for (const event of life.events.slice(1)) {
    if (event.action === 'DISPATCH' || event.action === 'REDISPATCH') departmentId = event.departmentId;
    if (event.action === 'APPROVE_RETURN') departmentId = null;
    if (event.fromStatus === event.toStatus) continue;
    count += 1;
    const mergedIntoId = (event.toStatus as CaseStatus) === 'MERGED' ? life.state.mergedIntoId : null;
    text += line([life.draft.id, count, event.toStatus, departmentId, mergedIntoId]);
  }
  return { text, count };
}
