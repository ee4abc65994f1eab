import type { SqlClient } from '@gridloop/prisma';
import type { SeedMajorClass } from './catalog-types.js';

/** What one `writeCatalog` call inserted (zero on every run after the first). */
export interface CatalogWriteReport {
  /** Major and minor classes. */
  categoriesCreated: number;
  conditionsCreated: number;
}

/**
 * Writes a category catalog (classes and filing conditions) into `category` and
 * `filing_condition`, inserting only what is missing: a class is matched by (kind, code), a
 * condition by (minor class, code), and an existing row is never updated. The catalog is a seed an
 * admin edits afterwards (names, limits, departments, deactivation), and the seed runs on every
 * start, so overwriting would undo those edits on the next restart; a changed seed therefore
 * reaches only databases that do not have the row yet.
 *
 * Two statements whatever the catalog's size: the majors, then the minors with their conditions
 * (a minor's trigger must see its major, which a sibling CTE's insert would not guarantee).
 * Minors whose major is missing and conditions whose minor is missing are skipped, not orphaned.
 * Concurrent seeders are safe: a row another one inserted first is left to it.
 */
export async function writeCatalog(db: SqlClient, catalog: readonly SeedMajorClass[]): Promise<CatalogWriteReport> {
  const { majors, minors, conditions } = catalogRows(catalog);
  const majorsCreated = await db.$executeRaw`
    INSERT INTO category (kind, level, code, name, name_en, updated_at)
    SELECT r.kind::"CategoryKind", 'MAJOR', r.code, r.name, r."nameEn", now()
    FROM jsonb_to_recordset(${JSON.stringify(majors)}::jsonb) AS r(kind text, code text, name text, "nameEn" text)
    ON CONFLICT (kind, code) DO NOTHING`;
  const [created] = await db.$queryRaw<{ minors: number; conditions: number }[]>`
    WITH new_minors AS (
      INSERT INTO category (kind, level, code, name, name_en, parent_id, updated_at)
      SELECT r.kind::"CategoryKind", 'MINOR', r.code, r.name, r."nameEn", major.id, now()
      FROM jsonb_to_recordset(${JSON.stringify(minors)}::jsonb) AS r(kind text, "majorCode" text, code text, name text,
        "nameEn" text)
      JOIN category major
        ON major.level = 'MAJOR' AND major.kind = r.kind::"CategoryKind" AND major.code = r."majorCode"
      ON CONFLICT (kind, code) DO NOTHING
      RETURNING id, kind, code
    ), minors AS (
      SELECT id, kind, code FROM new_minors
      UNION ALL
      SELECT id, kind, code FROM category WHERE level = 'MINOR'
    ), new_conditions AS (
      INSERT INTO filing_condition (category_id, code, description, closing_condition, time_limit_amount,
        time_limit_unit, department_type, requires_photo, duplicate_radius_m, updated_at)
      SELECT minor.id, r.code, r.description, r."closingCondition", r.amount, r.unit::"TimeLimitUnit",
        r."departmentType"::"DepartmentType", r."requiresPhoto", r."duplicateRadiusM", now()
      FROM jsonb_to_recordset(${JSON.stringify(conditions)}::jsonb) AS r(kind text, "minorCode" text, code text,
        description text, "closingCondition" text, amount float8, unit text, "departmentType" text,
        "requiresPhoto" boolean, "duplicateRadiusM" int)
      JOIN minors minor ON minor.kind = r.kind::"CategoryKind" AND minor.code = r."minorCode"
      ON CONFLICT (category_id, code) DO NOTHING
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM new_minors)::int AS minors, (SELECT count(*) FROM new_conditions)::int AS conditions`;
  return { categoriesCreated: majorsCreated + (created?.minors ?? 0), conditionsCreated: created?.conditions ?? 0 };
}

/** The catalog flattened into one row list per table, each row naming its parent by code. */
function catalogRows(catalog: readonly SeedMajorClass[]) {
  const majors = catalog.map(({ kind, code, name, nameEn }) => ({ kind, code, name, nameEn }));
  const minors = catalog.flatMap((major) =>
    major.minors.map(({ code, name, nameEn }) => ({ kind: major.kind, majorCode: major.code, code, name, nameEn })),
  );
  const conditions = catalog.flatMap(({ kind, minors }) =>
    minors.flatMap((minor) =>
      minor.conditions.map(({ limit, ...condition }) => ({
        kind,
        minorCode: minor.code,
        ...condition,
        amount: limit.amount,
        unit: limit.unit,
      })),
    ),
  );
  return { majors, minors, conditions };
}
