import { useT } from '../../i18n';
import type { CaseDetail, DuplicateCandidate } from './case-types';

interface RelatedCasesProps {
  detail: CaseDetail;
  /** Null when the viewer is not offered duplicate candidates (or they are loading). */
  candidates: readonly DuplicateCandidate[] | null;
  onOpenCase: (id: string) => void;
}

/** Where this case stands among others: what it was merged into, what was merged into it, and open cases of its class nearby. */
export function RelatedCases({ detail, candidates, onOpenCase }: RelatedCasesProps) {
  const t = useT();
  const link = (id: string, code: string) => (
    <button type="button" className="related-cases__link" onClick={() => onOpenCase(id)}>
      {code}
    </button>
  );
  if (candidates === null && detail.mergedInto === null && detail.duplicates.length === 0) return null;
  return (
    <section className="case-section" aria-labelledby="related-cases-title" data-testid="related-cases">
      <h3 id="related-cases-title" className="case-section__title">
        {t('cases.related')}
      </h3>
      {detail.mergedInto && (
        <p className="related-cases__line">
          {t('cases.related.mergedInto')} {link(detail.mergedInto.id, detail.mergedInto.code)}
        </p>
      )}
      {detail.duplicates.length > 0 && (
        <p className="related-cases__line">
          {t('cases.related.duplicates')}{' '}
          {detail.duplicates.map((duplicate) => (
            <span key={duplicate.id}>{link(duplicate.id, duplicate.code)} </span>
          ))}
        </p>
      )}
      {candidates !== null &&
        (candidates.length === 0 ? (
          <p className="case-section__empty">{t('cases.related.none')}</p>
        ) : (
          <ul className="related-cases__list">
            {candidates.map((candidate) => (
              <li key={candidate.id}>
                {link(candidate.id, candidate.code)} {t(`caseStatus.${candidate.status}`)} ·{' '}
                {t('cases.related.distance', { distance: Math.round(candidate.distanceM) })}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
