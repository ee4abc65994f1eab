import type { CaseColumns, CaseState, CaseStatus } from '@gridloop/prisma';
import { findTransition, isOpenStatus, stepOf } from '../../modules/cases/case-status.js';
import { planCaseChange } from '../../modules/cases/plan-case-change.js';
import { stepWindow } from '../../modules/cases/step-window.js';
import { suggestDepartment } from '../../modules/dispatch/routing.js';
import type { CaseDraft, CaseLife, HistoryEvent } from './case-life.js';
import type { HistoryWorld } from './history-world.js';
import { type LifeWalk, nextMove, startStepPlan } from './next-move.js';
import { pickFrom, type Random } from './random.js';

/**
 * Draws one case's life from its report until it is final or the history ends at `endAt` (a case
 * still running then stays open, red when its step's deadline has passed). Every step goes through
 * the API's own state machine and change planner (case-status.ts, plan-case-change.ts), so the
 * columns, deadlines and met-deadline flags are exactly what the API would have written, and every
 * event is a transition the database accepts. Pure: same world, random stream and draft, same life.
 */
export function sampleCaseLife(world: HistoryWorld, random: Random, draft: CaseDraft, endAt: Date): CaseLife {
  const walk = startWalk(world, random, draft);
  while (isOpenStatus(walk.state.status)) {
    const move = nextMove(walk);
    if (move.at > endAt) break;
    const transition = findTransition(move.action, walk.state.status);
    if (!transition) throw new Error(`the history drew ${move.action} from ${walk.state.status}`);
    const before = walk.state;
    const change = planCaseChange({
      state: before,
      transition,
      actorId: move.actor.id ?? 0,
      actingRole: move.actor.role ?? transition.roles[0] ?? 'OPERATOR',
      input: {
        note: move.note,
        departmentId: move.departmentId,
        mergeIntoId: move.mergeIntoId,
        extension: move.extension,
        photos: [],
      },
      calendar: world.calendar,
      now: move.at,
    });
    // Listed field by field: on Node 20, spreading an object and adding fields is a slow path (~20 µs).
    const { event } = change;
    walk.life.events.push({
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: change.columns.status,
      actorId: move.actor.id,
      actorRole: move.actor.role,
      note: event.note,
      // The acting department on the handler's own events, besides the dispatches the planner marks.
      departmentId: event.departmentId ?? (transition.roles.includes('HANDLER') ? before.departmentId : null),
      deadlineAt: event.deadlineAt,
      metDeadline: event.metDeadline,
      details: event.details,
      occurredAt: move.at,
    });
    walk.state = nextState(before, change.columns);
    recordRequest(walk, change.opensRequest, change.decidesRequest, move);
    walk.now = move.at;
    if (change.columns.step !== before.step || change.columns.status !== before.status)
      startStepPlan(walk, move.action);
  }
  walk.life.state = walk.state;
  return walk.life;
}

function startWalk(world: HistoryWorld, random: Random, draft: CaseDraft): LifeWalk {
  const { grid, condition, reportedAt } = draft;
  const isOfficer = draft.source === 'OFFICER';
  const status: CaseStatus = isOfficer ? 'REPORTED' : 'PENDING_VERIFY';
  const step = stepOf(status, { checkPassed: false, selfHandled: false });
  const limit = step ? world.stepLimits[step] : undefined;
  const window = limit ? stepWindow(world.calendar, reportedAt, limit.amount, limit.unit) : null;
  const officer = officerOf(world, random, grid.beatCode);
  const rules = [
    ...(world.rulesByCategory.get(condition.categoryId) ?? []),
    ...(world.rulesByCategory.get(condition.majorCategoryId) ?? []),
  ].filter((rule) => grid.code.startsWith(rule.areaCode));
  const state: CaseState = {
    id: draft.id,
    code: draft.code,
    status,
    version: 1,
    categoryId: condition.categoryId,
    gridCode: grid.code,
    beatCode: grid.beatCode,
    reporterId: isOfficer ? officer : null,
    departmentId: null,
    suggestedDepartmentId: suggestDepartment(rules, grid.streetOfficeId)?.departmentId ?? null,
    mergedIntoId: null,
    reworkCount: 0,
    selfHandled: false,
    checkPassed: false,
    step,
    stepStartedAt: reportedAt,
    stepLimitAmount: limit?.amount ?? null,
    stepLimitUnit: limit?.unit ?? null,
    stepWarnAt: window?.warnAt ?? null,
    stepDeadlineAt: window?.deadlineAt ?? null,
    handleLimitAmount: condition.timeLimitAmount,
    handleLimitUnit: condition.timeLimitUnit,
    acceptedAt: null,
    filedAt: null,
    dispatchedAt: null,
    handledAt: null,
    closedAt: null,
    pendingRequest: null,
    stepLimits: world.stepLimits,
  };
  const intake: HistoryEvent = {
    action: isOfficer ? 'REPORT' : 'RECEIVE',
    fromStatus: null,
    toStatus: status,
    // Open311 reports arrive from another system: no person in gridloop made the event.
    actorId: isOfficer
      ? officer
      : draft.source === 'OPEN311'
        ? null
        : (pickFrom(random, world.actors.operators) ?? null),
    actorRole: isOfficer ? 'OFFICER' : draft.source === 'OPEN311' ? null : 'OPERATOR',
    note: condition.description,
    departmentId: null,
    deadlineAt: null,
    metDeadline: null,
    details: {},
    occurredAt: reportedAt,
  };
  const life: CaseLife = { draft, state, events: [intake], requests: [] };
  const walk: LifeWalk = { world, random, draft, state, life, now: reportedAt, plan: null };
  startStepPlan(walk, intake.action);
  return walk;
}

/** The state after a change, built field by field (spreading two objects is a slow path on Node 20). */
function nextState(before: CaseState, columns: CaseColumns): CaseState {
  return {
    id: before.id,
    code: before.code,
    status: columns.status,
    version: before.version + 1,
    categoryId: before.categoryId,
    gridCode: before.gridCode,
    beatCode: before.beatCode,
    reporterId: before.reporterId,
    departmentId: columns.departmentId,
    suggestedDepartmentId: before.suggestedDepartmentId,
    mergedIntoId: columns.mergedIntoId,
    reworkCount: columns.reworkCount,
    selfHandled: columns.selfHandled,
    checkPassed: columns.checkPassed,
    step: columns.step,
    stepStartedAt: columns.stepStartedAt,
    stepLimitAmount: columns.stepLimitAmount,
    stepLimitUnit: columns.stepLimitUnit,
    stepWarnAt: columns.stepWarnAt,
    stepDeadlineAt: columns.stepDeadlineAt,
    handleLimitAmount: before.handleLimitAmount,
    handleLimitUnit: before.handleLimitUnit,
    acceptedAt: columns.acceptedAt,
    filedAt: columns.filedAt,
    dispatchedAt: columns.dispatchedAt,
    handledAt: columns.handledAt,
    closedAt: columns.closedAt,
    pendingRequest: before.pendingRequest,
    stepLimits: before.stepLimits,
  };
}

function recordRequest(
  walk: LifeWalk,
  opens: ReturnType<typeof planCaseChange>['opensRequest'],
  decides: ReturnType<typeof planCaseChange>['decidesRequest'],
  move: ReturnType<typeof nextMove>,
): void {
  if (opens && move.actor.id !== null) {
    walk.life.requests.push({
      kind: opens.kind,
      status: 'PENDING',
      reason: move.note ?? '',
      requestedById: move.actor.id,
      requestedAt: move.at,
      extraAmount: opens.extraAmount,
      extraUnit: opens.extraUnit,
      decideBy: opens.decideBy,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
    });
    const { kind, extraAmount, extraUnit } = opens;
    walk.state.pendingRequest = { id: 0, kind, requestedById: move.actor.id, extraAmount, extraUnit };
  }
  const pending = walk.life.requests.at(-1);
  if (decides && pending) {
    pending.status = decides.approved ? 'APPROVED' : 'DENIED';
    pending.decidedById = move.actor.id;
    pending.decidedAt = move.at;
    pending.decisionNote = move.note;
    walk.state.pendingRequest = null;
  }
}

/** The officer patrolling the grid's beat, else any officer (null when the deployment has none). */
function officerOf(world: HistoryWorld, random: Random, beatCode: string | null): number | null {
  const officers = world.actors.officers;
  const onBeat = beatCode === null ? undefined : officers.find((officer) => officer.beatCode === beatCode);
  return onBeat?.id ?? pickFrom(random, officers)?.id ?? null;
}
