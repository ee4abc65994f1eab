import { assertLngLat, type LngLat } from '@gridloop/geo';
import { directQuery, type IntakeContext, insertCase, selectIntakeContext } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { requireRole } from '../auth/require-role.js';
import type { Viewer } from '../auth/viewer.js';
import { suggestDepartment } from '../dispatch/routing.js';
import { attachPhotos } from './attach-photos.js';
import type { CaseServiceDependencies } from './case-services.js';
import { caseVisibilityOf, isGridVisible } from './case-visibility.js';
import { localDateOf } from './local-date.js';
import { assertReportText, type ReportInput } from './report-input.js';
import { stepWindow } from './step-window.js';
import { transitionCase } from './transition-case.js';

export interface ReportResult {
  caseId: number;
  /** False when the idempotency key named a case an earlier try already created. */
  created: boolean;
}

/**
 * Intake (DESIGN.md §2.4): an officer reports (→ REPORTED) or an operator registers a public or
 * hotline report (→ PENDING_VERIFY, a verify task for the grid's officer). The grid and its
 * ancestors, routing suggestion and deadlines are fixed in the same statement that creates the case
 * and its first event. A retried submit with the same idempotency key returns the first case.
 * Every refusal happens before anything is written.
 */
export async function reportCase(
  deps: CaseServiceDependencies,
  viewer: Viewer | null,
  input: ReportInput,
): Promise<ReportResult> {
  const actor = requireRole(viewer, 'OFFICER', 'OPERATOR');
  const isRegistration = input.source !== 'OFFICER';
  if (isRegistration) requireRole(actor, 'OPERATOR');
  else requireRole(actor, 'OFFICER');
  assertReportText(input);
  const point: LngLat = [input.lng, input.lat];
  assertPointShape(point);
  const now = deps.clock.now();
  const context = await selectIntakeContext(deps.prisma, {
    point,
    filingConditionId: input.filingConditionId,
    source: input.source,
    reporterId: actor.userId,
    idempotencyKey: input.idempotencyKey,
    componentCode: input.componentCode,
    now,
  });
  if (context.existingCaseId !== null) return { caseId: context.existingCaseId, created: false };
  const grid = assertIntakeContext(context, actor, input);
  const photos = await attachPhotos(input.photos, deps.photoStore, deps.photoLimits);
  const condition = context.condition as NonNullable<IntakeContext['condition']>;
  const firstStep = isRegistration ? 'VERIFY' : 'ACCEPT';
  const limit = context.stepLimits[firstStep] ?? null;
  const calendar = deps.calendar.current();
  const window = limit ? stepWindow(calendar, now, limit.amount, limit.unit) : null;
  const inserted = await insertCase((sql) => directQuery(deps.prisma, sql), {
    source: input.source,
    status: isRegistration ? 'PENDING_VERIFY' : 'REPORTED',
    action: isRegistration ? 'RECEIVE' : 'REPORT',
    localDate: localDateOf(now, calendar.timeZone),
    districtCode: grid.districtCode,
    categoryId: condition.categoryId,
    filingConditionId: condition.id,
    point,
    address: input.address,
    description: input.description,
    unitGridId: grid.unitGridId,
    gridCode: grid.gridCode,
    communityId: grid.communityId,
    streetId: grid.streetId,
    districtId: grid.districtId,
    responsibilityGridId: grid.beatId,
    beatCode: grid.beatCode,
    componentId: context.component?.id ?? null,
    reporterId: actor.userId,
    actorRole: isRegistration ? 'OPERATOR' : 'OFFICER',
    reporterName: input.reporterName,
    reporterContact: input.reporterContact,
    externalRef: input.externalRef,
    idempotencyKey: input.idempotencyKey,
    suggestedDepartmentId: suggestDepartment(context.rules, context.streetOfficeId)?.departmentId ?? null,
    step: firstStep,
    stepLimitAmount: limit?.amount ?? null,
    stepLimitUnit: limit?.unit ?? null,
    stepWarnAt: window?.warnAt ?? null,
    stepDeadlineAt: window?.deadlineAt ?? null,
    handleLimitAmount: condition.timeLimitAmount,
    handleLimitUnit: condition.timeLimitUnit,
    now,
    photos,
  }).catch((error: unknown) => rethrowUnlessRetry(error));
  if (!inserted) return retriedCase(deps, actor, input, point, now);
  deps.caseChanges.publish({
    caseId: inserted.id,
    code: inserted.code,
    status: isRegistration ? 'PENDING_VERIFY' : 'REPORTED',
    version: 1,
    action: isRegistration ? 'RECEIVE' : 'REPORT',
    gridCode: grid.gridCode,
    departmentId: null,
    at: now.toISOString(),
  });
  if (input.selfHandled && !isRegistration) {
    await transitionCase(deps, actor, {
      caseId: inserted.id,
      version: 1,
      action: 'SELF_HANDLE',
      note: input.selfHandleNote,
      photos: [],
    });
  }
  return { caseId: inserted.id, created: true };
}

function assertPointShape(point: LngLat): void {
  try {
    assertLngLat(point);
  } catch (error) {
    throw new DomainError(
      'BAD_REQUEST',
      `The point is not a valid WGS84 longitude/latitude: ${(error as Error).message}`,
      {
        field: 'lng',
      },
    );
  }
}

function assertIntakeContext(context: IntakeContext, actor: Viewer, input: ReportInput) {
  const { condition, grid } = context;
  if (!condition?.isActive) {
    throw new DomainError(
      'BAD_REQUEST',
      `Filing condition ${input.filingConditionId} does not exist or is no longer used.`,
      {
        field: 'filingConditionId',
      },
    );
  }
  if (input.categoryId !== null && input.categoryId !== condition.categoryId) {
    throw new DomainError('BAD_REQUEST', 'The filing condition does not belong to the chosen category.', {
      field: 'filingConditionId',
    });
  }
  if (!grid) {
    throw new DomainError(
      'OUTSIDE_JURISDICTION',
      'No unit grid contains this point; move it inside the city’s grids.',
      {
        lng: input.lng,
        lat: input.lat,
      },
    );
  }
  if (!isGridVisible(caseVisibilityOf(actor), grid.gridCode)) {
    throw new DomainError('OUTSIDE_JURISDICTION', `The point lies in grid ${grid.gridCode}, outside your area.`, {
      gridCode: grid.gridCode,
    });
  }
  if (condition.requiresPhoto && input.photos.length === 0) {
    throw new DomainError('PHOTO_REQUIRED', 'This filing condition needs at least one photo.', { field: 'photos' });
  }
  if (input.componentCode !== null && context.component?.categoryId !== condition.categoryId) {
    throw new DomainError('BAD_REQUEST', `Component ${input.componentCode} is unknown or not of the chosen class.`, {
      field: 'componentCode',
    });
  }
  return grid;
}

/** The idempotency index refused a concurrent twin of this submit: answer with the twin's case. */
function rethrowUnlessRetry(error: unknown): null {
  const code = (error as { code?: string; meta?: { code?: string } }).code;
  const text = String((error as Error).message ?? '');
  if (code === '23505' || text.includes('case_record_idempotency_key')) return null;
  throw error;
}

async function retriedCase(
  deps: CaseServiceDependencies,
  actor: Viewer,
  input: ReportInput,
  point: LngLat,
  now: Date,
): Promise<ReportResult> {
  const again = await selectIntakeContext(deps.prisma, {
    point,
    filingConditionId: input.filingConditionId,
    source: input.source,
    reporterId: actor.userId,
    idempotencyKey: input.idempotencyKey,
    componentCode: null,
    now,
  });
  if (again.existingCaseId === null) throw new Error('a unique violation on intake without an earlier case');
  return { caseId: again.existingCaseId, created: false };
}
