import { useT } from '../../i18n';
import { AreaMap } from './area-map';
import { MapStatus } from './map-status';
import { useCityAreas } from './use-city-areas';
import './map.css';

/** The 地图 section: the city's districts on a map with a status line above. */
export function MapPage() {
  const t = useT();
  const { state, reload } = useCityAreas();
  return (
    <section className="map-page" aria-label={t('map.label')}>
      <MapStatus state={state} onRetry={reload} />
      <div className="map-page__map" data-testid="map">
        <AreaMap areas={state.status === 'ready' ? state.areas : undefined} />
      </div>
    </section>
  );
}
