import { addWorkingTime, isWorkingTimeUnit, timeLimitMinutes } from '@gridloop/geo';
import type { CaseAction, CaseRequestKind, CaseState, CaseStep, TimeLimitUnit } from '@gridloop/prisma';
import type { CaseDraft, CaseLife } from './case-life.js';
import { historyNotes } from './history-notes.js';
import { historyRates as rates } from './history-rates.js';
import type { HistoryActor, HistoryWorld } from './history-world.js';
import { pickFrom, type Random } from './random.js';

/** A case being walked round the loop: where it stands and what its running step will bring. */
export interface LifeWalk {
  world: HistoryWorld;
  random: Random;
  draft: CaseDraft;
  state: CaseState;
  life: CaseLife;
  /** The instant of the last event. */
  now: Date;
  plan: StepPlan | null;
}

/** Drawn when a step starts: when its main action comes, and the request (if any) made before it. */
interface StepPlan {
  /** Share of the step's window used before the main action (> 1: late). */
  share: number;
  windowMinutes: number;
  request: CaseRequestKind | null;
  /** The department dispatched to last time was not the suggested one. */
  wrongDispatch: boolean;
}

export interface Move {
  action: CaseAction;
  actor: HistoryActor;
  note: string | null;
  at: Date;
  departmentId?: number;
  mergeIntoId?: number;
  extension?: { amount: number; unit: TimeLimitUnit };
}

/** Draws the plan of the step the case now waits in (after its intake or a transition). */
export function startStepPlan(walk: LifeWalk, after: CaseAction): void {
  const { random, state, world } = walk;
  const step = state.step;
  const wrongDispatch = walk.plan?.wrongDispatch ?? false;
  if (!step || !state.stepLimitAmount || !state.stepLimitUnit) {
    walk.plan = { share: 0, windowMinutes: 0, request: null, wrongDispatch };
    return;
  }
  const windowMinutes = timeLimitMinutes(world.calendar, state.stepLimitAmount, state.stepLimitUnit);
  const isStuck = step === 'HANDLE' && random.chance(rates.stuck);
  const share = isStuck ? random.between(3, 15) : drawShare(random, step);
  walk.plan = { share, windowMinutes, request: drawRequest(walk, step, after), wrongDispatch };
}

/** Late steps use 1-4× their window; on-time ones mostly finish well before it runs out. */
function drawShare(random: Random, step: CaseStep): number {
  return random.chance(rates.late[step]) ? 1.002 + 3 * random.next() ** 2 : 0.03 + 0.95 * random.next() ** 1.6;
}

function drawRequest(walk: LifeWalk, step: CaseStep, after: CaseAction): CaseRequestKind | null {
  const { random, state, world } = walk;
  if (step === 'DISPATCH' && state.status === 'FILED' && after === 'FILE') {
    return world.actors.operators.length && random.chance(rates.requestVoid) ? 'VOID' : null;
  }
  // A restored case or a case already extended goes straight to handling.
  if (step !== 'HANDLE' || after === 'RESTORE' || after === 'APPROVE_EXTENSION') return null;
  if (handlerOf(walk).id === null) return null; // a request needs an account to make it
  const draw = random.next();
  if (draw < rates.requestReturn) return 'RETURN';
  if (draw < rates.requestReturn + rates.requestExtension) return 'EXTENSION';
  if (draw < rates.requestReturn + rates.requestExtension + rates.requestPark) return 'PARK';
  return null;
}

/** The case's next event: a decision on a pending request, a request, or the step's main action. */
export function nextMove(walk: LifeWalk): Move {
  const { state, random, world } = walk;
  const plan = walk.plan as StepPlan;
  const pending = state.pendingRequest;
  if (pending) return decide(walk, pending.kind);
  if (plan.request) {
    const kind = plan.request;
    plan.request = null;
    const actor = kind === 'VOID' ? role('OPERATOR', pickFrom(random, world.actors.operators)) : handlerOf(walk);
    const at = later(walk, inWindow(walk, plan.share * random.between(0.2, 0.6)));
    const extension = kind === 'EXTENSION' ? extensionOf(walk) : undefined;
    return { action: `REQUEST_${kind}`, actor, note: historyNotes.request[kind], at, ...(extension && { extension }) };
  }
  return mainMove(walk, later(walk, inWindow(walk, plan.share)));
}

function mainMove(walk: LifeWalk, at: Date): Move {
  const { state, random, world, draft } = walk;
  const { actors } = world;
  const officer = role('OFFICER', state.reporterId ?? pickFrom(random, actors.officers)?.id);
  const operator = role('OPERATOR', pickFrom(random, actors.operators));
  const shiftLeader = role('SHIFT_LEADER', pickFrom(random, actors.shiftLeaders));
  switch (state.status) {
    case 'PENDING_VERIFY':
      return random.chance(rates.verifyInvalid)
        ? { action: 'VERIFY_INVALID', actor: officer, note: historyNotes.verifyInvalid, at }
        : { action: 'VERIFY', actor: officer, note: null, at };
    case 'REPORTED':
      if (draft.duplicateOfId !== null && random.chance(rates.mergeDuplicate)) {
        return { action: 'MERGE', actor: operator, note: null, at, mergeIntoId: draft.duplicateOfId };
      }
      if (draft.source === 'OFFICER' && random.chance(rates.selfHandle)) {
        return { action: 'SELF_HANDLE', actor: officer, note: historyNotes.selfHandle, at };
      }
      return random.chance(rates.reject)
        ? { action: 'REJECT', actor: operator, note: historyNotes.reject, at }
        : { action: 'ACCEPT', actor: operator, note: null, at };
    case 'ACCEPTED':
      return { action: 'FILE', actor: shiftLeader, note: null, at };
    case 'FILED':
      return dispatchMove(walk, 'DISPATCH', at);
    case 'REWORK':
      return dispatchMove(walk, 'REDISPATCH', at);
    case 'DISPATCHED':
      return { action: 'HANDLE', actor: handlerOf(walk), note: historyNotes.handle, at };
    case 'PARKED':
      return { action: 'RESTORE', actor: dispatcherOf(walk), note: null, at };
    case 'HANDLED':
      if (state.checkPassed || state.selfHandled) return { action: 'CLOSE', actor: shiftLeader, note: null, at };
      return random.chance(rates.checkFail / 2 ** state.reworkCount)
        ? { action: 'CHECK_FAIL', actor: officer, note: historyNotes.checkFail, at }
        : { action: 'CHECK_PASS', actor: officer, note: null, at };
    default:
      throw new Error(`no move from the final status ${state.status}`);
  }
}

/** Mostly the suggested department; after a return or a failed wrong dispatch, the right one. */
function dispatchMove(walk: LifeWalk, action: 'DISPATCH' | 'REDISPATCH', at: Date): Move {
  const { state, random, world } = walk;
  const plan = walk.plan as StepPlan;
  const suggested = state.suggestedDepartmentId;
  const previous = walk.life.events.findLast((event) => event.action === 'DISPATCH' || event.action === 'REDISPATCH');
  let departmentId = suggested ?? pickFrom(random, world.departmentIds) ?? 0;
  if (previous?.departmentId && !plan.wrongDispatch) {
    // A return means the last department was wrong; a plain rework goes back to the same one.
    departmentId = action === 'REDISPATCH' ? previous.departmentId : otherThan(walk, previous.departmentId);
  }
  plan.wrongDispatch = !previous && random.chance(rates.overrideDispatch) && world.departmentIds.length > 1;
  if (plan.wrongDispatch) departmentId = otherThan(walk, departmentId);
  return { action, actor: dispatcherOf(walk), note: null, at, departmentId };
}

function otherThan(walk: LifeWalk, departmentId: number): number {
  const { random, world, state } = walk;
  if (state.suggestedDepartmentId !== null && state.suggestedDepartmentId !== departmentId) {
    return state.suggestedDepartmentId;
  }
  const others = world.departmentIds.filter((id) => id !== departmentId);
  return pickFrom(random, others) ?? departmentId;
}

function decide(walk: LifeWalk, kind: CaseRequestKind): Move {
  const { random, world, state } = walk;
  const approveRate = kind === 'VOID' ? rates.approveVoid : rates.approve[kind];
  const isApproved = random.chance(approveRate);
  const limit = state.stepLimits.APPROVE ?? { amount: 1, unit: 'WORK_HOURS' };
  const minutes = timeLimitMinutes(world.calendar, limit.amount, limit.unit) * drawShare(random, 'APPROVE');
  const at = later(walk, addWorkingTime(world.calendar, walk.now, minutes / 60, 'WORK_HOURS'));
  const actor =
    kind === 'VOID' ? role('SHIFT_LEADER', pickFrom(random, world.actors.shiftLeaders)) : dispatcherOf(walk);
  if (isApproved && kind === 'EXTENSION' && walk.plan) {
    // The extended window: handled mostly within it now.
    const extra = state.pendingRequest?.extraAmount ?? 0;
    const unit = state.pendingRequest?.extraUnit ?? state.handleLimitUnit;
    walk.plan.windowMinutes += timeLimitMinutes(world.calendar, extra, unit);
    walk.plan.share = random.chance(rates.late.HANDLE) ? 1.002 + random.next() : 0.5 + 0.49 * random.next();
  }
  const note = isApproved ? null : historyNotes.deny;
  return { action: `${isApproved ? 'APPROVE' : 'DENY'}_${kind}`, actor, note, at };
}

/** What an extension asks for: about the handling limit again, in its unit. */
function extensionOf(walk: LifeWalk): { amount: number; unit: TimeLimitUnit } {
  const { state, random } = walk;
  return {
    amount: Math.max(1, Math.round(state.handleLimitAmount * random.between(0.5, 1.5))),
    unit: state.handleLimitUnit,
  };
}

/** The instant `share` of the running step's window after it started (parking: days later). */
function inWindow(walk: LifeWalk, share: number): Date {
  const { state, world, random } = walk;
  const plan = walk.plan as StepPlan;
  if (state.status === 'PARKED') return new Date(walk.now.getTime() + random.between(2, 45) * 86_400_000);
  const unit = state.stepLimitUnit ?? 'WORK_HOURS';
  const hours = (plan.windowMinutes * share) / 60;
  return addWorkingTime(
    world.calendar,
    state.stepStartedAt,
    hours,
    isWorkingTimeUnit(unit) ? 'WORK_HOURS' : 'NATURAL_HOURS',
  );
}

/** Events never go back in time: at least a minute after the previous one. */
function later(walk: LifeWalk, at: Date): Date {
  const earliest = walk.now.getTime() + 60_000;
  return at.getTime() < earliest ? new Date(earliest) : at;
}

function handlerOf(walk: LifeWalk): HistoryActor {
  const departmentId = walk.state.departmentId;
  const handlers = departmentId === null ? undefined : walk.world.actors.handlersByDepartment.get(departmentId);
  return role('HANDLER', pickFrom(walk.random, handlers));
}

function dispatcherOf(walk: LifeWalk): HistoryActor {
  return role('DISPATCHER', pickFrom(walk.random, walk.world.actors.dispatchers));
}

function role(name: HistoryActor['role'], id: number | undefined | null): HistoryActor {
  return { id: id ?? null, role: name };
}
