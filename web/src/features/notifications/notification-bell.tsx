import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { NotificationPanel } from './notification-panel';
import { useUnreadCount } from './use-unread-count';
import './notifications.css';

/**
 * The header's bell: the unread count as a badge (polled every 30 s), and a dropdown of the newest
 * notifications. Escape or a click outside closes it; Escape hands the focus back to the bell.
 */
export function NotificationBell() {
  const t = useT();
  const { count, setCount, refresh } = useUnreadCount();
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  const toggle = () => {
    if (isOpen) refresh();
    setOpen(!isOpen);
  };
  const unread = count ?? 0;
  return (
    <div className="notification-bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="notification-bell__button"
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        aria-expanded={isOpen}
        aria-controls={isOpen ? panelId : undefined}
        data-testid="notification-bell"
        onClick={toggle}
      >
        <BellIcon />
        {unread > 0 && (
          <span className="notification-bell__badge" aria-hidden="true" data-testid="notification-badge">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {isOpen && <NotificationPanel id={panelId} onUnreadCount={setCount} onNavigate={() => setOpen(false)} />}
    </div>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
