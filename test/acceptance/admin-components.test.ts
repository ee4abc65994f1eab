import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApi, errorOf, startAdminTestApi } from '../src/fixtures/admin-test-api.js';
import { huangpuGrids } from '../src/fixtures/huangpu-grids.js';

let t: AdminTestApi;
let manholeCovers: number;
let streetLights: number;

beforeAll(async () => {
  t = await startAdminTestApi();
  const db = t.api.prisma;
  const major = await db.category.create({ data: { kind: 'COMPONENT', level: 'MAJOR', code: '01', name: '公用设施' } });
  const minor = (code: string, name: string) =>
    db.category.create({ data: { kind: 'COMPONENT', level: 'MINOR', code, name, parentId: major.id } });
  manholeCovers = (await minor('0101', '上水井盖')).id;
  streetLights = (await minor('0109', '路灯')).id;
});
afterAll(() => t.close());

interface ComponentData {
  id: number;
  code: string;
  lng: number;
  lat: number;
  name: string | null;
  category: { code: string };
  area: { code: string };
}

const createComponent = `mutation($input: CreateComponentInput!) {
  createComponent(input: $input, reason: "survey 2030") { id code lng lat name category { code } area { code } }
}`;
const { west, east, north, south } = huangpuGrids;
const inside = { lng: 121.4791, lat: 31.2371 };

const add = async (code: string, categoryId: number, point = inside) => {
  const response = await t.gql<{ createComponent: ComponentData }>(createComponent, {
    input: { code, categoryId, ...point, name: `component ${code}` },
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.createComponent as ComponentData;
};

describe('the component inventory', () => {
  it('adds a component at its WGS84 point, with its district and class, audited', async () => {
    const component = await add('3101010101000001', manholeCovers);
    expect(component).toMatchObject({
      code: '3101010101000001',
      lng: inside.lng,
      lat: inside.lat,
      category: { code: '0101' },
      area: { code: '310101' },
    });
    const audit = await t.api.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ action: 'CREATE_COMPONENT', entityId: String(component.id), reason: 'survey 2030' });
    expect(audit.details).toMatchObject({ after: { code: '3101010101000001', lng: inside.lng, lat: inside.lat } });
  });

  it('moves and renames one, auditing the old and new point', async () => {
    const component = await add('3101010101000002', manholeCovers);
    const response = await t.gql<{ updateComponent: ComponentData }>(
      `mutation($input: UpdateComponentInput!) { updateComponent(input: $input) { lng lat name } }`,
      { input: { id: component.id, lng: 121.4811, lat: 31.2351, name: '上水井盖 南京东路 2' } },
    );
    expect(response.body.data?.updateComponent).toEqual({ lng: 121.4811, lat: 31.2351, name: '上水井盖 南京东路 2' });
    const audit = await t.api.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ action: 'UPDATE_COMPONENT', reason: null });
    expect(audit.details).toEqual({
      before: { name: 'component 3101010101000002', lng: inside.lng, lat: inside.lat },
      after: { name: '上水井盖 南京东路 2', lng: 121.4811, lat: 31.2351 },
    });
  });

  it('refuses codes that do not match their class or district, bad points and taken codes', async () => {
    const components = await t.api.prisma.component.count();
    const audits = await t.auditCount();
    const refusals: [Record<string, unknown>, string, string][] = [
      // The class part 0109 (路灯) is not the class given (0101 上水井盖).
      [{ code: '3101010109000001', categoryId: manholeCovers }, 'BAD_REQUEST', 'code'],
      // 310109 is a real district code, but not one this deployment has.
      [{ code: '3101090101000001', categoryId: manholeCovers }, 'BAD_REQUEST', 'code'],
      [{ code: '310101010100001', categoryId: manholeCovers }, 'BAD_REQUEST', 'code'],
      [{ code: '3101010101000000', categoryId: manholeCovers }, 'BAD_REQUEST', 'code'],
      [{ code: '3101010101000003', categoryId: manholeCovers, lng: 31.2, lat: 121.5 }, 'BAD_REQUEST', 'point'],
      [{ code: '3101010101000001', categoryId: manholeCovers }, 'CONFLICT', 'code'],
      [{ code: '3101010101000004', categoryId: 999_999 }, 'NOT_FOUND', 'categoryId'],
    ];
    for (const [input, code, field] of refusals) {
      const error = errorOf(await t.gql(createComponent, { input: { ...inside, ...input } }));
      expect({ input, error }).toEqual({ input, error: { code, details: expect.objectContaining({ field }) } });
    }
    expect(
      errorOf(
        await t.gql(
          createComponent,
          { input: { code: '3101010101000005', categoryId: manholeCovers, ...inside } },
          'officer',
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect(await t.api.prisma.component.count()).toBe(components);
    expect(await t.auditCount()).toBe(audits);
  });

  it('lets signed-in users read by code or within a box, with one statement for all the points', async () => {
    for (let serial = 10; serial < 20; serial++) {
      await add(`31010101090000${serial}`, streetLights, { lng: 121.4785 + serial * 0.0001, lat: 31.2365 });
    }
    await add('3101010109000099', streetLights, { lng: 121.5, lat: 31.25 });
    const byCode = await t.gql<{ component: ComponentData | null }>(
      '{ component(code: "3101010101000001") { code lng lat } }',
      {},
      'officer',
    );
    expect(byCode.body.data?.component).toEqual({ code: '3101010101000001', lng: inside.lng, lat: inside.lat });

    const inBox = `query($w: Float, $s: Float, $e: Float, $n: Float, $c: Int) {
      components(west: $w, south: $s, east: $e, north: $n, categoryId: $c) { code lng lat category { code } }
    }`;
    t.api.statements.length = 0;
    const lights = await t.gql<{ components: ComponentData[] }>(
      inBox,
      { w: west, s: south, e: east, n: north, c: streetLights },
      'officer',
    );
    expect(lights.body.errors).toBeUndefined();
    const found = lights.body.data?.components ?? [];
    expect(found.map((component) => component.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `31010101090000${10 + i}`),
    );
    expect(found[0]).toMatchObject({ lng: 121.4795, lat: 31.2365, category: { code: '0109' } });
    // Session, ids in the box, the rows, their classes, their points: not one per component.
    expect(t.api.statements).toHaveLength(5);

    expect(errorOf(await t.gql(inBox, {}, 'officer')).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(inBox, { w: east, s: south, e: west, n: north }, 'officer'))).toEqual({
      code: 'BAD_REQUEST',
      details: { field: 'bbox' },
    });
    const all = await t.gql<{ components: ComponentData[] }>(inBox, {});
    expect(all.body.data?.components).toHaveLength(13);
  });
});
