/**
 * Chinese strings of the base-map choice and the case map. Spread into the zh-CN dictionary, so
 * they follow its rules: the keys here are the keys every language has.
 */
export const zhCNMap = {
  'map.baseMap': '底图',
  'map.baseMap.none': '无底图（离线）',
  'map.baseMap.osm': 'OpenStreetMap',
  'map.baseMap.tianditu': '天地图',
  'map.baseMap.amap': '高德地图',

  'caseMap.label': '案件地图',
  'caseMap.show': '显示地图',
  'caseMap.hide': '隐藏地图',
  'caseMap.loading': '正在加载案件…',
  'caseMap.total': '此区域 {count} 件未结案件',
  'caseMap.truncated': '案件过多，仅显示最密集处，请放大',
  'caseMap.error': '案件加载失败（错误代码：{code}）',
  'caseMap.light.RED': '超时',
  'caseMap.light.YELLOW': '将超时',
  'caseMap.light.GREEN': '正常',
} satisfies Record<string, string>;
