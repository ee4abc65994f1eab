import { type Translate, useT } from '../../i18n';
import type { CityAreasState } from './use-city-areas';

interface MapStatusProps {
  state: CityAreasState;
  onRetry: () => void;
}

/** One line above the map: what is shown, or why nothing is. */
export function MapStatus({ state, onRetry }: MapStatusProps) {
  const t = useT();
  const isError = state.status === 'error';
  return (
    <div className={isError ? 'map-status map-status--error' : 'map-status'}>
      <p className="map-status__text" data-testid="map-status" role="status" aria-live="polite">
        {state.status === 'loading' && <span className="map-status__spinner" aria-hidden="true" />}
        {describe(state, t)}
      </p>
      {isError && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('map.retry')}
        </button>
      )}
    </div>
  );
}

function describe(state: CityAreasState, t: Translate): string {
  switch (state.status) {
    case 'loading':
      return t('map.loading');
    case 'empty':
      return t('map.noCity');
    case 'error':
      return state.code === undefined
        ? t('map.error')
        : `${t('map.error')} ${t('map.errorCode', { code: state.code })}`;
    case 'ready':
      return t('map.ready', {
        city: state.areas.city.name,
        count: state.areas.districts.features.length,
      });
  }
}
