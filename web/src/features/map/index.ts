export { type AreaFeature, type AreaGeometry, parseAreaFeatures, positionsOf } from './area-features';
export { AreaMap } from './area-map';
export { boxAround, type LatLng, type LatLngBox, type LngLat, toLatLng } from './coordinates';
export { FitToBox } from './fit-to-box';
export { fetchGridAt, type GridLocation, type LocatedPlace } from './grid-at';
export { MapPage } from './map-page';
export { VectorTileOverlay } from './vector-tile-overlay';
