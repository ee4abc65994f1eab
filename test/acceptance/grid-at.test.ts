import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huangpuGrids } from '../src/fixtures/huangpu-grids.js';
import { type MapTestApi, startMapTestApi } from '../src/fixtures/map-test-api.js';
import { graphqlRequest } from '../src/graphql-request.js';
import { GRID_AT_QUERY as GRID_AT } from '../src/queries/grid-at-query.js';

interface Place {
  code: string;
  name: string | null;
  isDerived: boolean;
}
interface GridAt {
  gridAt: {
    unitGrid: Place;
    responsibilityGrid: Place | null;
    community: Place;
    street: Place | null;
    district: Place | null;
  };
}

let map: MapTestApi;
beforeAll(async () => {
  map = await startMapTestApi();
});
afterAll(() => map?.close());

const gridAt = (lng: number, lat: number) => graphqlRequest<GridAt>(map.api.baseUrl, GRID_AT, { lng, lat });
/** Whether the demo seed derived an area's boundary (streets and communities have no official ones). */
const isDerived = async (code: string) =>
  (await map.api.prisma.area.findUniqueOrThrow({ where: { code }, select: { isDerived: true } })).isDerived;
const gridCodeAt = async (lng: number, lat: number) => (await gridAt(lng, lat)).body.data?.gridAt.unitGrid.code;
const { west, middleLng, east, north, middleLat, south, codes } = huangpuGrids;

describe('gridAt: where is this point?', () => {
  it('names the unit grid, its beat, community, street and district of a point inside', async () => {
    const { body } = await gridAt((west + middleLng) / 2, (middleLat + north) / 2);
    expect(body.errors).toBeUndefined();
    expect(body.data?.gridAt).toEqual({
      unitGrid: { code: '310101002001001', name: '测试网格 1', isDerived: true },
      responsibilityGrid: { code: huangpuGrids.beatCode, name: '南京东路第一责任网格', isDerived: true },
      community: { code: '310101002001', name: '云南中路居委会', isDerived: await isDerived('310101002001') },
      street: { code: '310101002', name: '南京东路街道', isDerived: await isDerived('310101002') },
      district: { code: '310101', name: '黄浦区', isDerived: false },
    });
  });

  it('has no beat for a grid outside every responsibility grid', async () => {
    const { body } = await gridAt((middleLng + east) / 2, (south + middleLat) / 2);
    expect(body.data?.gridAt.unitGrid.code).toBe(codes[3]);
    expect(body.data?.gridAt.responsibilityGrid).toBeNull();
  });

  it('resolves a point on a shared edge to the lowest code (the western / northern grid), every time', async () => {
    const onEdges = [
      { point: [middleLng, (middleLat + north) / 2], expected: codes[0] }, // 001 | 002
      { point: [middleLng, (south + middleLat) / 2], expected: codes[2] }, // 003 | 004
      { point: [(west + middleLng) / 2, middleLat], expected: codes[0] }, // 001 over 003
      { point: [(middleLng + east) / 2, middleLat], expected: codes[1] }, // 002 over 004
    ] as const;
    for (const { point, expected } of onEdges) {
      const answers = await Promise.all(Array.from({ length: 5 }, () => gridCodeAt(point[0], point[1])));
      expect(answers).toEqual(Array(5).fill(expected));
    }
  });

  it('resolves the corner four grids share to the lowest code, and outer corners to their one grid', async () => {
    expect(await gridCodeAt(middleLng, middleLat)).toBe(codes[0]);
    expect(await gridCodeAt(east, south)).toBe(codes[3]);
    expect(await gridCodeAt(west, north)).toBe(codes[0]);
  });

  it('answers OUTSIDE_JURISDICTION for a point outside every grid', async () => {
    const { body } = await gridAt(121.5, 31.0);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('OUTSIDE_JURISDICTION');
    expect(body.errors?.[0]?.message).toContain('No unit grid contains');
  });

  it('rejects out-of-range coordinates with BAD_REQUEST, hinting when lng and lat look swapped', async () => {
    const swapped = await gridAt(31.237, 121.475);
    expect(swapped.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(swapped.body.errors?.[0]?.message).toContain('did you mean lng 121.475, lat 31.237');
    const offTheGlobe = await gridAt(181, 31.2);
    expect(offTheGlobe.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(offTheGlobe.body.errors?.[0]?.message).toContain('longitude 181');
    const notANumber = await graphqlRequest(
      map.api.baseUrl,
      '{ gridAt(lng: "east", lat: 31.2) { unitGrid { code } } }',
    );
    expect(notANumber.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('sends exactly one SQL statement per lookup, and none for bad input', async () => {
    map.api.statements.length = 0;
    const { body } = await gridAt(middleLng - 0.0005, middleLat + 0.0005);
    expect(body.errors).toBeUndefined();
    expect(map.api.statements).toHaveLength(1);
    map.api.statements.length = 0;
    await gridAt(200, 31);
    expect(map.api.statements).toHaveLength(0);
  });

  it('never answers with a retired grid', async () => {
    await map.api.prisma.$executeRaw`UPDATE unit_grid SET retired_at = now() WHERE retired_at IS NULL`;
    const { body } = await gridAt((west + middleLng) / 2, (middleLat + north) / 2);
    expect(body.errors?.[0]?.extensions?.code).toBe('OUTSIDE_JURISDICTION');
  });
});
