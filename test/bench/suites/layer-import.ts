import { type ImportReport, importLayer, systemClock } from '@gridloop/api';
import { type PrismaClient, stageImportFeatures } from '@gridloop/prisma';
import { boxRings, featureCollection, geojsonBytes, gridLattice } from '../../src/layer-import/bund-layers.js';
import { importUnitGrids } from '../../src/layer-import/import-unit-grids.js';
import type { InProcessApi } from '../../src/server/in-process-api.js';
import { measure } from '../harness/measure.js';
import { type Comparison, compare } from '../harness/report.js';

/** 1,000 communities of 8 × 5 cells of ~95 m × 100 m: 40,000 unit grids, Shanghai's order of magnitude. */
const COMMUNITIES = 1_000;
const COLUMNS = 8;
const ROWS = 5;
/** Communities sit in a 40-wide arrangement of 0.008° × 0.0045° blocks, off the coast, clear of other suites' data. */
const ORIGIN = [122.0, 30.9] as const;
const BLOCK = [0.008, 0.0045] as const;

/**
 * Importing an official unit-grid layer of 4×10^4 polygons: parse, per-feature checks, PostGIS
 * validation (validity, codes, parents, containment, overlaps, coverage) and the write, against
 * the floor any importer pays: staging the same features into PostGIS in one transaction.
 * The budget is 60 s on the 2-core machine; the figure is printed beside the ratio.
 */
export async function benchLayerImport(api: InProcessApi): Promise<Comparison> {
  const codes = await lastCommunityCodes(api.prisma);
  await importCommunityBlocks(api.prisma, codes);
  const cells = codes.flatMap((code, i) => gridLattice(code, blockOf(i), COLUMNS, ROWS));
  const bytes = geojsonBytes(featureCollection(cells));
  const staged = cells.map((cell, featureIndex) => ({
    featureIndex,
    code: cell.code,
    name: null,
    parentCodes: [cell.code.slice(0, 12)],
    geometry: { type: 'Polygon', coordinates: cell.rings },
  }));
  const once = { seconds: 0.001, concurrency: 1, warmup: 0 };
  const baseline = await measure(
    'stage 40,000 polygons in PostGIS, no checks',
    () => api.prisma.$transaction((sql) => stageImportFeatures(sql, staged), { timeout: 600_000 }),
    once,
  );
  const started = performance.now();
  const dryRun = await importGrids(api.prisma, bytes, true);
  const dryRunMs = performance.now() - started;
  const written: ImportReport[] = [];
  const candidate = await measure(
    'importLayer: 40,000 grids checked + written',
    async () => written.push(await importGrids(api.prisma, bytes, false)),
    once,
  );
  if (!dryRun.ok || written[0]?.written !== cells.length) {
    throw new Error(`the bench import failed: ${JSON.stringify(written[0] ?? dryRun).slice(0, 2000)}`);
  }
  console.log(
    `layer import: ${cells.length} unit grids validated in ${(dryRunMs / 1000).toFixed(1)} s (dry run), ` +
      `validated and written in ${(candidate.p50Ms / 1000).toFixed(1)} s (budget 60 s)`,
  );
  return compare(
    `layer import: ${cells.length} unit grids from GeoJSON (${(bytes.length / 1e6).toFixed(1)} MB)`,
    baseline,
    candidate,
  );
}

function blockOf(index: number): [number, number, number, number] {
  const west = ORIGIN[0] + (index % 40) * BLOCK[0];
  const south = ORIGIN[1] + Math.floor(index / 40) * BLOCK[1];
  return [west, south, west + BLOCK[0], south + BLOCK[1]];
}

async function lastCommunityCodes(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.area.findMany({
    where: { level: 'COMMUNITY' },
    select: { code: true },
    orderBy: { code: 'desc' },
    take: COMMUNITIES,
  });
  if (rows.length < COMMUNITIES)
    throw new Error(`the bench needs ${COMMUNITIES} communities; seed the demo city first`);
  return rows.map((row) => row.code);
}

/**
 * Gives the chosen communities square boundaries through the importer itself. They are made up and
 * lie outside their real streets, so this fixture import waives the containment and gap checks.
 */
async function importCommunityBlocks(prisma: PrismaClient, codes: string[]): Promise<void> {
  const bytes = geojsonBytes(featureCollection(codes.map((code, i) => ({ code, rings: boxRings(blockOf(i)) }))));
  const waived = { m2: 0, ratio: 1 };
  const report = await importLayer({
    prisma,
    clock: systemClock,
    layer: 'COMMUNITY',
    crs: 'WGS84',
    file: { name: 'bench-communities.geojson', bytes },
    actorId: null,
    tolerances: { outsideParent: waived, gap: waived },
  });
  if (!report.ok) throw new Error(`the bench communities did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
}

function importGrids(prisma: PrismaClient, bytes: Uint8Array, dryRun: boolean): Promise<ImportReport> {
  return importUnitGrids(prisma, bytes, { name: 'bench-grids.geojson', dryRun });
}
