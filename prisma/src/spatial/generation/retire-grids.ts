import type { SqlClient } from './workspace.js';

export interface RetiredGrids {
  unitGrids: number;
  responsibilityGrids: number;
}

/**
 * Retires the current unit and responsibility grids of the given streets (and of their
 * communities) before a new version is written. Rows are never deleted: cases filed in a retired
 * grid keep pointing at it, and its code is free again for the new version.
 */
export async function retireGrids(tx: SqlClient, streetIds: readonly number[]): Promise<RetiredGrids> {
  const ids = [...streetIds];
  const unitGrids = await tx.$executeRaw`
    UPDATE unit_grid SET retired_at = now()
    WHERE retired_at IS NULL
      AND community_id IN (SELECT id FROM area WHERE level = 'COMMUNITY' AND parent_id = ANY(${ids}::int[]))`;
  const responsibilityGrids = await tx.$executeRaw`
    UPDATE responsibility_grid SET retired_at = now()
    WHERE retired_at IS NULL
      AND area_id IN (SELECT id FROM area WHERE id = ANY(${ids}::int[]) OR parent_id = ANY(${ids}::int[]))`;
  return { unitGrids, responsibilityGrids };
}
