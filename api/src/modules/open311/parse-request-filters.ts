import { badOpen311Request } from './open311-error.js';
import { listValues, type QueryValues, singleValue } from './query-values.js';
import { parseServiceCode, type ServiceCode } from './service-code.js';

/** What GET requests asks for, checked. */
export interface RequestFilters {
  /** service_request_id: when given, it overrides every other argument but paging. */
  ids: string[] | null;
  services: ServiceCode[] | null;
  /** requested_datetime in [from, to], at most 90 days apart. */
  from: Date;
  to: Date;
  statuses: ('open' | 'closed')[] | null;
  page: number;
  pageSize: number;
  /** The extensions=true extension: add each request's notes (its history). */
  extensions: boolean;
}

const dayMs = 86_400_000;
/** The spec's default and largest span and page (its "90 days or first 1000 requests"). */
export const maxSpanDays = 90;
export const maxPageSize = 1000;
const maxIds = 1000;
const w3Datetime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/** A case code: 19 digits, 20 once a district passes 99,999 reports in a day (case_code() in SQL). */
const caseCode = /^\d{19,20}$/;

/** Parses GET requests' arguments (spec and the page / page_size / extensions extensions); 400 naming the bad one. */
export function parseRequestFilters(query: QueryValues, now: Date): RequestFilters {
  const single = (name: string) =>
    singleValue(query, name, (repeated) => badOpen311Request(`${repeated} may be given once.`));
  const ids = listValues(query, 'service_request_id');
  if (ids.length > maxIds) badOpen311Request(`At most ${maxIds} service_request_id values at once.`);
  const badId = ids.find((id) => !caseCode.test(id));
  if (badId !== undefined)
    badOpen311Request(`service_request_id ${JSON.stringify(badId)} is not a request id (19 or 20 digits).`);
  const { from, to } = dateRange(single('start_date'), single('end_date'), now);
  return {
    ids: ids.length ? ids : null,
    services: serviceCodes(listValues(query, 'service_code')),
    from,
    to,
    statuses: statuses(listValues(query, 'status')),
    page: positiveInteger(single('page'), 'page', 1, Number.MAX_SAFE_INTEGER),
    pageSize: positiveInteger(single('page_size'), 'page_size', maxPageSize, maxPageSize),
    extensions: flag(single('extensions'), 'extensions'),
  };
}

function dateRange(start: string | null, end: string | null, now: Date): { from: Date; to: Date } {
  const span = maxSpanDays * dayMs;
  const to = end !== null ? w3Date(end, 'end_date') : start !== null ? null : now;
  const from = start !== null ? w3Date(start, 'start_date') : new Date((to as Date).getTime() - span);
  const until = to ?? new Date(from.getTime() + span);
  if (until < from) badOpen311Request('end_date is before start_date.');
  if (until.getTime() - from.getTime() > span) {
    badOpen311Request(`start_date and end_date may not span more than ${maxSpanDays} days.`);
  }
  return { from, to: until };
}

function w3Date(text: string, name: string): Date {
  const date = new Date(text);
  if (!w3Datetime.test(text) || Number.isNaN(date.getTime())) {
    badOpen311Request(
      `${name} must be a W3C datetime with its time zone, e.g. 2010-01-01T00:00:00Z; got ${JSON.stringify(text)}.`,
    );
  }
  return date;
}

function serviceCodes(values: string[]): ServiceCode[] | null {
  if (!values.length) return null;
  return values.map(
    (value) =>
      parseServiceCode(value) ??
      badOpen311Request(`service_code ${JSON.stringify(value)} is not a service code (e.g. E0101).`),
  );
}

function statuses(values: string[]): ('open' | 'closed')[] | null {
  if (!values.length) return null;
  const bad = values.find((value) => value !== 'open' && value !== 'closed');
  if (bad !== undefined) badOpen311Request(`status must be open or closed, got ${JSON.stringify(bad)}.`);
  return values as ('open' | 'closed')[];
}

function positiveInteger(text: string | null, name: string, fallback: number, max: number): number {
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > max)
    badOpen311Request(`${name} must be a whole number from 1 to ${max}.`);
  return value;
}

function flag(text: string | null, name: string): boolean {
  if (text === null || text === 'false') return false;
  if (text === 'true') return true;
  return badOpen311Request(`${name} must be true or false.`);
}
