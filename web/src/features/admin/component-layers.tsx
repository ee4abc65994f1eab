import type { LeafletMouseEvent, PathOptions } from 'leaflet';
import { useEffect, useState } from 'react';
import { CircleMarker, Tooltip, useMap, useMapEvents } from 'react-leaflet';
import type { LatLngBox, LngLat } from '../map';
import { toLatLng } from '../map';
import { fetchComponentsInBox } from './component-api';
import type { Component } from './component-types';

const ACTIVE_STYLE: PathOptions = { color: '#fff', weight: 2, fillColor: '#1d4f8c', fillOpacity: 1 };
const RETIRED_STYLE: PathOptions = { color: '#fff', weight: 2, fillColor: '#8a94a6', fillOpacity: 0.8 };
const SELECTED_STYLE: PathOptions = { color: '#fff', weight: 3, fillColor: '#c62828', fillOpacity: 1 };
const POINT_STYLE: PathOptions = { color: '#c62828', weight: 3, fillColor: '#fff', fillOpacity: 0.6 };

interface ComponentLayersProps {
  categoryId: number | null;
  /** Bumped after a save, so the components in view are asked again. */
  version: number;
  selectedId: number | null;
  /** The point being edited, drawn as a ring. */
  point: LngLat | null;
  onSelect: (component: Component) => void;
  /** A click on the map (not on a component): where the edited component goes. */
  onMapClick: (at: LngLat) => void;
}

/** The components inside the map's view (asked again after every pan or zoom), and the edited point. */
export function ComponentLayers({
  categoryId,
  version,
  selectedId,
  point,
  onSelect,
  onMapClick,
}: ComponentLayersProps) {
  const map = useMap();
  const [view, setView] = useState<LatLngBox | null>(null);
  const [components, setComponents] = useState<Component[]>([]);
  useMapEvents({
    moveend: () => setView(boxOf(map)),
    click: (event: LeafletMouseEvent) => onMapClick([event.latlng.lng, event.latlng.lat]),
  });
  useEffect(() => {
    map.whenReady(() => setView(boxOf(map)));
  }, [map]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger
  useEffect(() => {
    if (view === null) return;
    const controller = new AbortController();
    fetchComponentsInBox(view, categoryId, controller.signal).then(
      (found) => {
        if (!controller.signal.aborted) setComponents(found);
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) console.error('components in view failed', reason);
      },
    );
    return () => controller.abort();
  }, [view, categoryId, version]);

  return (
    <>
      {components.map((component) => (
        <CircleMarker
          key={`${component.id}-${component.id === selectedId}-${component.isActive}`}
          center={toLatLng([component.lng, component.lat])}
          radius={component.id === selectedId ? 8 : 6}
          pathOptions={component.id === selectedId ? SELECTED_STYLE : component.isActive ? ACTIVE_STYLE : RETIRED_STYLE}
          bubblingMouseEvents={false}
          eventHandlers={{ click: () => onSelect(component) }}
        >
          <Tooltip>
            {component.code} {component.name ?? component.category.name}
          </Tooltip>
        </CircleMarker>
      ))}
      {point && <CircleMarker center={toLatLng(point)} radius={11} pathOptions={POINT_STYLE} interactive={false} />}
    </>
  );
}

/** The view as a box the API accepts: a zoomed-out view can reach past the poles and the antimeridian. */
function boxOf(map: ReturnType<typeof useMap>): LatLngBox {
  const bounds = map.getBounds();
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  return [
    [clamp(bounds.getSouth(), 90), clamp(bounds.getWest(), 180)],
    [clamp(bounds.getNorth(), 90), clamp(bounds.getEast(), 180)],
  ];
}
