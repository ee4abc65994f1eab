import type { CaseAction, Prisma, PrismaClient } from '@gridloop/prisma';
import { openStatuses } from '../cases/case-status.js';
import type { RequestFilters } from './parse-request-filters.js';

/** What a GeoReport request shows of a case (never the reporter's name or contact). */
const requestSelect = {
  id: true,
  code: true,
  status: true,
  description: true,
  address: true,
  gridCode: true,
  lng: true,
  lat: true,
  reportedAt: true,
  updatedAt: true,
  step: true,
  stepDeadlineAt: true,
  externalRef: true,
  category: { select: { kind: true, code: true, name: true } },
  filingCondition: { select: { closingCondition: true, timeLimitAmount: true, timeLimitUnit: true } },
  department: { select: { name: true } },
  mergedInto: { select: { code: true } },
  photos: { select: { sha256: true }, orderBy: { id: 'asc' }, take: 1 },
} satisfies Prisma.CaseSelect;

export type RequestCase = Prisma.CaseGetPayload<{ select: typeof requestSelect }>;

export interface RequestEvent {
  caseId: number;
  action: CaseAction;
  note: string | null;
  occurredAt: Date;
}

/** Cases with their events in order: what status_notes and the notes extension are made of. */
export interface RequestCases {
  cases: RequestCase[];
  eventsByCase: Map<number, RequestEvent[]>;
}

/**
 * The cases GET requests asks for, newest request first, one page: by id list (which overrides the
 * other filters, as the spec says), else by requested time, status and service. Always inside
 * `gridCodePrefix` (the jurisdiction). Two queries (cases with their relations batched by Prisma,
 * then the events of the page), whatever the page size.
 */
export async function selectServiceRequests(
  prisma: PrismaClient,
  filters: RequestFilters,
  gridCodePrefix: string,
): Promise<RequestCases> {
  const cases = await prisma.case.findMany({
    where: requestsWhere(filters, gridCodePrefix),
    select: requestSelect,
    orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
    skip: (filters.page - 1) * filters.pageSize,
    take: filters.pageSize,
  });
  return { cases, eventsByCase: await eventsOf(prisma, cases) };
}

/** One case by its code (the service_request_id) inside the jurisdiction, or none. */
export async function selectServiceRequest(
  prisma: PrismaClient,
  code: string,
  gridCodePrefix: string,
): Promise<RequestCases> {
  const cases = await prisma.case.findMany({
    where: { code, gridCode: { startsWith: gridCodePrefix } },
    select: requestSelect,
  });
  return { cases, eventsByCase: await eventsOf(prisma, cases) };
}

function requestsWhere(filters: RequestFilters, gridCodePrefix: string): Prisma.CaseWhereInput {
  const scope = { gridCode: { startsWith: gridCodePrefix } };
  if (filters.ids) return { ...scope, code: { in: filters.ids } };
  const wantsOpen = filters.statuses?.includes('open') ?? true;
  const wantsClosed = filters.statuses?.includes('closed') ?? true;
  return {
    ...scope,
    reportedAt: { gte: filters.from, lte: filters.to },
    ...(wantsOpen !== wantsClosed && { status: wantsOpen ? { in: [...openStatuses] } : { notIn: [...openStatuses] } }),
    ...(filters.services && {
      OR: filters.services.map((service) => ({ category: { kind: service.kind, code: service.code } })),
    }),
  };
}

async function eventsOf(prisma: PrismaClient, cases: RequestCase[]): Promise<Map<number, RequestEvent[]>> {
  const byCase = new Map<number, RequestEvent[]>(cases.map((row) => [row.id, []]));
  if (!cases.length) return byCase;
  const events = await prisma.caseEvent.findMany({
    where: { caseId: { in: cases.map((row) => row.id) } },
    select: { caseId: true, action: true, note: true, occurredAt: true },
    orderBy: { id: 'asc' },
  });
  for (const event of events) byCase.get(event.caseId)?.push(event);
  return byCase;
}
