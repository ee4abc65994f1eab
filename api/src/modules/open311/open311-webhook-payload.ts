import type { CaseAction, CaseStatus, CaseStep } from '@gridloop/prisma';
import { isOpenStatus } from '../cases/case-status.js';
import { caseStatusText } from './case-status-text.js';
import { w3DatetimeOf } from './w3-datetime.js';

/** One delivery's event and its case, as the delivery task reads them. */
export interface WebhookSource {
  eventId: string;
  action: CaseAction;
  toStatus: CaseStatus;
  note: string | null;
  occurredAt: Date;
  /** The department the event names (DISPATCH, REDISPATCH, HANDLE…), if any. */
  eventDepartment: string | null;
  code: string;
  externalRef: string | null;
  /** The case as it is now. */
  caseStatus: CaseStatus;
  caseStep: CaseStep | null;
  caseDepartment: string | null;
  stepDeadlineAt: Date | null;
}

/** The JSON body of a webhook call (docs/12345-bridge.md): a GeoReport request after one change. */
export interface Open311WebhookPayload {
  /** The case event: unique and increasing per request, so a receiver drops repeats and stale ones. */
  event_id: string;
  /** What happened, as in the notes extension's `type` (dispatch, handle, close…). */
  action: string;
  service_request_id: string;
  /** The external_id the client POSTed (a 12345 work order's 工单编号), or null. */
  external_id: string | null;
  status: 'open' | 'closed';
  /** Our state after the change (PENDING_VERIFY, DISPATCHED, CLOSED…). */
  detailed_status: CaseStatus;
  status_notes: string;
  agency_responsible: string | null;
  updated_datetime: string;
  expected_datetime: string | null;
}

/**
 * The request as of the event, not as of the call: a retried or delayed delivery still describes
 * the change it stands for. status_notes is the state in words and the staff note, as GET requests
 * shows them. The department and handling deadline are the event's own when it names them, else
 * the case's while it still sits in the state the event left it in (null once it moved on, when
 * a later delivery carries them).
 */
export function open311WebhookPayloadOf(source: WebhookSource): Open311WebhookPayload {
  const isCurrent = source.caseStatus === source.toStatus;
  return {
    event_id: source.eventId,
    action: source.action.toLowerCase(),
    service_request_id: source.code,
    external_id: source.externalRef,
    status: isOpenStatus(source.toStatus) ? 'open' : 'closed',
    detailed_status: source.toStatus,
    status_notes: `${caseStatusText[source.toStatus]}${source.note ? `：${source.note}` : ''}`,
    agency_responsible: source.eventDepartment ?? (isCurrent ? source.caseDepartment : null),
    updated_datetime: w3DatetimeOf(source.occurredAt),
    expected_datetime:
      isCurrent && source.caseStep === 'HANDLE' && source.stepDeadlineAt ? w3DatetimeOf(source.stepDeadlineAt) : null,
  };
}
