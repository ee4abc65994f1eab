import type { DirectQuery } from '@gridloop/prisma';
import { Prisma } from '@gridloop/prisma/client';

/**
 * Takes the import lock (one history import at a time: two runs of one file must not race past the
 * duplicate check) and creates the table of legacy ids seen in this file, both for this transaction.
 * False when another import holds the lock.
 */
export async function beginHistoryImport(query: DirectQuery): Promise<boolean> {
  const [row] = await query<{ locked: boolean }>(
    Prisma.sql`SELECT pg_try_advisory_xact_lock(hashtext('gridloop.history-import')) AS locked`,
  );
  if (!row?.locked) return false;
  await query(Prisma.sql`CREATE TEMP TABLE history_import_seen (ref text PRIMARY KEY) ON COMMIT DROP`);
  return true;
}

export interface RowToLocate {
  n: number;
  ref: string;
  lng: number;
  lat: number;
}

/** Where a row's point lies and whether its legacy id was met before. */
export interface LocatedRow {
  n: number;
  /** An earlier row of this file has the same legacy id. */
  is_repeat: boolean;
  /** A case with this external ref exists (an earlier import of the same data). */
  is_imported: boolean;
  unit_grid_id: number | null;
  grid_code: string | null;
  community_id: number | null;
  street_id: number | null;
  district_id: number | null;
  district_code: string | null;
  beat_id: number | null;
  beat_code: string | null;
}

/**
 * One statement per batch: records the batch's legacy ids as seen (the first row of an id wins),
 * looks each up among imported cases, and finds the current unit grid containing each point (lowest
 * code on shared edges, as gridAt) inside the importer's area (grid codes starting with `scopeCode`;
 * '' for anywhere) with its community, street, district and beat.
 */
export function locateRowsSql(rows: readonly RowToLocate[], scopeCode: string): Prisma.Sql {
  return Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(${rows.map((r) => r.n)}::int[], ${rows.map((r) => r.ref)}::text[],
        ${rows.map((r) => r.lng)}::float8[], ${rows.map((r) => r.lat)}::float8[]) AS i(n, ref, lng, lat)
    ), first_of_ref AS (
      SELECT DISTINCT ON (ref) ref, n FROM input ORDER BY ref, n
    ), seen AS (
      INSERT INTO history_import_seen (ref) SELECT ref FROM first_of_ref ON CONFLICT DO NOTHING RETURNING ref
    )
    SELECT i.n, (seen.ref IS NULL OR f.n <> i.n) AS is_repeat,
      EXISTS (SELECT 1 FROM case_record e WHERE e.source = 'IMPORT' AND e.external_ref = i.ref) AS is_imported,
      g.unit_grid_id, g.grid_code, g.community_id, g.street_id, g.district_id, g.district_code, g.beat_id, g.beat_code
    FROM input i
    JOIN first_of_ref f ON f.ref = i.ref
    LEFT JOIN seen ON seen.ref = i.ref
    LEFT JOIN LATERAL (
      SELECT u.id AS unit_grid_id, u.code AS grid_code, c.id AS community_id, s.id AS street_id,
        d.id AS district_id, d.code AS district_code, r.id AS beat_id, r.code AS beat_code
      FROM unit_grid u
      JOIN area c ON c.id = u.community_id
      JOIN area s ON s.id = c.parent_id
      JOIN area d ON d.id = s.parent_id
      LEFT JOIN responsibility_grid r ON r.id = u.responsibility_grid_id AND r.retired_at IS NULL
      WHERE u.retired_at IS NULL AND starts_with(u.code, ${scopeCode}::text)
        AND ST_Intersects(u.geom, ST_SetSRID(ST_MakePoint(i.lng, i.lat), 4326))
      ORDER BY u.code
      LIMIT 1
    ) g ON true
    ORDER BY i.n`;
}

/** A case row as json_to_recordset reads it (instants as ISO text). */
export interface CaseRowJson {
  ref: string;
  district_code: string;
  local_day: string;
  category_id: number;
  filing_condition_id: number;
  lng: number;
  lat: number;
  address: string | null;
  description: string;
  unit_grid_id: number;
  grid_code: string;
  community_id: number;
  street_id: number;
  district_id: number;
  beat_id: number | null;
  beat_code: string | null;
  department_id: number | null;
  suggested_department_id: number | null;
  version: number;
  check_passed: boolean;
  step: string | null;
  step_started_at: string;
  step_limit_amount: number | null;
  step_limit_unit: string | null;
  step_warn_at: string | null;
  step_deadline_at: string | null;
  handle_limit_amount: number;
  handle_limit_unit: string;
  reported_at: string;
  accepted_at: string | null;
  filed_at: string | null;
  dispatched_at: string | null;
  handled_at: string | null;
  closed_at: string | null;
}

/** An event row, naming its case by external ref (the case is created in the same statement). */
export interface EventRowJson {
  /** Events are written in this order (a case's chain in order, so ids follow time). */
  seq: number;
  ref: string;
  action: string;
  from_status: string | null;
  to_status: string;
  department_id: number | null;
  note: string | null;
  deadline_at: string | null;
  met_deadline: boolean | null;
  details: Record<string, unknown>;
  occurred_at: string;
}

/**
 * Writes a batch of cases (entering REPORTED) and their whole event chains in one statement. Case
 * codes number on from each district's daily counter (district + local date of the report + 5-digit
 * sequence), in order of report within the batch. The cases then step to their final status with
 * advanceStatusSql: the database wants every status a case passes through to have its event.
 */
export function insertCasesSql(cases: readonly CaseRowJson[], events: readonly EventRowJson[], now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(cases)}::json) AS r(ref text, district_code text, local_day date,
        category_id int, filing_condition_id int, lng float8, lat float8, address text, description text,
        unit_grid_id int, grid_code text, community_id int, street_id int, district_id int, beat_id int, beat_code text,
        department_id int, suggested_department_id int, version int, check_passed boolean, step "CaseStep",
        step_started_at timestamptz, step_limit_amount float8, step_limit_unit "TimeLimitUnit",
        step_warn_at timestamptz, step_deadline_at timestamptz, handle_limit_amount float8,
        handle_limit_unit "TimeLimitUnit", reported_at timestamptz, accepted_at timestamptz, filed_at timestamptz,
        dispatched_at timestamptz, handled_at timestamptz, closed_at timestamptz)
    ), days AS (
      SELECT district_code, local_day, count(*)::int AS n FROM input GROUP BY district_code, local_day
    ), counter AS (
      INSERT INTO case_code_counter (district_code, day, last) SELECT district_code, local_day, n FROM days
      ON CONFLICT (district_code, day) DO UPDATE SET last = case_code_counter.last + excluded.last
      RETURNING district_code, day, last
    ), numbered AS (
      SELECT i.*, c.last - count(*) OVER w + row_number() OVER (w ORDER BY i.reported_at, i.ref) AS seq
      FROM input i JOIN counter c ON c.district_code = i.district_code AND c.day = i.local_day
      WINDOW w AS (PARTITION BY i.district_code, i.local_day)
    ), created AS (
      INSERT INTO case_record (code, source, status, version, category_id, filing_condition_id, point, address,
        description, unit_grid_id, grid_code, community_id, street_id, district_id, responsibility_grid_id, beat_code,
        external_ref, department_id, suggested_department_id, check_passed, step, step_started_at, step_limit_amount,
        step_limit_unit, step_warn_at, step_deadline_at, handle_limit_amount, handle_limit_unit, reported_at,
        accepted_at, filed_at, dispatched_at, handled_at, closed_at, updated_at)
      SELECT case_code(n.district_code, n.local_day, n.seq::int), 'IMPORT', 'REPORTED',
        n.version, n.category_id, n.filing_condition_id, ST_SetSRID(ST_MakePoint(n.lng, n.lat), 4326), n.address,
        n.description, n.unit_grid_id, n.grid_code, n.community_id, n.street_id, n.district_id, n.beat_id, n.beat_code,
        n.ref, n.department_id, n.suggested_department_id, n.check_passed, n.step, n.step_started_at,
        n.step_limit_amount, n.step_limit_unit, n.step_warn_at, n.step_deadline_at, n.handle_limit_amount,
        n.handle_limit_unit, n.reported_at, n.accepted_at, n.filed_at, n.dispatched_at, n.handled_at, n.closed_at,
        ${now}::timestamptz
      FROM numbered n
      ORDER BY n.reported_at, n.ref
      RETURNING id, external_ref
    ), events AS (
      INSERT INTO case_event (case_id, action, from_status, to_status, department_id, note, deadline_at, met_deadline,
        details, occurred_at)
      SELECT created.id, e.action, e.from_status, e.to_status, e.department_id, e.note, e.deadline_at, e.met_deadline,
        e.details, e.occurred_at
      FROM json_to_recordset(${JSON.stringify(events)}::json) AS e(seq int, ref text, action "CaseAction",
        from_status "CaseStatus", to_status "CaseStatus", department_id int, note text, deadline_at timestamptz,
        met_deadline boolean, details jsonb, occurred_at timestamptz)
      JOIN created ON created.external_ref = e.ref
      ORDER BY e.seq
      RETURNING case_id
    )
    SELECT created.id, created.external_ref AS ref, (SELECT count(*)::int FROM events) AS events FROM created`;
}

/** Sets the named cases' status; the event of that change must already be written. */
export function advanceStatusSql(caseIds: readonly number[], to: string): Prisma.Sql {
  return Prisma.sql`UPDATE case_record SET status = ${to}::"CaseStatus" WHERE id = ANY(${caseIds}::int[])`;
}
