import type { CaseAction, CaseStatus } from '@gridloop/prisma';

/** What decides whether a case event is sent to the submitting client. */
export interface WebhookCandidate {
  action: CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
}

/**
 * The events a submitting system is told about: every change of the case's status (verified,
 * accepted, dispatched, handled, sent back for rework, parked, closed, rejected, merged…) and an
 * approved extension, which moves the request's expected_datetime without changing its status.
 * Not sent: the intake itself (the client has the POST response), staff comments, and requests and
 * denials that leave the case where it was (internal to the dispatch center).
 *
 * @example isOpen311WebhookEvent({ action: 'DISPATCH', fromStatus: 'FILED', toStatus: 'DISPATCHED' }) // true
 * @example isOpen311WebhookEvent({ action: 'COMMENT', fromStatus: 'FILED', toStatus: 'FILED' }) // false
 */
export function isOpen311WebhookEvent(event: WebhookCandidate): boolean {
  if (event.fromStatus === null) return false;
  return event.fromStatus !== event.toStatus || event.action === 'APPROVE_EXTENSION';
}
