import type { MessageKey } from '../../i18n';
import type { BaseMapDatum } from './base-map-datum';

export type BaseMapName = 'none' | 'osm' | 'tianditu' | 'amap';

type TileAddress = { x: number; y: number; z: number };

export interface BaseMap {
  name: BaseMapName;
  labelKey: MessageKey;
  datum: BaseMapDatum;
  /** Tile URLs drawn in this order in each tile (a map image, then its labels). Empty for `none`. */
  urls: ((tile: TileAddress) => string)[];
  /** The deepest zoom the provider serves; Leaflet enlarges those tiles beyond it. */
  maxNativeZoom: number;
  /** Leaflet attribution HTML, required by each provider's terms. */
  attribution: string;
}

/**
 * 天地图's key (tk), from the build (`VITE_TIANDITU_TOKEN`) or, on a built app, the browser's
 * `gridloop.tiandituToken` setting. Without one the provider refuses tiles, so it is not offered.
 */
export function tiandituToken(): string | null {
  const fromBuild = import.meta.env.VITE_TIANDITU_TOKEN as string | undefined;
  if (fromBuild) return fromBuild;
  try {
    return localStorage.getItem('gridloop.tiandituToken') || null;
  } catch {
    return null; // storage disabled
  }
}

const NONE: BaseMap = {
  name: 'none',
  labelKey: 'map.baseMap.none',
  datum: 'WGS84',
  urls: [],
  maxNativeZoom: 20,
  attribution: '',
};

const OPEN_STREET_MAP: BaseMap = {
  name: 'osm',
  labelKey: 'map.baseMap.osm',
  datum: 'WGS84',
  urls: [({ x, y, z }) => `https://tile.openstreetmap.org/${z}/${x}/${y}.png`],
  maxNativeZoom: 19,
  attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
};

function tianditu(token: string): BaseMap {
  // vec = the road map, cva = its Chinese labels; _w = the Web Mercator tile matrix.
  const layer =
    (name: 'vec' | 'cva') =>
    ({ x, y, z }: TileAddress) =>
      `https://t${(x + y) % 8}.tianditu.gov.cn/${name}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0` +
      `&LAYER=${name}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=${z}&TILEROW=${y}&TILECOL=${x}` +
      `&tk=${encodeURIComponent(token)}`;
  return {
    name: 'tianditu',
    labelKey: 'map.baseMap.tianditu',
    datum: 'WGS84',
    urls: [layer('vec'), layer('cva')],
    maxNativeZoom: 18,
    attribution: '© <a href="https://www.tianditu.gov.cn/">天地图</a>',
  };
}

const AMAP: BaseMap = {
  name: 'amap',
  labelKey: 'map.baseMap.amap',
  datum: 'GCJ02',
  urls: [
    ({ x, y, z }) =>
      `https://webrd0${1 + ((x + y) % 4)}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x=${x}&y=${y}&z=${z}`,
  ],
  maxNativeZoom: 18,
  attribution: '© <a href="https://www.amap.com/">高德地图</a>',
};

/** The base maps this deployment offers, `none` first (the default: it works offline). */
export function availableBaseMaps(token = tiandituToken()): readonly BaseMap[] {
  return token ? [NONE, OPEN_STREET_MAP, tianditu(token), AMAP] : [NONE, OPEN_STREET_MAP, AMAP];
}

/** A stored or requested name, falling back to `none` when it is unknown or not offered here. */
export function baseMapNamed(name: string | null, offered = availableBaseMaps()): BaseMap {
  return offered.find((baseMap) => baseMap.name === name) ?? NONE;
}
