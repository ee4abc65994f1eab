import type { DemoDistrictStatus } from '@gridloop/prisma';
import { demoCellSizing } from './demo-derivation.js';

/**
 * Shares districts out between `workers` about equally by the cells they will be cut into
 * (largest first, each to the least loaded worker). A district's cells: its area over the city
 * target, plus the minimum every community gets in dense streets. Empty groups are dropped.
 */
export function shareDistricts(districts: readonly DemoDistrictStatus[], workers: number): DemoDistrictStatus[][] {
  const cellsOf = (district: DemoDistrictStatus) =>
    district.areaM2 / demoCellSizing.targetAreaM2 + demoCellSizing.minCellsPerCommunity * district.communities;
  const groups = Array.from({ length: workers }, () => ({ cells: 0, districts: [] as DemoDistrictStatus[] }));
  for (const district of [...districts].sort((a, b) => cellsOf(b) - cellsOf(a))) {
    const lightest = groups.reduce((least, group) => (group.cells < least.cells ? group : least));
    lightest.cells += cellsOf(district);
    lightest.districts.push(district);
  }
  return groups.map((group) => group.districts).filter((group) => group.length > 0);
}
