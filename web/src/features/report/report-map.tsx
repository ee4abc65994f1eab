import type { LngLat } from '@gridloop/geo';
import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Circle, CircleMarker, GeoJSON, useMap, useMapEvents } from 'react-leaflet';
import { AreaMap, FitToBox, toLatLng, VectorTileOverlay } from '../map';
import type { ScopeArea } from './scope-area';
import type { GeoFix } from './use-geolocation';

const SCOPE_STYLE: PathOptions = { color: '#1d4f8c', weight: 3, fill: false };
const POSITION_STYLE: PathOptions = { color: '#fff', weight: 2, fillColor: '#1a73e8', fillOpacity: 1 };
const ACCURACY_STYLE: PathOptions = { color: '#1a73e8', weight: 1, fillOpacity: 0.1, interactive: false };
const POINT_STYLE: PathOptions = { color: '#fff', weight: 3, fillColor: '#b3261e', fillOpacity: 1 };
/** Close enough to tell grids apart and to tap the right one. */
const LOCATE_ZOOM = 17;

interface ReportMapProps {
  scope: ScopeArea | null;
  /** The officer's position (follows them while the screen is open). */
  fix: GeoFix | null;
  /** Where the problem is; the map centres on it when it is set by locating. */
  point: LngLat | null;
  /** Bumped by "locate me": fly to the point even if it did not move. */
  centreKey: number;
  onTap: (at: LngLat) => void;
}

/**
 * The report screen's map: the map feature's container without base tiles, the officer's area
 * outlined, unit grids and beats from the API's vector tiles, the officer's position with its
 * accuracy, and the chosen point. A tap places the point.
 */
export function ReportMap({ scope, fix, point, centreKey, onTap }: ReportMapProps) {
  return (
    <AreaMap areas={undefined}>
      {scope && <GeoJSON key={scope.code} data={scope.geometry} style={SCOPE_STYLE} interactive={false} />}
      {scope && <FitToBox box={scope.box} />}
      <VectorTileOverlay layer="responsibility" minZoom={11} zIndex={1} />
      <VectorTileOverlay layer="grid" minZoom={12} zIndex={2} />
      {fix && <Circle center={toLatLng(fix.at)} radius={fix.accuracyM} pathOptions={ACCURACY_STYLE} />}
      {fix && <CircleMarker center={toLatLng(fix.at)} radius={7} pathOptions={POSITION_STYLE} interactive={false} />}
      {point && <CircleMarker center={toLatLng(point)} radius={10} pathOptions={POINT_STYLE} interactive={false} />}
      <TapToPlace onTap={onTap} />
      <CentreOn point={point} centreKey={centreKey} />
    </AreaMap>
  );
}

function TapToPlace({ onTap }: { onTap: (at: LngLat) => void }) {
  const handlers = useMemo(
    () => ({ click: (event: LeafletMouseEvent) => onTap([event.latlng.lng, event.latlng.lat]) }),
    [onTap],
  );
  useMapEvents(handlers);
  return null;
}

/** Brings the point into view when the officer locates themselves (not on every tap: they can see it). */
function CentreOn({ point, centreKey }: { point: LngLat | null; centreKey: number }) {
  const map = useMap();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new locate moves the map
  useEffect(() => {
    if (point === null || centreKey === 0) return;
    map.setView(toLatLng(point), Math.max(map.getZoom(), LOCATE_ZOOM));
  }, [map, centreKey]);
  return null;
}
