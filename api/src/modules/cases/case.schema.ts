import { builder } from '../../graphql/builder.js';
import { CaseStepEnum, TimeLimitUnitEnum } from '../admin/catalog-enums.schema.js';
import { authorizeTransition } from './authorize-transition.js';
import {
  CaseActionEnum,
  CaseRequestKindEnum,
  CaseRequestStatusEnum,
  CaseSourceEnum,
  CaseStatusEnum,
  DeadlineLightEnum,
} from './case-enums.schema.js';
import { actionsFrom } from './case-status.js';
import { deadlineLight } from './deadline-light.js';
import { photoUrls } from './photo-urls.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

builder.prismaObject('Case', {
  description: '案卷: one problem on its way round the loop, with its place, deadlines and history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'District 6 + date 8 + daily sequence 5.' }),
    source: t.expose('source', { type: CaseSourceEnum }),
    status: t.expose('status', { type: CaseStatusEnum }),
    version: t.exposeInt('version', { description: 'Send it back with an action: a stale one gets STALE_VERSION.' }),
    description: t.exposeString('description'),
    address: t.exposeString('address', { nullable: true }),
    lng: t.exposeFloat('lng', { description: 'WGS84.' }),
    lat: t.exposeFloat('lat', { description: 'WGS84.' }),
    gridCode: t.exposeString('gridCode', { description: 'The unit grid (单元网格) the point was in when reported.' }),
    beatCode: t.exposeString('beatCode', { nullable: true, description: '责任网格 of that grid.' }),
    category: t.relation('category'),
    filingCondition: t.relation('filingCondition'),
    community: t.relation('community'),
    street: t.relation('street'),
    district: t.relation('district'),
    department: t.relation('department', { nullable: true, description: 'The department handling it now.' }),
    suggestedDepartment: t.relation('suggestedDepartment', {
      nullable: true,
      description: 'Where the responsibility matrix routes it (属地兜底: the street office).',
    }),
    mergedInto: t.relation('mergedInto', { nullable: true, description: 'The case this one duplicates (MERGED).' }),
    duplicates: t.relation('duplicates', { description: 'Cases merged into this one.' }),
    componentCode: t.string({
      nullable: true,
      select: { component: { select: { code: true } } },
      resolve: (row) => row.component?.code ?? null,
    }),
    reporterName: t.string({
      nullable: true,
      description: 'Who reported it: the officer or operator, or the citizen for public reports.',
      select: { reporterName: true, reporter: { select: { displayName: true } } },
      resolve: (row) => row.reporter?.displayName ?? row.reporterName,
    }),
    reporterContact: t.exposeString('reporterContact', { nullable: true }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: 'e.g. the 12345 work order id.' }),
    reworkCount: t.exposeInt('reworkCount'),
    selfHandled: t.exposeBoolean('selfHandled'),
    checkPassed: t.exposeBoolean('checkPassed'),
    step: t.expose('step', { type: CaseStepEnum, nullable: true, description: 'The step whose clock runs.' }),
    stepStartedAt: t.string({ resolve: (row) => row.stepStartedAt.toISOString() }),
    stepWarnAt: t.string({ nullable: true, resolve: (row) => iso(row.stepWarnAt) }),
    stepDeadlineAt: t.string({ nullable: true, resolve: (row) => iso(row.stepDeadlineAt) }),
    light: t.field({
      type: DeadlineLightEnum,
      nullable: true,
      description: 'The running step’s traffic light now; null when no clock runs.',
      select: { stepWarnAt: true, stepDeadlineAt: true },
      resolve: (row, _args, { clock }) => deadlineLight(clock.now(), row.stepWarnAt, row.stepDeadlineAt),
    }),
    handleLimitAmount: t.exposeFloat('handleLimitAmount', { description: '处置时限 in force for this case.' }),
    reportedAt: t.string({ resolve: (row) => row.reportedAt.toISOString() }),
    acceptedAt: t.string({ nullable: true, resolve: (row) => iso(row.acceptedAt) }),
    filedAt: t.string({ nullable: true, resolve: (row) => iso(row.filedAt) }),
    dispatchedAt: t.string({ nullable: true, resolve: (row) => iso(row.dispatchedAt) }),
    handledAt: t.string({ nullable: true, resolve: (row) => iso(row.handledAt) }),
    closedAt: t.string({ nullable: true, resolve: (row) => iso(row.closedAt) }),
    events: t.relation('events', { description: 'The timeline, oldest first.', query: { orderBy: { id: 'asc' } } }),
    photos: t.relation('photos', { query: { orderBy: { id: 'asc' } } }),
    pendingRequests: t.relation('requests', {
      description: 'The approval request waiting on the case (at most one).',
      query: { where: { status: 'PENDING' } },
    }),
    requests: t.relation('requests', { query: { orderBy: { id: 'asc' } } }),
    availableActions: t.field({
      type: [CaseActionEnum],
      description: 'What the viewer may do to the case now (buttons to show).',
      select: {
        status: true,
        checkPassed: true,
        selfHandled: true,
        reporterId: true,
        requests: { where: { status: 'PENDING' } },
      },
      resolve: (row, _args, { viewer }) => {
        if (!viewer) return [];
        const pending = row.requests[0];
        const facts = {
          status: row.status,
          checkPassed: row.checkPassed,
          selfHandled: row.selfHandled,
          reporterId: row.reporterId,
          pendingRequest: pending
            ? {
                id: pending.id,
                kind: pending.kind,
                requestedById: pending.requestedById,
                extraAmount: pending.extraAmount,
                extraUnit: pending.extraUnit,
              }
            : null,
        };
        return actionsFrom(row.status).filter((action) => {
          try {
            authorizeTransition(action, facts, viewer);
            return true;
          } catch {
            return false;
          }
        });
      },
    }),
  }),
});

builder.prismaObject('CaseEvent', {
  description: 'One row of the case’s append-only event log.',
  fields: (t) => ({
    id: t.id({ resolve: (event) => event.id.toString() }),
    action: t.expose('action', { type: CaseActionEnum }),
    fromStatus: t.expose('fromStatus', { type: CaseStatusEnum, nullable: true }),
    toStatus: t.expose('toStatus', { type: CaseStatusEnum }),
    actorName: t.string({
      nullable: true,
      select: { actor: { select: { displayName: true } } },
      resolve: (event) => event.actor?.displayName ?? null,
    }),
    actorRole: t.string({ nullable: true, resolve: (event) => event.actorRole }),
    note: t.exposeString('note', { nullable: true }),
    department: t.relation('department', { nullable: true }),
    deadlineAt: t.string({ nullable: true, description: 'The deadline in force.', resolve: (e) => iso(e.deadlineAt) }),
    metDeadline: t.exposeBoolean('metDeadline', { nullable: true }),
    details: t.expose('details', { type: 'JSON' }),
    occurredAt: t.string({ resolve: (event) => event.occurredAt.toISOString() }),
    photos: t.relation('photos', { query: { orderBy: { id: 'asc' } } }),
  }),
});

builder.prismaObject('CaseRequest', {
  description: 'An approval request (void, return, extension, parking) and its decision.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: CaseRequestKindEnum }),
    status: t.expose('status', { type: CaseRequestStatusEnum }),
    reason: t.exposeString('reason'),
    requestedAt: t.string({ resolve: (row) => row.requestedAt.toISOString() }),
    extraAmount: t.exposeFloat('extraAmount', { nullable: true, description: 'EXTENSION: the extra time asked for…' }),
    extraUnit: t.expose('extraUnit', { type: TimeLimitUnitEnum, nullable: true, description: '…in this unit.' }),
    decideBy: t.string({ nullable: true, resolve: (row) => iso(row.decideBy) }),
    decidedAt: t.string({ nullable: true, resolve: (row) => iso(row.decidedAt) }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
  }),
});

builder.prismaObject('Photo', {
  description: 'A photo of a case event. URLs need a signed-in viewer who can see the case.',
  fields: (t) => ({
    id: t.exposeID('id'),
    mimeType: t.exposeString('mimeType'),
    width: t.exposeInt('width'),
    height: t.exposeInt('height'),
    hasLocation: t.exposeBoolean('hasLocation', { description: 'The original carries GPS (staff only).' }),
    takenAt: t.string({ nullable: true, resolve: (photo) => iso(photo.takenAt) }),
    thumbnailUrl: t.string({ resolve: (photo) => photoUrls(photo.id).thumbnail }),
    url: t.string({ description: 'Metadata-free copy.', resolve: (photo) => photoUrls(photo.id).public }),
    originalUrl: t.string({
      description: 'As uploaded, EXIF included.',
      resolve: (photo) => photoUrls(photo.id).original,
    }),
  }),
});
