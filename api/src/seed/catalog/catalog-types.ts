/**
 * Shapes of the seed data for the category catalog (部件 / 事件), departments and the
 * responsibility matrix. They describe what a city starts with; an admin edits all of it later,
 * so nothing here is read by business logic directly, only written into tables at seed time.
 */

/** 部件 (a fixed asset with an inventory) or 事件 (something that happens in the street). */
export type CategoryKind = 'COMPONENT' | 'EVENT';

/**
 * How a handling limit (处置时限) is counted. Work time follows the work calendar (1 work day =
 * 8 work hours); natural time runs continuously and is meant for urgent classes, where a night or
 * a weekend must not pause the clock.
 */
export type TimeLimitUnit = 'WORK_HOURS' | 'WORK_DAYS' | 'NATURAL_HOURS' | 'NATURAL_DAYS';

/**
 * Kinds of responsible body. A filing condition names a kind, not a department, because the
 * department that plays each role differs between districts; the responsibility matrix then picks
 * the actual department per area.
 */
export type DepartmentType =
  | 'STREET_OFFICE'
  | 'CITY_MANAGEMENT'
  | 'GREENING_SANITATION'
  | 'ROADS'
  | 'WATER'
  | 'TRAFFIC_POLICE'
  | 'MARKET_REGULATION'
  | 'HOUSING'
  | 'UTILITY'
  | 'PUBLIC_SECURITY'
  | 'OTHER';

/** Display names of each department type; also the complete list of types, for checks. */
export const departmentTypeLabels: Readonly<Record<DepartmentType, { readonly zh: string; readonly en: string }>> = {
  STREET_OFFICE: { zh: '街道办事处', en: 'Street office' },
  CITY_MANAGEMENT: { zh: '城管执法', en: 'City management enforcement' },
  GREENING_SANITATION: { zh: '绿化市容 / 环卫', en: 'Greening, city appearance and sanitation' },
  ROADS: { zh: '路政 / 建设交通', en: 'Roads, construction and transport' },
  WATER: { zh: '水务', en: 'Water affairs' },
  TRAFFIC_POLICE: { zh: '交警', en: 'Traffic police' },
  MARKET_REGULATION: { zh: '市场监管', en: 'Market regulation' },
  HOUSING: { zh: '房管', en: 'Housing administration' },
  UTILITY: { zh: '公用事业（电力 / 燃气 / 通信）', en: 'Utilities (power, gas, telecom)' },
  PUBLIC_SECURITY: { zh: '公安', en: 'Public security' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** A handling limit: an amount of work or natural time. */
export interface SeedTimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

/**
 * One filing condition (立案条件) of a minor class: when a problem counts as a case, how long its
 * handling may take, and when it may be closed. A class has several when severity changes the
 * limit or the responsible body (私搭乱建: stop the work in hours, demolish in weeks).
 */
export interface SeedFilingCondition {
  /** 2 digits, '01'.. within the minor class. */
  code: string;
  /** 立案条件, in the words of a city table. */
  description: string;
  /** 结案条件: what the checker must find on site before the case may close. */
  closingCondition: string;
  limit: SeedTimeLimit;
  /** The kind of body that handles it by default; the responsibility matrix picks the department. */
  departmentType: DepartmentType;
  /** False where a photo is often impossible or inappropriate (noise, smell, people in need). */
  requiresPhoto: boolean;
  /** Open cases of the same class within this distance are offered as possible duplicates. */
  duplicateRadiusM: number;
}

/** A minor class (小类). */
export interface SeedMinorClass {
  /** 4 digits: the major's 2 digits + 2 of its own. */
  code: string;
  name: string;
  nameEn: string;
  conditions: readonly SeedFilingCondition[];
}

/** A major class (大类). Component and event codes are separate namespaces. */
export interface SeedMajorClass {
  kind: CategoryKind;
  /** 2 digits. */
  code: string;
  name: string;
  nameEn: string;
  minors: readonly SeedMinorClass[];
}

/** A department (专业部门) or street office that handles cases. */
export interface SeedDepartment {
  /** Stable across seeds, so rules and users can refer to it (e.g. 'HP-LHSR'). */
  code: string;
  name: string;
  nameEn: string;
  type: DepartmentType;
  /** 6-digit district the department serves. */
  districtCode: string;
  /** The body it belongs to (a sub-team under a bureau), when it has one. */
  parentCode?: string;
  contactName: string;
  contactPhone: string;
}

/**
 * One cell of the responsibility matrix: cases of this category in this area go to this
 * department. The most specific area wins (unit grid > community > street > district).
 */
export interface SeedResponsibilityRule {
  /** A 4-digit minor class or a 2-digit major class (covering its minors without a rule). */
  categoryCode: string;
  kind: CategoryKind;
  /** 6, 9, 12 or 15 digits: district, street, community or unit grid. */
  areaCode: string;
  departmentCode: string;
  note?: string;
}
