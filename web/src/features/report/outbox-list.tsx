import { type MessageKey, useI18n, useT } from '../../i18n';
import { useFormatDateTime } from '../cases/use-format-date-time';
import { useLocalName } from '../cases/use-local-name';
import type { OutboxEntry, OutboxState } from './outbox-entry';
import { sendErrorMessage } from './send-error-message';
import type { Outbox } from './use-outbox';

const STATE_LABELS: Record<OutboxState, MessageKey> = {
  queued: 'report.outbox.state.queued',
  sending: 'report.outbox.state.sending',
  sent: 'report.outbox.state.sent',
  failed: 'report.outbox.state.failed',
  'needs-sign-in': 'report.outbox.state.needsSignIn',
};

/**
 * 本机上报记录: every report on this phone, newest first, with its state — waiting (and why),
 * sending, reported with its case code, or refused with the reason and retry / delete.
 */
export function OutboxList({ outbox }: { outbox: Outbox }) {
  const t = useT();
  const entries = outbox.entries === null ? [] : [...outbox.entries].reverse();
  return (
    <section className="outbox" aria-labelledby="outbox-title" data-testid="outbox">
      <h2 id="outbox-title" className="outbox__title">
        {t('report.outbox')}
      </h2>
      {outbox.storageError !== null && (
        <p className="report-error" role="alert">
          {t('report.problem.storage')}
        </p>
      )}
      {outbox.entries !== null && entries.length === 0 && <p className="report-muted">{t('report.outbox.empty')}</p>}
      <ul className="outbox__list">
        {entries.map((entry) => (
          <OutboxRow key={entry.id} entry={entry} outbox={outbox} />
        ))}
      </ul>
    </section>
  );
}

function OutboxRow({ entry, outbox }: { entry: OutboxEntry; outbox: Outbox }) {
  const t = useT();
  const localName = useLocalName();
  const formatDateTime = useFormatDateTime();
  const canRetry = entry.state === 'failed' || entry.state === 'queued';
  const onDelete = () => {
    if (window.confirm(t('report.outbox.deleteConfirm'))) void outbox.remove(entry.id);
  };
  return (
    <li className="outbox__entry" data-testid="outbox-entry" data-state={entry.state} data-key={entry.id}>
      <p className="outbox__head">
        <span className={`outbox__state outbox__state--${entry.state}`}>{t(STATE_LABELS[entry.state])}</span>
        <strong>{localName({ name: entry.draft.categoryName, nameEn: entry.draft.categoryNameEn })}</strong>
        <time className="report-muted" dateTime={new Date(entry.createdAt).toISOString()}>
          {formatDateTime(new Date(entry.createdAt).toISOString())}
        </time>
      </p>
      <p className="outbox__line">
        {entry.sent ? (
          <span data-testid="outbox-case-code">{t('report.outbox.caseCode', { code: entry.sent.code })}</span>
        ) : (
          entry.draft.description
        )}
        {entry.photoCount > 0 && (
          <span className="report-muted"> · {t('report.outbox.photos', { count: entry.photoCount })}</span>
        )}
      </p>
      <OutboxReason entry={entry} />
      {entry.state !== 'sent' && entry.state !== 'sending' && (
        <p className="outbox__actions">
          {canRetry && (
            <button type="button" className="button button--small" onClick={() => void outbox.retry(entry.id)}>
              {t('report.outbox.retry')}
            </button>
          )}
          {entry.state !== 'needs-sign-in' && (
            <button type="button" className="button button--small outbox__delete" onClick={onDelete}>
              {t('report.outbox.delete')}
            </button>
          )}
        </p>
      )}
    </li>
  );
}

/** Why a report is not sent yet, in words: offline, the last error and the next try, or the refusal. */
function OutboxReason({ entry }: { entry: OutboxEntry }) {
  const { t, locale } = useI18n();
  if (entry.state === 'sent' || entry.state === 'sending') return null;
  if (entry.state === 'queued' && (entry.lastError === null || !navigator.onLine)) {
    return <p className="report-muted">{t('report.outbox.waiting')}</p>;
  }
  if (entry.lastError === null) return null;
  const { key, params } = sendErrorMessage(entry.lastError);
  const next = new Date(entry.nextAttemptAt).toLocaleTimeString(locale);
  return (
    <p className={entry.state === 'failed' ? 'report-error' : 'report-muted'} data-testid="outbox-reason">
      {t(key, params)}
      {entry.state === 'queued' && ` ${t('report.outbox.nextAttempt', { time: next })}`}
    </p>
  );
}
