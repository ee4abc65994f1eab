import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApi, errorOf, startAdminTestApi } from '../src/fixtures/admin-test-api.js';

let t: AdminTestApi;

beforeAll(async () => {
  t = await startAdminTestApi();
});
afterAll(() => t.close());

interface CategoryData {
  id: number;
  kind: string;
  level: string;
  code: string;
  name: string;
  nameEn: string | null;
  isActive: boolean;
  parent: { code: string } | null;
}

const createCategory = `mutation($input: CreateCategoryInput!, $reason: String) {
  createCategory(input: $input, reason: $reason) { id kind level code name nameEn isActive parent { code } }
}`;

const addCategory = async (kind: string, code: string, name: string) => {
  const response = await t.gql<{ createCategory: CategoryData }>(createCategory, { input: { kind, code, name } });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.createCategory as CategoryData;
};

const latestAudit = () => t.api.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });

describe('the category tree', () => {
  it('creates a major and a minor class, the minor under its major, each with its audit event', async () => {
    const major = await t.gql<{ createCategory: CategoryData }>(createCategory, {
      input: { kind: 'EVENT', code: '01', name: '市容环境', nameEn: 'City appearance' },
      reason: 'standard classes',
    });
    expect(major.body.data?.createCategory).toMatchObject({ kind: 'EVENT', level: 'MAJOR', code: '01', parent: null });
    const majorAudit = await latestAudit();
    expect(majorAudit).toMatchObject({
      actorId: t.ids.admin,
      action: 'CREATE_CATEGORY',
      entityType: 'category',
      entityId: String(major.body.data?.createCategory.id),
      reason: 'standard classes',
      createdAt: t.clock.now(),
    });
    expect(majorAudit.details).toEqual({
      after: { kind: 'EVENT', level: 'MAJOR', code: '01', name: '市容环境', nameEn: 'City appearance', isActive: true },
    });

    const minor = await addCategory('EVENT', '0101', '暴露垃圾');
    expect(minor).toMatchObject({ level: 'MINOR', code: '0101', parent: { code: '01' } });
    expect((await latestAudit()).reason).toBeNull();
  });

  it('renames and deactivates a class, auditing only what changed', async () => {
    const minor = await addCategory('EVENT', '0102', '积存垃圾渣土');
    const response = await t.gql<{ updateCategory: CategoryData }>(
      `mutation($input: UpdateCategoryInput!) { updateCategory(input: $input, reason: "merged into 0101") { name isActive code } }`,
      { input: { id: minor.id, name: '积存垃圾', isActive: false } },
    );
    expect(response.body.data?.updateCategory).toEqual({ name: '积存垃圾', isActive: false, code: '0102' });
    const audit = await latestAudit();
    expect(audit).toMatchObject({ action: 'UPDATE_CATEGORY', entityId: String(minor.id), reason: 'merged into 0101' });
    expect(audit.details).toEqual({
      before: { name: '积存垃圾渣土', isActive: true },
      after: { name: '积存垃圾', isActive: false },
    });
  });

  it('has no way to change a code: the input type refuses the field', async () => {
    const response = await t.gql(`mutation { updateCategory(input: { id: 1, code: "09" }) { code } }`);
    expect(response.body.errors?.[0]?.message).toMatch(/code/);
    expect(await t.api.prisma.category.count({ where: { code: '09' } })).toBe(0);
  });

  it('refuses bad codes with BAD_REQUEST or CONFLICT naming the field, writing nothing', async () => {
    await addCategory('COMPONENT', '01', '公用设施');
    const cases: [Record<string, string>, string][] = [
      [{ kind: 'EVENT', code: '1A', name: 'x' }, 'BAD_REQUEST'],
      [{ kind: 'EVENT', code: '012', name: 'x' }, 'BAD_REQUEST'],
      [{ kind: 'EVENT', code: '00', name: 'x' }, 'BAD_REQUEST'],
      [{ kind: 'EVENT', code: '0100', name: 'x' }, 'BAD_REQUEST'],
      // A minor must extend a major of its own kind: there is no EVENT major 09…
      [{ kind: 'EVENT', code: '0901', name: 'x' }, 'BAD_REQUEST'],
      // …and COMPONENT has no 02 even though nothing else does either.
      [{ kind: 'COMPONENT', code: '0201', name: 'x' }, 'BAD_REQUEST'],
      [{ kind: 'EVENT', code: '01', name: 'again' }, 'CONFLICT'],
      [{ kind: 'EVENT', code: '0101', name: 'again' }, 'CONFLICT'],
      [{ kind: 'EVENT', code: '05', name: '   ' }, 'BAD_REQUEST'],
    ];
    const categories = await t.api.prisma.category.count();
    const audits = await t.auditCount();
    for (const [input, code] of cases) {
      const error = errorOf(await t.gql(createCategory, { input }));
      expect({ input, error }).toEqual({
        input,
        error: { code, details: { field: input.code === '05' ? 'name' : 'code' } },
      });
    }
    expect(await t.api.prisma.category.count()).toBe(categories);
    expect(await t.auditCount()).toBe(audits);
  });

  it('lets only admins change it: an officer gets FORBIDDEN and nothing is written', async () => {
    const audits = await t.auditCount();
    const response = await t.gql(createCategory, { input: { kind: 'EVENT', code: '06', name: '其他' } }, 'officer');
    expect(errorOf(response).code).toBe('FORBIDDEN');
    expect(
      errorOf(await t.gql(createCategory, { input: { kind: 'EVENT', code: '06', name: '其他' } }, 'anonymous')).code,
    ).toBe('UNAUTHENTICATED');
    expect(await t.api.prisma.category.count({ where: { code: '06' } })).toBe(0);
    expect(await t.auditCount()).toBe(audits);
  });

  it('serves the whole tree to any signed-in user in a constant number of statements', async () => {
    const tree = `query($activeOnly: Boolean) {
      categories(kind: EVENT, activeOnly: $activeOnly) {
        code name children(activeOnly: $activeOnly) { code conditions { code timeLimitAmount } }
      }
    }`;
    const statementsFor = async () => {
      t.api.statements.length = 0;
      const response = await t.gql<{ categories: { code: string; children: { code: string }[] }[] }>(
        tree,
        { activeOnly: true },
        'officer',
      );
      expect(response.body.errors).toBeUndefined();
      return { count: t.api.statements.length, categories: response.body.data?.categories ?? [] };
    };
    const small = await statementsFor();
    expect(small.categories.find((major) => major.code === '01')?.children.map((minor) => minor.code)).toEqual([
      '0101',
    ]);

    for (const major of ['02', '03', '04']) {
      await addCategory('EVENT', major, `大类 ${major}`);
      for (const minor of ['01', '02', '03']) await addCategory('EVENT', `${major}${minor}`, `小类 ${major}${minor}`);
    }
    const large = await statementsFor();
    expect(large.categories.map((major) => major.code)).toEqual(['01', '02', '03', '04']);
    expect(large.categories[3]?.children.map((minor) => minor.code)).toEqual(['0401', '0402', '0403']);
    expect(large.count).toBe(small.count);
    // The session lookup, then one statement per level: majors, minors, conditions.
    expect(large.count).toBe(4);
  });
});

const createCondition = `mutation($input: CreateFilingConditionInput!, $reason: String) {
  createFilingCondition(input: $input, reason: $reason) {
    id code description timeLimitAmount timeLimitUnit departmentType duplicateRadiusM category { code }
  }
}`;

describe('filing conditions', () => {
  const conditionInput = (categoryId: number, overrides: Record<string, unknown> = {}) => ({
    categoryId,
    code: '01',
    description: '城市道路、广场、公园等公共场所有暴露垃圾',
    closingCondition: '垃圾清理干净',
    timeLimitAmount: 2,
    timeLimitUnit: 'WORK_HOURS',
    departmentType: 'GREENING_SANITATION',
    ...overrides,
  });
  const minorId = () =>
    t.api.prisma.category.findFirstOrThrow({ where: { kind: 'EVENT', code: '0101' } }).then((c) => c.id);

  it('adds a condition to a minor class and edits its limit, both audited', async () => {
    const created = await t.gql<{ createFilingCondition: { id: number } & Record<string, unknown> }>(createCondition, {
      input: conditionInput(await minorId()),
      reason: '2024 standard',
    });
    const condition = created.body.data?.createFilingCondition;
    expect(condition).toMatchObject({
      code: '01',
      timeLimitAmount: 2,
      timeLimitUnit: 'WORK_HOURS',
      departmentType: 'GREENING_SANITATION',
      duplicateRadiusM: 50,
      category: { code: '0101' },
    });
    expect(await latestAudit()).toMatchObject({ action: 'CREATE_FILING_CONDITION', entityId: String(condition?.id) });

    const updated = await t.gql<{ updateFilingCondition: { timeLimitAmount: number; timeLimitUnit: string } }>(
      `mutation($input: UpdateFilingConditionInput!) {
        updateFilingCondition(input: $input, reason: "urgent in summer") { timeLimitAmount timeLimitUnit }
      }`,
      { input: { id: condition?.id, timeLimitAmount: 1, timeLimitUnit: 'NATURAL_HOURS', departmentType: null } },
    );
    expect(updated.body.data?.updateFilingCondition).toEqual({ timeLimitAmount: 1, timeLimitUnit: 'NATURAL_HOURS' });
    const audit = await latestAudit();
    expect(audit).toMatchObject({ action: 'UPDATE_FILING_CONDITION', reason: 'urgent in summer' });
    expect(audit.details).toEqual({
      before: { timeLimitAmount: 2, timeLimitUnit: 'WORK_HOURS', departmentType: 'GREENING_SANITATION' },
      after: { timeLimitAmount: 1, timeLimitUnit: 'NATURAL_HOURS', departmentType: null },
    });

    const listed = await t.gql<{ filingConditions: { code: string }[] }>(
      'query($id: Int!) { filingConditions(categoryId: $id) { code } }',
      { id: await minorId() },
      'officer',
    );
    expect(listed.body.data?.filingConditions).toEqual([{ code: '01' }]);
  });

  it('refuses a major class, a non-positive limit, a radius out of range and a taken code', async () => {
    const major = await t.api.prisma.category.findFirstOrThrow({ where: { kind: 'EVENT', code: '01' } });
    const minor = await minorId();
    const audits = await t.auditCount();
    const refusals: [Record<string, unknown>, string, string][] = [
      [conditionInput(major.id, { code: '02' }), 'BAD_REQUEST', 'categoryId'],
      [conditionInput(minor, { code: '02', timeLimitAmount: 0 }), 'BAD_REQUEST', 'timeLimitAmount'],
      [conditionInput(minor, { code: '02', duplicateRadiusM: 9000 }), 'BAD_REQUEST', 'duplicateRadiusM'],
      [conditionInput(minor, { code: '2' }), 'BAD_REQUEST', 'code'],
      [conditionInput(minor, { code: '01' }), 'CONFLICT', 'code'],
      [conditionInput(999_999, { code: '02' }), 'NOT_FOUND', 'categoryId'],
    ];
    for (const [input, code, field] of refusals) {
      expect({ input, error: errorOf(await t.gql(createCondition, { input })) }).toEqual({
        input,
        error: { code, details: { field } },
      });
    }
    expect(await t.api.prisma.filingCondition.count()).toBe(1);
    expect(await t.auditCount()).toBe(audits);
  });
});

describe('step time limits', () => {
  it('sets a step’s limit with before/after in the audit, and refuses HANDLE and non-admins', async () => {
    const set = `mutation($step: CaseStep!, $amount: Float!) {
      setStepTimeLimit(step: $step, amount: $amount, unit: WORK_HOURS, reason: "busier center") { step amount unit }
    }`;
    const response = await t.gql<{ setStepTimeLimit: unknown }>(set, { step: 'DISPATCH', amount: 0.25 });
    expect(response.body.data?.setStepTimeLimit).toEqual({ step: 'DISPATCH', amount: 0.25, unit: 'WORK_HOURS' });
    expect(await latestAudit()).toMatchObject({
      action: 'SET_STEP_TIME_LIMIT',
      entityId: 'DISPATCH',
      details: { before: { amount: 0.5 }, after: { amount: 0.25 } },
    });

    const audits = await t.auditCount();
    expect(errorOf(await t.gql(set, { step: 'HANDLE', amount: 1 }))).toEqual({
      code: 'BAD_REQUEST',
      details: { field: 'step' },
    });
    expect(errorOf(await t.gql(set, { step: 'ACCEPT', amount: -1 })).code).toBe('BAD_REQUEST');
    expect(errorOf(await t.gql(set, { step: 'ACCEPT', amount: 1 }, 'officer')).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql('{ stepTimeLimits { step } }', {}, 'officer')).code).toBe('FORBIDDEN');
    expect(await t.auditCount()).toBe(audits);

    const limits = await t.gql<{ stepTimeLimits: { step: string; amount: number }[] }>(
      '{ stepTimeLimits { step amount } }',
    );
    expect(limits.body.data?.stepTimeLimits.map((limit) => limit.step)).toEqual([
      'VERIFY',
      'ACCEPT',
      'FILE',
      'DISPATCH',
      'CHECK',
      'CLOSE',
      'APPROVE',
    ]);
  });
});
