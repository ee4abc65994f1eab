import { useT } from '../../i18n';
import { AreaMap } from './area-map';
import { BaseMapSwitcher } from './base-map-switcher';
import { GridLayers } from './grid-layers';
import { LayerSwitcher } from './layer-switcher';
import { MapLegend } from './map-legend';
import { MapStatus } from './map-status';
import { useBaseMap } from './use-base-map';
import { useCityAreas } from './use-city-areas';
import { useVisibleLayers } from './use-visible-layers';

/** The 地图 section: the city's districts, streets, communities and unit grids, with a status line above. */
export function MapPage() {
  const t = useT();
  const { state, reload } = useCityAreas();
  const { visible, toggle } = useVisibleLayers();
  const { baseMap, offered, choose } = useBaseMap();
  return (
    <section className="map-page" aria-label={t('map.label')}>
      <MapStatus state={state} onRetry={reload} />
      <div className="map-page__map" data-testid="map">
        <AreaMap areas={state.status === 'ready' ? state.areas : undefined} baseMap={baseMap}>
          <GridLayers visible={visible} />
        </AreaMap>
        <div className="map-page__panels">
          <LayerSwitcher visible={visible} onToggle={toggle} />
          <BaseMapSwitcher offered={offered} current={baseMap} onChoose={choose} />
          <MapLegend />
        </div>
      </div>
    </section>
  );
}
