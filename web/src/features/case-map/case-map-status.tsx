import { useT } from '../../i18n';
import { LIGHT_COLOURS } from './case-point-style';
import type { CasePointsState } from './use-case-points';

/** How many open cases the view holds, whether the answer was cut, and the lights' legend. */
export function CaseMapStatus({ state }: { state: CasePointsState }) {
  const t = useT();
  const data = state.data;
  return (
    <div className="map-panel case-map-status" data-testid="case-map-status" data-status={state.status}>
      <span>
        {state.status === 'error'
          ? t('caseMap.error', { code: state.code })
          : data === undefined
            ? t('caseMap.loading')
            : t('caseMap.total', { count: data.total })}
      </span>
      {data?.isTruncated && <span className="case-map-status__note">{t('caseMap.truncated')}</span>}
      <span className="case-map-status__legend">
        {(['RED', 'YELLOW', 'GREEN'] as const).map((light) => (
          <span key={light} className="case-map-status__light">
            <span className="case-map-status__dot" style={{ background: LIGHT_COLOURS[light] }} aria-hidden="true" />
            {t(`caseMap.light.${light}`)}
          </span>
        ))}
      </span>
    </div>
  );
}
