import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { LayerKind } from '../generated/prisma/enums.js';

/** Where a change of layer_import is announced, at commit (the layer_versions_notify migration). */
export const layerVersionsChannel = 'gridloop_layer_versions';

/**
 * Every layer kind's version: its newest layer_import id, 0 when it was never imported — the
 * version a tile's ETag carries (vectorTileSql reads the same max). One index probe per kind.
 */
const layerVersionsSql = Prisma.sql`
  SELECT k.layer::text AS layer,
    (SELECT COALESCE(max(li.id), 0) FROM layer_import li WHERE li.layer = k.layer) AS version
  FROM unnest(enum_range(NULL::"LayerKind")) AS k(layer)`;

/** The current version of every layer kind (see layerVersionsSql), on the client's pool directly. */
export async function selectLayerVersions(prisma: PrismaClient): Promise<Map<LayerKind, number>> {
  const rows = await directQuery<{ layer: LayerKind; version: number }>(prisma, layerVersionsSql);
  return new Map(rows.map((row) => [row.layer, row.version]));
}
