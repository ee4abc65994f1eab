import type { ImportReport } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { bund, gridLattice, importBundAreas } from '../src/layer-import/bund-layers.js';
import { encodeGbk } from '../src/layer-import/encode-gbk.js';
import { importUnitGrids } from '../src/layer-import/import-unit-grids.js';
import { countLayerRows } from '../src/layer-import/layer-row-counts.js';
import type { ShapefileFeature } from '../src/layer-import/write-polygon-shapefile.js';
import { utm51nPrj } from '../src/layer-import/write-polygon-shapefile.js';
import { type ZippedShapefileOptions, zippedShapefile } from '../src/layer-import/zipped-shapefile.js';

// Zipped shapefiles as Chinese GIS tools write them: GBK attributes under Chinese field names.

let database: TestDatabase;
let prisma: PrismaClient;
const [yunnan] = bund.communities as [(typeof bund.communities)[number]];
const chineseFields = [
  { name: '编码', length: 15 },
  { name: '名称', length: 40 },
];

/** The 4 × 2 grids of 云南中路居委会 as shapefile features named 云南中路第N网格. */
function yunnanGrids(): ShapefileFeature[] {
  return gridLattice(yunnan.code, yunnan.box, 4, 2).map((cell, i) => ({
    polygons: [cell.rings ?? []],
    attributes: { 编码: cell.code, 名称: `云南中路第${i + 1}网格` },
  }));
}

function importZip(bytes: Uint8Array, dryRun = false): Promise<ImportReport> {
  return importUnitGrids(prisma, bytes, { name: 'grids.zip', dryRun });
}

const gbk: ZippedShapefileOptions = { fields: chineseFields, encode: encodeGbk };

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: database.url, maxConnections: 3 });
  await importBundAreas(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('zipped shapefiles', () => {
  it('imports GBK attributes under Chinese field names, the encoding told by the .cpg', async () => {
    const report = await importZip(zippedShapefile(yunnanGrids(), { ...gbk, cpg: 'GBK' }));
    expect(report).toMatchObject({ ok: true, format: 'SHAPEFILE', featureCount: 8, written: 8 });
    const first = await prisma.unitGrid.findFirstOrThrow({ where: { code: `${yunnan.code}001`, retiredAt: null } });
    expect(first.name).toBe('云南中路第1网格');
  });

  it('recognises GBK without a .cpg, and UTF-8 with one', async () => {
    const withoutCpg = await importZip(zippedShapefile(yunnanGrids(), gbk), true);
    expect(withoutCpg.ok).toBe(true);
    const utf8 = await importZip(
      zippedShapefile(yunnanGrids(), {
        fields: chineseFields,
        encode: (text) => new TextEncoder().encode(text),
        cpg: 'UTF-8',
      }),
    );
    expect(utf8).toMatchObject({ ok: true, written: 8, retired: 8 });
    const names = await prisma.unitGrid.findMany({
      where: { retiredAt: null },
      select: { name: true },
      orderBy: { code: 'asc' },
    });
    expect(names.map((grid) => grid.name)).toEqual(yunnanGrids().map((grid) => grid.attributes.名称));
  });

  it('keeps holes inside their polygon (shapefile ring orientation)', async () => {
    const [west, south, east, north] = yunnan.box;
    const island = [
      [121.4815, 31.2305],
      [121.4825, 31.2305],
      [121.4825, 31.2315],
      [121.4815, 31.2315],
      [121.4815, 31.2305],
    ];
    const outer = [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ];
    const features: ShapefileFeature[] = [
      { polygons: [[outer, island]], attributes: { 编码: `${yunnan.code}001`, 名称: '外圈' } },
      { polygons: [[island]], attributes: { 编码: `${yunnan.code}002`, 名称: '岛' } },
    ];
    const report = await importZip(zippedShapefile(features, gbk), true);
    expect(report).toMatchObject({ ok: true, errorCount: 0, gapCount: 0 });
  });

  it('reports PolygonZ records as NOT_2D, feature by feature', async () => {
    const before = await countLayerRows(prisma);
    const report = await importZip(zippedShapefile(yunnanGrids(), { ...gbk, z: 4.5 }));
    expect(report.ok).toBe(false);
    expect(report.summary).toEqual([{ problem: 'NOT_2D', count: 8 }]);
    expect(report.errors[0]).toMatchObject({ featureIndex: 0, code: `${yunnan.code}001`, problem: 'NOT_2D' });
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it.each([
    ['without its .dbf', { withoutDbf: true }, 'INVALID_FILE', { missing: ['.dbf'] }],
    ['without its .prj', { prj: null }, 'INVALID_FILE', { missing: ['.prj'] }],
    ['in a projected CRS (UTM 51N)', { prj: utm51nPrj }, 'UNSUPPORTED_CRS', { prj: 'WGS_1984_UTM_Zone_51N' }],
    ['with an unknown .cpg encoding', { cpg: 'EBCDIC-37' }, 'INVALID_FILE', { cpg: 'EBCDIC-37' }],
  ] as const)('refuses a shapefile %s with %s, writing nothing', async (_name, options, code, details) => {
    const before = await countLayerRows(prisma);
    const bytes = zippedShapefile(yunnanGrids(), { ...gbk, ...options });
    await expect(importZip(bytes)).rejects.toMatchObject({ code, details });
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it('refuses a damaged archive', async () => {
    const bytes = zippedShapefile(yunnanGrids(), gbk);
    const damaged = bytes.slice();
    damaged[60] = (damaged[60] ?? 0) ^ 0xff; // inside the first entry's deflated data
    await expect(importZip(damaged)).rejects.toMatchObject({ code: 'INVALID_FILE' });
    await expect(importZip(bytes.slice(0, bytes.length - 30))).rejects.toMatchObject({ code: 'INVALID_FILE' });
  });
});
