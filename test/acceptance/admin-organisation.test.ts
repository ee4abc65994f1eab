import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApi, errorOf, startAdminTestApi } from '../src/fixtures/admin-test-api.js';
import { huangpuGrids } from '../src/fixtures/huangpu-grids.js';

let t: AdminTestApi;
let garbage: number;

beforeAll(async () => {
  t = await startAdminTestApi();
  const major = await t.api.prisma.category.create({
    data: { kind: 'EVENT', level: 'MAJOR', code: '01', name: '市容环境' },
  });
  garbage = (
    await t.api.prisma.category.create({
      data: { kind: 'EVENT', level: 'MINOR', code: '0101', name: '暴露垃圾', parentId: major.id },
    })
  ).id;
});
afterAll(() => t.close());

const latestAudit = () => t.api.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });

const createDepartment = `mutation($input: CreateDepartmentInput!) {
  createDepartment(input: $input, reason: "new bureau") { id code type parent { code } area { code name } }
}`;
const updateDepartment = `mutation($input: UpdateDepartmentInput!) {
  updateDepartment(input: $input) { id parent { code } isActive }
}`;

const addDepartment = async (code: string, parentId: number | null = null, areaCode = '310101') => {
  const response = await t.gql<{ createDepartment: { id: number } }>(createDepartment, {
    input: { code, name: `部门 ${code}`, type: 'GREENING_SANITATION', areaCode, parentId },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.createDepartment.id as number;
};

describe('departments', () => {
  it('creates a department in an area, audited, and shows it to signed-in staff', async () => {
    const response = await t.gql<{ createDepartment: Record<string, unknown> }>(createDepartment, {
      input: {
        code: 'HP-LHSR',
        name: '黄浦区绿化和市容管理局',
        type: 'GREENING_SANITATION',
        areaCode: '310101',
        contactPhone: '021-6320 1234',
      },
    });
    expect(response.body.data?.createDepartment).toMatchObject({
      code: 'HP-LHSR',
      parent: null,
      area: { code: '310101', name: '黄浦区' },
    });
    expect(await latestAudit()).toMatchObject({
      action: 'CREATE_DEPARTMENT',
      reason: 'new bureau',
      details: { after: { code: 'HP-LHSR', areaCode: '310101', contactPhone: '021-6320 1234', parentId: null } },
    });
    const listed = await t.gql<{ departments: { code: string }[] }>(
      '{ departments(areaCode: "310101") { code } }',
      {},
      'officer',
    );
    expect(listed.body.data?.departments).toEqual([{ code: 'HP-LHSR' }]);
  });

  it('refuses a taken code, an unknown area or parent and a malformed phone, writing nothing', async () => {
    const audits = await t.auditCount();
    const input = { code: 'HP-NEW', name: '新部门', type: 'OTHER', areaCode: '310101' };
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...input, code: 'HP-LHSR' }, 'CONFLICT', 'code'],
      [{ ...input, code: 'HP LHSR' }, 'BAD_REQUEST', 'code'],
      [{ ...input, areaCode: '310109' }, 'NOT_FOUND', 'areaCode'],
      [{ ...input, areaCode: '3101' }, 'BAD_REQUEST', 'areaCode'],
      [{ ...input, parentId: 999_999 }, 'NOT_FOUND', 'parentId'],
      [{ ...input, contactPhone: 'call me' }, 'BAD_REQUEST', 'contactPhone'],
    ];
    for (const [refused, code, field] of refusals) {
      const error = errorOf(await t.gql(createDepartment, { input: refused }));
      expect({ refused, error }).toEqual({ refused, error: { code, details: { field } } });
    }
    expect(errorOf(await t.gql(createDepartment, { input }, 'officer')).code).toBe('FORBIDDEN');
    expect(await t.api.prisma.department.count({ where: { code: { not: 'HP-LHSR' } } })).toBe(0);
    expect(await t.auditCount()).toBe(audits);
  });

  it('moves a department under another, but never under itself or a department below it', async () => {
    const a = await addDepartment('TREE-A');
    const b = await addDepartment('TREE-B', a);
    const c = await addDepartment('TREE-C', b);
    const audits = await t.auditCount();
    for (const parentId of [c, b, a]) {
      const error = errorOf(await t.gql(updateDepartment, { input: { id: a, parentId } }));
      expect({ parentId, error }).toEqual({ parentId, error: { code: 'BAD_REQUEST', details: { field: 'parentId' } } });
    }
    expect(await t.auditCount()).toBe(audits);
    expect((await t.api.prisma.department.findUniqueOrThrow({ where: { id: a } })).parentId).toBeNull();

    const moved = await t.gql<{ updateDepartment: { parent: { code: string } | null } }>(updateDepartment, {
      input: { id: c, parentId: a },
    });
    expect(moved.body.data?.updateDepartment.parent).toEqual({ code: 'TREE-A' });
    expect(await latestAudit()).toMatchObject({
      action: 'UPDATE_DEPARTMENT',
      details: { before: { parentId: b }, after: { parentId: a } },
    });
    const detached = await t.gql<{ updateDepartment: { parent: null } }>(updateDepartment, {
      input: { id: c, parentId: null },
    });
    expect(detached.body.data?.updateDepartment.parent).toBeNull();
  });
});

const setRule = `mutation($categoryId: Int!, $areaCode: String!, $departmentId: Int!) {
  setResponsibilityRule(categoryId: $categoryId, areaCode: $areaCode, departmentId: $departmentId, reason: "2030 matrix") {
    id areaCode category { code } department { code } createdBy { username }
  }
}`;

describe('the responsibility matrix', () => {
  it('sets, re-routes and deletes rules for areas and unit grids, each audited', async () => {
    const bureau = await addDepartment('HP-SR');
    const streetOffice = await addDepartment('SO-310101002', null, '310101002');
    const created = await t.gql<{ setResponsibilityRule: { id: number } & Record<string, unknown> }>(setRule, {
      categoryId: garbage,
      areaCode: '310101',
      departmentId: bureau,
    });
    const rule = created.body.data?.setResponsibilityRule;
    expect(rule).toMatchObject({
      areaCode: '310101',
      category: { code: '0101' },
      department: { code: 'HP-SR' },
      createdBy: { username: 'catalog-admin' },
    });
    expect(await latestAudit()).toMatchObject({
      action: 'SET_RESPONSIBILITY_RULE',
      entityId: String(rule?.id),
      details: { before: null, after: { categoryId: garbage, areaCode: '310101', departmentId: bureau, note: null } },
    });

    const rerouted = await t.gql<{ setResponsibilityRule: { id: number } }>(setRule, {
      categoryId: garbage,
      areaCode: '310101',
      departmentId: streetOffice,
    });
    expect(rerouted.body.data?.setResponsibilityRule.id).toBe(rule?.id);
    expect(await latestAudit()).toMatchObject({
      details: { before: { departmentId: bureau }, after: { departmentId: streetOffice } },
    });

    const grid = await t.gql<{ setResponsibilityRule: { areaCode: string } }>(setRule, {
      categoryId: garbage,
      areaCode: huangpuGrids.codes[0],
      departmentId: bureau,
    });
    expect(grid.body.data?.setResponsibilityRule.areaCode).toBe('310101002001001');

    const listed = await t.gql<{ responsibilityRules: { areaCode: string }[] }>(
      '{ responsibilityRules(areaCodePrefix: "310101") { areaCode } }',
    );
    expect(listed.body.data?.responsibilityRules.map((r) => r.areaCode)).toEqual(['310101', '310101002001001']);

    const deleted = await t.gql<{ deleteResponsibilityRule: boolean }>(
      'mutation($id: Int!) { deleteResponsibilityRule(id: $id, reason: "street takes over") }',
      { id: rule?.id },
    );
    expect(deleted.body.data?.deleteResponsibilityRule).toBe(true);
    expect(await latestAudit()).toMatchObject({
      action: 'DELETE_RESPONSIBILITY_RULE',
      reason: 'street takes over',
      details: { before: { areaCode: '310101', departmentId: streetOffice } },
    });
  });

  it('refuses unknown areas and grids, malformed codes, inactive departments and non-admins', async () => {
    const department = await addDepartment('HP-RULES');
    const retiring = await addDepartment('HP-RETIRED');
    await t.gql(updateDepartment, { input: { id: retiring, isActive: false } });
    const rules = await t.api.prisma.responsibilityRule.count();
    const audits = await t.auditCount();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ areaCode: '310101009' }, 'NOT_FOUND', 'areaCode'],
      [{ areaCode: '310101002001009' }, 'NOT_FOUND', 'areaCode'],
      [{ areaCode: '3101010' }, 'BAD_REQUEST', 'areaCode'],
      [{ areaCode: '310101000' }, 'BAD_REQUEST', 'areaCode'],
      [{ areaCode: '310101', departmentId: retiring }, 'BAD_REQUEST', 'departmentId'],
      [{ areaCode: '310101', departmentId: 999_999 }, 'NOT_FOUND', 'departmentId'],
      [{ areaCode: '310101', categoryId: 999_999 }, 'NOT_FOUND', 'categoryId'],
    ];
    for (const [input, code, field] of refusals) {
      const error = errorOf(await t.gql(setRule, { categoryId: garbage, departmentId: department, ...input }));
      expect({ input, error }).toEqual({ input, error: { code, details: { field } } });
    }
    const asOfficer = await t.gql(
      setRule,
      { categoryId: garbage, areaCode: '310101', departmentId: department },
      'officer',
    );
    expect(errorOf(asOfficer).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql('{ responsibilityRules { id } }', {}, 'officer')).code).toBe('FORBIDDEN');
    expect(await t.api.prisma.responsibilityRule.count()).toBe(rules);
    expect(await t.auditCount()).toBe(audits);
  });

  it('keeps a department that rules route to from being deactivated (IN_USE)', async () => {
    const department = await addDepartment('HP-BUSY');
    await t.gql(setRule, { categoryId: garbage, areaCode: '310101002', departmentId: department });
    const error = errorOf(await t.gql(updateDepartment, { input: { id: department, isActive: false } }));
    expect(error).toEqual({ code: 'IN_USE', details: { field: 'isActive', rules: 1 } });
    expect((await t.api.prisma.department.findUniqueOrThrow({ where: { id: department } })).isActive).toBe(true);
  });
});
