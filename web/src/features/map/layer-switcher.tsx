import { useT } from '../../i18n';
import { SWITCHABLE_TILE_LAYERS, type TileLayerName } from './tile-layers';

interface LayerSwitcherProps {
  visible: ReadonlySet<TileLayerName>;
  onToggle: (layer: TileLayerName) => void;
}

/**
 * Checkboxes for the vector tile layers, with the zoom from which each appears (unit grids only
 * show from street scale: at city scale they would be specks). Rendered outside the Leaflet
 * container, so its clicks never reach the map.
 */
export function LayerSwitcher({ visible, onToggle }: LayerSwitcherProps) {
  const t = useT();
  return (
    <fieldset className="map-panel layer-switcher">
      <legend className="map-panel__title">{t('map.layers')}</legend>
      {SWITCHABLE_TILE_LAYERS.map(({ name, labelKey, minZoom }) => (
        <label key={name} className="layer-switcher__option">
          <input
            type="checkbox"
            checked={visible.has(name)}
            onChange={() => onToggle(name)}
            data-testid={`layer-${name}`}
          />
          {t(labelKey)}
          <span className="layer-switcher__zoom">{t('map.layerFromZoom', { zoom: minZoom })}</span>
        </label>
      ))}
    </fieldset>
  );
}
