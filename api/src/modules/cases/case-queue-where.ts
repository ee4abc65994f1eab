import type { CaseSource, CaseStatus, Prisma } from '@gridloop/prisma';
import type { Viewer } from '../auth/viewer.js';
import { openStatuses } from './case-status.js';
import { caseVisibilityOf, visibleCaseWhere } from './case-visibility.js';
import type { DeadlineLight } from './deadline-light.js';

/** The work lists of §1: what each role acts on next. */
export const caseQueues = [
  'VERIFY_TASKS',
  'CHECK_TASKS',
  'TO_ACCEPT',
  'TO_FILE',
  'TO_DISPATCH',
  'APPROVALS',
  'TO_HANDLE',
  'TO_CLOSE',
  'PARKED',
  'OVERDUE',
  'OPEN',
  'ALL',
] as const;
export type CaseQueue = (typeof caseQueues)[number];

export interface CaseFilter {
  statuses?: readonly CaseStatus[] | null;
  categoryIds?: readonly number[] | null;
  /** A district, street, community or unit grid code inside the viewer's area. */
  areaCode?: string | null;
  departmentId?: number | null;
  source?: CaseSource | null;
  light?: DeadlineLight | null;
  /** A case code (or its start) or words of the address / description. */
  search?: string | null;
}

/**
 * The Prisma filter of a queue for a viewer: their visibility (area, and department for handlers)
 * AND the queue's statuses AND the filters. Officers' task queues narrow to their beat when they
 * have one. Pure, so the matrix of queues × roles is tested without a database.
 */
export function caseQueueWhere(viewer: Viewer, queue: CaseQueue, filter: CaseFilter, now: Date): Prisma.CaseWhereInput {
  const and: Prisma.CaseWhereInput[] = [visibleCaseWhere(caseVisibilityOf(viewer)), queueWhere(viewer, queue, now)];
  if (filter.statuses?.length) and.push({ status: { in: [...filter.statuses] } });
  if (filter.categoryIds?.length) and.push({ categoryId: { in: [...filter.categoryIds] } });
  if (filter.areaCode) and.push({ gridCode: { startsWith: filter.areaCode } });
  if (filter.departmentId != null) and.push({ departmentId: filter.departmentId });
  if (filter.source) and.push({ source: filter.source });
  if (filter.light) and.push(lightWhere(filter.light, now));
  const search = filter.search?.trim();
  if (search) {
    and.push({
      OR: [
        { code: { startsWith: search } },
        { address: { contains: search, mode: 'insensitive' } },
        { description: { contains: search, mode: 'insensitive' } },
      ],
    });
  }
  return { AND: and };
}

function queueWhere(viewer: Viewer, queue: CaseQueue, now: Date): Prisma.CaseWhereInput {
  const beat = viewer.beatCode ? { beatCode: viewer.beatCode } : {};
  const pending = { requests: { some: { status: 'PENDING' as const } } };
  switch (queue) {
    case 'VERIFY_TASKS':
      return { status: 'PENDING_VERIFY', ...beat };
    case 'CHECK_TASKS':
      return { status: 'HANDLED', checkPassed: false, selfHandled: false, ...beat };
    case 'TO_ACCEPT':
      return { status: 'REPORTED' };
    case 'TO_FILE':
      return { status: 'ACCEPTED' };
    case 'TO_DISPATCH':
      return { status: { in: ['FILED', 'REWORK'] }, requests: { none: { status: 'PENDING' } } };
    case 'APPROVALS':
      return pending;
    case 'TO_HANDLE':
      return { status: 'DISPATCHED' };
    case 'TO_CLOSE':
      return { status: 'HANDLED', OR: [{ checkPassed: true }, { selfHandled: true }] };
    case 'PARKED':
      return { status: 'PARKED' };
    case 'OVERDUE':
      return { status: { in: [...openStatuses] }, stepDeadlineAt: { lt: now } };
    case 'OPEN':
      return { status: { in: [...openStatuses] } };
    case 'ALL':
      return {};
  }
}

function lightWhere(light: DeadlineLight, now: Date): Prisma.CaseWhereInput {
  switch (light) {
    case 'RED':
      return { stepDeadlineAt: { lt: now } };
    case 'YELLOW':
      return { stepDeadlineAt: { gte: now }, stepWarnAt: { lte: now } };
    case 'GREEN':
      return { stepWarnAt: { gt: now } };
  }
}
