import { CaseSource, CaseStatus } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { type CaseFilter, type CaseQueue, caseQueues } from '../cases/case-queue-where.js';
import type { DeadlineLight } from '../cases/deadline-light.js';

type QueryValue = string | string[] | undefined;

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
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

function badRequest(field: string, message: string): never {
  throw new DomainError('BAD_REQUEST', message, { field });
}

function single(field: string, value: QueryValue): string | undefined {
  if (Array.isArray(value)) badRequest(field, `${field} may be given once.`);
  return value === '' ? undefined : value;
}

function listOf(value: QueryValue): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((item) => item.split(',')).filter((item) => item !== '');
}

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) badRequest(field, `${field} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`);
  return found;
}

function positiveInteger(field: string, value: string): number {
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number > 0))
    badRequest(field, `${field} must be a positive whole number (an id), got ${JSON.stringify(value)}.`);
  return number;
}

/** A real calendar date: 2030-02-30 is refused, not rolled over into March. */
function localDate(field: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    badRequest(field, `${field} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}
