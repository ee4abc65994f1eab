import { type ImportReport, importLayer, systemClock } from '@gridloop/api';
import { wgs84ToGcj02 } from '@gridloop/geo';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import {
  boxRings,
  bund,
  featureCollection,
  geojsonBytes,
  gridLattice,
  importBundAreas,
} from '../src/layer-import/bund-layers.js';
import { type ImportUnitGridsOptions, importUnitGrids } from '../src/layer-import/import-unit-grids.js';
import { countLayerRows } from '../src/layer-import/layer-row-counts.js';

// Importing official layers into a database of its own: the made-up hierarchy near the Bund
// (bund-layers.ts) is imported level by level, then unit grids are imported, dry-run, re-imported.

let database: TestDatabase;
let prisma: PrismaClient;
const statements: string[] = [];
const [yunnan, longquan] = bund.communities as [(typeof bund.communities)[number], (typeof bund.communities)[number]];

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: database.url, maxConnections: 3, onQuery: (sql) => statements.push(sql) });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

function importGrids(features: unknown, options: ImportUnitGridsOptions = {}): Promise<ImportReport> {
  return importUnitGrids(prisma, geojsonBytes(features), options);
}

describe('importing official layers', () => {
  it('imports districts, streets and communities as official boundaries, each a layer version', async () => {
    const reports = await importBundAreas(prisma);
    for (const report of reports) expect(report).toMatchObject({ ok: true, errorCount: 0, gapCount: 0 });
    expect(reports.map((report) => report.written)).toEqual([1, 2, 3]);
    const community = await prisma.area.findUniqueOrThrow({
      where: { code: yunnan.code },
      include: { parent: true, layerImport: true },
    });
    expect(community).toMatchObject({ name: '云南中路居委会', level: 'COMMUNITY', isDerived: false });
    expect(community.parent?.code).toBe('310101002');
    expect(community.layerImport).toMatchObject({
      layer: 'COMMUNITY',
      source: 'GEOJSON',
      featureCount: 3,
      inputCrs: 'WGS84',
    });
  });

  it('dry-runs a valid grid layer: the report says ok and nothing is written', async () => {
    const before = await countLayerRows(prisma);
    const report = await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, 4, 2)), { dryRun: true });
    expect(report).toMatchObject({
      ok: true,
      dryRun: true,
      featureCount: 8,
      errorCount: 0,
      layerImportId: null,
      written: 0,
    });
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it('imports a valid grid layer in one transaction, with a layer version and an audit event', async () => {
    const before = await countLayerRows(prisma);
    const report = await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, 4, 2)));
    expect(report).toMatchObject({
      ok: true,
      dryRun: false,
      featureCount: 8,
      written: 8,
      retired: 0,
      errors: [],
      gaps: [],
    });
    const grids = await prisma.unitGrid.findMany({
      where: { retiredAt: null },
      include: { community: true },
      orderBy: { code: 'asc' },
    });
    expect(grids.map((grid) => grid.code)).toEqual(
      gridLattice(yunnan.code, yunnan.box, 4, 2)
        .map((cell) => cell.code)
        .sort(),
    );
    expect(
      grids.every((grid) => grid.community.code === yunnan.code && grid.layerImportId === report.layerImportId),
    ).toBe(true);
    const version = await prisma.layerImport.findUniqueOrThrow({ where: { id: report.layerImportId ?? -1 } });
    const scope = await prisma.area.findUniqueOrThrow({ where: { id: version.scopeAreaId ?? -1 } });
    expect(version).toMatchObject({
      layer: 'UNIT_GRID',
      source: 'GEOJSON',
      sourceName: 'grids.geojson',
      featureCount: 8,
    });
    expect(scope.code).toBe(yunnan.code);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'IMPORT_LAYER', entityId: String(report.layerImportId) },
    });
    expect(audit.details).toMatchObject({ layer: 'UNIT_GRID', written: 8 });
    const after = await countLayerRows(prisma);
    expect(after.layerImports - before.layerImports).toBe(1);
    expect(after.auditEvents - before.auditEvents).toBe(1);
  });

  it('re-imports a newer version: the old grids are retired, keep their ids, and the new ones are current', async () => {
    const old = await prisma.unitGrid.findMany({
      where: { retiredAt: null, community: { code: yunnan.code } },
      select: { id: true },
    });
    const report = await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, 2, 2)), {
      name: 'grids-v2.geojson',
    });
    expect(report).toMatchObject({ ok: true, written: 4, retired: 8 });
    const retired = await prisma.unitGrid.findMany({ where: { id: { in: old.map((grid) => grid.id) } } });
    expect(retired).toHaveLength(8);
    expect(retired.every((grid) => grid.retiredAt !== null)).toBe(true);
    const current = await prisma.unitGrid.findMany({ where: { retiredAt: null, community: { code: yunnan.code } } });
    expect(current.map((grid) => grid.code).sort()).toEqual([
      `${yunnan.code}001`,
      `${yunnan.code}002`,
      `${yunnan.code}003`,
      `${yunnan.code}004`,
    ]);
    expect(current.every((grid) => !old.some((o) => o.id === grid.id))).toBe(true);
  });

  it('converts GCJ-02 input to WGS84: a known WGS84 point lands in the right grid', async () => {
    const cells = gridLattice(longquan.code, longquan.box, 2, 1);
    const shifted = cells.map((cell) => ({
      ...cell,
      rings: cell.rings?.map((ring) => ring.map((p) => [...wgs84ToGcj02(p as [number, number])])),
    }));
    const report = await importGrids(featureCollection(shifted), { crs: 'GCJ02', name: 'amap.geojson' });
    expect(report).toMatchObject({ ok: true, written: 2, crs: 'GCJ02' });
    // WGS84 point in the west cell (…001): 121.481, 31.233. Its GCJ-02 twin is ~500 m away, outside both cells.
    const [hit] = await prisma.$queryRaw<{ code: string; offsetM: number }[]>`
      SELECT code, ST_Distance(ST_StartPoint(ST_ExteriorRing(ST_GeometryN(geom, 1)))::geography,
                               ST_SetSRID(ST_MakePoint(121.480, 31.232), 4326)::geography) AS "offsetM"
      FROM unit_grid WHERE retired_at IS NULL AND ST_Contains(geom, ST_SetSRID(ST_MakePoint(121.481, 31.233), 4326))`;
    expect(hit?.code).toBe(`${longquan.code}001`);
    // the west cell's first vertex (south-west corner) is back at its WGS84 place within centimetres
    expect(hit?.offsetM).toBeLessThan(0.05);
  });

  it('imports responsibility grids and puts each current unit grid in the beat that holds it', async () => {
    const [west, south, east, north] = yunnan.box;
    const middle = (south + north) / 2;
    const beats = featureCollection([
      { code: `R${yunnan.code}-01`, name: '云南中路北片', rings: boxRings([west, middle, east, north]) },
      { code: `R${yunnan.code}-02`, name: '云南中路南片', rings: boxRings([west, south, east, middle]) },
    ]);
    const report = await importLayer({
      prisma,
      clock: systemClock,
      layer: 'RESPONSIBILITY_GRID',
      crs: 'WGS84',
      file: { name: 'beats.geojson', bytes: geojsonBytes(beats) },
      actorId: null,
    });
    expect(report).toMatchObject({ ok: true, written: 2 });
    const beatOf = async () => {
      const grids = await prisma.unitGrid.findMany({
        where: { retiredAt: null, community: { code: yunnan.code } },
        select: { code: true, responsibilityGrid: { select: { code: true, area: { select: { code: true } } } } },
        orderBy: { code: 'asc' },
      });
      return grids.map((grid) => [
        grid.code.slice(-3),
        grid.responsibilityGrid?.code,
        grid.responsibilityGrid?.area.code,
      ]);
    };
    const expected = [
      ['001', `R${yunnan.code}-01`, yunnan.code],
      ['002', `R${yunnan.code}-01`, yunnan.code],
      ['003', `R${yunnan.code}-02`, yunnan.code],
      ['004', `R${yunnan.code}-02`, yunnan.code],
    ];
    expect(await beatOf()).toEqual(expected);
    // a newer grid version joins the current beats too
    expect(await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, 2, 2)))).toMatchObject({
      ok: true,
      retired: 4,
    });
    expect(await beatOf()).toEqual(expected);
  });

  it('sends a fixed number of SQL statements, whatever the number of features (no per-feature queries)', async () => {
    const count = async (columns: number) => {
      statements.length = 0;
      const report = await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, columns, 4)), {
        dryRun: true,
      });
      expect(report.ok).toBe(true);
      return statements.length;
    };
    const small = await count(2);
    expect(await count(16)).toBe(small);
    expect(small).toBeLessThan(20);
  });
});
