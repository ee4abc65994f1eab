import type { ImportSql } from './staging-table.js';

export interface DuplicateCodeRow {
  featureIndex: number;
  code: string;
  /** How many features of the file carry this code. */
  copies: number;
  /** The first few feature indexes carrying it (at most 5, to keep a broken file's report small). */
  featureIndexes: number[];
}

/** Features whose code appears more than once in the staged file, each with its fellow copies. */
export async function findDuplicateCodes(sql: ImportSql): Promise<DuplicateCodeRow[]> {
  return sql.$queryRaw<DuplicateCodeRow[]>`
    SELECT f.feature_index AS "featureIndex", f.code, d.copies, d.indexes AS "featureIndexes"
    FROM import_feature f
    JOIN (
      SELECT code, count(*)::integer AS copies, (array_agg(feature_index ORDER BY feature_index))[1:5] AS indexes
      FROM import_feature GROUP BY code HAVING count(*) > 1
    ) d USING (code)
    ORDER BY f.feature_index`;
}
