import type {
  CategoryKind,
  DepartmentType,
  SeedDepartment,
  SeedMajorClass,
  SeedMinorClass,
  SeedResponsibilityRule,
} from './catalog-types.js';
import { demoDepartments } from './demo-departments.js';
import { standardCatalog } from './standard-catalog.js';

export type { SeedResponsibilityRule } from './catalog-types.js';

const huangpu = '310101';
const nanjingDongLu = '310101002';
/** 云南中路居委会, a community of old lane houses in 南京东路街道. */
const yunnanZhongLu = '310101002001';
const sanitation = '环卫作业由区环卫作业中心承担';

/**
 * Rules a person would write by hand: sub-teams and the right utility instead of a type's default,
 * a major-class catch-all, and more specific areas that win over the district rule.
 */
const overrides: readonly SeedResponsibilityRule[] = [
  rule('COMPONENT', '0301', huangpu, 'HP-HWZX', sanitation),
  rule('COMPONENT', '0302', huangpu, 'HP-HWZX', sanitation),
  rule('COMPONENT', '0303', huangpu, 'HP-HWZX', sanitation),
  rule('EVENT', '0102', huangpu, 'HP-HWZX', sanitation),
  rule('EVENT', '0104', huangpu, 'HP-HWZX', sanitation),
  rule('EVENT', '0506', huangpu, 'HP-HWZX', sanitation),
  rule('COMPONENT', '0107', huangpu, 'HP-TX', '通讯井盖归属电信'),
  rule('COMPONENT', '0113', huangpu, 'HP-TX', '通讯交接箱归属电信'),
  rule('COMPONENT', '0503', huangpu, 'HP-TX', '架空通信线缆由电信牵头整治'),
  rule('COMPONENT', '0108', huangpu, 'HP-RQ', '燃气井盖归属燃气公司'),
  rule('EVENT', '0503', huangpu, 'HP-RQ', '燃气抢修'),
  rule('COMPONENT', '0118', huangpu, 'HP-YZ', '邮筒归属邮政'),
  rule('COMPONENT', '0501', huangpu, 'HP-MF', '人防工事由民防办管理'),
  rule('EVENT', '01', huangpu, 'HP-CGZF', '大类兜底：新增小类未配置规则时由城管执法局处置'),
  rule('EVENT', '0201', nanjingDongLu, `SO-${nanjingDongLu}`, '南京东路街道自行清除小广告'),
  rule('EVENT', '0110', yunnanZhongLu, `SO-${nanjingDongLu}`, '老式里弄公共部位堆物由街道统一清理'),
];

/**
 * The responsibility matrix of the demo district 黄浦区: one district rule per minor class derived
 * from the catalog, with hand-written overrides replacing derived rules for the same cell and
 * adding more specific ones. Street offices' codes follow `streetOfficeOf` (SO-<street code>).
 */
export const demoResponsibilityRules: readonly SeedResponsibilityRule[] = mergeRules(
  districtRulesFromCatalog(standardCatalog, demoDepartments, huangpu),
  overrides,
);

/**
 * District-level rules that send each minor class to the district's default department of the
 * class's department type, so a fresh district dispatches sensibly before an admin refines it.
 * A class whose conditions name several types follows the most frequent one (ties: the first
 * condition's). Classes of street-office type get no rule: territorial fallback (属地兜底) already
 * sends them to the street office of the case's street.
 *
 * @throws {Error} when a type the catalog uses has no department in the district
 */
export function districtRulesFromCatalog(
  catalog: readonly SeedMajorClass[],
  departments: readonly SeedDepartment[],
  districtCode: string,
): SeedResponsibilityRule[] {
  const local = departments.filter((department) => department.districtCode === districtCode);
  return catalog.flatMap((major) =>
    major.minors.flatMap((minor) => {
      const type = predominantType(minor);
      if (type === 'STREET_OFFICE') return [];
      const department = defaultDepartmentOf(type, local);
      if (!department) throw new Error(`district ${districtCode} has no ${type} department for ${minor.code}`);
      return [rule(major.kind, minor.code, districtCode, department.code)];
    }),
  );
}

/** The department type most of a minor class's conditions name; ties go to the earliest. */
function predominantType(minor: SeedMinorClass): DepartmentType {
  const counts = new Map<DepartmentType, number>();
  for (const condition of minor.conditions) {
    counts.set(condition.departmentType, (counts.get(condition.departmentType) ?? 0) + 1);
  }
  let best: DepartmentType = 'STREET_OFFICE';
  let bestCount = 0;
  for (const [type, count] of counts) {
    if (count > bestCount) [best, bestCount] = [type, count];
  }
  return best;
}

/** The first department of the type that is not a sub-team of another department of that type. */
function defaultDepartmentOf(type: DepartmentType, departments: readonly SeedDepartment[]): SeedDepartment | undefined {
  const typeOf = new Map(departments.map((department) => [department.code, department.type]));
  return departments.find(
    (department) =>
      department.type === type && (department.parentCode === undefined || typeOf.get(department.parentCode) !== type),
  );
}

/** Derived rules with each override replacing the rule of the same (kind, category, area). */
function mergeRules(
  derived: readonly SeedResponsibilityRule[],
  extra: readonly SeedResponsibilityRule[],
): SeedResponsibilityRule[] {
  const key = (rule: SeedResponsibilityRule) => `${rule.kind}:${rule.categoryCode}@${rule.areaCode}`;
  const replaced = new Set(extra.map(key));
  return [...derived.filter((rule) => !replaced.has(key(rule))), ...extra];
}

function rule(
  kind: CategoryKind,
  categoryCode: string,
  areaCode: string,
  departmentCode: string,
  note?: string,
): SeedResponsibilityRule {
  return { kind, categoryCode, areaCode, departmentCode, ...(note && { note }) };
}
