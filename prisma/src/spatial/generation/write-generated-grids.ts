import type { SqlClient } from './workspace.js';

/** The code and beat chosen for one cell (by its generation_cell id). */
export interface CellAssignment {
  id: number;
  /** 15-digit unit grid code. */
  code: string;
  beatCode: string;
  beatName: string;
}

export interface WrittenGrids {
  unitGrids: number;
  responsibilityGrids: number;
}

/**
 * Writes the numbered cells as unit grids and their beats as responsibility grids (beat = union
 * of its cells, area = the street), both stamped with the district's layer imports. Beats go
 * first so that each unit grid is inserted once, already pointing at its beat.
 */
export async function writeGeneratedGrids(
  tx: SqlClient,
  { assignments, isDerived }: { assignments: readonly CellAssignment[]; isDerived: boolean },
): Promise<WrittenGrids> {
  await tx.$executeRaw`
    INSERT INTO generation_assignment (cell_id, code, beat_code, beat_name)
    SELECT id, code, "beatCode", "beatName"
    FROM jsonb_to_recordset(${JSON.stringify(assignments)}::jsonb) AS a(id int, code text, "beatCode" text, "beatName" text)`;
  await tx.$executeRaw`ANALYZE generation_assignment`;
  const responsibilityGrids = await tx.$executeRaw`
    INSERT INTO responsibility_grid (code, name, area_id, geom, is_derived, layer_import_id)
    SELECT beat.code, beat.name, beat.street_id, beat.geom, ${isDerived}, li.layer_import_id
    FROM (
      SELECT a.beat_code AS code, min(a.beat_name) AS name, min(c.street_id) AS street_id, ST_Multi(ST_Union(c.geom)) AS geom
      FROM generation_cell c JOIN generation_assignment a ON a.cell_id = c.id
      GROUP BY a.beat_code
    ) beat
    JOIN area street ON street.id = beat.street_id
    JOIN generation_layer_import li ON li.layer = 'RESPONSIBILITY_GRID' AND li.district_id = street.parent_id`;
  const unitGrids = await tx.$executeRaw`
    INSERT INTO unit_grid (code, community_id, responsibility_grid_id, geom, is_derived, layer_import_id)
    SELECT a.code, c.community_id, beat.id, ST_Multi(c.geom), ${isDerived}, li.layer_import_id
    FROM generation_cell c
    JOIN generation_assignment a ON a.cell_id = c.id
    JOIN responsibility_grid beat ON beat.code = a.beat_code AND beat.retired_at IS NULL
    JOIN area street ON street.id = c.street_id
    JOIN generation_layer_import li ON li.layer = 'UNIT_GRID' AND li.district_id = street.parent_id`;
  return { unitGrids, responsibilityGrids };
}
