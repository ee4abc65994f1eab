import type { SqlClient } from '@gridloop/prisma';
import type { SeedDepartment } from './catalog-types.js';
import { demoDepartments, streetOfficeOf } from './demo-departments.js';

export interface DemoDepartmentsOptions {
  /** Districts whose departments and street offices to write; every district when null. */
  districtCodes: readonly string[] | null;
  /** The district bodies; the demo district's by default. */
  departments?: readonly SeedDepartment[];
}

/**
 * Inserts the departments of the seeded districts that the database does not have yet: the
 * district bodies (serving their district) and one street office per street-level area (serving
 * that street), named by `streetOfficeOf` from the street's row in `area`, so territorial fallback
 * (属地兜底) has a department in every street. Matched by code; existing rows are never updated,
 * so an admin's edits survive the seed that runs on every start.
 *
 * Two statements: the streets, then one insert of the roots and, in the same statement, the
 * sub-teams under their parent (a new one or one already stored). A sub-team whose parent exists
 * nowhere is skipped rather than stored without it.
 *
 * @returns how many departments were inserted
 * @throws {RangeError} when a sub-team's parent is itself a sub-team in the list (one level only)
 */
export async function writeDemoDepartments(
  db: SqlClient,
  { districtCodes, departments = demoDepartments }: DemoDepartmentsOptions,
): Promise<number> {
  const streets = await db.area.findMany({
    where: { level: 'STREET', ...(districtCodes && { parent: { code: { in: [...districtCodes] } } }) },
    select: { code: true, name: true },
    orderBy: { code: 'asc' },
  });
  const bodies = departments.filter(
    (department) => districtCodes === null || districtCodes.includes(department.districtCode),
  );
  assertOneLevelOfSubTeams(bodies);
  const rows = [
    ...bodies.map((department) => ({ ...department, areaCode: department.districtCode })),
    ...streets.map((street) => ({ ...streetOfficeOf(street), areaCode: street.code })),
  ];
  const [inserted] = await db.$queryRaw<{ count: number }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(code text, name text, "nameEn" text,
        type text, "areaCode" text, "parentCode" text, "contactName" text, "contactPhone" text)
    ), new_roots AS (
      INSERT INTO department (code, name, name_en, type, area_id, contact_name, contact_phone, updated_at)
      SELECT r.code, r.name, r."nameEn", r.type::"DepartmentType", area.id, r."contactName", r."contactPhone", now()
      FROM input r JOIN area ON area.code = r."areaCode"
      WHERE r."parentCode" IS NULL
      ON CONFLICT (code) DO NOTHING
      RETURNING id, code
    ), parents AS (
      SELECT id, code FROM new_roots
      UNION ALL
      SELECT id, code FROM department
    ), new_sub_teams AS (
      INSERT INTO department (code, name, name_en, type, parent_id, area_id, contact_name, contact_phone, updated_at)
      SELECT r.code, r.name, r."nameEn", r.type::"DepartmentType", parent.id, area.id, r."contactName",
        r."contactPhone", now()
      FROM input r JOIN area ON area.code = r."areaCode" JOIN parents parent ON parent.code = r."parentCode"
      ON CONFLICT (code) DO NOTHING
      RETURNING id
    )
    SELECT ((SELECT count(*) FROM new_roots) + (SELECT count(*) FROM new_sub_teams))::int AS count`;
  return inserted?.count ?? 0;
}

/** The single insert resolves parents among roots only, so a sub-team of a sub-team would be lost. */
function assertOneLevelOfSubTeams(departments: readonly SeedDepartment[]): void {
  const subTeams = new Set(departments.filter((d) => d.parentCode !== undefined).map((d) => d.code));
  const nested = departments.find((d) => d.parentCode !== undefined && subTeams.has(d.parentCode));
  if (nested) {
    throw new RangeError(`department ${nested.code}: its parent ${nested.parentCode} is itself a sub-team`);
  }
}
