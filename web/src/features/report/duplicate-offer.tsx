import { useT } from '../../i18n';
import type { DuplicateCandidate } from '../cases/case-types';

interface DuplicateOfferProps {
  candidates: readonly DuplicateCandidate[];
  /** The id of the case being added to, while it is sent. */
  addingTo: string | null;
  onAdd: (candidate: DuplicateCandidate) => void;
}

/** Before submitting: open cases of the same class nearby, each with "add to this case instead". */
export function DuplicateOffer({ candidates, addingTo, onAdd }: DuplicateOfferProps) {
  const t = useT();
  if (candidates.length === 0) return null;
  return (
    <section className="duplicate-offer" aria-labelledby="duplicate-offer-title" data-testid="duplicate-offer">
      <h3 id="duplicate-offer-title" className="duplicate-offer__title">
        {t('report.duplicates')}
      </h3>
      <p className="report-muted">{t('report.duplicates.hint')}</p>
      <ul className="duplicate-offer__list">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="duplicate-offer__item" data-code={candidate.code}>
            <span>
              <code>{candidate.code}</code> {t(`caseStatus.${candidate.status}`)} ·{' '}
              {t('report.duplicates.distance', { distance: Math.round(candidate.distanceM) })}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={addingTo !== null}
              onClick={() => onAdd(candidate)}
            >
              {addingTo === candidate.id ? t('report.duplicates.adding') : t('report.duplicates.add')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
