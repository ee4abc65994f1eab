import type { CaseStatus } from '@gridloop/prisma';
import { isOpenStatus } from '../cases/case-status.js';
import { caseActionText, caseStatusText } from './case-status-text.js';
import { listOf, type Open311Document, type Open311Record } from './open311-document.js';
import type { RequestCase, RequestCases, RequestEvent } from './select-service-requests.js';
import { formatServiceCode } from './service-code.js';
import { serviceNoticeOf } from './time-limit-text.js';
import { w3DatetimeOf } from './w3-datetime.js';

/** Cases whose photos are not published (the report was false, or withdrawn). */
export const unpublishedStatuses: readonly CaseStatus[] = ['INVALID', 'VOID'];

export interface RequestRendering {
  /** The API's public origin, for media_url (e.g. https://city.example). */
  origin: string;
  /** The extensions (extensions=true): external_id (the submitter's own id for it) and notes. */
  extensions: boolean;
}

/** GET requests and GET requests/{id}: `<service_requests><request>…` in the spec's field order. */
export function requestsDocument(found: RequestCases, rendering: RequestRendering): Open311Document {
  const requests = found.cases.map((row) => requestRecord(row, found.eventsByCase.get(row.id) ?? [], rendering));
  return { root: 'service_requests', body: listOf('request', requests) };
}

/**
 * One case as a GeoReport request. status: our open statuses are open, the final ones closed;
 * status_notes: the detailed state and the latest staff note; agency_responsible: the department
 * holding it; expected_datetime: the handling deadline while a department has it (DISPATCHED),
 * otherwise none; address_id: the unit grid code; media_url: the metadata-free public copy of its
 * first photo. With extensions, external_id gives back the id the submitter sent (a 12345 work
 * order's 工单编号, docs/12345-bridge.md) and notes the history.
 */
function requestRecord(row: RequestCase, events: RequestEvent[], rendering: RequestRendering): Open311Record {
  const photo = unpublishedStatuses.includes(row.status) ? undefined : row.photos[0];
  const record: Open311Record = {
    service_request_id: row.code,
    status: isOpenStatus(row.status) ? 'open' : 'closed',
    status_notes: statusNotesOf(row, events),
    service_name: row.category.name,
    service_code: formatServiceCode(row.category),
    description: row.description,
    agency_responsible: row.department?.name ?? null,
    service_notice: serviceNoticeOf(row.filingCondition),
    requested_datetime: w3DatetimeOf(row.reportedAt),
    updated_datetime: w3DatetimeOf(row.updatedAt),
    expected_datetime: row.step === 'HANDLE' && row.stepDeadlineAt ? w3DatetimeOf(row.stepDeadlineAt) : null,
    address: row.address,
    address_id: row.gridCode,
    zipcode: null,
    lat: row.lat,
    long: row.lng,
    media_url: photo ? `${rendering.origin}/media/${photo.sha256}.jpg` : null,
  };
  return rendering.extensions ? { ...record, external_id: row.externalRef, notes: notesOf(events) } : record;
}

/** The state in words, then the latest note staff wrote on the way (not the intake's own text). */
function statusNotesOf(row: RequestCase, events: RequestEvent[]): string {
  const latest = [...events]
    .reverse()
    .find((event) => event.note && !['REPORT', 'RECEIVE', 'COMMENT'].includes(event.action));
  const merged = row.mergedInto ? `（并入 ${row.mergedInto.code}）` : '';
  return `${caseStatusText[row.status]}${merged}${latest?.note ? `：${latest.note}` : ''}`;
}

/** The Update History extension: every step with its time, what happened and the staff note. */
function notesOf(events: RequestEvent[]) {
  return listOf(
    'note',
    events.map((event) => {
      const withNote = event.note && !['REPORT', 'RECEIVE'].includes(event.action);
      return {
        datetime: w3DatetimeOf(event.occurredAt),
        description: withNote ? `${caseActionText[event.action]}：${event.note}` : caseActionText[event.action],
        type: event.action.toLowerCase(),
      };
    }),
  );
}
