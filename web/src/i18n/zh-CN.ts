import { zhCNAdmin } from './zh-CN-admin';
import { zhCNCaseTerms } from './zh-CN-case-terms';
import { zhCNDashboard } from './zh-CN-dashboard';
import { zhCNMap } from './zh-CN-map';
import { zhCNNotifications } from './zh-CN-notifications';
import { zhCNReport } from './zh-CN-report';
import { zhCNWork } from './zh-CN-work';

/**
 * Chinese (zh-CN) UI strings — the default language and the source of truth for the keys:
 * `Messages` is derived from this object, so every other dictionary must have exactly these keys.
 * `{name}` marks a value filled in at run time; translations must keep the same placeholders.
 */
export const zhCN = {
  'app.name': '网格化综合管理',
  'app.loading': '加载中…',
  'nav.label': '主导航',
  'nav.work': '工作台',
  'nav.map': '地图',
  'nav.about': '关于',
  'nav.signIn': '登录',
  'locale.switchLabel': '界面语言',

  'map.label': '城市区域地图',
  'map.loading': '正在加载区域数据…',
  'map.ready': '{city} · {count} 个区',
  'map.error': '区域数据加载失败。',
  'map.errorCode': '错误代码：{code}',
  'map.noCity': '尚未导入城市区域数据。',
  'map.retry': '重试',
  'map.derived': '派生数据',
  'map.attribution': '区界 © Vonng/adcode（CC BY 4.0）',
  'map.attributionMore': '来源',
  'map.layers': '图层',
  'map.layer.street': '街道 / 镇',
  'map.layer.community': '社区 / 村',
  'map.layer.grid': '单元网格',
  'map.layerFromZoom': '{zoom} 级起',
  'map.legend.official': '官方边界',
  'map.gridAt.loading': '正在查询所在网格…',
  'map.gridAt.outside': '此处不在任何单元网格内。',
  'map.gridAt.error': '网格查询失败，请重试。',
  'map.gridAt.unitGrid': '单元网格',
  'map.gridAt.responsibilityGrid': '责任网格',
  'map.gridAt.community': '社区',
  'map.gridAt.street': '街道',
  'map.gridAt.district': '区',

  'about.title': '关于 gridloop',
  'about.intro':
    'gridloop 是一个开源的城市网格化综合管理平台：网格员按单元网格巡查、发现并上报城市管理问题，指挥中心受理、立案并派遣给责任部门，部门处置后由网格员现场核查，最后结案；每个环节都按工作时计时、留痕并纳入综合评价。',
  'about.roles':
    '它服务于网格员、受理员、值班长、派遣员、专业部门和各级领导：领导可随时查看所辖区域的案件量、按期结案率、超期案件和热点。',
  'about.license': 'gridloop 是自由软件，按 AGPL-3.0-or-later 许可发布。',
  'about.dataTitle': '数据来源与署名',
  'about.dataBoundaries': '区界与 2016 年行政区划数据：{source}（{license}），由 gridloop 将 GCJ-02 坐标转换为 WGS84',
  'about.dataCodes': '2023 年区划代码：{source}（modood），{license}',
  'about.dataDerived':
    '公开资料中没有街道、社区和单元网格的边界；演示用的此类图层由 gridloop 推算生成，在地图和数据中均标注为“派生数据”。',
  'about.softwareTitle': '使用的开源软件',
  'about.software': '地图由 {leaflet} 绘制，界面基于 {react}。',

  ...zhCNWork,
  ...zhCNReport,
  ...zhCNCaseTerms,
  ...zhCNAdmin,
  ...zhCNMap,
  ...zhCNNotifications,
  ...zhCNDashboard,
} satisfies Record<string, string>;
