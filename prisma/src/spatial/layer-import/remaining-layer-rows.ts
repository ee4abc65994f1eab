import { Prisma } from '../../generated/prisma/client.js';
import type { LayerKind } from '../../generated/prisma/enums.js';

/**
 * SQL for the current rows of a layer that the staged import leaves in place, as
 * (code, geom, parent_id, is_derived): what new features must not overlap and what, with them,
 * must cover a parent. An area layer keeps every area of its level not named in the file; a grid
 * layer keeps the current grids outside the parents the file touches (those inside are retired).
 *
 * With `near` (a geometry expression), only rows whose bounding box meets it are read, through the
 * GiST index on the geometry alone: the scan is fenced (OFFSET 0) so that stale statistics right
 * after a bulk write cannot lure the planner into AND-ing in the partial "current rows" indexes,
 * which reads every current row once per staged feature.
 */
export function remainingLayerRows(layer: LayerKind, near?: Prisma.Sql): Prisma.Sql {
  const source = (table: string, geometry: string) =>
    near
      ? Prisma.sql`(SELECT * FROM ${Prisma.raw(table)} WHERE ${Prisma.raw(geometry)} && ${near} OFFSET 0)`
      : Prisma.raw(table);
  const notRestaged = (alias: string) =>
    Prisma.sql`NOT EXISTS (SELECT 1 FROM import_feature s WHERE s.code = ${Prisma.raw(alias)}.code)`;
  const untouched = (column: string) =>
    Prisma.sql`NOT EXISTS (SELECT 1 FROM import_parent p WHERE p.id = ${Prisma.raw(column)})`;
  switch (layer) {
    case 'UNIT_GRID':
      return Prisma.sql`
        SELECT g.code, g.geom, g.community_id AS parent_id, g.is_derived FROM ${source('unit_grid', 'geom')} g
        WHERE g.retired_at IS NULL AND ${untouched('g.community_id')} AND ${notRestaged('g')}`;
    case 'RESPONSIBILITY_GRID':
      return Prisma.sql`
        SELECT r.code, r.geom, r.area_id AS parent_id, r.is_derived FROM ${source('responsibility_grid', 'geom')} r
        WHERE r.retired_at IS NULL AND ${untouched('r.area_id')} AND ${notRestaged('r')}`;
    default:
      return Prisma.sql`
        SELECT a.code, a.boundary AS geom, a.parent_id, a.is_derived FROM ${source('area', 'boundary')} a
        WHERE a.level = ${layer}::"AreaLevel" AND a.boundary IS NOT NULL AND ${notRestaged('a')}`;
  }
}
