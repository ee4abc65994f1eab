import type { CaseAction, CaseState, TimeLimitUnit } from '@gridloop/prisma';
import { applyCaseChange, selectCaseState } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { requireViewer } from '../auth/require-role.js';
import type { Viewer } from '../auth/viewer.js';
import { attachPhotos } from './attach-photos.js';
import { authorizeTransition } from './authorize-transition.js';
import type { CaseServiceDependencies } from './case-services.js';
import { caseVisibilityOf } from './case-visibility.js';
import { planCaseChange } from './plan-case-change.js';

export interface TransitionRequest {
  caseId: number;
  /** The version the actor saw; if the case moved on since, nothing happens (STALE_VERSION). */
  version: number;
  action: CaseAction;
  note: string | null;
  departmentId?: number | undefined;
  mergeIntoId?: number | undefined;
  extension?: { amount: number; unit: TimeLimitUnit } | undefined;
  photos: readonly File[];
}

const maxNoteLength = 2000;

/**
 * Moves a case one step (or records a request, decision or note), atomically: read the case as the
 * viewer may see it, decide with the pure rules, check what the action names, then write case, event,
 * request and photos in one statement guarded by the version. Of two concurrent actions on one case
 * exactly one succeeds; the other gets STALE_VERSION and writes nothing.
 */
export async function transitionCase(
  deps: CaseServiceDependencies,
  viewer: Viewer | null,
  request: TransitionRequest,
): Promise<{ caseId: number; version: number }> {
  const actor = requireViewer(viewer);
  const state = await selectCaseState(deps.prisma, request.caseId, caseVisibilityOf(actor));
  if (!state) throw new DomainError('NOT_FOUND', `Case ${request.caseId} does not exist.`, { caseId: request.caseId });
  if (state.version !== request.version) throw staleVersion(state.version);
  const { transition, actingRole } = authorizeTransition(request.action, state, actor);
  const note = request.note?.trim() || null;
  if (transition.needsNote && !note) {
    throw new DomainError('BAD_REQUEST', `${request.action} needs a note saying why.`, { field: 'note' });
  }
  if (note && note.length > maxNoteLength) {
    throw new DomainError('BAD_REQUEST', `The note is longer than ${maxNoteLength} characters.`, { field: 'note' });
  }
  assertHandlerOwnsCase(actingRole, state, actor);
  const departmentId = await resolveActionTargets(deps, actor, state, request, note);
  const photos = await attachPhotos(request.photos, deps.photoStore, deps.photoLimits);
  const now = deps.clock.now();
  const change = planCaseChange({
    state,
    transition,
    actorId: actor.userId,
    actingRole,
    input: {
      note,
      photos,
      ...(departmentId !== undefined && { departmentId }),
      ...(request.mergeIntoId !== undefined && { mergeIntoId: request.mergeIntoId }),
      ...(request.extension !== undefined && { extension: request.extension }),
    },
    calendar: deps.calendar.current(),
    now,
  });
  const applied = await applyCaseChange(deps.prisma, change);
  if (!applied) throw staleVersion(state.version + 1);
  deps.caseChanges.publish({
    caseId: state.id,
    code: state.code,
    status: change.columns.status,
    version: applied.version,
    action: request.action,
    gridCode: state.gridCode,
    departmentId: change.columns.departmentId,
    previousDepartmentId: state.departmentId,
    at: now.toISOString(),
  });
  return { caseId: state.id, version: applied.version };
}

function staleVersion(currentVersion: number): DomainError {
  return new DomainError('STALE_VERSION', 'Someone changed this case a moment ago; reload it and decide again.', {
    currentVersion,
  });
}

/** A handler acts only on cases in their own department's hands. */
function assertHandlerOwnsCase(role: string, state: CaseState, actor: Viewer): void {
  if (role === 'HANDLER' && (actor.departmentId === null || state.departmentId !== actor.departmentId)) {
    throw new DomainError('NOT_FOUND', `Case ${state.id} does not exist.`, { caseId: state.id });
  }
}

/**
 * Checks what the action names — the department of a dispatch (the suggested one when none is
 * given), the case a merge names, the time an extension asks — and returns the department to use.
 */
async function resolveActionTargets(
  deps: CaseServiceDependencies,
  actor: Viewer,
  state: CaseState,
  request: TransitionRequest,
  note: string | null,
): Promise<number | undefined> {
  const action = request.action;
  if (action === 'MERGE') await assertMergeTarget(deps, actor, state, request.mergeIntoId);
  if (action === 'REQUEST_EXTENSION') {
    const amount = request.extension?.amount;
    if (!request.extension || amount === undefined || !(amount > 0) || amount > 1000) {
      throw new DomainError('BAD_REQUEST', 'An extension request names the extra time (a positive amount and unit).', {
        field: 'extension',
      });
    }
  }
  if (action !== 'DISPATCH' && action !== 'REDISPATCH') return undefined;
  return resolveDispatchDepartment(deps, state, request.departmentId, note);
}

/** The chosen department, or the suggested one; a different choice needs a reason. */
async function resolveDispatchDepartment(
  deps: CaseServiceDependencies,
  state: CaseState,
  chosen: number | undefined,
  note: string | null,
): Promise<number> {
  const departmentId = chosen ?? state.suggestedDepartmentId ?? undefined;
  if (departmentId === undefined) {
    throw new DomainError('BAD_REQUEST', 'No department is suggested for this case; choose one.', {
      field: 'departmentId',
    });
  }
  if (departmentId !== state.suggestedDepartmentId && !note) {
    throw new DomainError('BAD_REQUEST', 'Overriding the suggested department needs a reason.', { field: 'note' });
  }
  const department = await deps.prisma.department.findFirst({
    where: { id: departmentId, isActive: true },
    select: { id: true },
  });
  if (!department) {
    throw new DomainError('BAD_REQUEST', `Department ${departmentId} does not exist or is inactive.`, {
      field: 'departmentId',
    });
  }
  return departmentId;
}

async function assertMergeTarget(
  deps: CaseServiceDependencies,
  actor: Viewer,
  state: CaseState,
  mergeIntoId: number | undefined,
): Promise<void> {
  if (mergeIntoId === undefined || mergeIntoId === state.id) {
    throw new DomainError('BAD_REQUEST', 'Name the open case this one duplicates.', { field: 'mergeIntoId' });
  }
  const target = await selectCaseState(deps.prisma, mergeIntoId, caseVisibilityOf(actor));
  if (!target) throw new DomainError('NOT_FOUND', `Case ${mergeIntoId} does not exist.`, { field: 'mergeIntoId' });
  if (['CLOSED', 'REJECTED', 'MERGED', 'VOID', 'INVALID'].includes(target.status)) {
    throw new DomainError('BAD_REQUEST', `Case ${target.code} is no longer open; merge into an open case.`, {
      field: 'mergeIntoId',
    });
  }
}
