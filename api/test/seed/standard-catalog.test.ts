import { join } from 'node:path';
import {
  type CategoryKind as DbCategoryKind,
  DepartmentType as DbDepartmentType,
  type TimeLimitUnit as DbTimeLimitUnit,
  dataDirectory,
} from '@gridloop/prisma';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CategoryKind,
  type DepartmentType,
  departmentTypeLabels,
  type SeedFilingCondition,
  type TimeLimitUnit,
} from '../../src/seed/catalog/catalog-types.js';
import { demoDepartments, streetOfficeOf } from '../../src/seed/catalog/demo-departments.js';
import { demoResponsibilityRules, districtRulesFromCatalog } from '../../src/seed/catalog/demo-responsibility-rules.js';
import { standardCatalog } from '../../src/seed/catalog/standard-catalog.js';
import { readCsv } from '../../src/seed/read-csv.js';

const codeTables = join(dataDirectory, 'shanghai', 'codes-2023');
const streets = readCsv(join(codeTables, 'shanghai_streets_towns_2023.csv')).map((row) => ({
  code: row.code ?? '',
  name: row.name ?? '',
}));
const communityCodes = new Set(
  readCsv(join(codeTables, 'shanghai_communities_villages_2023.csv')).map((row) => row.code),
);
const huangpuStreets = streets.filter((street) => street.code.startsWith('310101'));

const minors = standardCatalog.flatMap((major) => major.minors.map((minor) => ({ major, minor })));
const conditions = minors.flatMap(({ major, minor }) =>
  minor.conditions.map((condition) => ({ major, minor, condition })),
);
const han = /^\p{Script=Han}+$/u;

/** A limit in hours of its own clock: work hours for work units, natural hours for natural ones. */
function limitHours({ limit }: SeedFilingCondition): number {
  const perUnit = { WORK_HOURS: 1, WORK_DAYS: 8, NATURAL_HOURS: 1, NATURAL_DAYS: 24 } as const;
  return limit.amount * perUnit[limit.unit];
}

describe('the seed types', () => {
  it('use the same values as the database enums', () => {
    expectTypeOf<CategoryKind>().toEqualTypeOf<DbCategoryKind>();
    expectTypeOf<TimeLimitUnit>().toEqualTypeOf<DbTimeLimitUnit>();
    expectTypeOf<DepartmentType>().toEqualTypeOf<DbDepartmentType>();
    expect(Object.keys(departmentTypeLabels).sort()).toEqual(Object.values(DbDepartmentType).sort());
  });
});

describe('standardCatalog', () => {
  it('has every standard major class of both kinds', () => {
    const majors = standardCatalog.map((major) => `${major.kind} ${major.code} ${major.name}`);
    expect(majors).toEqual([
      'COMPONENT 01 公用设施',
      'COMPONENT 02 道路交通',
      'COMPONENT 03 市容环境',
      'COMPONENT 04 园林绿化',
      'COMPONENT 05 其他设施',
      'EVENT 01 市容环境',
      'EVENT 02 宣传广告',
      'EVENT 03 施工管理',
      'EVENT 04 街面秩序',
      'EVENT 05 突发事件',
      'EVENT 06 其他事件',
    ]);
    expect(minors.length).toBeGreaterThanOrEqual(60);
    expect(minors.length).toBeLessThanOrEqual(90);
  });

  it('numbers minor classes inside their major, uniquely per kind', () => {
    for (const { major, minor } of minors) {
      expect(major.code).toMatch(/^\d{2}$/);
      expect(minor.code, minor.name).toMatch(new RegExp(`^${major.code}\\d{2}$`));
      expect(minor.code.slice(2), minor.name).not.toBe('00');
    }
    const keys = [
      ...standardCatalog.map((major) => `${major.kind}:${major.code}`),
      ...minors.map(({ major, minor }) => `${major.kind}:${minor.code}`),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('numbers filing conditions 01, 02, ... within each minor class', () => {
    for (const { minor } of minors) {
      expect(minor.conditions.length, minor.name).toBeGreaterThanOrEqual(1);
      expect(minor.conditions.length, minor.name).toBeLessThanOrEqual(3);
      const expected = minor.conditions.map((_, index) => String(index + 1).padStart(2, '0'));
      expect(
        minor.conditions.map((condition) => condition.code),
        minor.name,
      ).toEqual(expected);
    }
  });

  it('keeps limits within real city ranges: 2 work hours to 20 work days, at most 48 natural hours', () => {
    for (const { minor, condition } of conditions) {
      const label = `${minor.name} ${condition.code}`;
      expect(Number.isInteger(condition.limit.amount) && condition.limit.amount > 0, label).toBe(true);
      const hours = limitHours(condition);
      if (condition.limit.unit.startsWith('WORK')) {
        expect(hours, label).toBeGreaterThanOrEqual(2);
        expect(hours, label).toBeLessThanOrEqual(20 * 8);
      } else {
        expect(hours, label).toBeLessThanOrEqual(48);
      }
    }
  });

  it('counts urgent conditions in natural hours', () => {
    const missingCovers = conditions.filter(
      ({ minor, condition }) => minor.name.endsWith('井盖') && condition.description.includes('缺失'),
    );
    expect(missingCovers.length).toBe(10);
    for (const { condition } of missingCovers) expect(condition.limit).toEqual({ amount: 2, unit: 'NATURAL_HOURS' });
    const urgent = ['路面塌陷', '自来水管破裂', '燃气管道破裂', '火灾', '道路积水'];
    for (const name of urgent) {
      const first = minors.find(({ minor }) => minor.name === name)?.minor.conditions[0];
      expect(first?.limit.unit, name).toBe('NATURAL_HOURS');
      expect(first?.limit.amount, name).toBeLessThanOrEqual(2);
    }
  });

  it('uses the limits of the real city table where it gives them', () => {
    const limitsOf = (name: string) =>
      minors
        .find(({ major, minor }) => major.kind === 'EVENT' && minor.name === name)
        ?.minor.conditions.map((c) => c.limit);
    expect(limitsOf('私搭乱建')).toEqual([
      { amount: 4, unit: 'WORK_HOURS' },
      { amount: 7, unit: 'WORK_DAYS' },
      { amount: 20, unit: 'WORK_DAYS' },
    ]);
    expect(limitsOf('暴露垃圾')?.[0]).toEqual({ amount: 4, unit: 'WORK_HOURS' });
    expect(limitsOf('积存垃圾渣土')).toEqual([
      { amount: 4, unit: 'WORK_HOURS' },
      { amount: 2, unit: 'WORK_DAYS' },
    ]);
    expect(limitsOf('水域不洁')?.[1]).toEqual({ amount: 15, unit: 'WORK_DAYS' });
  });

  it('writes names and conditions in Chinese and English names in English', () => {
    for (const { major, minor } of minors) {
      expect(major.name).toMatch(han);
      expect(minor.name).toMatch(han);
      expect(major.nameEn).toMatch(/^[A-Z][ -~]+$/);
      expect(minor.nameEn, minor.name).toMatch(/^[A-Z][ -~]+$/);
    }
    for (const { minor, condition } of conditions) {
      for (const text of [condition.description, condition.closingCondition]) {
        expect(text, minor.name).toMatch(/\p{Script=Han}/u);
        expect(text, minor.name).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('sizes duplicate radii by the kind of problem', () => {
    for (const { minor, condition } of conditions) {
      expect(condition.duplicateRadiusM, minor.name).toBeGreaterThanOrEqual(20);
      expect(condition.duplicateRadiusM, minor.name).toBeLessThanOrEqual(150);
      if (minor.name.endsWith('井盖')) expect(condition.duplicateRadiusM).toBeLessThanOrEqual(30);
    }
    const radiusOf = (name: string) => minors.find(({ minor }) => minor.name === name)?.minor.conditions[0];
    expect(radiusOf('道路积水')?.duplicateRadiusM).toBe(100);
    expect(radiusOf('施工扰民')).toMatchObject({ duplicateRadiusM: 150, requiresPhoto: false });
  });

  it('routes manhole covers by their owner', () => {
    const typeOf = (name: string) =>
      minors.find(({ minor }) => minor.name === name)?.minor.conditions[0]?.departmentType;
    expect(typeOf('上水井盖')).toBe('WATER');
    expect(typeOf('电力井盖')).toBe('UTILITY');
    expect(typeOf('公安井盖')).toBe('PUBLIC_SECURITY');
    expect(typeOf('机动车乱停放')).toBe('TRAFFIC_POLICE');
    expect(typeOf('无照经营游商')).toBe('CITY_MANAGEMENT');
    expect(typeOf('暴露垃圾')).toBe('GREENING_SANITATION');
  });
});

describe('demoDepartments', () => {
  const codes = new Set(demoDepartments.map((department) => department.code));

  it('covers every department type but the street office, in 黄浦区', () => {
    const types = new Set(demoDepartments.map((department) => department.type));
    const expected = Object.keys(departmentTypeLabels).filter((type) => type !== 'STREET_OFFICE');
    expect([...types].sort()).toEqual(expected.sort());
    for (const { condition } of conditions) {
      expect(condition.departmentType === 'STREET_OFFICE' || types.has(condition.departmentType)).toBe(true);
    }
  });

  it('has unique codes, known parents, Chinese names and fictional phones', () => {
    expect(codes.size).toBe(demoDepartments.length);
    for (const department of demoDepartments) {
      expect(department.districtCode).toBe('310101');
      expect(department.name).toMatch(han);
      expect(department.nameEn).toMatch(/^[A-Z][ -~]+$/);
      expect(department.contactName).toMatch(han);
      expect(department.contactPhone).toMatch(/^021-0000-\d{4}$/);
      if (department.parentCode !== undefined) expect(codes.has(department.parentCode)).toBe(true);
    }
  });
});

describe('streetOfficeOf', () => {
  it.each([
    ['310101002', '南京东路街道', '南京东路街道办事处'],
    ['310115123', '高东镇', '高东镇人民政府'],
    ['310115103', '川沙新镇', '川沙新镇人民政府'],
    ['310151202', '横沙乡', '横沙乡人民政府'],
    ['310115503', '张江高科技园区', '张江高科技园区管理委员会'],
    ['310115401', '芦潮港农场', '芦潮港农场管理委员会'],
    ['310101013', '外滩', '外滩街道办事处'],
  ])('names the office of %s %s %s', (code, name, office) => {
    expect(streetOfficeOf({ code, name })).toMatchObject({
      code: `SO-${code}`,
      name: office,
      type: 'STREET_OFFICE',
      districtCode: code.slice(0, 6),
    });
  });

  it('gives every real Shanghai street and town a distinct office', () => {
    const offices = streets.map(streetOfficeOf);
    expect(offices.length).toBeGreaterThan(200);
    expect(new Set(offices.map((office) => office.code)).size).toBe(offices.length);
    expect(new Set(offices.map((office) => office.name)).size).toBe(offices.length);
    for (const office of offices) expect(office.name).toMatch(/(街道办事处|人民政府|管理委员会)$/);
    expect(streetOfficeOf({ code: '310101002', name: '南京东路街道' }).contactPhone).toBe('021-0101-0002');
  });

  it('refuses a code that is not a street code', () => {
    expect(() => streetOfficeOf({ code: '310101', name: '黄浦区' })).toThrow(RangeError);
    expect(() => streetOfficeOf({ code: '310101002', name: ' ' })).toThrow(RangeError);
  });
});

describe('demoResponsibilityRules', () => {
  const departments = new Map(
    [...demoDepartments, ...huangpuStreets.map(streetOfficeOf)].map((department) => [department.code, department]),
  );
  const categoryKeys = new Set([
    ...standardCatalog.map((major) => `${major.kind}:${major.code}`),
    ...minors.map(({ major, minor }) => `${major.kind}:${minor.code}`),
  ]);

  it('refers to existing departments, categories and areas of 黄浦区', () => {
    expect(huangpuStreets.map((street) => street.name)).toContain('南京东路街道');
    for (const rule of demoResponsibilityRules) {
      const label = `${rule.kind} ${rule.categoryCode} @ ${rule.areaCode}`;
      expect(departments.has(rule.departmentCode), label).toBe(true);
      expect(categoryKeys.has(`${rule.kind}:${rule.categoryCode}`), label).toBe(true);
      expect(rule.areaCode, label).toMatch(/^310101(\d{3}){0,3}$/);
      if (rule.areaCode.length === 9) expect(huangpuStreets.some((street) => street.code === rule.areaCode)).toBe(true);
      if (rule.areaCode.length === 12) expect(communityCodes.has(rule.areaCode), label).toBe(true);
    }
  });

  it('has one rule per category and area', () => {
    const keys = demoResponsibilityRules.map((rule) => `${rule.kind}:${rule.categoryCode}@${rule.areaCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers every minor class at district level except those left to the street office', () => {
    const district = new Map(
      demoResponsibilityRules
        .filter((rule) => rule.areaCode === '310101')
        .map((rule) => [`${rule.kind}:${rule.categoryCode}`, rule]),
    );
    for (const { major, minor } of minors) {
      const rule = district.get(`${major.kind}:${minor.code}`);
      const types = minor.conditions.map((condition) => condition.departmentType);
      if (!rule) {
        expect(types[0], minor.name).toBe('STREET_OFFICE');
        continue;
      }
      expect(types, minor.name).toContain(departments.get(rule.departmentCode)?.type);
    }
  });

  it('replaces type defaults with owners and sub-teams, and adds more specific areas', () => {
    const find = (kind: CategoryKind, categoryCode: string, areaCode: string) =>
      demoResponsibilityRules.find((r) => r.kind === kind && r.categoryCode === categoryCode && r.areaCode === areaCode)
        ?.departmentCode;
    expect(find('COMPONENT', '0105', '310101')).toBe('HP-DL');
    expect(find('COMPONENT', '0107', '310101')).toBe('HP-TX');
    expect(find('EVENT', '0503', '310101')).toBe('HP-RQ');
    expect(find('EVENT', '0102', '310101')).toBe('HP-HWZX');
    expect(find('EVENT', '0406', '310101')).toBe('HP-JJ');
    expect(find('COMPONENT', '0209', '310101')).toBe('HP-JSGW');
    expect(find('EVENT', '0201', '310101')).toBe('HP-CGZF');
    expect(find('EVENT', '0201', '310101002')).toBe('SO-310101002');
    expect(find('EVENT', '0110', '310101')).toBe('HP-CGZF');
    expect(find('EVENT', '0110', '310101002001')).toBe('SO-310101002');
  });
});

describe('districtRulesFromCatalog', () => {
  it('refuses a district that lacks a department the catalog needs', () => {
    const withoutWater = demoDepartments.filter((department) => department.type !== 'WATER');
    expect(() => districtRulesFromCatalog(standardCatalog, withoutWater, '310101')).toThrow(/WATER/);
  });

  it('uses only departments of the district asked for', () => {
    expect(() => districtRulesFromCatalog(standardCatalog, demoDepartments, '310104')).toThrow(/310104/);
  });
});
