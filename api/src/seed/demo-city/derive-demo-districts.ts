import {
  type DemoDistrictStatus,
  deriveStreetBoundaries,
  type LayerKind,
  partitionCellsIntoCommunities,
  prepareGenerationWorkspace,
  refreshFeatureCounts,
  retireGrids,
  type SqlClient,
  type StreetSeedCounts,
  stageStreetParents,
  writeCommunityBoundaries,
} from '@gridloop/prisma';
import { createGenerationImports } from '../../modules/geography/generate/create-generation-imports.js';
import { cutAndMergeCells, numberAndWriteGrids } from '../../modules/geography/generate/generation-pipeline.js';
import { demoBeatSize, demoCellSizing, demoSliverRatio, demoSourceName } from './demo-derivation.js';
import { readAdcode2016Centres } from './read-adcode-2016.js';
import { streetSeedsFrom } from './street-seeds.js';

export interface DemoCityReport {
  /** Districts derived by this call (empty when every one asked for was current already). */
  derivedDistricts: string[];
  streets: number;
  communities: number;
  unitGrids: number;
  responsibilityGrids: number;
  /** Where the streets' Voronoi seeds came from. */
  streetSeeds: StreetSeedCounts;
}

/** The layers the demo derives, each written under one layer_import per district. */
export const demoLayers: readonly LayerKind[] = ['STREET', 'COMMUNITY', 'UNIT_GRID', 'RESPONSIBILITY_GRID'];

/**
 * Derives the demo layers of some districts inside the given transaction (whose caller holds the
 * layers' write locks): layer versions, old grids retired, streets as Voronoi cells of their seeds,
 * streets cut into cells, cells shared out among communities, then numbered and written as grids.
 */
export async function deriveDemoDistricts(
  tx: SqlClient,
  districts: readonly DemoDistrictStatus[],
): Promise<DemoCityReport> {
  const districtIds = districts.map((district) => district.id);
  await prepareGenerationWorkspace(tx);
  const imports = await createGenerationImports(
    tx,
    districts.flatMap((district) =>
      demoLayers.map((layer) => ({
        layer,
        districtId: district.id,
        scopeAreaId: district.id,
        sourceName: demoSourceName(layer, district.name),
      })),
    ),
    { source: 'DEMO', createdById: null },
  );
  const streets = await tx.area.findMany({
    where: { level: 'STREET', parentId: { in: districtIds } },
    select: { id: true, code: true },
  });
  await retireGrids(
    tx,
    streets.map((street) => street.id),
  );
  const seeds = streetSeedsFrom(
    readAdcode2016Centres(),
    streets.map((street) => street.code),
  );
  const streetSeeds = await deriveStreetBoundaries(tx, { districtIds, seeds });
  await stageStreetParents(tx, { districtIds, sizing: demoCellSizing });
  await cutAndMergeCells(tx, demoSliverRatio);
  const communities = await partitionCellsIntoCommunities(tx);
  await writeCommunityBoundaries(tx);
  const written = await numberAndWriteGrids(tx, { beatSize: demoBeatSize, isDerived: true });
  await refreshFeatureCounts(
    tx,
    imports.map((entry) => entry.layerImportId),
  );
  return {
    derivedDistricts: districts.map((district) => district.code),
    streets: Object.values(streetSeeds).reduce((sum, count) => sum + (count ?? 0), 0),
    communities,
    unitGrids: written.unitGrids,
    responsibilityGrids: written.responsibilityGrids,
    streetSeeds,
  };
}
