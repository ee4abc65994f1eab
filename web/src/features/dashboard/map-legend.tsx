import { useT } from '../../i18n';
import { type ChoroplethClass, NO_DATA_COLOUR } from './choropleth-scale';
import { heatColour } from './hotspot-layer';

interface MapLegendProps {
  title: string;
  classes: readonly ChoroplethClass[];
  format: (value: number | null) => string;
  showHeat: boolean;
  binMeters: number;
}

/** The key to the map's colours, beside the map rather than on it so it reads on a phone too. */
export function MapLegend({ title, classes, format, showHeat, binMeters }: MapLegendProps) {
  const t = useT();
  return (
    <div className="map-legend-row" data-testid="map-legend">
      {classes.length > 0 && (
        <figure className="dashboard-legend">
          <figcaption>{title}</figcaption>
          <ul>
            {classes.map((entry) => (
              <li key={entry.colour}>
                <span className="dashboard-legend__swatch" style={{ background: entry.colour }} aria-hidden="true" />
                {classes.length === 1 ? format(entry.from) : `${format(entry.from)} – ${format(entry.to)}`}
              </li>
            ))}
            <li>
              <span className="dashboard-legend__swatch" style={{ background: NO_DATA_COLOUR }} aria-hidden="true" />
              {t('dashboard.map.noData')}
            </li>
          </ul>
        </figure>
      )}
      {showHeat && (
        <figure className="dashboard-legend">
          <figcaption>{t('dashboard.map.heatLegend', { meters: String(binMeters) })}</figcaption>
          <ul>
            <li>
              <span className="dashboard-legend__ramp" aria-hidden="true">
                {[0.1, 0.4, 0.6, 0.9].map((share) => (
                  <span key={share} style={{ background: heatColour(share) }} />
                ))}
              </span>
              {t('dashboard.map.heatScale')}
            </li>
          </ul>
        </figure>
      )}
    </div>
  );
}
