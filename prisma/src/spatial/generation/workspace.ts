import type { Prisma } from '../../generated/prisma/client.js';
import type { LayerKind } from '../../generated/prisma/enums.js';
import { tryLockLayerForWrite } from '../layer-import/layer-import-lock.js';

/** Any client that can run raw SQL: a PrismaClient or, for generation, an interactive transaction. */
export type SqlClient = Prisma.TransactionClient;

/** Layers are always locked in this order, so two writers never wait on each other in a cycle. */
const lockOrder: readonly LayerKind[] = ['DISTRICT', 'STREET', 'COMMUNITY', 'UNIT_GRID', 'RESPONSIBILITY_GRID'];

/**
 * Takes the write locks of the layers a generation writes: the same transaction-scoped locks every
 * layer writer (imports too) takes, so no two versions of a layer are ever written at once.
 * Without `waitMs` it gives up at once; with it, it retries until then (the demo seed, which two
 * API instances may run together at start). Returns the first layer still held by someone else,
 * or null when every lock is now held by this transaction.
 */
export async function lockLayersForGeneration(
  tx: SqlClient,
  layers: readonly LayerKind[],
  { waitMs = 0 }: { waitMs?: number } = {},
): Promise<LayerKind | null> {
  const giveUpAt = Date.now() + waitMs;
  for (const layer of lockOrder.filter((kind) => layers.includes(kind))) {
    while (!(await tryLockLayerForWrite(tx, layer))) {
      if (Date.now() >= giveUpAt) return layer;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return null;
}

/**
 * Prepares one grid generation inside an open transaction (after its layer locks are held):
 * creates the session-local work tables, dropped at commit or rollback.
 *
 * `generation_parent` holds the polygons to cut (communities, or streets for the demo city) with
 * their cell side and the metric projection (`srid`, see metric-srid.ts) they are cut and
 * measured in, the same for every parent of one street; `generation_cell` the cells cut from them,
 * later merged, each carrying its parent's srid; `generation_assignment`
 * each cell's code and beat once numbered; `generation_layer_import` the layer version each
 * district's rows are written under.
 */
export async function prepareGenerationWorkspace(tx: SqlClient): Promise<void> {
  // The work tables have no statistics, so row estimates are wild and JIT compilation (seconds)
  // would cost more than it saves on these one-off statements.
  await tx.$executeRaw`SET LOCAL jit = off`;
  // Memoize would hash whole parent polygons as cache keys for every cell, and never hit.
  await tx.$executeRaw`SET LOCAL enable_memoize = off`;
  // Unions and sorts over tens of thousands of cells stay in memory instead of spilling to disk.
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  await tx.$executeRaw`
    CREATE TEMP TABLE generation_parent (
      parent_id int PRIMARY KEY,
      street_id int NOT NULL,
      community_id int,
      side float8 NOT NULL,
      srid int NOT NULL,
      geom geometry NOT NULL,
      geom_utm geometry NOT NULL
    ) ON COMMIT DROP`;
  await tx.$executeRaw`
    CREATE TEMP TABLE generation_cell (
      id serial PRIMARY KEY,
      parent_id int NOT NULL,
      street_id int NOT NULL,
      community_id int,
      side float8 NOT NULL,
      srid int NOT NULL,
      i int NOT NULL,
      j int NOT NULL,
      geom geometry NOT NULL,
      area_m2 float8 NOT NULL,
      keeper_id int
    ) ON COMMIT DROP`;
  // Sliver merging looks cells up by their lattice neighbours.
  await tx.$executeRaw`CREATE INDEX ON generation_cell (parent_id, i, j)`;
  await tx.$executeRaw`
    CREATE TEMP TABLE generation_assignment (
      cell_id int PRIMARY KEY,
      code text NOT NULL,
      beat_code text NOT NULL,
      beat_name text NOT NULL
    ) ON COMMIT DROP`;
  await tx.$executeRaw`
    CREATE TEMP TABLE generation_layer_import (
      district_id int NOT NULL,
      layer "LayerKind" NOT NULL,
      layer_import_id int NOT NULL,
      PRIMARY KEY (district_id, layer)
    ) ON COMMIT DROP`;
}
