import type { SqlClient } from '@gridloop/prisma';
import type { SeedResponsibilityRule } from './catalog-types.js';
import { demoResponsibilityRules } from './demo-responsibility-rules.js';

/**
 * Inserts the responsibility rules (责任矩阵) the database does not have yet, in one statement: a
 * rule's cell is its (category, area code), and an existing cell is never updated, so an admin
 * who re-routed a class keeps that routing across restarts.
 *
 * Rules that cannot apply here are skipped, not failed: those whose class or department is
 * missing (a district that was not seeded has no departments) and those whose area code names
 * neither an area nor a unit grid.
 *
 * @returns how many rules were inserted
 */
export async function writeDemoRules(
  db: SqlClient,
  rules: readonly SeedResponsibilityRule[] = demoResponsibilityRules,
): Promise<number> {
  return db.$executeRaw`
    INSERT INTO responsibility_rule (category_id, area_code, department_id, note, updated_at)
    SELECT category.id, r."areaCode", department.id, r.note, now()
    FROM jsonb_to_recordset(${JSON.stringify(rules)}::jsonb) AS r(kind text, "categoryCode" text, "areaCode" text,
      "departmentCode" text, note text)
    JOIN category ON category.kind = r.kind::"CategoryKind" AND category.code = r."categoryCode"
    JOIN department ON department.code = r."departmentCode"
    WHERE EXISTS (SELECT 1 FROM area WHERE area.code = r."areaCode")
      OR (length(r."areaCode") = 15 AND EXISTS (SELECT 1 FROM unit_grid WHERE unit_grid.code = r."areaCode"))
    ON CONFLICT (category_id, area_code) DO NOTHING`;
}
