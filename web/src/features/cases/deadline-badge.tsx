import { useT } from '../../i18n';
import type { DeadlineLight } from './case-enums';
import { formatRemaining } from './remaining-time';

interface DeadlineBadgeProps {
  light: DeadlineLight | null;
  deadlineAt: string | null;
  now: Date;
}

/**
 * The traffic light of the running step, in words as well as colour (红灯 must be readable by
 * the colour-blind and on a grey printout), with the time left or overdue.
 */
export function DeadlineBadge({ light, deadlineAt, now }: DeadlineBadgeProps) {
  const t = useT();
  if (light === null) return <span className="deadline deadline--none">{t('work.noDeadline')}</span>;
  const remaining = formatRemaining(deadlineAt, now, t);
  return (
    <span className={`deadline deadline--${light.toLowerCase()}`} data-light={light}>
      <span className="deadline__dot" aria-hidden="true" />
      <span className="deadline__light">{t(`light.${light}`)}</span>
      {remaining !== null && <span className="deadline__remaining">{remaining}</span>}
    </span>
  );
}
