import { useT } from '../../i18n';
import type { CaseRequest } from './case-types';
import { useFormatDateTime } from './use-format-date-time';

/** The request waiting on the case (return, extension, parking, void) with its reason. */
export function PendingRequests({ requests }: { requests: readonly CaseRequest[] }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  if (requests.length === 0) return null;
  return (
    <>
      {requests.map((request) => (
        <section key={request.id} className="pending-request" data-testid="pending-request" data-kind={request.kind}>
          <p className="pending-request__title">{t('cases.pending', { kind: t(`requestKind.${request.kind}`) })}</p>
          <p className="pending-request__reason">{request.reason}</p>
          <p className="pending-request__meta">
            {request.extraAmount !== null && t('cases.pending.extra', { amount: request.extraAmount })}{' '}
            {request.decideBy !== null && t('cases.pending.decideBy', { time: formatDateTime(request.decideBy) })}
          </p>
        </section>
      ))}
    </>
  );
}
