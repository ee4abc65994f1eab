import type { PrismaClient } from '../generated/prisma/client.js';
import type { AreaLevel } from '../generated/prisma/enums.js';
import { writeLevelByLevel } from './write-level-by-level.js';

export interface AreaCodeRow {
  code: string;
  name: string;
  level: AreaLevel;
  /** Code of the parent area, which must exist already (or be earlier in the same call). */
  parentCode: string | null;
}

/**
 * Inserts or renames areas by code without touching their boundaries: for code tables (the
 * 2023 streets and communities) whose polygons come from elsewhere, an import or the demo
 * derivation, and must survive the code table being loaded again. One statement per level so
 * parents resolve before children; rows that did not change are not rewritten.
 */
export async function upsertAreaCodes(prisma: PrismaClient, rows: readonly AreaCodeRow[]): Promise<number> {
  return writeLevelByLevel(
    rows,
    (batch) => prisma.$executeRaw`
      INSERT INTO area (code, name, level, parent_id, updated_at)
      SELECT r.code, r.name, r.level::"AreaLevel", p.id, now()
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(code text, name text, level text, "parentCode" text)
      LEFT JOIN area p ON p.code = r."parentCode"
      ON CONFLICT (code) DO UPDATE SET
        name = EXCLUDED.name, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id, updated_at = now()
      WHERE (area.name, area.level, area.parent_id) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_id)`,
  );
}
