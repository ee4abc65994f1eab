import { useT } from '../../i18n';
import { useMe } from '../auth/session-context';
import { ActionDialog } from './action-dialog';
import { CaseActionsBar } from './case-actions-bar';
import { CaseFacts } from './case-facts';
import { CaseNotice } from './case-notice';
import { CasePhotos } from './case-photos';
import { CaseTimeline } from './case-timeline';
import type { CaseDetail } from './case-types';
import { DeadlineBadge } from './deadline-badge';
import { canSeeDuplicateCandidates } from './fetch-duplicate-candidates';
import { PendingRequests } from './pending-requests';
import { RelatedCases } from './related-cases';
import { useActionFlow } from './use-action-flow';
import { useDuplicateCandidates } from './use-duplicate-candidates';
import { useNow } from './use-now';

interface CaseViewProps {
  detail: CaseDetail;
  onReload: () => void;
  onReplace: (detail: CaseDetail) => void;
  /** An action went through; the case is now at `version`. */
  onActed: (caseId: string, version: number) => void;
  onOpenCase: (id: string) => void;
}

/**
 * A loaded case: header with status and light, the actions the API offers (buttons and keys; the
 * ones that need input open a dialog), then facts, photos, related cases and the timeline.
 */
export function CaseView({ detail, onReload, onReplace, onActed, onOpenCase }: CaseViewProps) {
  const t = useT();
  const me = useMe();
  const now = useNow();
  const candidates = useDuplicateCandidates(detail, canSeeDuplicateCandidates(me?.roles ?? []));
  const flow = useActionFlow(detail, { onReload, onReplace, onActed });

  return (
    <article className="case-panel" data-testid="case-panel" data-code={detail.code} data-status={detail.status}>
      <header className="case-panel__header">
        <h2 className="case-panel__code">{detail.code}</h2>
        <span className="case-panel__status" data-testid="case-status" data-status={detail.status}>
          {t(`caseStatus.${detail.status}`)}
        </span>
        <DeadlineBadge light={detail.light} deadlineAt={detail.stepDeadlineAt} now={now} />
      </header>
      <CaseNotice notice={flow.notice} />
      <PendingRequests requests={detail.pendingRequests} />
      <CaseActionsBar actions={detail.availableActions} isBusy={flow.isBusy} onAction={flow.start} />
      <CaseFacts detail={detail} now={now} />
      <CasePhotos photos={detail.photos} />
      <RelatedCases detail={detail} candidates={candidates} onOpenCase={onOpenCase} />
      <CaseTimeline events={detail.events} />
      {flow.dialogAction && (
        <ActionDialog
          detail={detail}
          action={flow.dialogAction}
          candidates={candidates ?? []}
          isBusy={flow.isBusy}
          error={flow.dialogError}
          onCancel={flow.cancel}
          onConfirm={flow.confirm}
        />
      )}
    </article>
  );
}
