import type { LngLat } from '@gridloop/geo';
import type { DirectQuery } from '../direct-query.js';
import { Prisma } from '../generated/prisma/client.js';
import type { CaseAction, CaseSource, CaseStatus, CaseStep, Role, TimeLimitUnit } from '../generated/prisma/enums.js';
import type { StepClock } from './case-state.js';
import { type PhotoRow, photoRowsCte } from './photo-rows-sql.js';

export interface NewCaseRow extends StepClock {
  source: CaseSource;
  status: Extract<CaseStatus, 'REPORTED' | 'PENDING_VERIFY'>;
  action: Extract<CaseAction, 'REPORT' | 'RECEIVE'>;
  /** Local date (deployment time zone) of the report, YYYY-MM-DD: the code's date part. */
  localDate: string;
  districtCode: string;
  categoryId: number;
  filingConditionId: number;
  point: LngLat;
  address: string | null;
  description: string;
  unitGridId: number;
  gridCode: string;
  communityId: number;
  streetId: number;
  districtId: number;
  responsibilityGridId: number | null;
  beatCode: string | null;
  componentId: number | null;
  reporterId: number | null;
  actorRole: Role | null;
  reporterName: string | null;
  reporterContact: string | null;
  externalRef: string | null;
  /** The Open311 client that POSTed it (its status changes go back to the client's webhook). */
  open311ClientId?: number | null;
  idempotencyKey: string | null;
  suggestedDepartmentId: number | null;
  step: CaseStep;
  handleLimitAmount: number;
  handleLimitUnit: TimeLimitUnit;
  now: Date;
  photos: readonly PhotoRow[];
}

/**
 * Creates a case, its first event and its photos in one statement (so one round trip, atomic without
 * an explicit transaction): the district's daily counter gives the code's sequence, the case row
 * follows, then the REPORT / RECEIVE event the database requires at commit, then the photos.
 * A concurrent submit with the same idempotency key fails on the unique index; the caller then
 * returns the case the other one created.
 */
export function insertCaseSql(row: NewCaseRow): Prisma.Sql {
  const [lng, lat] = row.point;
  const photos = row.photos;
  return Prisma.sql`
    WITH counter AS (
      INSERT INTO case_code_counter (district_code, day, last) VALUES (${row.districtCode}, ${row.localDate}::date, 1)
      ON CONFLICT (district_code, day) DO UPDATE SET last = case_code_counter.last + 1
      RETURNING last
    ), created AS (
      INSERT INTO case_record (code, source, status, category_id, filing_condition_id, point, address, description,
        unit_grid_id, grid_code, community_id, street_id, district_id, responsibility_grid_id, beat_code, component_id,
        reporter_id, reporter_name, reporter_contact, external_ref, open311_client_id, idempotency_key, suggested_department_id,
        step, step_started_at, step_limit_amount, step_limit_unit, step_warn_at, step_deadline_at,
        handle_limit_amount, handle_limit_unit, reported_at, updated_at)
      SELECT case_code(${row.districtCode}, ${row.localDate}::date, counter.last),
        ${row.source}::"CaseSource", ${row.status}::"CaseStatus", ${row.categoryId}::int, ${row.filingConditionId}::int,
        ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326), ${row.address}::text, ${row.description}::text,
        ${row.unitGridId}::int, ${row.gridCode}, ${row.communityId}::int, ${row.streetId}::int, ${row.districtId}::int,
        ${row.responsibilityGridId}::int, ${row.beatCode}::text, ${row.componentId}::int,
        ${row.reporterId}::int, ${row.reporterName}::text, ${row.reporterContact}::text, ${row.externalRef}::text,
        ${row.open311ClientId ?? null}::int, ${row.idempotencyKey}::text, ${row.suggestedDepartmentId}::int,
        ${row.step}::"CaseStep", ${row.now}::timestamptz, ${row.stepLimitAmount}::float8, ${row.stepLimitUnit}::"TimeLimitUnit",
        ${row.stepWarnAt}::timestamptz, ${row.stepDeadlineAt}::timestamptz,
        ${row.handleLimitAmount}::float8, ${row.handleLimitUnit}::"TimeLimitUnit", ${row.now}::timestamptz, ${row.now}::timestamptz
      FROM counter
      RETURNING id, code
    ), event AS (
      INSERT INTO case_event (case_id, action, from_status, to_status, actor_id, actor_role, note, occurred_at)
      SELECT created.id, ${row.action}::"CaseAction", NULL, ${row.status}::"CaseStatus", ${row.reporterId}::int,
        ${row.actorRole}::"Role", ${row.description}::text, ${row.now}::timestamptz
      FROM created
      RETURNING id, case_id
    ), ${photoRowsCte(photos, row.reporterId)}
    SELECT created.id, created.code, event.id::text AS event_id, (SELECT count(*)::int FROM photo_rows) AS photo_count
    FROM created, event`;
}

export interface InsertedCase {
  id: number;
  code: string;
  eventId: string;
}

/** Inserts the case (see insertCaseSql) through `query` (a pool or a transaction's connection). */
export async function insertCase(query: DirectQuery, row: NewCaseRow): Promise<InsertedCase> {
  const [inserted] = await query<{ id: number; code: string; event_id: string }>(insertCaseSql(row));
  if (!inserted) throw new Error('the case insert returned no row');
  return { id: inserted.id, code: inserted.code, eventId: inserted.event_id };
}
