import { useId } from 'react';
import { useT } from '../../i18n';
import type { BaseMap, BaseMapName } from './base-maps';

interface BaseMapSwitcherProps {
  offered: readonly BaseMap[];
  current: BaseMap;
  onChoose: (name: BaseMapName) => void;
}

/**
 * Radio buttons for the base map. Online providers need the network; `none` is the default and the
 * offline choice. AMap is noted as GCJ-02 so users know it is shifted to fit our WGS84 data.
 */
export function BaseMapSwitcher({ offered, current, onChoose }: BaseMapSwitcherProps) {
  const t = useT();
  const group = useId();
  return (
    <fieldset className="map-panel layer-switcher">
      <legend className="map-panel__title">{t('map.baseMap')}</legend>
      {offered.map((baseMap) => (
        <label key={baseMap.name} className="layer-switcher__option">
          <input
            type="radio"
            name={group}
            checked={baseMap.name === current.name}
            onChange={() => onChoose(baseMap.name)}
            data-testid={`base-map-${baseMap.name}`}
          />
          {t(baseMap.labelKey)}
          {baseMap.datum === 'GCJ02' && <span className="layer-switcher__zoom">GCJ-02</span>}
        </label>
      ))}
    </fieldset>
  );
}
