import { useT } from '../../i18n';
import { opensDialog } from './action-inputs';
import { shortcutOf } from './action-shortcuts';
import type { CaseAction } from './case-enums';

interface CaseActionsBarProps {
  /** Exactly the case's `availableActions`: the API decides what this viewer may do now. */
  actions: readonly CaseAction[];
  isBusy: boolean;
  onAction: (action: CaseAction) => void;
}

/** One button per available action, labelled with its key; "…" marks those that ask for more. */
export function CaseActionsBar({ actions, isBusy, onAction }: CaseActionsBarProps) {
  const t = useT();
  return (
    <section className="case-actions" aria-label={t('cases.actions')}>
      {actions.length === 0 ? (
        <p className="case-actions__none">{t('cases.actions.none')}</p>
      ) : (
        actions.map((action) => {
          const key = shortcutOf(action);
          return (
            <button
              key={action}
              type="button"
              className={`button case-actions__button case-actions__button--${toneOf(action)}`}
              data-action={action}
              disabled={isBusy}
              aria-keyshortcuts={key ?? undefined}
              onClick={() => onAction(action)}
            >
              {t(`caseAction.${action}`)}
              {opensDialog(action) && '…'}
              {key && <kbd className="case-actions__key">{key}</kbd>}
            </button>
          );
        })
      )}
    </section>
  );
}

/** Moving the case forward is primary; refusals and requests are set apart; notes are quiet. */
function toneOf(action: CaseAction): 'primary' | 'negative' | 'neutral' {
  if (action === 'COMMENT' || action.startsWith('REQUEST_')) return 'neutral';
  if (action === 'REJECT' || action === 'CHECK_FAIL' || action === 'VERIFY_INVALID' || action.startsWith('DENY_')) {
    return 'negative';
  }
  return 'primary';
}
