import type { LayerKind } from '../../generated/prisma/enums.js';
import type { ImportSql } from './staging-table.js';

/** The first key of every layer writer's advisory lock; the second is the layer. */
const LAYER_LOCK_NAMESPACE = 'gridloop:layer-write';

/**
 * Takes the transaction-scoped advisory lock of a layer without waiting: true when this
 * transaction now holds it (released at commit or rollback), false when another writer of the
 * same layer (an import, the grid generator) holds it. Every writer of a layer takes it, so two
 * versions of one layer are never written at once.
 */
export async function tryLockLayerForWrite(sql: ImportSql, layer: LayerKind): Promise<boolean> {
  const rows = await sql.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtext(${LAYER_LOCK_NAMESPACE}), hashtext(${layer})) AS locked`;
  return rows[0]?.locked === true;
}
