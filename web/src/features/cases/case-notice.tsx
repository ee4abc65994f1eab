import { useT } from '../../i18n';
import type { ActionNotice } from './use-action-flow';

/** The line above the actions after one was sent: what was done, or why it was not. */
export function CaseNotice({ notice }: { notice: ActionNotice | null }) {
  const t = useT();
  if (notice === null) return null;
  return (
    <p
      className={`case-panel__notice case-panel__notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="case-notice"
    >
      {notice.kind === 'done'
        ? t('cases.actions.done', { action: t(`caseAction.${notice.action}`) })
        : t(notice.message.key, notice.message.params)}
    </p>
  );
}
