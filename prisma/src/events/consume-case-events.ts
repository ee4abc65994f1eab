import { type DirectQuery, directTransaction } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { CaseAction, CaseStatus, Role } from '../generated/prisma/enums.js';

/** One row of the case event log as its consumers see it. */
export interface ConsumedCaseEvent {
  /** bigint as a decimal string (node-postgres does not narrow int8). */
  id: string;
  caseId: number;
  action: CaseAction;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  actorId: number | null;
  actorRole: Role | null;
  departmentId: number | null;
  occurredAt: Date;
}

export interface ConsumeOptions {
  /** At most this many events per call (the next call goes on from there). */
  limit?: number;
}

export interface ConsumeResult {
  /** Events handed to the handler. */
  consumed: number;
  /** True when the batch was cut at `limit`: call again soon. */
  more: boolean;
}

/**
 * The first transaction id whose events may still appear: the oldest transaction of this database
 * still running, else the snapshot's xmax (every id below it has finished). Transaction ids are
 * numbered across the whole server, but only this database's transactions can write its event log:
 * the server-wide pg_snapshot_xmin would let a long import in another database on the same server
 * (or another test suite's) hold every consumer here back. A transaction that takes its id after
 * the snapshot gets one at or above xmax, so it cannot slip below the horizon.
 * pg_stat_activity names each backend's current transaction id as a 32-bit xid; the snapshot lists
 * 64-bit ones, compared by their low 32 bits (ids are never 2^32 apart among running transactions).
 */
const horizonSql = Prisma.sql`
  SELECT coalesce(
    (SELECT min(id) FROM pg_snapshot_xip(snapshot.s) AS id
     WHERE (id::text::numeric % 4294967296)::text::xid IN (
       SELECT backend_xid FROM pg_stat_activity
       WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid())),
    pg_snapshot_xmax(snapshot.s))::text AS "horizon"
  FROM (SELECT pg_current_snapshot() AS s) snapshot`;

/**
 * Hands `handle` the case events committed since consumer `name` last ran, in the order their
 * transactions are known to be finished, and advances the consumer's position in the same
 * transaction as whatever `handle` writes: each event is consumed exactly once, or not at all if
 * `handle` throws.
 *
 * Event ids alone cannot be a position: ids are taken when a row is inserted, so a transaction
 * that started earlier may commit an id below one already read, and would be skipped. Instead each
 * event carries its writing transaction's id (`xid`), and only events of transactions older than
 * this database's oldest still running (`horizonSql`) are read: all of those have committed or
 * aborted, so nothing can appear behind the position later. A long-running write transaction (a
 * big history import) therefore holds consumers back (staleness), never makes them miss an event.
 *
 * Several workers may run the same consumer: the position row is locked for the call, so they
 * take turns.
 */
export async function consumeCaseEvents(
  prisma: PrismaClient,
  name: string,
  handle: (events: ConsumedCaseEvent[], query: DirectQuery) => Promise<void>,
  { limit = 5000 }: ConsumeOptions = {},
): Promise<ConsumeResult> {
  return directTransaction(prisma, async (query) => {
    await query(Prisma.sql`INSERT INTO event_consumer (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`);
    const [position] = await query<{ watermark: string; lastEventId: string }>(Prisma.sql`
      SELECT watermark::text AS "watermark", last_event_id::text AS "lastEventId"
      FROM event_consumer WHERE name = ${name} FOR UPDATE`);
    const [{ horizon } = { horizon: null }] = await query<{ horizon: string | null }>(horizonSql);
    if (!position || horizon === null) throw new Error(`event consumer ${name} vanished`);
    const events = await query<ConsumedCaseEvent & { xid: string }>(Prisma.sql`
      SELECT id::text AS "id", case_id AS "caseId", action::text AS "action",
             from_status::text AS "fromStatus", to_status::text AS "toStatus", actor_id AS "actorId",
             actor_role::text AS "actorRole", department_id AS "departmentId", occurred_at AS "occurredAt",
             xid::text AS "xid"
      FROM case_event
      WHERE (xid, id) > (${position.watermark}::xid8, ${position.lastEventId}::bigint) AND xid < ${horizon}::xid8
      ORDER BY xid, id
      LIMIT ${limit}`);
    const more = events.length === limit;
    const last = events.at(-1);
    // A full batch stops inside the log: resume right after its last event. A short one has read
    // everything below the horizon: resume from the horizon.
    const next =
      more && last ? { watermark: last.xid, lastEventId: last.id } : { watermark: horizon, lastEventId: '0' };
    if (events.length > 0)
      await handle(
        events.map(({ xid: _xid, ...event }) => event),
        query,
      );
    await query(Prisma.sql`
      UPDATE event_consumer
      SET watermark = ${next.watermark}::xid8, last_event_id = ${next.lastEventId}::bigint, updated_at = now()
      WHERE name = ${name}`);
    return { consumed: events.length, more };
  });
}
