import { type Layer, Path } from 'leaflet';
import { useCallback, useEffect, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import { useT } from '../../i18n';
import type { AreaFeatureCollection, AreaProperties } from './area-features';
import { CITY_OUTLINE_STYLE, districtStyle, HOVERED_AREA_STYLE } from './area-styles';
import { createAreaTooltip } from './area-tooltip';

/** The city boundary: a thick outline that lets pointer events through to the districts. */
export function CityOutlineLayer({ boundary }: { boundary: AreaFeatureCollection }) {
  return <GeoJSON data={boundary} style={CITY_OUTLINE_STYLE} interactive={false} />;
}

/** District polygons with a name tooltip and a hover highlight. */
export function DistrictsLayer({ districts }: { districts: AreaFeatureCollection }) {
  const t = useT();

  // `onEachFeature` runs once, when Leaflet creates the layers (react-leaflet props are
  // immutable). Leaflet calls a tooltip's content function each time the tooltip opens, so
  // reading the label through a ref keeps tooltips in the current language without
  // remounting the layer, which would also move it above the city outline.
  const derivedLabel = useRef(t('map.derived'));
  useEffect(() => {
    derivedLabel.current = t('map.derived');
  }, [t]);

  const onEachFeature = useCallback((feature: { properties: AreaProperties }, layer: Layer) => {
    layer.bindTooltip(() => createAreaTooltip(feature.properties, derivedLabel.current), {
      sticky: true,
      direction: 'top',
      offset: [0, -8],
    });
    if (layer instanceof Path) {
      layer.on({
        mouseover: () => layer.setStyle(HOVERED_AREA_STYLE),
        mouseout: () => layer.setStyle(districtStyle(feature)),
      });
    }
  }, []);

  return <GeoJSON data={districts} style={districtStyle} onEachFeature={onEachFeature} />;
}
