import type { Layer } from 'leaflet';
import { type ComponentProps, useCallback, useEffect, useMemo, useRef } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { AreaFeature } from '../map';
import { type ChoroplethClass, colourOf } from './choropleth-scale';

interface ChoroplethLayerProps {
  features: readonly AreaFeature[];
  /** The value of each area by code (missing: no data). */
  valueOfArea: (code: string) => number | null;
  classes: readonly ChoroplethClass[];
  /** "Name: value" for an area's tooltip. */
  describe: (feature: AreaFeature) => string;
}

/**
 * The areas of one level filled by their class colour. The polygons are immutable in react-leaflet
 * (the caller remounts this with a `key` for other areas), but a new `style` restyles them in
 * place, so new numbers or another metric recolour without refetching. Polygons draw on the map's
 * canvas renderer (AreaMap sets preferCanvas): one DOM node for all.
 */
export function ChoroplethLayer({ features, valueOfArea, classes, describe }: ChoroplethLayerProps) {
  const data = useMemo(
    () => ({ type: 'FeatureCollection', features }) as unknown as ComponentProps<typeof GeoJSON>['data'],
    [features],
  );
  const style = useCallback(
    (feature?: { properties?: { code?: string } }) => ({
      color: '#374151',
      weight: 0.8,
      fillOpacity: 0.72,
      fillColor: colourOf(valueOfArea(feature?.properties?.code ?? ''), classes),
    }),
    [valueOfArea, classes],
  );
  // Leaflet binds tooltips once, when it creates the layers; a content function read through a ref
  // shows the current numbers and language each time a tooltip opens, without rebuilding the layer.
  const describeRef = useRef(describe);
  useEffect(() => {
    describeRef.current = describe;
  }, [describe]);
  const onEachFeature = useCallback(
    (feature: AreaFeature, layer: Layer) => layer.bindTooltip(() => describeRef.current(feature), { sticky: true }),
    [],
  );
  return <GeoJSON data={data} style={style} onEachFeature={onEachFeature as never} />;
}
