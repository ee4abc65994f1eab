import { useT } from '../../i18n';
import type { DuplicateCandidate } from './case-types';

interface MergeTargetChoiceProps {
  candidates: readonly DuplicateCandidate[];
  value: string | null;
  onChange: (caseId: string) => void;
}

/** The open cases of the same class nearby (the API's duplicate candidates) to merge into. */
export function MergeTargetChoice({ candidates, value, onChange }: MergeTargetChoiceProps) {
  const t = useT();
  return (
    <fieldset className="action-dialog__field action-dialog__choices">
      <legend>{t('cases.dialog.mergeTarget')}</legend>
      {candidates.length === 0 && <p className="case-section__empty">{t('cases.dialog.mergeNone')}</p>}
      {candidates.map((candidate) => (
        <label key={candidate.id} className="action-dialog__choice">
          <input
            type="radio"
            name="mergeInto"
            value={candidate.id}
            checked={value === candidate.id}
            onChange={() => onChange(candidate.id)}
          />
          <code>{candidate.code}</code> {t(`caseStatus.${candidate.status}`)} ·{' '}
          {t('cases.related.distance', { distance: Math.round(candidate.distanceM) })}
        </label>
      ))}
    </fieldset>
  );
}
