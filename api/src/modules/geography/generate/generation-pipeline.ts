import {
  cutCells,
  mergeSlivers,
  readGenerationCells,
  type SliverMerge,
  type SqlClient,
  type WrittenGrids,
  writeGeneratedGrids,
} from '@gridloop/prisma';
import { assignCodesAndBeats } from './assign-codes-and-beats.js';

/** Sizes of the unit grids written, m² (each in the UTM zone it was cut in). */
export interface GridAreaStats {
  smallestAreaM2: number;
  largestAreaM2: number;
  meanAreaM2: number;
}

/**
 * The steps every generation shares once its parent polygons are staged: cut them into square
 * cells, then merge the slivers. (The demo city partitions cells into communities after this.)
 */
export async function cutAndMergeCells(tx: SqlClient, sliverRatio: number): Promise<SliverMerge & { cut: number }> {
  const cut = await cutCells(tx);
  const merge = await mergeSlivers(tx, sliverRatio);
  return { cut, ...merge };
}

/**
 * Numbers the merged cells (codes in reading order per community, beats per street, in Node with
 * @gridloop/geo) and writes them as unit and responsibility grids in two set-based statements.
 */
export async function numberAndWriteGrids(
  tx: SqlClient,
  { beatSize, isDerived }: { beatSize: number; isDerived: boolean },
): Promise<WrittenGrids & GridAreaStats> {
  const cells = await readGenerationCells(tx);
  const assignments = assignCodesAndBeats(cells, beatSize);
  const written = await writeGeneratedGrids(tx, { assignments, isDerived });
  return { ...written, ...areaStatsOf(cells.map((cell) => cell.areaM2)) };
}

function areaStatsOf(areas: readonly number[]): GridAreaStats {
  if (areas.length === 0) return { smallestAreaM2: 0, largestAreaM2: 0, meanAreaM2: 0 };
  let [smallest, largest, total] = [Number.POSITIVE_INFINITY, 0, 0];
  for (const area of areas)
    [smallest, largest, total] = [Math.min(smallest, area), Math.max(largest, area), total + area];
  return { smallestAreaM2: smallest, largestAreaM2: largest, meanAreaM2: total / areas.length };
}
