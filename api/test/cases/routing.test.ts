import { describe, expect, it } from 'vitest';
import { suggestDepartment } from '../../src/modules/dispatch/routing.js';

// 南京东路街道 (310101002) in 黄浦区 (310101), its community 310101002001 and a unit grid in it.
const district = '310101';
const street = '310101002';
const community = '310101002001';
const grid = '310101002001007';

describe('suggestDepartment', () => {
  it('prefers the most specific area: grid over community over street over district', () => {
    const rules = [
      { areaCode: district, isMinorClass: true, departmentId: 1 },
      { areaCode: street, isMinorClass: true, departmentId: 2 },
      { areaCode: community, isMinorClass: true, departmentId: 3 },
      { areaCode: grid, isMinorClass: true, departmentId: 4 },
    ];
    expect(suggestDepartment(rules, 99)).toEqual({ departmentId: 4, basis: 'UNIT_GRID', areaCode: grid });
    expect(suggestDepartment(rules.slice(0, 3), 99)).toMatchObject({ departmentId: 3, basis: 'COMMUNITY' });
    expect(suggestDepartment(rules.slice(0, 2), 99)).toMatchObject({ departmentId: 2, basis: 'STREET' });
    expect(suggestDepartment(rules.slice(0, 1), 99)).toMatchObject({ departmentId: 1, basis: 'DISTRICT' });
  });

  it('lets a minor-class rule beat a major-class rule at the same level, but not a more specific area', () => {
    const major = { areaCode: street, isMinorClass: false, departmentId: 5 };
    const minor = { areaCode: street, isMinorClass: true, departmentId: 6 };
    expect(suggestDepartment([major, minor], null)?.departmentId).toBe(6);
    const minorAtDistrict = { areaCode: district, isMinorClass: true, departmentId: 7 };
    expect(suggestDepartment([minorAtDistrict, major], null)?.departmentId).toBe(5);
  });

  it('falls back to the street office (属地兜底), or to nobody', () => {
    expect(suggestDepartment([], 42)).toEqual({ departmentId: 42, basis: 'STREET_OFFICE_FALLBACK', areaCode: null });
    expect(suggestDepartment([], null)).toBeNull();
  });

  it('does not depend on the order candidates arrive in', () => {
    const rules = [
      { areaCode: street, isMinorClass: false, departmentId: 8 },
      { areaCode: street, isMinorClass: true, departmentId: 9 },
      { areaCode: district, isMinorClass: true, departmentId: 10 },
    ];
    expect(suggestDepartment([...rules].reverse(), null)?.departmentId).toBe(9);
    expect(suggestDepartment(rules, null)?.departmentId).toBe(9);
  });
});
