import type { LngLat } from '@gridloop/geo';
import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { CaseSource, CaseStatus, CaseStep, DepartmentType, TimeLimitUnit } from '../generated/prisma/enums.js';

export interface IntakeContextQuery {
  point: LngLat;
  filingConditionId: number;
  source: CaseSource;
  /** With the idempotency key: finds the case an earlier try of this submit created. */
  reporterId: number | null;
  idempotencyKey: string | null;
  /** The optional 部件 the report is about. */
  componentCode: string | null;
  now: Date;
}

/** Where the point lies; null when no current unit grid contains it. */
export interface IntakeGrid {
  unitGridId: number;
  gridCode: string;
  communityId: number;
  communityCode: string;
  streetId: number;
  streetCode: string;
  districtId: number;
  districtCode: string;
  beatId: number | null;
  beatCode: string | null;
}

export interface IntakeCondition {
  id: number;
  categoryId: number;
  categoryCode: string;
  categoryKind: 'COMPONENT' | 'EVENT';
  majorCategoryId: number;
  isActive: boolean;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
  departmentType: DepartmentType | null;
  requiresPhoto: boolean;
  duplicateRadiusM: number;
  duplicateWindowHours: number;
}

/** An open case of the same class nearby: offered to the reporter as a possible duplicate. */
export interface DuplicateCandidate {
  id: number;
  code: string;
  status: CaseStatus;
  distanceM: number;
  reportedAt: string;
}

/** A responsibility rule that could route the case (its area contains the grid). */
export interface RuleCandidate {
  areaCode: string;
  /** True when the rule names the minor class itself, false for its major class. */
  isMinorClass: boolean;
  departmentId: number;
}

export interface IntakeContext {
  condition: IntakeCondition | null;
  grid: IntakeGrid | null;
  existingCaseId: number | null;
  duplicates: DuplicateCandidate[];
  rules: RuleCandidate[];
  /** 属地兜底: the active street office of the grid's street. */
  streetOfficeId: number | null;
  component: { id: number; categoryId: number } | null;
  stepLimits: Partial<Record<CaseStep, { amount: number; unit: TimeLimitUnit }>>;
}

/**
 * Everything intake needs to decide, in one statement: the filing condition and its class, the
 * grid containing the point (lowest code on shared edges, as gridAt), an earlier case with the same
 * idempotency key, open duplicates nearby, the routing rules and street office for the grid, the
 * component, and the step limits. The duplicate search prefilters on the open-case GiST index with a
 * box a little larger than the radius, then measures on the spheroid.
 */
export function intakeContextSql(query: IntakeContextQuery): Prisma.Sql {
  const [lng, lat] = query.point;
  return Prisma.sql`
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326) AS geom),
    cond AS (
      SELECT f.id, f.category_id, cat.code AS category_code, cat.kind::text AS category_kind,
        cat.parent_id AS major_category_id, (f.is_active AND cat.is_active) AS is_active,
        f.time_limit_amount, f.time_limit_unit::text, f.department_type::text, f.requires_photo,
        f.duplicate_radius_m, f.duplicate_window_hours
      FROM filing_condition f JOIN category cat ON cat.id = f.category_id
      WHERE f.id = ${query.filingConditionId}::int
    ),
    grid AS (
      SELECT g.id AS unit_grid_id, g.code AS grid_code, c.id AS community_id, c.code AS community_code,
        s.id AS street_id, s.code AS street_code, d.id AS district_id, d.code AS district_code,
        r.id AS beat_id, r.code AS beat_code
      FROM unit_grid g
      JOIN area c ON c.id = g.community_id
      JOIN area s ON s.id = c.parent_id
      JOIN area d ON d.id = s.parent_id
      LEFT JOIN responsibility_grid r ON r.id = g.responsibility_grid_id AND r.retired_at IS NULL
      CROSS JOIN p
      WHERE g.retired_at IS NULL AND ST_Intersects(g.geom, p.geom)
      ORDER BY g.code
      LIMIT 1
    )
    SELECT
      (SELECT row_to_json(cond) FROM cond) AS condition,
      (SELECT row_to_json(grid) FROM grid) AS grid,
      (SELECT e.id FROM case_record e
        WHERE ${query.idempotencyKey}::text IS NOT NULL AND e.idempotency_key = ${query.idempotencyKey}::text
          AND e.source = ${query.source}::"CaseSource" AND COALESCE(e.reporter_id, 0) = COALESCE(${query.reporterId}::int, 0)
      ) AS existing_case_id,
      (SELECT COALESCE(json_agg(d ORDER BY d.distance_m), '[]') FROM (
        SELECT o.id, o.code, o.status::text,
          round(ST_Distance(o.point::geography, p.geom::geography)::numeric, 1)::float8 AS distance_m,
          o.reported_at
        FROM cond, p, case_record o
        WHERE o.status IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED')
          AND o.point && ST_Expand(p.geom, cond.duplicate_radius_m / (111320 * cos(radians(${lat}::float8))),
                                          cond.duplicate_radius_m / 111320.0)
          AND o.category_id = cond.category_id
          AND o.reported_at > ${query.now}::timestamptz - make_interval(hours => cond.duplicate_window_hours)
          AND ST_DWithin(o.point::geography, p.geom::geography, cond.duplicate_radius_m)
        ORDER BY o.point <-> p.geom
        LIMIT 5
      ) d) AS duplicates,
      (SELECT COALESCE(json_agg(json_build_object('areaCode', r.area_code, 'isMinorClass', r.category_id = cond.category_id,
          'departmentId', r.department_id)), '[]')
        FROM cond, grid, responsibility_rule r JOIN department dep ON dep.id = r.department_id AND dep.is_active
        WHERE r.category_id IN (cond.category_id, cond.major_category_id)
          AND r.area_code IN (grid.grid_code, grid.community_code, grid.street_code, grid.district_code)
      ) AS rules,
      (SELECT min(dep.id) FROM grid, department dep
        WHERE dep.area_id = grid.street_id AND dep.type = 'STREET_OFFICE' AND dep.is_active) AS street_office_id,
      (SELECT json_build_object('id', k.id, 'categoryId', k.category_id) FROM component k
        WHERE k.code = ${query.componentCode}::text AND k.is_active) AS component,
      (SELECT json_object_agg(l.step, json_build_object('amount', l.amount, 'unit', l.unit)) FROM step_time_limit l) AS step_limits`;
}

interface Row {
  condition: Record<string, unknown> | null;
  grid: Record<string, unknown> | null;
  existing_case_id: number | null;
  duplicates: Array<Record<string, unknown>>;
  rules: RuleCandidate[];
  street_office_id: number | null;
  component: { id: number; categoryId: number } | null;
  step_limits: IntakeContext['stepLimits'] | null;
}

/** Reads the intake context (one statement, on the client's pool directly). */
export async function selectIntakeContext(prisma: PrismaClient, query: IntakeContextQuery): Promise<IntakeContext> {
  const [row] = await directQuery<Row>(prisma, intakeContextSql(query));
  if (!row) throw new Error('the intake context query returned no row');
  return {
    condition: row.condition ? toCondition(row.condition) : null,
    grid: row.grid ? toGrid(row.grid) : null,
    existingCaseId: row.existing_case_id,
    duplicates: row.duplicates.map(toDuplicate),
    rules: row.rules,
    streetOfficeId: row.street_office_id,
    component: row.component,
    stepLimits: row.step_limits ?? {},
  };
}

function toCondition(raw: Record<string, unknown>): IntakeCondition {
  return {
    id: raw.id as number,
    categoryId: raw.category_id as number,
    categoryCode: raw.category_code as string,
    categoryKind: raw.category_kind as IntakeCondition['categoryKind'],
    majorCategoryId: raw.major_category_id as number,
    isActive: raw.is_active as boolean,
    timeLimitAmount: raw.time_limit_amount as number,
    timeLimitUnit: raw.time_limit_unit as TimeLimitUnit,
    departmentType: (raw.department_type as DepartmentType | null) ?? null,
    requiresPhoto: raw.requires_photo as boolean,
    duplicateRadiusM: raw.duplicate_radius_m as number,
    duplicateWindowHours: raw.duplicate_window_hours as number,
  };
}

function toGrid(raw: Record<string, unknown>): IntakeGrid {
  return {
    unitGridId: raw.unit_grid_id as number,
    gridCode: raw.grid_code as string,
    communityId: raw.community_id as number,
    communityCode: raw.community_code as string,
    streetId: raw.street_id as number,
    streetCode: raw.street_code as string,
    districtId: raw.district_id as number,
    districtCode: raw.district_code as string,
    beatId: (raw.beat_id as number | null) ?? null,
    beatCode: (raw.beat_code as string | null) ?? null,
  };
}

function toDuplicate(raw: Record<string, unknown>): DuplicateCandidate {
  return {
    id: raw.id as number,
    code: raw.code as string,
    status: raw.status as CaseStatus,
    distanceM: raw.distance_m as number,
    reportedAt: raw.reported_at as string,
  };
}
