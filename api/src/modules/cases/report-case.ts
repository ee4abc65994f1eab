import { type LngLat, localDateOf } from '@gridloop/geo';
import {
  type CaseVisibility,
  directQuery,
  type IntakeContext,
  insertCase,
  type Role,
  selectIntakeContext,
} from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { requireRole } from '../auth/require-role.js';
import type { Viewer } from '../auth/viewer.js';
import { suggestDepartment } from '../dispatch/routing.js';
import { assertIntakeContext, assertPointShape } from './assert-intake-context.js';
import { attachPhotos } from './attach-photos.js';
import type { CaseServiceDependencies } from './case-services.js';
import { caseVisibilityOf } from './case-visibility.js';
import { assertReportText, type ReportInput } from './report-input.js';
import { stepWindow } from './step-window.js';
import { transitionCase } from './transition-case.js';

export interface ReportResult {
  caseId: number;
  /** False when the idempotency key named a case an earlier try already created. */
  created: boolean;
}

/**
 * A system that files reports itself, with no user behind it: an Open311 client. Its cases enter
 * PENDING_VERIFY with no reporter and an event with no actor or role (the client is named by the
 * caller in the idempotency key); its reports must lie in its own area.
 */
export interface SystemReporter {
  source: 'OPEN311';
  visibility: CaseVisibility;
  /** The Open311 client, kept on the case so its status changes go back to the client's webhook. */
  open311ClientId: number;
}

/** Who files a report as intake sees it: a user in a role, or a system (no user, no role). */
export interface Reporter {
  userId: number | null;
  role: Role | null;
  visibility: CaseVisibility;
  /** The signed-in officer, for a self-handled report's second step. */
  viewer: Viewer | null;
  open311ClientId: number | null;
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
  if (input.source === 'OPEN311') {
    throw new DomainError('BAD_REQUEST', 'Open311 requests arrive through /open311/v2, not from staff.', {
      field: 'source',
    });
  }
  const role = isRegistration ? 'OPERATOR' : 'OFFICER';
  return intake(
    deps,
    { userId: actor.userId, role, visibility: caseVisibilityOf(actor), viewer: actor, open311ClientId: null },
    input,
  );
}

/**
 * Intake for a system reporter (an Open311 client): the same checks and single insert as
 * reportCase, the case entering PENDING_VERIFY so the grid's officer verifies it on site. No photo is
 * required at intake, even where the filing condition wants one: the system cannot send any, and the
 * officer's verification brings the evidence.
 */
export function receiveSystemReport(
  deps: CaseServiceDependencies,
  system: SystemReporter,
  input: ReportInput,
): Promise<ReportResult> {
  if (input.source !== system.source) throw new Error(`a ${system.source} reporter filed a ${input.source} report`);
  return intake(
    deps,
    { userId: null, role: null, visibility: system.visibility, viewer: null, open311ClientId: system.open311ClientId },
    input,
  );
}

async function intake(deps: CaseServiceDependencies, reporter: Reporter, input: ReportInput): Promise<ReportResult> {
  const isRegistration = input.source !== 'OFFICER';
  assertReportText(input);
  const point: LngLat = [input.lng, input.lat];
  assertPointShape(point);
  const now = deps.clock.now();
  const context = await selectIntakeContext(deps.prisma, {
    point,
    filingConditionId: input.filingConditionId,
    source: input.source,
    reporterId: reporter.userId,
    idempotencyKey: input.idempotencyKey,
    componentCode: input.componentCode,
    now,
  });
  if (context.existingCaseId !== null) return { caseId: context.existingCaseId, created: false };
  const grid = assertIntakeContext(context, reporter, input);
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
    reporterId: reporter.userId,
    actorRole: reporter.role,
    reporterName: input.reporterName,
    reporterContact: input.reporterContact,
    externalRef: input.externalRef,
    open311ClientId: reporter.open311ClientId,
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
  if (!inserted) return retriedCase(deps, reporter, input, point, now);
  deps.caseChanges.publish({
    caseId: inserted.id,
    code: inserted.code,
    status: isRegistration ? 'PENDING_VERIFY' : 'REPORTED',
    version: 1,
    action: isRegistration ? 'RECEIVE' : 'REPORT',
    gridCode: grid.gridCode,
    departmentId: null,
    previousDepartmentId: null,
    at: now.toISOString(),
  });
  if (input.selfHandled && !isRegistration && reporter.viewer) {
    await transitionCase(deps, reporter.viewer, {
      caseId: inserted.id,
      version: 1,
      action: 'SELF_HANDLE',
      note: input.selfHandleNote,
      photos: [],
    });
  }
  return { caseId: inserted.id, created: true };
}

/** The index of external references per source (case_record_external_ref in the case-loop migration). */
const externalRefIndex = 'case_record_external_ref';
/** The index of idempotency keys per source and reporter (the case-loop migration). */
const idempotencyIndex = 'case_record_idempotency_key';

/**
 * The idempotency index refused a concurrent twin of this submit: answer with the twin's case. When
 * the twin carries the same external reference under another key (a system sending one work order
 * twice at once), the external reference index refuses it instead: a coded CONFLICT, so the caller
 * can answer with the request that won.
 */
function rethrowUnlessRetry(error: unknown): null {
  const { constraint } = error as { constraint?: string };
  const text = String((error as Error).message ?? '');
  if (constraint === externalRefIndex || text.includes(externalRefIndex)) {
    throw new DomainError('CONFLICT', 'Another report already carries this external reference.', {
      field: 'externalRef',
    });
  }
  // only the idempotency index means a twin: any other unique violation is a fault to report
  if (constraint === idempotencyIndex || text.includes(idempotencyIndex)) return null;
  throw error;
}

async function retriedCase(
  deps: CaseServiceDependencies,
  reporter: Reporter,
  input: ReportInput,
  point: LngLat,
  now: Date,
): Promise<ReportResult> {
  const again = await selectIntakeContext(deps.prisma, {
    point,
    filingConditionId: input.filingConditionId,
    source: input.source,
    reporterId: reporter.userId,
    idempotencyKey: input.idempotencyKey,
    componentCode: null,
    now,
  });
  if (again.existingCaseId === null) throw new Error('a unique violation on intake without an earlier case');
  return { caseId: again.existingCaseId, created: false };
}
