import { useT } from '../../i18n';
import type { LiveState } from './subscribe-case-changes';

const LABELS = {
  connecting: 'work.live.connecting',
  connected: 'work.live.connected',
  reconnecting: 'work.live.reconnecting',
} as const;

/** Whether the queue updates itself right now; a dispatcher must know when it does not. */
export function LiveIndicator({ state }: { state: LiveState }) {
  const t = useT();
  return (
    <span
      className={`live-indicator live-indicator--${state}`}
      data-testid="live-state"
      data-state={state}
      role="status"
    >
      <span className="live-indicator__dot" aria-hidden="true" />
      {t(LABELS[state])}
    </span>
  );
}
