import {
  createSession,
  defaultAuthSettings,
  type GenerateUnitGridsInput,
  type GenerationReport,
  generateUnitGrids,
  seedDemo,
} from '@gridloop/api';
import { createPrismaClient, lockLayersForGeneration, type PrismaClient } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';
import { measureTiling, pairwiseGridOverlapM2 } from '../src/spatial/tiling.js';

// Grid generation on real PostGIS, on a database of its own (it retires and rewrites grids that
// other suites would see): the demo derivation of 黄浦区, then an admin's generation in
// 南京东路街道 (310101002) from the derived community boundaries.
const huangpu = '310101';
const nanjingRoadEast = '310101002';
const now = new Date('2030-03-01T08:00:00Z');

let database: TestDatabase;
let prisma: PrismaClient;
let statements: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  statements = [];
  prisma = createPrismaClient({ databaseUrl: database.url, maxConnections: 2, onQuery: (sql) => statements.push(sql) });
  await seedDemo(prisma, { districts: [huangpu] });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const generate = (options: Partial<GenerateUnitGridsInput> = {}) =>
  generateUnitGrids(prisma, { scopeCode: nanjingRoadEast, actorId: null, withinAreaId: null, now, ...options });

/** Row counts of everything a generation writes: a failed or dry run must leave them all alone. */
async function writtenRows() {
  const [row] = await prisma.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM layer_import)::int AS imports, (SELECT count(*) FROM unit_grid)::int AS grids,
           (SELECT count(*) FROM unit_grid WHERE retired_at IS NULL)::int AS current_grids,
           (SELECT count(*) FROM responsibility_grid)::int AS beats, (SELECT count(*) FROM audit_event)::int AS audit`;
  return row;
}

describe('the demo city derived for 黄浦区', () => {
  it('derives every street and community, labelled derived, under one DEMO layer version each', async () => {
    const areas = await prisma.$queryRaw<{ level: string; total: number; derived: number }[]>`
      SELECT level::text, count(*)::int AS total, count(*) FILTER (WHERE boundary IS NOT NULL AND is_derived)::int AS derived
      FROM area WHERE level IN ('STREET', 'COMMUNITY') AND starts_with(code, ${huangpu}) GROUP BY level ORDER BY level DESC`;
    expect(areas).toEqual([
      { level: 'STREET', total: 10, derived: 10 },
      { level: 'COMMUNITY', total: 170, derived: 170 },
    ]);
    const imports = await prisma.layerImport.findMany({ where: { source: 'DEMO' }, orderBy: { layer: 'asc' } });
    expect(imports.map((row) => [row.layer, row.isDerived])).toEqual([
      ['STREET', true],
      ['COMMUNITY', true],
      ['UNIT_GRID', true],
      ['RESPONSIBILITY_GRID', true],
    ]);
    expect(imports.find((row) => row.layer === 'STREET')?.featureCount).toBe(10);
    expect(imports.every((row) => row.sourceName.startsWith('shanghai-demo-v1: 黄浦区: '))).toBe(true);
    const grids = await prisma.unitGrid.count({
      where: { retiredAt: null, isDerived: true, layerImportId: imports[2]?.id },
    });
    expect(grids).toBe(imports[2]?.featureCount);
    expect(grids).toBeGreaterThan(3 * 170);
  });

  it('tiles the district with streets, each street with communities, each community with grids', async () => {
    for (const [level, children] of [
      ['DISTRICT', 'AREAS'],
      ['STREET', 'AREAS'],
      ['COMMUNITY', 'GRIDS'],
    ] as const) {
      const tiling = await measureTiling(prisma, { level, codePrefix: huangpu, children });
      const tolerance = 0.01; // m²: floating-point noise of clipping and unions, nothing more
      expect(tiling.parentsWithoutChildren, level).toBe(0);
      expect(tiling.maxOverlapM2, level).toBeLessThan(tolerance);
      expect(tiling.maxMismatchM2, level).toBeLessThan(tolerance);
    }
  });

  it('seeds again without deriving anything: one query finds the layers current', async () => {
    const before = await writtenRows();
    statements.length = 0;
    const report = await seedDemo(prisma, { districts: [huangpu] });
    expect(report.demoCity.derivedDistricts).toEqual([]);
    expect(statements.filter((sql) => sql.includes('"currentDemoLayers"'))).toHaveLength(1);
    // areas (4 upserts), labels, derivation, users, catalog (2), departments (2), rules, user assignment
    expect(statements.length).toBeLessThanOrEqual(13);
    expect(await writtenRows()).toEqual(before);
  });
});

describe('generating unit grids for 南京东路街道 from its community boundaries', () => {
  let first: GenerationReport;
  let demoGridsOfStreet: number;

  beforeAll(async () => {
    demoGridsOfStreet = await prisma.unitGrid.count({
      where: { retiredAt: null, code: { startsWith: nanjingRoadEast } },
    });
    first = await generate({ targetAreaM2: 10_000, sliverRatio: 0.3, beatSize: 12 });
  });

  it('reports what it wrote and retired', async () => {
    const communities = await prisma.area.count({ where: { parent: { code: nanjingRoadEast } } });
    expect(first).toMatchObject({
      scopeName: '南京东路街道',
      dryRun: false,
      communities,
      targetAreaM2: 10_000,
      beatSize: 12,
    });
    expect(first.retiredUnitGrids).toBe(demoGridsOfStreet);
    expect(first.unitGrids).toBeGreaterThan(150); // the street is about 2 km²
    // a whole cell plus, at most, a sliver from each of its four sides
    expect(first.largestAreaM2).toBeLessThan(10_000 * (1 + 4 * 0.3));
    expect(first.layerImportIds).toHaveLength(2);
  });

  it('tiles every community with its new grids, with no overlaps between any two', async () => {
    const tiling = await measureTiling(prisma, { level: 'COMMUNITY', codePrefix: nanjingRoadEast, children: 'GRIDS' });
    expect(tiling.parentsWithoutChildren).toBe(0);
    expect(tiling.maxMismatchM2).toBeLessThan(0.01);
    expect(tiling.maxOverlapM2).toBeLessThan(0.01);
    expect(await pairwiseGridOverlapM2(prisma, nanjingRoadEast)).toBeLessThan(0.01);
  });

  it('numbers each community 001… in reading order: rows of 100 m north → south, west → east', async () => {
    const rows = await prisma.$queryRaw<{ code: string; community: string; expected: number; grids: number }[]>`
      SELECT g.code, c.code AS community, count(*) OVER (PARTITION BY c.id)::int AS grids,
             row_number() OVER (PARTITION BY c.id ORDER BY floor(ST_Y(p.geom) / 100) DESC, ST_X(p.geom), ST_Y(p.geom) DESC)::int AS expected
      FROM unit_grid g JOIN area c ON c.id = g.community_id
      CROSS JOIN LATERAL ST_Centroid(ST_Transform(g.geom, 32651)) AS p(geom)
      WHERE g.retired_at IS NULL AND starts_with(g.code, ${nanjingRoadEast})`;
    expect(rows.length).toBe(first.unitGrids);
    for (const row of rows) {
      expect(row.code).toMatch(/^\d{15}$/);
      expect(row.code.slice(0, 12)).toBe(row.community);
      expect(Number(row.code.slice(12))).toBe(row.expected);
    }
  });

  it('merges slivers: no grid under 30 % of the target unless its whole community is that small', async () => {
    const [small] = await prisma.$queryRaw<{ grids: number }[]>`
      SELECT count(*)::int AS grids FROM unit_grid g JOIN area c ON c.id = g.community_id
      WHERE g.retired_at IS NULL AND starts_with(g.code, ${nanjingRoadEast})
        AND ST_Area(ST_Transform(g.geom, 32651)) < 0.3 * 10000 - 0.01
        AND ST_Area(ST_Transform(c.boundary, 32651)) >= 0.3 * 10000`;
    expect(small?.grids).toBe(0);
    expect(first.sliversMerged).toBeGreaterThan(0);
  });

  it('groups the grids into beats of at most 12, as even as possible, labelled after the street', async () => {
    const beats = await prisma.responsibilityGrid.findMany({
      where: { retiredAt: null, area: { code: nanjingRoadEast } },
      select: { code: true, name: true, isDerived: true, _count: { select: { unitGrids: true } } },
      orderBy: { code: 'asc' },
    });
    const sizes = beats.map((beat) => beat._count.unitGrids);
    expect(beats).toHaveLength(Math.ceil(first.unitGrids / 12));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(beats[0]).toMatchObject({ code: '310101002-001', name: '南京东路街道 第1责任网格', isDerived: true });
  });

  it('writes under new GENERATED layer versions, keeps the demo grids as retired rows, and audits', async () => {
    const imports = await prisma.layerImport.findMany({ where: { id: { in: first.layerImportIds } } });
    expect(imports.map((row) => [row.layer, row.source, row.isDerived, row.featureCount])).toEqual([
      ['UNIT_GRID', 'GENERATED', true, first.unitGrids],
      ['RESPONSIBILITY_GRID', 'GENERATED', true, first.responsibilityGrids],
    ]);
    const retired = await prisma.unitGrid.count({
      where: { code: { startsWith: nanjingRoadEast }, retiredAt: { not: null } },
    });
    expect(retired).toBe(demoGridsOfStreet);
    const otherStreets = await prisma.unitGrid.count({
      where: { retiredAt: null, code: { startsWith: huangpu, not: { startsWith: nanjingRoadEast } } },
    });
    expect(otherStreets).toBeGreaterThan(0);
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'GENERATE_UNIT_GRIDS' } });
    expect(audit).toMatchObject({ entityType: 'area', entityId: nanjingRoadEast, createdAt: now });
  });

  it('regenerates by retiring the previous version, never deleting it', async () => {
    const before = await writtenRows();
    const second = await generate({ targetAreaM2: 20_000 });
    expect(second.retiredUnitGrids).toBe(first.unitGrids);
    expect(second.unitGrids).toBeLessThan(first.unitGrids);
    const after = await writtenRows();
    expect(after?.grids).toBe((before?.grids ?? 0) + second.unitGrids);
    expect(after?.imports).toBe((before?.imports ?? 0) + 2);
  });

  it('answers a dry run with the numbers of a real run and writes nothing', async () => {
    const before = await writtenRows();
    const dry = await generate({ targetAreaM2: 20_000, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, layerImportIds: [] });
    expect(dry.unitGrids).toBeGreaterThan(0);
    expect(await writtenRows()).toEqual(before);
  });
});

describe('bad input gets a coded error and changes nothing', () => {
  it.each([
    [{ targetAreaM2: 0 }, 'BAD_REQUEST', 'targetAreaM2'],
    [{ targetAreaM2: Number.NaN }, 'BAD_REQUEST', 'targetAreaM2'],
    [{ targetAreaM2: 5_000_000 }, 'BAD_REQUEST', 'targetAreaM2'],
    [{ sliverRatio: 1 }, 'BAD_REQUEST', 'sliverRatio'],
    [{ sliverRatio: -0.1 }, 'BAD_REQUEST', 'sliverRatio'],
    [{ beatSize: 0 }, 'BAD_REQUEST', 'beatSize'],
    [{ beatSize: 2.5 }, 'BAD_REQUEST', 'beatSize'],
    [{ scopeCode: '31010x' }, 'BAD_REQUEST', 'scopeCode'],
    [{ scopeCode: '310101002001' }, 'BAD_REQUEST', 'scopeCode'], // a community
    [{ scopeCode: '310100' }, 'BAD_REQUEST', 'scopeCode'], // the city
    [{ scopeCode: '310104' }, 'BAD_REQUEST', 'scopeCode'], // 徐汇区: communities without boundaries
    [{ scopeCode: '310199' }, 'NOT_FOUND', 'scopeCode'],
    [{ targetAreaM2: 100 }, 'TOO_MANY_GRIDS', 'targetAreaM2'], // > 999 grids in a community
  ] as const)('%j → %s naming %s', async (options, code, field) => {
    const before = await writtenRows();
    const error = await generate(options).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code, details: expect.objectContaining({ field }) });
    expect(await writtenRows()).toEqual(before);
  });

  it('answers IMPORT_IN_PROGRESS while another writer holds the unit grid layer', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let signalLocked = () => {};
    const locked = new Promise<void>((resolve) => {
      signalLocked = resolve;
    });
    const otherWriter = prisma.$transaction(async (tx) => {
      await lockLayersForGeneration(tx, ['UNIT_GRID']);
      signalLocked();
      await held;
    });
    await locked;
    const before = await writtenRows();
    await expect(generate()).rejects.toMatchObject({ code: 'IMPORT_IN_PROGRESS' });
    expect(await writtenRows()).toEqual(before);
    release();
    await otherWriter;
  });

  it('refuses a scope outside the caller’s area with FORBIDDEN', async () => {
    const xuhui = await prisma.area.findUniqueOrThrow({ where: { code: '310104' } });
    await expect(generate({ withinAreaId: xuhui.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the generateUnitGrids mutation', () => {
  const mutation = `mutation($scope: String!) {
    generateUnitGrids(scopeCode: $scope, targetAreaM2: 20000, beatSize: 15, dryRun: true) {
      scopeCode scopeName dryRun communities unitGrids responsibilityGrids beatSize layerImportIds
    }
  }`;
  let api: InProcessApi;
  const sessionOf = async (username: string) => {
    const user = await prisma.user.findUniqueOrThrow({ where: { username } });
    const client = { ipAddress: '198.51.100.7', userAgent: 'vitest' };
    return (await createSession(prisma, { userId: user.id, now: new Date(), settings: defaultAuthSettings, client }))
      .token;
  };

  beforeAll(async () => {
    api = await startInProcessApi(database.url);
  });
  afterAll(() => api?.close());

  it('answers UNAUTHENTICATED to an anonymous caller and writes nothing', async () => {
    const before = await writtenRows();
    const { body } = await graphqlAs(api.baseUrl, mutation, { scope: nanjingRoadEast });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await writtenRows()).toEqual(before);
  });

  it('answers FORBIDDEN to a signed-in officer', async () => {
    const { body } = await graphqlAs(
      api.baseUrl,
      mutation,
      { scope: nanjingRoadEast },
      { bearer: await sessionOf('officer') },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs for an admin of the city (here as a dry run)', async () => {
    const { body } = await graphqlAs<{ generateUnitGrids: Record<string, unknown> }>(
      api.baseUrl,
      mutation,
      { scope: nanjingRoadEast },
      { bearer: await sessionOf('admin') },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.generateUnitGrids).toMatchObject({
      scopeCode: nanjingRoadEast,
      scopeName: '南京东路街道',
      dryRun: true,
      beatSize: 15,
      layerImportIds: [],
    });
    expect(body.data?.generateUnitGrids.unitGrids).toBeGreaterThan(0);
  });

  it('passes a bad option through as BAD_REQUEST naming the field', async () => {
    const { body } = await graphqlAs(
      api.baseUrl,
      'mutation { generateUnitGrids(scopeCode: "310101002", sliverRatio: 2) { unitGrids } }',
      {},
      { bearer: await sessionOf('admin') },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', details: { field: 'sliverRatio' } });
  });
});
