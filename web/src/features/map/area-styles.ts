import type { PathOptions } from 'leaflet';
import type { AreaProperties } from './area-features';

/*
 * Module-level constants, so react-leaflet sees the same objects on every render and never
 * restyles the layers for nothing. Colours are literal because the canvas renderer cannot read
 * CSS custom properties.
 */

export const CITY_OUTLINE_STYLE: PathOptions = {
  color: '#1d3d63',
  weight: 3,
  opacity: 0.9,
  fill: false,
};

const DISTRICT_STYLE: PathOptions = {
  color: '#3f6fa6',
  weight: 1,
  opacity: 0.8,
  fillColor: '#6f9fd8',
  fillOpacity: 0.14,
};

/** Derived areas (drawn by gridloop, not an official boundary) are dashed. */
const DERIVED_DISTRICT_STYLE: PathOptions = { ...DISTRICT_STYLE, dashArray: '4 4' };

export const HOVERED_AREA_STYLE: PathOptions = { weight: 2, fillOpacity: 0.32 };

/** Leaflet passes the feature; `undefined` only happens for non-feature layers. */
export function districtStyle(feature?: { properties: AreaProperties }): PathOptions {
  return feature?.properties.isDerived === true ? DERIVED_DISTRICT_STYLE : DISTRICT_STYLE;
}
