import type { zhCNMap } from './zh-CN-map';

/** English strings of the base-map choice and the case map; the same keys as the Chinese ones. */
export const enMap: Record<keyof typeof zhCNMap, string> = {
  'map.baseMap': 'Base map',
  'map.baseMap.none': 'None (offline)',
  'map.baseMap.osm': 'OpenStreetMap',
  'map.baseMap.tianditu': 'Tianditu',
  'map.baseMap.amap': 'AMap',

  'caseMap.label': 'Case map',
  'caseMap.show': 'Show map',
  'caseMap.hide': 'Hide map',
  'caseMap.loading': 'Loading cases…',
  'caseMap.total': '{count} open cases in this area',
  'caseMap.truncated': 'Too many cases: only the densest are shown. Zoom in.',
  'caseMap.error': 'Cases could not be loaded (error code: {code})',
  'caseMap.light.RED': 'Overdue',
  'caseMap.light.YELLOW': 'Due soon',
  'caseMap.light.GREEN': 'On time',
};
