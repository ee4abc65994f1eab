import 'leaflet/dist/leaflet.css';
import './map.css';
import type { ReactNode } from 'react';
import { MapContainer, ScaleControl } from 'react-leaflet';
import { CityOutlineLayer, DistrictsLayer } from './area-layers';
import { BaseMapLayer } from './base-map-layer';
import type { BaseMap } from './base-maps';
import type { CityAreas } from './city-areas';
import type { LatLng } from './coordinates';
import { DataAttribution } from './data-attribution';
import { FitToBox } from './fit-to-box';

/** Mainland China, shown for the moment before the city's areas arrive. */
const INITIAL_CENTER: LatLng = [35, 104];
const INITIAL_ZOOM = 4;

interface AreaMapProps {
  /** Undefined while loading or after an error: the empty map stays, so the page does not jump. */
  areas: CityAreas | undefined;
  /** The raster base map under everything; none (the default) keeps the map offline. */
  baseMap?: BaseMap;
  /** Layers of other features (cases, grids...), drawn above the areas. */
  children?: ReactNode;
}

/**
 * The one owner of the Leaflet map. By default there is no base-map tile layer: gridloop runs
 * offline and no licensed tiles ship with it, so the areas are drawn on a neutral background. An
 * online base map can be chosen; a GCJ-02 one is shifted under our WGS84 layers (BaseMapLayer).
 * Canvas rendering keeps thousands of polygons (grids, later) to one DOM node.
 * Other features add their layers as children here.
 */
export function AreaMap({ areas, baseMap, children }: AreaMapProps) {
  return (
    <MapContainer className="area-map" center={INITIAL_CENTER} zoom={INITIAL_ZOOM} zoomSnap={0.25} preferCanvas>
      <ScaleControl imperial={false} maxWidth={90} />
      <DataAttribution />
      {baseMap !== undefined && <BaseMapLayer baseMap={baseMap} />}
      {/* Layers mount only with data: a reload passes through `undefined`, so the immutable
          GeoJSON layers are recreated rather than left showing the old answer. */}
      {areas !== undefined && (
        <>
          <DistrictsLayer districts={areas.districts} />
          <CityOutlineLayer boundary={areas.cityBoundary} />
          {areas.box !== undefined && <FitToBox box={areas.box} />}
        </>
      )}
      {children}
    </MapContainer>
  );
}
