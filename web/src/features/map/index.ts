export { AreaMap } from './area-map';
export { MapPage } from './map-page';
