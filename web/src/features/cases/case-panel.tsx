import { useT } from '../../i18n';
import { CaseView } from './case-view';
import { useCaseDetail } from './use-case-detail';
import './case-panel.css';
import './case-sections.css';

interface CasePanelProps {
  caseId: string;
  /** Bumped when a live change names this case. */
  refreshKey: number;
  /** An action went through: the queues have changed, and the case is now at `version`. */
  onActed: (caseId: string, version: number) => void;
  onOpenCase: (id: string) => void;
}

/** The open case: loads it, then shows it with its actions (see CaseView). */
export function CasePanel({ caseId, refreshKey, onActed, onOpenCase }: CasePanelProps) {
  const t = useT();
  const { state, reload, replace } = useCaseDetail(caseId, refreshKey);
  if (state.status === 'loading') return <p className="case-panel__message">{t('cases.loading')}</p>;
  if (state.status === 'error') {
    return (
      <p className="case-panel__message case-panel__message--error" role="alert">
        {t('cases.loadError')} {state.code && t('map.errorCode', { code: state.code })}{' '}
        <button type="button" className="button button--small" onClick={reload}>
          {t('work.retry')}
        </button>
      </p>
    );
  }
  return (
    <CaseView detail={state.detail} onReload={reload} onReplace={replace} onActed={onActed} onOpenCase={onOpenCase} />
  );
}
