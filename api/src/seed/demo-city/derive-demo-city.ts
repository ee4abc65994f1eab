import {
  type DemoDistrictStatus,
  lockLayersForGeneration,
  type PrismaClient,
  selectDemoDistrictStatus,
} from '@gridloop/prisma';
import { demoDerivationVersion } from './demo-derivation.js';
import { type DemoCityReport, demoLayers, deriveDemoDistricts } from './derive-demo-districts.js';
import { shareDistricts } from './share-districts.js';

export type { DemoCityReport } from './derive-demo-districts.js';

/** PostGIS work is CPU-bound, one core per connection; the development machine has two. */
const workers = 2;
const transactionOptions = { maxWait: 10_000, timeout: 900_000 };

/**
 * Derives the demo city's street, community, unit-grid and responsibility-grid layers for the
 * districts asked for (all by default) that the current derivation version has not written yet.
 * Districts holding an official street or community layer are left alone. When everything is
 * current it costs one query.
 *
 * The districts are shared between two transactions on two connections so both cores work. The
 * first holds the layers' write locks for both and commits only after the second has: a failure
 * in either rolls the first back, and whatever did commit is complete per district (a later run
 * derives the rest). Needs two free connections in the client's pool.
 */
export async function deriveDemoCity(
  prisma: PrismaClient,
  { districtCodes = null }: { districtCodes?: readonly string[] | null } = {},
): Promise<DemoCityReport> {
  const query = { versionPrefix: `${demoDerivationVersion}:`, districtCodes };
  const status = await selectDemoDistrictStatus(prisma, query);
  const unknown = (districtCodes ?? []).filter((code) => !status.some((district) => district.code === code));
  if (unknown.length) throw new Error(`seedDemo: no district with a boundary has the code ${unknown.join(', ')}`);
  if (needingDerivation(status).length === 0) return combine([]);
  return prisma.$transaction(async (tx) => {
    // Two API instances may start together: wait for the other's derivation, then look again.
    const busy = await lockLayersForGeneration(tx, demoLayers, { waitMs: 600_000 });
    if (busy) throw new Error(`the ${busy} layer stayed locked by another writer; the demo city was not derived`);
    const [mine = [], ...others] = shareDistricts(
      needingDerivation(await selectDemoDistrictStatus(tx, query)),
      workers,
    );
    const results = await Promise.allSettled([
      mine.length ? deriveDemoDistricts(tx, mine) : combine([]),
      ...others.map((group) => prisma.$transaction((other) => deriveDemoDistricts(other, group), transactionOptions)),
    ]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
    return combine(results.map((result) => (result as PromiseFulfilledResult<DemoCityReport>).value));
  }, transactionOptions);
}

function needingDerivation(status: readonly DemoDistrictStatus[]): DemoDistrictStatus[] {
  return status.filter((district) => district.currentDemoLayers < demoLayers.length && !district.hasOfficialLayer);
}

function combine(reports: readonly DemoCityReport[]): DemoCityReport {
  const sum = (count: (report: DemoCityReport) => number) =>
    reports.reduce((total, report) => total + count(report), 0);
  const streetSeeds: DemoCityReport['streetSeeds'] = {};
  for (const [kind, count] of reports.flatMap((report) => Object.entries(report.streetSeeds))) {
    streetSeeds[kind as keyof typeof streetSeeds] = (streetSeeds[kind as keyof typeof streetSeeds] ?? 0) + (count ?? 0);
  }
  return {
    derivedDistricts: reports.flatMap((report) => report.derivedDistricts).sort(),
    streets: sum((report) => report.streets),
    communities: sum((report) => report.communities),
    unitGrids: sum((report) => report.unitGrids),
    responsibilityGrids: sum((report) => report.responsibilityGrids),
    streetSeeds,
  };
}
