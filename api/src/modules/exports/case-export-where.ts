import { startOfLocalDay } from '@gridloop/geo';
import type { Prisma } from '@gridloop/prisma';
import type { Viewer } from '../auth/viewer.js';
import { caseQueueWhere } from '../cases/case-queue-where.js';
import type { CaseExportQuery } from './parse-case-export-query.js';

const DAY_MS = 86_400_000;

/**
 * The cases a download holds: exactly the viewer's queue with its filters (so their visibility
 * applies: nobody exports a case they cannot open), within the reported-at range of local days.
 */
export function caseExportWhere(
  viewer: Viewer,
  query: CaseExportQuery,
  now: Date,
  timeZone: string,
): Prisma.CaseWhereInput {
  const queueWhere = caseQueueWhere(viewer, query.queue, query.filter, now);
  const reportedAt: Prisma.DateTimeFilter = {};
  if (query.reportedFrom) reportedAt.gte = startOfLocalDay(query.reportedFrom, timeZone);
  if (query.reportedTo) reportedAt.lt = startOfLocalDay(nextDay(query.reportedTo), timeZone);
  return query.reportedFrom || query.reportedTo ? { AND: [queueWhere, { reportedAt }] } : queueWhere;
}

/** @example nextDay('2030-02-28') // '2030-03-01' */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}
