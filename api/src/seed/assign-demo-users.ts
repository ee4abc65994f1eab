import type { SqlClient } from '@gridloop/prisma';
import type { DemoUser } from './demo-users.js';

/**
 * Gives the demo accounts their department (handlers) and beat (officers), in one statement: new
 * accounts right after they are created, and accounts created before the case loop existed, whose
 * columns are still null. A department already set is never changed, so an admin's reassignment
 * survives restarts. A beat is replaced only when it no longer names a current responsibility
 * grid: grid layers get re-derived or re-imported, and an officer whose beat was retired would
 * otherwise receive no tasks at all.
 *
 * Nothing is assigned when the department or a current beat does not exist (a district that was
 * not seeded); a later seed fills it in.
 *
 * @returns the usernames whose department or beat this call set
 */
export async function assignDemoUsers(db: SqlClient, users: readonly DemoUser[]): Promise<string[]> {
  const wanted = users
    .filter((user) => user.departmentCode !== undefined || user.beat !== undefined)
    .map(({ username, areaCode, departmentCode, beat }) => ({ username, areaCode, departmentCode, beat }));
  if (!wanted.length) return [];
  const rows = await db.$queryRaw<{ username: string }[]>`
    WITH wanted AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb)
        AS r(username text, "areaCode" text, "departmentCode" text, beat text)
    ), target AS (
      SELECT app_user.id,
        coalesce(app_user.department_id, department.id) AS department_id,
        CASE WHEN app_user.beat_code IS NULL OR NOT EXISTS (
            SELECT 1 FROM responsibility_grid grid WHERE grid.code = app_user.beat_code AND grid.retired_at IS NULL)
          THEN coalesce(first_beat.code, app_user.beat_code)
          ELSE app_user.beat_code
        END AS beat_code
      FROM wanted w
      JOIN app_user ON app_user.username = w.username
      LEFT JOIN department ON department.code = w."departmentCode"
      LEFT JOIN LATERAL (
        SELECT grid.code FROM responsibility_grid grid JOIN area ON area.id = grid.area_id
        WHERE w.beat = 'first-in-area' AND grid.retired_at IS NULL AND starts_with(area.code, w."areaCode")
        ORDER BY grid.code
        LIMIT 1
      ) first_beat ON true
    )
    UPDATE app_user SET department_id = target.department_id, beat_code = target.beat_code, updated_at = now()
    FROM target
    WHERE app_user.id = target.id
      AND (app_user.department_id, app_user.beat_code) IS DISTINCT FROM (target.department_id, target.beat_code)
    RETURNING app_user.username`;
  return rows.map((row) => row.username).sort();
}
