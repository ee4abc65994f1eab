import type { ImportSql } from './staging-table.js';

export interface MissingParentRow {
  featureIndex: number;
  code: string;
  /** The codes that were looked for, most specific first. */
  parentCodes: string[];
}

export interface ParentWithoutBoundaryRow {
  parentCode: string;
  parentName: string;
  /** Staged features under this parent, whose containment and gaps cannot be checked. */
  features: number;
}

export interface ParentResolution {
  missing: MissingParentRow[];
  withoutBoundary: ParentWithoutBoundaryRow[];
}

/**
 * Links each staged feature to its parent area: the first of its `parent_codes` that exists in
 * `area` (codes are unique across levels, and a code's length fixes its level), and lists those
 * parents in `import_parent`. Returns the
 * features whose parent is missing, and the parents that have no boundary yet (their children's
 * containment and the parent's coverage cannot be checked).
 */
export async function resolveImportParents(sql: ImportSql): Promise<ParentResolution> {
  const missing = await sql.$queryRaw<MissingParentRow[]>`
    WITH resolved AS (
      SELECT DISTINCT ON (f.feature_index) f.feature_index, a.id
      FROM import_feature f
      JOIN area a ON a.code = ANY (f.parent_codes)
      ORDER BY f.feature_index, length(a.code) DESC
    ), linked AS (
      UPDATE import_feature f SET parent_id = r.id FROM resolved r
      WHERE r.feature_index = f.feature_index
      RETURNING f.feature_index
    ), parents AS (
      INSERT INTO import_parent (id) SELECT DISTINCT id FROM resolved
    )
    SELECT f.feature_index AS "featureIndex", f.code, f.parent_codes AS "parentCodes"
    FROM import_feature f
    WHERE NOT EXISTS (SELECT 1 FROM linked l WHERE l.feature_index = f.feature_index)
    ORDER BY f.feature_index`;
  const withoutBoundary = await sql.$queryRaw<ParentWithoutBoundaryRow[]>`
    SELECT p.code AS "parentCode", p.name AS "parentName", count(*)::integer AS features
    FROM import_feature f JOIN area p ON p.id = f.parent_id
    WHERE p.boundary IS NULL
    GROUP BY p.code, p.name
    ORDER BY p.code`;
  return { missing, withoutBoundary };
}
