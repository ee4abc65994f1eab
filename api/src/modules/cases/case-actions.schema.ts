import { selectIntakeContext } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { builder } from '../../graphql/builder.js';
import { TimeLimitUnitEnum } from '../admin/catalog-enums.schema.js';
import { requireRole } from '../auth/require-role.js';
import { CaseActionEnum, CaseSourceEnum, CaseStatusEnum } from './case-enums.schema.js';
import { reportCase } from './report-case.js';
import { transitionCase } from './transition-case.js';

const DuplicateCandidateRef = builder
  .objectRef<{ id: number; code: string; status: string; distanceM: number; reportedAt: string }>('DuplicateCandidate')
  .implement({
    description: 'An open case of the same class near the point, reported within the class’s window.',
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      status: t.field({ type: CaseStatusEnum, resolve: (row) => row.status as never }),
      distanceM: t.exposeFloat('distanceM'),
      reportedAt: t.exposeString('reportedAt'),
    }),
  });

const ReportCaseInput = builder.inputType('ReportCaseInput', {
  fields: (t) => ({
    lng: t.float({ required: true, description: 'WGS84.' }),
    lat: t.float({ required: true, description: 'WGS84.' }),
    categoryId: t.int({ description: 'Optional: when given, the filing condition must belong to it.' }),
    filingConditionId: t.int({ required: true }),
    description: t.string({ required: true }),
    address: t.string(),
    componentCode: t.string({ description: '16-digit 部件 code, when the report is about one.' }),
    idempotencyKey: t.string({ description: 'The client’s key: a retried submit returns the same case.' }),
    photos: t.field({ type: ['File'], description: 'JPEG, PNG or WebP (multipart request).' }),
    selfHandled: t.boolean({ description: 'Officers: fixed on the spot (自处理).' }),
    selfHandleNote: t.string(),
    source: t.field({ type: CaseSourceEnum, description: 'Operators: PUBLIC or HOTLINE (enters PENDING_VERIFY).' }),
    reporterName: t.string(),
    reporterContact: t.string(),
    externalRef: t.string({ description: 'The 12345 work order id, kept to sync status back.' }),
  }),
});

const ReportCasePayload = builder.objectRef<{ caseId: number; created: boolean }>('ReportCasePayload').implement({
  fields: (t) => ({
    caseId: t.id({ resolve: (payload) => String(payload.caseId) }),
    created: t.exposeBoolean('created', {
      description: 'False when the idempotency key named an earlier submit’s case.',
    }),
    case: t.prismaField({
      type: 'Case',
      resolve: (query, payload, _args, { prisma }) =>
        prisma.case.findUniqueOrThrow({ ...query, where: { id: payload.caseId } }),
    }),
  }),
});

const ExtensionInput = builder.inputType('ExtensionInput', {
  fields: (t) => ({
    amount: t.float({ required: true }),
    unit: t.field({ type: TimeLimitUnitEnum, required: true }),
  }),
});

const CaseActionInput = builder.inputType('CaseActionInput', {
  fields: (t) => ({
    caseId: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you saw; STALE_VERSION if it moved on.' }),
    action: t.field({ type: CaseActionEnum, required: true }),
    note: t.string({ description: 'Why: required for rejections, requests, denials, failed checks, overrides.' }),
    departmentId: t.int({ description: 'DISPATCH / REDISPATCH: defaults to the suggested department.' }),
    mergeIntoId: t.id({ description: 'MERGE: the open case this one duplicates.' }),
    extension: t.field({ type: ExtensionInput, description: 'REQUEST_EXTENSION: the extra time asked for.' }),
    photos: t.field({ type: ['File'], description: 'Evidence: result photos, check photos…' }),
  }),
});

const toId = (value: string | number | null | undefined, field: string): number | undefined => {
  if (value == null) return undefined;
  const id = Number(value);
  if (!Number.isSafeInteger(id)) throw new DomainError('BAD_REQUEST', `${field} must be a case id.`, { field });
  return id;
};

builder.queryField('duplicateCandidates', (t) =>
  t.field({
    type: [DuplicateCandidateRef],
    description: 'Before submitting: open cases of the same class near the point (nearest first, at most 5).',
    args: {
      lng: t.arg.float({ required: true }),
      lat: t.arg.float({ required: true }),
      filingConditionId: t.arg.int({ required: true }),
    },
    resolve: async (_root, args, { prisma, viewer, clock }) => {
      requireRole(viewer, 'OFFICER', 'OPERATOR', 'SHIFT_LEADER', 'DISPATCHER');
      const context = await selectIntakeContext(prisma, {
        point: [args.lng, args.lat],
        filingConditionId: args.filingConditionId,
        source: 'OFFICER',
        reporterId: null,
        idempotencyKey: null,
        componentCode: null,
        now: clock.now(),
      });
      return context.duplicates;
    },
  }),
);

builder.mutationFields((t) => ({
  reportCase: t.field({
    type: ReportCasePayload,
    description:
      'Officers report (→ REPORTED, or HANDLED with selfHandled); operators register public / hotline reports ' +
      '(source PUBLIC or HOTLINE → PENDING_VERIFY). Errors: OUTSIDE_JURISDICTION, PHOTO_REQUIRED, BAD_REQUEST, ' +
      'INVALID_FILE, PAYLOAD_TOO_LARGE, FORBIDDEN.',
    args: { input: t.arg({ type: ReportCaseInput, required: true }) },
    resolve: async (_root, { input }, { viewer, cases }) => {
      const result = await reportCase(cases, viewer, {
        source: input.source ?? 'OFFICER',
        lng: input.lng,
        lat: input.lat,
        categoryId: input.categoryId ?? null,
        filingConditionId: input.filingConditionId,
        description: input.description,
        address: input.address ?? null,
        componentCode: input.componentCode ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
        photos: input.photos ?? [],
        selfHandled: input.selfHandled ?? false,
        selfHandleNote: input.selfHandleNote ?? null,
        reporterName: input.reporterName ?? null,
        reporterContact: input.reporterContact ?? null,
        externalRef: input.externalRef ?? null,
      });
      return result;
    },
  }),
  actOnCase: t.prismaField({
    type: 'Case',
    description:
      'Any step of the loop (accept, file, dispatch, handle, check, close, requests and decisions, notes). ' +
      'Errors: NOT_FOUND (unknown or outside your scope), INVALID_TRANSITION, FORBIDDEN, STALE_VERSION, ' +
      'REQUEST_PENDING, NO_PENDING_REQUEST, CHECK_REQUIRED, BAD_REQUEST.',
    args: { input: t.arg({ type: CaseActionInput, required: true }) },
    resolve: async (query, _root, { input }, { prisma, viewer, cases }) => {
      const caseId = toId(input.caseId, 'caseId') as number;
      await transitionCase(cases, viewer, {
        caseId,
        version: input.version,
        action: input.action,
        note: input.note ?? null,
        departmentId: input.departmentId ?? undefined,
        mergeIntoId: toId(input.mergeIntoId, 'mergeIntoId'),
        extension: input.extension ?? undefined,
        photos: input.photos ?? [],
      });
      return prisma.case.findUniqueOrThrow({ ...query, where: { id: caseId } });
    },
  }),
}));
