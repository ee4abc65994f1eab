import type { SeedDepartment } from './catalog-types.js';

export type { SeedDepartment } from './catalog-types.js';

const huangpu = '310101';

/**
 * The departments of the demo district 黄浦区: one body for every department type except street
 * offices (generated per street by `streetOfficeOf`), plus sub-teams and extra utilities so the
 * hierarchy and per-category overrides have something to show. Names follow the district's real
 * bodies; contacts and phone numbers are fictional.
 *
 * List order matters: the first department of a type that is not a sub-team of the same type is
 * that type's district default (see `districtRulesFromCatalog`).
 */
export const demoDepartments: readonly SeedDepartment[] = [
  {
    code: 'HP-CGZF',
    name: '黄浦区城市管理行政执法局',
    nameEn: 'Huangpu City Management Enforcement Bureau',
    type: 'CITY_MANAGEMENT',
    districtCode: huangpu,
    contactName: '陈队长',
    contactPhone: '021-0000-0001',
  },
  {
    code: 'HP-LHSR',
    name: '黄浦区绿化和市容管理局',
    nameEn: 'Huangpu Greening and City Appearance Bureau',
    type: 'GREENING_SANITATION',
    districtCode: huangpu,
    contactName: '林科长',
    contactPhone: '021-0000-0002',
  },
  {
    code: 'HP-HWZX',
    name: '黄浦区环卫作业中心',
    nameEn: 'Huangpu Sanitation Operations Centre',
    type: 'GREENING_SANITATION',
    districtCode: huangpu,
    parentCode: 'HP-LHSR',
    contactName: '周主任',
    contactPhone: '021-0000-0003',
  },
  {
    code: 'HP-JSGW',
    name: '黄浦区建设和管理委员会',
    nameEn: 'Huangpu Construction and Management Commission',
    type: 'ROADS',
    districtCode: huangpu,
    contactName: '吴科长',
    contactPhone: '021-0000-0004',
  },
  {
    code: 'HP-SW',
    name: '黄浦区水务局',
    nameEn: 'Huangpu Water Affairs Bureau',
    type: 'WATER',
    districtCode: huangpu,
    contactName: '郑科长',
    contactPhone: '021-0000-0005',
  },
  {
    code: 'HP-GA',
    name: '上海市公安局黄浦分局',
    nameEn: 'Huangpu Branch of the Shanghai Public Security Bureau',
    type: 'PUBLIC_SECURITY',
    districtCode: huangpu,
    contactName: '孙警官',
    contactPhone: '021-0000-0006',
  },
  {
    code: 'HP-JJ',
    name: '上海市公安局黄浦分局交通警察支队',
    nameEn: 'Huangpu Traffic Police Division',
    type: 'TRAFFIC_POLICE',
    districtCode: huangpu,
    parentCode: 'HP-GA',
    contactName: '钱警官',
    contactPhone: '021-0000-0007',
  },
  {
    code: 'HP-SCJG',
    name: '黄浦区市场监督管理局',
    nameEn: 'Huangpu Market Regulation Bureau',
    type: 'MARKET_REGULATION',
    districtCode: huangpu,
    contactName: '冯科长',
    contactPhone: '021-0000-0008',
  },
  {
    code: 'HP-FG',
    name: '黄浦区住房保障和房屋管理局',
    nameEn: 'Huangpu Housing Administration Bureau',
    type: 'HOUSING',
    districtCode: huangpu,
    contactName: '何科长',
    contactPhone: '021-0000-0009',
  },
  {
    code: 'HP-DL',
    name: '国网上海市区供电公司',
    nameEn: 'State Grid Shanghai Urban Power Supply Company',
    type: 'UTILITY',
    districtCode: huangpu,
    contactName: '许经理',
    contactPhone: '021-0000-0010',
  },
  {
    code: 'HP-RQ',
    name: '上海燃气黄浦服务站',
    nameEn: 'Shanghai Gas Huangpu Service Station',
    type: 'UTILITY',
    districtCode: huangpu,
    contactName: '韩经理',
    contactPhone: '021-0000-0011',
  },
  {
    code: 'HP-TX',
    name: '中国电信黄浦分公司',
    nameEn: 'China Telecom Huangpu Branch',
    type: 'UTILITY',
    districtCode: huangpu,
    contactName: '唐经理',
    contactPhone: '021-0000-0012',
  },
  {
    code: 'HP-XF',
    name: '黄浦区消防救援支队',
    nameEn: 'Huangpu Fire and Rescue Division',
    type: 'OTHER',
    districtCode: huangpu,
    contactName: '曹队长',
    contactPhone: '021-0000-0013',
  },
  {
    code: 'HP-MF',
    name: '黄浦区民防办公室',
    nameEn: 'Huangpu Civil Air Defence Office',
    type: 'OTHER',
    districtCode: huangpu,
    contactName: '邓科长',
    contactPhone: '021-0000-0014',
  },
  {
    code: 'HP-YZ',
    name: '中国邮政黄浦区分公司',
    nameEn: 'China Post Huangpu Branch',
    type: 'OTHER',
    districtCode: huangpu,
    contactName: '萧经理',
    contactPhone: '021-0000-0015',
  },
];

/**
 * The street office (街道办事处) of a street or town, generated at seed time for every street of
 * the district so that territorial fallback (属地兜底) always has a department to land on. A town
 * (镇 / 乡) is run by its people's government, a development zone or farm by its administration.
 *
 * @example
 * streetOfficeOf({ code: '310101002', name: '南京东路街道' }).name; // '南京东路街道办事处'
 * streetOfficeOf({ code: '310115123', name: '高东镇' }).name; // '高东镇人民政府'
 */
export function streetOfficeOf(street: { code: string; name: string }): SeedDepartment {
  if (!/^\d{9}$/.test(street.code)) {
    throw new RangeError(`street code ${JSON.stringify(street.code)} is not 9 digits`);
  }
  const name = street.name.trim();
  if (!name) throw new RangeError(`street ${street.code} has no name`);
  const [office, officeEn] = officeNameOf(name);
  return {
    code: `SO-${street.code}`,
    name: office,
    nameEn: `${officeEn} (${name})`,
    type: 'STREET_OFFICE',
    districtCode: street.code.slice(0, 6),
    contactName: '值班室',
    // 0-prefixed local numbers do not exist in Shanghai, so these can never reach a real line.
    contactPhone: `021-0${street.code.slice(3, 6)}-0${street.code.slice(6)}`,
  };
}

/** The body that runs a street-level area, by the suffix of its name. */
function officeNameOf(name: string): [string, string] {
  if (name.endsWith('街道')) return [`${name}办事处`, 'Subdistrict office'];
  if (name.endsWith('镇') || name.endsWith('乡')) return [`${name}人民政府`, 'Town government'];
  if (/(农场|园区|开发区|工业区|片区）)$/.test(name)) return [`${name}管理委员会`, 'Zone administration'];
  return [`${name}街道办事处`, 'Subdistrict office'];
}
