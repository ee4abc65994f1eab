import type { PrismaClient } from '@gridloop/prisma';

export interface LayerRowCounts {
  areas: number;
  areasWithBoundary: number;
  unitGrids: number;
  currentUnitGrids: number;
  responsibilityGrids: number;
  layerImports: number;
  auditEvents: number;
}

/** Every row an import could write, counted in one statement, to assert that nothing changed. */
export async function countLayerRows(prisma: PrismaClient): Promise<LayerRowCounts> {
  const [row] = await prisma.$queryRaw<LayerRowCounts[]>`
    SELECT (SELECT count(*)::int FROM area) AS "areas",
           (SELECT count(*)::int FROM area WHERE boundary IS NOT NULL) AS "areasWithBoundary",
           (SELECT count(*)::int FROM unit_grid) AS "unitGrids",
           (SELECT count(*)::int FROM unit_grid WHERE retired_at IS NULL) AS "currentUnitGrids",
           (SELECT count(*)::int FROM responsibility_grid) AS "responsibilityGrids",
           (SELECT count(*)::int FROM layer_import) AS "layerImports",
           (SELECT count(*)::int FROM audit_event) AS "auditEvents"`;
  if (!row) throw new Error('row counts query returned nothing');
  return row;
}
