import type { PrismaClient } from '@gridloop/prisma';

/** A component's location, WGS84 degrees. */
export interface ComponentPoint {
  lng: number;
  lat: number;
}

interface Pending {
  id: number;
  resolve: (point: ComponentPoint | null) => void;
  reject: (error: unknown) => void;
}

interface Batch {
  cache: Map<number, Promise<ComponentPoint | null>>;
  queue: Pending[];
}

/** One batch per request context: the point column is PostGIS, which Prisma cannot select. */
const batches = new WeakMap<object, Batch>();

/**
 * The point of a component, read together with every other component point asked for in the same
 * tick of the same request: a list of n components costs one SQL statement, not n (the same trick
 * as DataLoader, without the dependency). Cached for the request; mutations call forgetComponentPoint.
 */
export function loadComponentPoint(context: { prisma: PrismaClient }, id: number): Promise<ComponentPoint | null> {
  let batch = batches.get(context);
  if (!batch) {
    batch = { cache: new Map(), queue: [] };
    batches.set(context, batch);
  }
  const cached = batch.cache.get(id);
  if (cached) return cached;
  const { queue } = batch;
  const promise = new Promise<ComponentPoint | null>((resolve, reject) => queue.push({ id, resolve, reject }));
  batch.cache.set(id, promise);
  if (queue.length === 1) {
    // After the current promise jobs: GraphQL asks for every list item's fields before flushing.
    void Promise.resolve().then(() => process.nextTick(() => flush(context.prisma, batch)));
  }
  return promise;
}

/** Drops the request's cached point of a component after a mutation moved it. */
export function forgetComponentPoint(context: object, id: number): void {
  batches.get(context)?.cache.delete(id);
}

async function flush(prisma: PrismaClient, batch: Batch): Promise<void> {
  const pending = batch.queue.splice(0);
  try {
    const ids = [...new Set(pending.map((entry) => entry.id))];
    const rows = await prisma.$queryRaw<{ id: number; lng: number; lat: number }[]>`
      SELECT id, ST_X(point) AS lng, ST_Y(point) AS lat FROM component WHERE id = ANY(${ids}::int[])`;
    const byId = new Map(rows.map((row) => [row.id, { lng: row.lng, lat: row.lat }]));
    for (const entry of pending) entry.resolve(byId.get(entry.id) ?? null);
  } catch (error) {
    for (const entry of pending) entry.reject(error);
  }
}
