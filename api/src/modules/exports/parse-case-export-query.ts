import { CaseSource, CaseStatus } from '@gridloop/prisma';
import { type CaseFilter, type CaseQueue, caseQueues } from '../cases/case-queue-where.js';
import type { DeadlineLight } from '../cases/deadline-light.js';
import { badRequest, listOf, localDate, oneOf, positiveInteger, type QueryValue, single } from './query-parameters.js';

/** The parameters of `GET /export/cases.(csv|xlsx)`; `lang` is read by the route. */
export interface CaseExportQuery {
  queue: CaseQueue;
  filter: CaseFilter;
  /** Local dates (YYYY-MM-DD, the deployment's zone), both inclusive. */
  reportedFrom: string | null;
  reportedTo: string | null;
}

const knownParameters = new Set([
  'lang',
  'queue',
  'status',
  'category',
  'area',
  'department',
  'source',
  'light',
  'text',
  'reportedFrom',
  'reportedTo',
]);
const lights: readonly DeadlineLight[] = ['GREEN', 'YELLOW', 'RED'];

/**
 * The case queue's filters (those of GraphQL `cases`) plus a reported-at date range, from a query
 * string. Lists are comma-separated (`status=FILED,DISPATCHED`) or repeated. Anything malformed or
 * unknown is BAD_REQUEST naming the parameter, before a byte of the file is sent: a typo must not
 * silently export everything.
 *
 * @example parseCaseExportQuery({ queue: 'OVERDUE', area: '310101002' })
 * // { queue: 'OVERDUE', filter: { areaCode: '310101002' }, reportedFrom: null, reportedTo: null }
 */
export function parseCaseExportQuery(query: Record<string, QueryValue>): CaseExportQuery {
  const unknown = Object.keys(query).find((name) => !knownParameters.has(name));
  if (unknown !== undefined) badRequest(unknown, `Unknown parameter ${unknown}.`);
  const filter: CaseFilter = {};
  const statuses = listOf(query.status).map((value) => oneOf('status', value, Object.values(CaseStatus)));
  if (statuses.length) filter.statuses = statuses;
  const categoryIds = listOf(query.category).map((value) => positiveInteger('category', value));
  if (categoryIds.length) filter.categoryIds = categoryIds;
  const area = single('area', query.area);
  if (area !== undefined) {
    if (!/^\d{6,15}$/.test(area)) badRequest('area', 'area must be a district, street, community or grid code.');
    filter.areaCode = area;
  }
  const department = single('department', query.department);
  if (department !== undefined) filter.departmentId = positiveInteger('department', department);
  const source = single('source', query.source);
  if (source !== undefined) filter.source = oneOf('source', source, Object.values(CaseSource));
  const light = single('light', query.light);
  if (light !== undefined) filter.light = oneOf('light', light, lights);
  const text = single('text', query.text)?.trim();
  if (text) {
    if (text.length > 100) badRequest('text', 'text is longer than 100 characters.');
    filter.search = text;
  }
  const queueText = single('queue', query.queue);
  const reportedFrom = localDate('reportedFrom', single('reportedFrom', query.reportedFrom));
  const reportedTo = localDate('reportedTo', single('reportedTo', query.reportedTo));
  if (reportedFrom && reportedTo && reportedFrom > reportedTo) {
    badRequest('reportedTo', 'reportedTo is before reportedFrom.');
  }
  return {
    queue: queueText === undefined ? 'OPEN' : oneOf('queue', queueText, caseQueues),
    filter,
    reportedFrom,
    reportedTo,
  };
}
