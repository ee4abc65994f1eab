import { useT } from '../../i18n';

/**
 * Says what a dashed outline means: gridloop derived (or generated) that boundary or grid; it is
 * not an official layer. CC BY data and honest demos both need the difference visible.
 */
export function MapLegend() {
  const t = useT();
  return (
    <div className="map-panel map-legend" data-testid="map-legend">
      <span className="map-legend__item">
        <span className="map-legend__swatch" aria-hidden="true" />
        {t('map.legend.official')}
      </span>
      <span className="map-legend__item">
        <span className="map-legend__swatch map-legend__swatch--derived" aria-hidden="true" />
        {t('map.derived')}
      </span>
    </div>
  );
}
