import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { caseHref } from '../cases/case-link';
import { useFormatDateTime } from '../cases/use-format-date-time';
import { fetchNotifications, markNotificationsRead, type NotificationItem } from './notification-api';

const pageSize = 20;

type PanelState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; items: NotificationItem[] };

/**
 * The bell's dropdown: the 20 newest notifications, unread ones marked, each linking to its case
 * (following the link marks it read), and "mark all as read". Focus moves to its heading on open.
 */
export function NotificationPanel({
  id,
  onUnreadCount,
  onNavigate,
}: {
  id: string;
  onUnreadCount: (count: number) => void;
  onNavigate: () => void;
}) {
  const { t, locale } = useI18n();
  const formatDateTime = useFormatDateTime();
  const [state, setState] = useState<PanelState>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    (signal?: AbortSignal) => {
      setState({ status: 'loading' });
      fetchNotifications(pageSize, signal).then(
        ({ items, unread }) => {
          if (signal?.aborted) return;
          setState({ status: 'ready', items });
          onUnreadCount(unread);
        },
        () => {
          if (!signal?.aborted) setState({ status: 'failed' });
        },
      );
    },
    [onUnreadCount],
  );
  useEffect(() => {
    heading.current?.focus();
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const markRead = async (target: { ids: string[] } | { all: true }) => {
    await markNotificationsRead(target).catch((error: unknown) => console.warn('Could not mark read', error));
    load();
  };
  const items = state.status === 'ready' ? state.items : [];
  const hasUnread = items.some((item) => item.readAt === null);

  return (
    <section className="notification-panel" id={id} aria-labelledby={`${id}-title`}>
      <div className="notification-panel__head">
        <h2 className="notification-panel__title" id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t('notifications.title')}
        </h2>
        {hasUnread && (
          <button type="button" className="notification-panel__mark-all" onClick={() => markRead({ all: true })}>
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      {state.status === 'loading' && <p className="notification-panel__message">{t('notifications.loading')}</p>}
      {state.status === 'failed' && (
        <p className="notification-panel__message" role="alert">
          {t('notifications.loadError')}{' '}
          <button type="button" className="notification-panel__retry" onClick={() => load()}>
            {t('notifications.retry')}
          </button>
        </p>
      )}
      {state.status === 'ready' && items.length === 0 && (
        <p className="notification-panel__message">{t('notifications.empty')}</p>
      )}
      {items.length > 0 && (
        <ul className="notification-panel__list">
          {items.map((item) => (
            <li key={item.id} className="notification-item" data-unread={item.readAt === null} data-kind={item.kind}>
              <a
                className="notification-item__link"
                href={item.caseId ? caseHref(item.caseId) : undefined}
                onClick={() => {
                  if (item.readAt === null) void markRead({ ids: [item.id] });
                  onNavigate();
                }}
              >
                <span className="notification-item__kind">{t(`notifications.kind.${item.kind}`)}</span>
                {item.readAt === null && <span className="visually-hidden">{t('notifications.unread')}</span>}
                <span className="notification-item__title">{locale === 'en' ? item.titleEn : item.titleZh}</span>
                <time className="notification-item__time" dateTime={item.createdAt}>
                  {formatDateTime(item.createdAt)}
                </time>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
